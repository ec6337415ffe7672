import { Command, CommanderError, Option } from 'commander';
import { EXIT, InternalError, UserError } from './errors.js';
import { formatJson } from './report/json.js';
import { formatText } from './report/text.js';
import { scan } from './scan.js';
import { SEVERITIES, type Severity } from './severity.js';

const FORMATS = ['text', 'json'] as const;

/** Builds the command line interface; `run` executes it and resolves to the exit code. */
export function program(out: NodeJS.WritableStream & { isTTY?: boolean }, setExit: (code: number) => void): Command {
  const cli = new Command('tollgate')
    .description('Policy-as-code checks for ML platforms: every violation on its exact file and line.')
    .version(process.env.npm_package_version ?? '0.1.0', '--version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  cli
    .command('check')
    .description('check files and directories against the policies (default: the current directory)')
    .argument('[paths...]', 'files or directories to check')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1 (default: config failOn, else high)').choices(SEVERITIES))
    .option('-c, --config <file>', 'config file to use instead of the nearest .tollgate.yaml')
    .action(async (paths: string[], opts: { format: (typeof FORMATS)[number]; failOn?: Severity; config?: string }) => {
      const result = await scan({
        targets: paths,
        ...(opts.config !== undefined ? { configFile: opts.config } : {}),
        ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
      });
      out.write(opts.format === 'json' ? formatJson(result) : formatText(result, useColor(out)));
      setExit(result.summary.failed ? EXIT.violations : EXIT.ok);
    });
  return cli;
}

/** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export function useColor(stream: { isTTY?: boolean }): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await program(process.stdout, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (e instanceof UserError) process.stderr.write(`tollgate: ${e.message}\n`);
    else if (e instanceof InternalError) process.stderr.write(`tollgate: internal error: ${e.message}\n`);
    else {
      process.stderr.write(`tollgate: internal error: ${(e as Error).message ?? String(e)} (set TOLLGATE_DEBUG=1 for details)\n`);
      if (process.env.TOLLGATE_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    }
    return EXIT.error;
  }
}
