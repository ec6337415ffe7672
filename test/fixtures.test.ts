// Runs every annotated fixture under fixtures/rules through the committed policy.wasm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../src/scan.js';
import { committedEngine } from './helpers/engine.js';
import { parseExpectations } from './helpers/fixture-annotations.js';

const root = process.cwd();
const fixtureFiles = fg.sync('fixtures/rules/**/*', { cwd: root, dot: true, onlyFiles: true }).sort();
let env: Awaited<ReturnType<typeof committedEngine>>;
beforeAll(async () => {
  env = await committedEngine();
});

describe('rule fixtures', () => {
  it('exist', () => expect(fixtureFiles.length).toBeGreaterThan(0));

  it.each(fixtureFiles)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const { expect: wanted, ok } = parseExpectations(text);
    expect(wanted.size + ok.size, `${file} has no "# expect:" or "# ok:" annotation`).toBeGreaterThan(0);
    const { findings } = checkFiles([{ abs: join(root, file), rel: file }], env.config, env.engine, env.rules, env.parsers);
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
