import { Option, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { formatJson } from '../report/json.js';
import { formatText } from '../report/text.js';
import { scan } from '../scan.js';
import { SEVERITIES, type Severity } from '../severity.js';
import type { CliContext } from './context.js';

const FORMATS = ['text', 'json'] as const;

interface CheckFlags {
  format: (typeof FORMATS)[number];
  failOn?: Severity;
  config?: string;
  staged?: boolean;
}

/** `tollgate check [paths...]`: scan and report; exit 1 on findings at or above --fail-on. */
export function registerCheck(cli: Command, ctx: CliContext): void {
  cli
    .command('check')
    .description('check files and directories against the policies (default: the current directory)')
    .argument('[paths...]', 'files or directories to check')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1 (default: config failOn, else high)').choices(SEVERITIES))
    .option('-c, --config <file>', 'config file to use instead of the nearest .tollgate.yaml')
    .option('--staged', 'check the files staged for the next commit, as the git index holds them')
    .action(async (paths: string[], flags: CheckFlags) => {
      const result = await scan({
        targets: paths,
        ...(flags.config !== undefined ? { configFile: flags.config } : {}),
        ...(flags.failOn !== undefined ? { failOn: flags.failOn } : {}),
        ...(flags.staged === true ? { staged: true } : {}),
      });
      ctx.out.write(flags.format === 'json' ? formatJson(result) : formatText(result, ctx.color));
      ctx.setExit(result.summary.failed ? EXIT.violations : EXIT.ok);
    });
}
