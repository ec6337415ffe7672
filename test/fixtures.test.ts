// Runs every annotated fixture under fixtures/rules through the committed policy.wasm, with the
// implementation of `tollgate test`.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_DIR } from '../src/bundle.js';
import { loadConfig } from '../src/config.js';
import { coverage } from '../src/fixture/coverage.js';
import { formatResults } from '../src/fixture/format.js';
import { collectFixtures, loadFixtureEnv, runFixture, type FixtureEnv } from '../src/fixture/run.js';

const fixtures = collectFixtures(['fixtures/rules']);
let env: FixtureEnv;
beforeAll(async () => {
  env = await loadFixtureEnv(BUNDLE_DIR, loadConfig(undefined, process.cwd()));
});

describe('rule fixtures', () => {
  it('exist', () => expect(fixtures.length).toBeGreaterThan(0));

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, fixture) => {
    const result = runFixture(fixture, env);
    expect(result.passed, formatResults([result], false)).toBe(true);
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('cover every rule with a failing and a passing fixture', () => {
    const cov = coverage(fixtures.map((f) => runFixture(f, env)), env.catalog, (r) => r.builtin !== false);
    // tollgate's own rules (TG-PARSE, TG-WAIVER-*) are tested in their own suites, not by fixtures.
    const policyRules = [...env.catalog.rules.values()].filter((r) => r.owner !== 'tollgate').map((r) => r.id);
    expect(cov.rows.map((r) => r.rule.id)).toEqual(policyRules.sort());
    expect(cov.rows.filter((r) => !r.complete).map((r) => r.rule.id)).toEqual([]);
  });
});
