import type { Command } from 'commander';
import { DEFAULT_BASELINE, baselineable, formatBaseline } from '../baseline.js';
import { clockFromEnv } from '../dates.js';
import { EXIT } from '../errors.js';
import { resolveOutputPath, writeOutput } from '../report/output.js';
import { scan } from '../scan.js';
import type { CliContext } from './context.js';
import { CONFIG_FLAG } from './options.js';

interface BaselineFlags {
  output: string;
  config?: string;
}

/** `tollgate baseline [paths...]`: record today's findings, so `check --baseline` reports only new ones. */
export function registerBaseline(cli: Command, ctx: CliContext): void {
  cli
    .command('baseline')
    .description("record the fingerprints of today's findings (not those a waiver covers), for `tollgate check --baseline`")
    .argument('[paths...]', 'files or directories to check')
    .option('-o, --output <file>', 'baseline file to write, inside the working directory', DEFAULT_BASELINE)
    .option(...CONFIG_FLAG)
    .action(async (paths: string[], flags: BaselineFlags) => {
      // Checked before the scan, so a bad path fails fast.
      const target = resolveOutputPath(process.cwd(), flags.output);
      const result = await scan({
        targets: paths,
        ...(flags.config !== undefined ? { configFile: flags.config } : {}),
        now: clockFromEnv(process.env.TOLLGATE_NOW),
      });
      writeOutput(target, formatBaseline(result.findings));
      const n = result.findings.filter(baselineable).length;
      ctx.out.write(`wrote ${n} finding${n === 1 ? '' : 's'} to ${flags.output}\n`);
      ctx.setExit(EXIT.ok);
    });
}
