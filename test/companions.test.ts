import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../src/discover.js';
import { KINDS, type KindSpec } from '../src/kinds.js';
import { checkFiles } from '../src/scan.js';
import { sameDirectory, withCompanions } from '../src/units/companions.js';
import { CLEAN_POD, PRIVILEGED_POD, tempRepo } from './helpers/cli.js';
import { committedEngine } from './helpers/engine.js';

// A kind whose unit is a directory, as Terraform's will be: every .tf file of a module.
const MODULE: KindSpec = { name: 'module', claims: () => false, units: () => [], companions: sameDirectory((n) => n.endsWith('.tf')) };
const tree: Record<string, string[]> = {
  '': ['main.tf', 'README.md', 'pod.yaml'],
  'modules/bucket': ['encryption.tf', 'main.tf', 'notes.txt', 'variables.tf'],
};
const list = (dir: string) => tree[dir] ?? [];
const at = (...rels: string[]): Candidate[] => rels.map((rel) => ({ abs: join('/repo', rel), rel }));
const rels = (cs: Candidate[]) => cs.map((c) => c.rel);

describe('withCompanions', () => {
  it('adds nothing for kinds evaluated file by file', () => {
    expect(rels(withCompanions(at('pod.yaml', 'main.tf'), '/repo', KINDS, list))).toEqual(['main.tf', 'pod.yaml']);
  });

  it('brings in the rest of a named file’s module, once, sorted, with paths under the root', () => {
    const out = withCompanions(at('modules/bucket/main.tf', 'modules/bucket/variables.tf', 'pod.yaml'), '/repo', [MODULE], list);
    expect(rels(out)).toEqual(['modules/bucket/encryption.tf', 'modules/bucket/main.tf', 'modules/bucket/variables.tf', 'pod.yaml']);
    expect(out[0]).toEqual({ abs: join('/repo', 'modules/bucket/encryption.tf'), rel: 'modules/bucket/encryption.tf' });
    expect(rels(withCompanions(at('main.tf'), '/repo', [MODULE], list))).toEqual(['main.tf']);
  });
});

describe('checkFiles with a focus', () => {
  let env: Awaited<ReturnType<typeof committedEngine>>;
  beforeAll(async () => {
    env = await committedEngine();
  });

  it('evaluates every file it is given but reports and counts only the focused ones', () => {
    const dir = tempRepo({ 'named.yaml': PRIVILEGED_POD, 'context.yaml': PRIVILEGED_POD, 'clean.yaml': CLEAN_POD });
    const files = ['clean.yaml', 'context.yaml', 'named.yaml'].map((rel) => ({ abs: join(dir, rel), rel }));
    const all = checkFiles(files, env.config, env.engine, env.rules);
    expect(new Set(all.findings.map((f) => f.file))).toEqual(new Set(['context.yaml', 'named.yaml']));
    const focused = checkFiles(files, env.config, env.engine, env.rules, { focus: new Set(['named.yaml', 'clean.yaml']) });
    expect(focused.findings.map((f) => [f.file, f.rule])).toEqual([['named.yaml', 'TG-K8S-001']]);
    expect(focused.files).toBe(2);
  });
});
