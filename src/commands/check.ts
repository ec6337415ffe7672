import { InvalidArgumentError, Option, type Command } from 'commander';
import { clockFromEnv } from '../dates.js';
import { EXIT } from '../errors.js';
import { toolInfo } from '../project.js';
import { FORMATS, planOutputs, render } from '../report/formats.js';
import { resolveOutputPath, writeOutput } from '../report/output.js';
import { scan } from '../scan.js';
import { SEVERITIES, type Severity } from '../severity.js';
import type { CliContext } from './context.js';

interface CheckFlags {
  format: string[];
  output: string[];
  failOn?: Severity;
  config?: string;
  base?: string;
  changedOnly?: boolean;
  baseline?: string;
  waivers: boolean;
  staged?: boolean;
}

/** `tollgate check [paths...]`: scan and report; exit 1 on findings at or above --fail-on. */
export function registerCheck(cli: Command, ctx: CliContext): void {
  cli
    .command('check')
    .description('check files and directories against the policies (default: the current directory)')
    .argument('[paths...]', 'files or directories to check')
    .addOption(new Option('-f, --format <formats>', `output format; repeat or use a comma list (${FORMATS.join(', ')}); default text`).argParser(collectFormats).default([]))
    .addOption(new Option('-o, --output <format=file>', 'write a format to a file inside the working directory instead of standard output; repeatable').argParser(collect).default([]))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1 (default: config failOn, else high)').choices(SEVERITIES))
    .option('-c, --config <file>', 'config file to use instead of the nearest .tollgate.yaml')
    .option('--base <ref>', 'git ref the change is compared with; findings on changed lines come first')
    .option('--changed-only', 'count only findings on lines changed since --base; the others are pre-existing')
    .option('--baseline <file>', 'suppress the findings recorded in this file by `tollgate baseline`')
    .option('--no-waivers', 'audit: ignore every waiver and the baseline')
    .option('--staged', 'check the files staged for the next commit, as the git index holds them')
    .action(async (paths: string[], flags: CheckFlags) => {
      const workspace = process.cwd();
      const plan = planOutputs(flags.format, flags.output);
      // Refuse a bad output path before scanning, not after.
      const files = plan.files.map((o) => ({ ...o, abs: resolveOutputPath(workspace, o.path) }));
      const result = await scan({
        targets: paths,
        ...(flags.config !== undefined ? { configFile: flags.config } : {}),
        ...(flags.failOn !== undefined ? { failOn: flags.failOn } : {}),
        ...(flags.base !== undefined ? { base: flags.base } : {}),
        ...(flags.changedOnly ? { changedOnly: true } : {}),
        ...(flags.baseline !== undefined ? { baseline: flags.baseline } : {}),
        noWaivers: !flags.waivers,
        now: clockFromEnv(process.env.TOLLGATE_NOW),
        ...(flags.staged === true ? { staged: true } : {}),
      });
      const options = { color: ctx.color, tool: toolInfo() };
      for (const f of files) writeOutput(f.abs, render(f.format, result, { ...options, color: false }));
      if (plan.stdout !== undefined) ctx.out.write(render(plan.stdout, result, options));
      ctx.setExit(result.summary.failed ? EXIT.violations : EXIT.ok);
    });
}

function collectFormats(value: string, previous: string[]): string[] {
  for (const name of value.split(',')) {
    if (!(FORMATS as readonly string[]).includes(name.trim())) throw new InvalidArgumentError(`unknown format "${name}"; use ${FORMATS.join(', ')}`);
  }
  return [...previous, value];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
