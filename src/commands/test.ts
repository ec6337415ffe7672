import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { clockFromEnv } from '../dates.js';
import { EXIT, UserError } from '../errors.js';
import { bundleDirOf, configuredPack, display } from '../pack/layout.js';
import type { CliContext } from './context.js';
import { commandConfig, CONFIG_FLAG } from './options.js';

interface TestFlags {
  coverage?: boolean;
  config?: string;
}

/** `tollgate test [paths...]`: annotated fixtures through the compiled WASM; exit 1 on any failure. */
export function registerTest(cli: Command, ctx: CliContext): void {
  cli
    .command('test')
    .description('run annotated fixtures through the compiled policy and compare the findings with their annotations')
    .argument('[paths...]', 'fixture files or directories (default: the fixtures/ of the configured policy pack)')
    .option('--coverage', 'also print the rule × kind matrix of failing and passing fixtures; a rule without both fails')
    .option(...CONFIG_FLAG)
    .action(async (paths: string[], flags: TestFlags) => {
      // Loaded when used, so that `tollgate check` does not start up the fixture harness.
      const [{ coverage }, { formatCoverage, formatResults }, { collectFixtures, loadFixtureEnv, runFixture }, { packSourceOptions }, { bundleDigest, sourceDigest }] = await Promise.all([
        import('../fixture/coverage.js'),
        import('../fixture/format.js'),
        import('../fixture/run.js'),
        import('../pack/build.js'),
        import('../pack/sources.js'),
      ]);
      const config = commandConfig(flags.config, paths[0]);
      const pack = config.policies !== undefined ? configuredPack(config) : undefined;
      const targets = paths.length > 0 ? paths : [(pack ?? configuredPack(config)).fixtures];
      if (paths.length === 0 && !existsSync(targets[0] as string)) {
        throw new UserError(`${display(targets[0] as string)}: the policy pack has no fixtures directory; \`tollgate new rule\` creates one`);
      }
      const fixtures = collectFixtures(targets);
      if (fixtures.length === 0) throw new UserError(`no fixtures in ${targets.join(', ')}: a fixture is a YAML file with "# expect: ID" or "# ok: ID" comments, or a file with a <name>.expect.json sidecar`);
      const bundleDir = bundleDirOf(config);
      const built = bundleDigest(bundleDir);
      // Fixtures of a pack tested against a bundle built from other sources would prove nothing.
      if (pack && built !== undefined && built !== sourceDigest(pack.dir, packSourceOptions(pack, bundleDir))) {
        throw new UserError(`${display(bundleDir)} was built from other sources than ${display(pack.dir)} has now; run \`tollgate build\` first`);
      }
      const env = await loadFixtureEnv(bundleDir, config, clockFromEnv(process.env.TOLLGATE_NOW));
      const results = fixtures.map((f) => runFixture(f, env));
      ctx.out.write(formatResults(results, ctx.color));
      let failed = results.some((r) => !r.passed);
      if (flags.coverage) {
        // A bundle with an organisation's rules is tested for those; tollgate's own for the built-in ones.
        const custom = [...env.catalog.rules.values()].some((r) => r.builtin === false);
        const cov = coverage(results, env.catalog, (r) => (custom ? r.builtin === false : r.builtin !== false));
        ctx.out.write('\n' + formatCoverage(cov, ctx.color));
        failed ||= cov.rows.some((r) => !r.complete);
      }
      ctx.setExit(failed ? EXIT.violations : EXIT.ok);
    });
}
