import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_POD, PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';
import { git, gitRepo } from './helpers/git.js';

interface Report {
  findings: { rule: string; file: string; line: number; column: number; message: string }[];
  summary: { files: number };
}

const check = (dir: string, args: string[] = []) => {
  const r = tollgate(['check', '--staged', '--format', 'json', ...args], { cwd: dir });
  return { ...r, report: r.code === 2 ? undefined : (JSON.parse(r.stdout) as Report) };
};

describe('tollgate check --staged', () => {
  it('judges a half-staged fix as it will be committed, not as the working tree has it', () => {
    const dir = gitRepo({ 'k8s/pod.yaml': PRIVILEGED_POD });
    git(dir, ['add', 'k8s/pod.yaml']);
    writeFileSync(join(dir, 'k8s/pod.yaml'), CLEAN_POD); // fixed, but the fix is not staged
    const staged = check(dir);
    expect(staged.code).toBe(1);
    expect(staged.report!.findings).toEqual([expect.objectContaining({ rule: 'TG-K8S-001', file: 'k8s/pod.yaml', line: 12, column: 9 })]);
    expect(tollgate(['check', 'k8s/pod.yaml'], { cwd: dir }).code).toBe(0);

    git(dir, ['add', 'k8s/pod.yaml']);
    writeFileSync(join(dir, 'k8s/pod.yaml'), PRIVILEGED_POD); // the fix is staged; the tree regressed
    expect(check(dir)).toMatchObject({ code: 0, report: { findings: [], summary: { files: 1 } } });
  });

  it('checks only what the next commit adds or changes, even a file deleted from the working tree', () => {
    const dir = gitRepo({ 'old/pod.yaml': PRIVILEGED_POD, 'README.md': 'x\n' });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'base']);
    writeFileSync(join(dir, 'untracked.yaml'), PRIVILEGED_POD);
    writeFileSync(join(dir, 'new-pod.yaml'), PRIVILEGED_POD);
    git(dir, ['add', 'new-pod.yaml']);
    writeFileSync(join(dir, 'README.md'), 'binary\0is not checked: not YAML\n');
    git(dir, ['add', 'README.md']);
    rmSync(join(dir, 'new-pod.yaml'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.report!.findings.map((f) => f.file)).toEqual(['new-pod.yaml']);
    expect(r.report!.summary.files).toBe(1);
  });

  it('narrows to the paths given, honours the config exclude, and reports a staged syntax error at its place', () => {
    const dir = gitRepo({
      '.tollgate.yaml': 'exclude: [vendor]\n',
      'a/pod.yaml': PRIVILEGED_POD,
      'b/pod.yaml': PRIVILEGED_POD,
      'vendor/pod.yaml': PRIVILEGED_POD,
      'a/broken.yaml': 'key: [1, 2\n',
    });
    git(dir, ['add', '-A']);
    const r = check(dir, ['a']);
    expect(r.report!.findings.map((f) => [f.file, f.rule, f.line])).toEqual([
      ['a/broken.yaml', 'TG-PARSE', 2],
      ['a/pod.yaml', 'TG-K8S-001', 12],
    ]);
    expect(check(dir).report!.findings.map((f) => f.file)).toEqual(['a/broken.yaml', 'a/pod.yaml', 'b/pod.yaml']);
  });

  it('reports a staged file over maxFileBytes as TG-PARSE', () => {
    const dir = gitRepo({ '.tollgate.yaml': 'maxFileBytes: 100\n', 'pod.yaml': PRIVILEGED_POD });
    git(dir, ['add', '-A']);
    const r = check(dir);
    expect(r.report!.findings).toEqual([expect.objectContaining({ rule: 'TG-PARSE', file: 'pod.yaml', message: expect.stringMatching(/over the 0\.0 MiB limit/) })]);
  });

  it('is one line and exit 2 outside a git repository', () => {
    const dir = tempRepo({ 'pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['check', '--staged'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: --staged reads the git index, but . is not inside a git repository; run it in one, or drop --staged\n');
  });
});
