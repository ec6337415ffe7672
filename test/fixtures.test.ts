// Runs every annotated fixture under fixtures/rules (rules) and fixtures/inputs (input formats,
// malformed ones included) through the committed policy.wasm. The files of one fixture directory
// are checked together, as a scan would, so a GitLab include or a directory's .tollgate.yaml
// (declaring an in-house kind) takes part; each file's annotations are then matched against the
// findings in that file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { Finding } from '../src/finding.js';
import { checkFiles } from '../src/scan.js';
import { committedEngine } from './helpers/engine.js';
import { parseExpectations } from './helpers/fixture-annotations.js';

const root = process.cwd();
const fixtureFiles = fg.sync('fixtures/{rules,inputs}/**/*', { cwd: root, dot: true, onlyFiles: true, ignore: ['**/.tollgate.yaml'] }).sort();
let env: Awaited<ReturnType<typeof committedEngine>>;
beforeAll(async () => {
  env = await committedEngine();
});

/** The fixture directory a file belongs to: fixtures/rules/<ID> or fixtures/inputs/<kind>. */
const groupOf = (file: string) => file.split('/').slice(0, 3).join('/');
const checked = new Map<string, Finding[]>();
function findingsOf(file: string): Finding[] {
  const dir = groupOf(file);
  if (!checked.has(dir)) {
    const configFile = join(root, dir, '.tollgate.yaml');
    const config = existsSync(configFile) ? loadConfig(configFile, root) : env.config;
    const files = fixtureFiles.filter((f) => groupOf(f) === dir).map((rel) => ({ abs: join(root, rel), rel }));
    checked.set(dir, checkFiles(files, config, env.engine, env.rules, root).findings);
  }
  return (checked.get(dir) ?? []).filter((f) => f.file === file);
}

describe('rule fixtures', () => {
  it('exist', () => expect(fixtureFiles.length).toBeGreaterThan(0));

  it.each(fixtureFiles)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const { expect: wanted, ok } = parseExpectations(text);
    expect(wanted.size + ok.size, `${file} has no "# expect:" or "# ok:" annotation`).toBeGreaterThan(0);
    const findings = findingsOf(file);
    const problems: string[] = [];
    for (const rule of new Set([...wanted.keys(), ...ok.keys()])) {
      expect(env.catalog.rules.has(rule), `${file} names unknown rule ${rule}`).toBe(true);
      const actual = findings.filter((f) => f.rule === rule);
      const lines = new Set(actual.map((f) => f.line));
      for (const line of wanted.get(rule) ?? []) {
        if (!lines.has(line)) problems.push(`missing ${rule} on line ${line} (marked "# expect" on line ${line - 1})`);
      }
      for (const f of actual) {
        if (!wanted.get(rule)?.has(f.line)) problems.push(`extra   ${rule} on line ${f.line}:${f.column}: ${f.message}`);
      }
      for (const line of ok.get(rule) ?? []) {
        if (lines.has(line)) problems.push(`ok-line ${rule} reported on line ${line}, marked "# ok"`);
      }
    }
    expect(problems, `${file}\n  ${problems.join('\n  ')}\n  all findings: ${findings.map((f) => `${f.rule}@${f.line}`).join(' ')}`).toEqual([]);
  });

  it('cover every rule with a failing and a passing fixture', () => {
    const failing = new Set<string>();
    const passing = new Set<string>();
    for (const file of fixtureFiles) {
      const { expect: wanted, ok } = parseExpectations(readFileSync(join(root, file), 'utf8'));
      for (const id of wanted.keys()) failing.add(id);
      for (const id of ok.keys()) passing.add(id);
    }
    const rules = [...env.catalog.rules.values()].filter((r) => r.owner !== 'tollgate').map((r) => r.id);
    expect(rules.filter((id) => !failing.has(id)), 'rules without a "# expect:" fixture').toEqual([]);
    expect(rules.filter((id) => !passing.has(id)), 'rules without a "# ok:" fixture').toEqual([]);
  });
});
