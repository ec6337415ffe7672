import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { scanRoot } from '../discover.js';
import { EXIT, UserError } from '../errors.js';
import { configuredPack, display, insideWorkspace } from '../pack/layout.js';
import type { CliContext } from './context.js';
import { commandConfig, CONFIG_FLAG } from './options.js';

interface BuildFlags {
  out?: string;
  config?: string;
}

/** `tollgate build`: the built-in rules and the organisation's pack into one bundle, with the pinned OPA. */
export function registerBuild(cli: Command, ctx: CliContext): void {
  cli
    .command('build')
    .description('compile the built-in rules and your policy pack into one bundle with the pinned OPA (fmt, check, unit tests, metadata lint, wasm)')
    .option('-o, --out <dir>', "directory to write the bundle to (default: the config's bundle, else <policies>/bundle)")
    .option(...CONFIG_FLAG)
    .action(async (flags: BuildFlags) => {
      // Loaded when used, so that `tollgate check` does not start up the build's dependencies.
      const { BuildFailure, buildPolicies } = await import('../pack/build.js');
      const config = commandConfig(flags.config);
      const pack = configuredPack(config);
      const out = insideWorkspace(flags.out ?? config.bundle ?? join(pack.dir, 'bundle'), scanRoot([config.dir]), 'bundle directory');
      if (!existsSync(pack.dir)) throw new UserError(`${display(pack.dir)}: the policy pack named in ${display(config.file ?? '.tollgate.yaml')} does not exist; create it with \`tollgate new rule\``);
      try {
        const { rules } = buildPolicies({ pack, out, base: config.dir, log: (l) => process.stderr.write(`${l}\n`) });
        ctx.out.write(`built ${rules} rule${rules === 1 ? '' : 's'} of ${display(pack.dir)} and the built-in rules into ${display(out)}\n`);
      } catch (e) {
        if (!(e instanceof BuildFailure)) throw e;
        for (const line of e.details) process.stderr.write(`${line}\n`);
        process.stderr.write(`tollgate: build failed: ${e.message}; nothing was written\n`);
        ctx.setExit(EXIT.violations);
      }
    });
}
