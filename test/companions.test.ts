import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../src/discover.js';
import { KINDS, type KindSpec } from '../src/kinds.js';
import { checkFiles } from '../src/scan.js';
import { sameDirectory, withCompanions } from '../src/units/companions.js';
import { CLEAN_POD, PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';
import { committedEngine } from './helpers/engine.js';
import { git, gitRepo } from './helpers/git.js';

// A kind whose unit is a directory, as Terraform's will be: every .tf file of a module.
const MODULE: KindSpec = { name: 'module', claims: () => undefined, units: () => [], companions: sameDirectory((n) => n.endsWith('.tf')) };
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
    const focused = checkFiles(files, env.config, env.engine, env.rules, {}, undefined, { focus: new Set(['named.yaml', 'clean.yaml']) });
    expect(focused.findings.map((f) => [f.file, f.rule])).toEqual([['named.yaml', 'TG-K8S-001']]);
    expect(focused.files).toBe(2);
  });
});

// A bucket whose encryption is configured in another file of the module (TG-AWS-001 joins them),
// and a second file with an unencrypted bucket.
const MODULE_FILES = {
  'infra/main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "ml-data"\n}\n',
  'infra/encryption.tf':
    'resource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}\n',
  'infra/logs.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "ml-logs"\n}\n',
};
const reported = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: { rule: string; file: string; line: number }[]; summary: { files: number } });

describe('a Terraform file named alone', () => {
  it('is evaluated with its whole module, and only its own findings are reported', () => {
    const dir = gitRepo(MODULE_FILES);
    const main = reported(tollgate(['check', 'infra/main.tf', '--format', 'json'], { cwd: dir }));
    // Alone, main.tf's bucket would have no encryption; with its module it has.
    expect(main.findings.filter((f) => f.rule === 'TG-AWS-001')).toEqual([]);
    expect(main.findings.map((f) => f.file).filter((f) => f !== 'infra/main.tf')).toEqual([]);
    expect(main.summary.files).toBe(1);
    const logs = reported(tollgate(['check', 'infra/logs.tf', '--format', 'json'], { cwd: dir }));
    expect(logs.findings.filter((f) => f.rule === 'TG-AWS-001')).toEqual([expect.objectContaining({ file: 'infra/logs.tf', line: 1 })]);
    expect(new Set(logs.findings.map((f) => f.file))).toEqual(new Set(['infra/logs.tf']));
  });

  it('with --staged, is evaluated with its module as the index holds it', () => {
    const dir = gitRepo(MODULE_FILES);
    git(dir, ['add', 'infra/encryption.tf', 'infra/logs.tf']);
    git(dir, ['commit', '-q', '-m', 'module']);
    git(dir, ['add', 'infra/main.tf']);
    const staged = reported(tollgate(['check', '--staged', '--format', 'json'], { cwd: dir }));
    expect(staged.findings.filter((f) => f.rule === 'TG-AWS-001')).toEqual([]);
    expect(staged.summary.files).toBe(1);
    // The encryption removed from the index (but still on disk) is missed, as the commit would miss it.
    git(dir, ['rm', '-q', '--cached', 'infra/encryption.tf']);
    const without = reported(tollgate(['check', '--staged', '--format', 'json'], { cwd: dir }));
    expect(without.findings.filter((f) => f.rule === 'TG-AWS-001')).toEqual([expect.objectContaining({ file: 'infra/main.tf', line: 1 })]);
  });
});
