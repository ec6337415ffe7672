import { Command, CommanderError } from 'commander';
import { registerBaseline } from './commands/baseline.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerInit } from './commands/init.js';
import { registerNew } from './commands/new.js';
import { registerRules } from './commands/rules.js';
import { registerTest } from './commands/test.js';
import type { CliContext } from './commands/context.js';
import { EXIT, InternalError, UserError } from './errors.js';

/** The command line interface; each command lives in src/commands/. */
export function program(ctx: CliContext): Command {
  const cli = new Command('tollgate')
    .description('Policy-as-code checks for ML platforms: every violation on its exact file and line.')
    .version(process.env.npm_package_version ?? '0.1.0', '--version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCheck(cli, ctx);
  registerBaseline(cli, ctx);
  registerTest(cli, ctx);
  registerBuild(cli, ctx);
  registerNew(cli, ctx);
  registerRules(cli, ctx);
  registerInit(cli, ctx);
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
  const ctx: CliContext = { out: process.stdout, color: useColor(process.stdout), setExit: (c) => (code = c) };
  try {
    await program(ctx).parseAsync(argv, { from: 'user' });
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
