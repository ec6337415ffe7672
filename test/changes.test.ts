// Changed-lines mode against real git repositories: spaces, non-ASCII and quoted names, renames.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff, unquoteC } from '../src/changes/diff.js';
import { changedSince } from '../src/changes/git.js';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';
import { commit, git, initRepo } from './helpers/git.js';

const LINES = (n: number, tag = '') => Array.from({ length: n }, (_, i) => `line${i + 1}${tag}`).join('\n') + '\n';

describe('changed lines from git', () => {
  it('maps added and modified lines to new paths, for spaces, non-ASCII, quotes, renames and untracked files', () => {
    const dir = tempRepo({});
    initRepo(dir);
    const base = commit(dir, { 'my dir/a file.yaml': LINES(5), 'naïve.yaml': LINES(3), 'old.yaml': LINES(10), 'quo"te.yaml': 'q\n', 'gone.yaml': 'x\n', 'same.yaml': 'y\n' }, 'base');
    git(dir, ['checkout', '-q', '-b', 'feature']);
    commit(
      dir,
      {
        'my dir/a file.yaml': LINES(5).replace('line2', 'LINE2') + 'line6\n',
        'naïve.yaml': 'line1\nline3\n',
        'renamed dir/new name.yaml': LINES(10).replace('line7', 'seven') + '++ looks like a header\n',
        'quo"te.yaml': 'q2\n',
        'gone.yaml': null,
      },
      'head',
      [['old.yaml', 'renamed dir/new name.yaml']],
    );
    writeFileSync(join(dir, 'untracked ü.yaml'), 'new\n');
    const changed = changedSince(dir, base);
    expect(Object.fromEntries(changed)).toEqual({
      'my dir/a file.yaml': [
        [2, 2],
        [6, 6],
      ],
      'renamed dir/new name.yaml': [
        [7, 7],
        [11, 11],
      ],
      'quo"te.yaml': [[1, 1]],
      'untracked ü.yaml': [[1, Infinity]],
    });
  });

  it('uses the merge base, so commits on the base branch after the fork do not count', () => {
    const dir = tempRepo({});
    initRepo(dir);
    commit(dir, { 'a.yaml': LINES(3) }, 'base');
    git(dir, ['checkout', '-q', '-b', 'feature']);
    commit(dir, { 'b.yaml': LINES(2) }, 'feature');
    git(dir, ['checkout', '-q', 'main']);
    commit(dir, { 'a.yaml': LINES(3, 'x') }, 'main moves on');
    git(dir, ['checkout', '-q', 'feature']);
    expect([...changedSince(dir, 'main').keys()]).toEqual(['b.yaml']);
  });

  it('refuses a ref that is not a commit, an option-like ref and a directory outside git, in one line', () => {
    const dir = tempRepo({});
    initRepo(dir);
    commit(dir, { 'a.yaml': 'a: 1\n' }, 'base');
    expect(() => changedSince(dir, 'nope')).toThrow(/^--base nope: no such commit in .*; fetch it first \(with actions\/checkout set fetch-depth: 0\)$/);
    expect(() => changedSince(dir, '--output=/tmp/x')).toThrow(/not a git ref/);
    expect(() => changedSince(tempRepo({}), 'main')).toThrow(/is not a git work tree/);
  });

  it('parses quoted names and octal escapes as git writes them', () => {
    expect(unquoteC('"b/ta\\tb \\"q\\" \\303\\251.yaml"')).toBe('b/ta\tb "q" é.yaml');
    const diff = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,2 +1,0 @@', '-a', '-b', '@@ -5 +3,2 @@', '-c', '+d', '+e', 'diff --git a/y b/y', 'deleted file mode 100644', '--- a/y', '+++ /dev/null', '@@ -1 +0,0 @@', '-z', ''].join('\n');
    expect(Object.fromEntries(parseUnifiedDiff(diff))).toEqual({ x: [[3, 4]] });
  });
});

describe('tollgate check --changed-only', () => {
  it('reports only findings on changed lines and counts the others as pre-existing; they do not fail the check', () => {
    const dir = tempRepo({});
    initRepo(dir);
    const base = commit(dir, { 'k8s/old pod.yaml': PRIVILEGED_POD }, 'base');
    git(dir, ['checkout', '-q', '-b', 'feature']);
    const second = PRIVILEGED_POD.replace('name: trainer', 'name: trainer-2').replace('privileged: true', 'privileged: false');
    commit(dir, { 'k8s/ünï pod.yaml': second }, 'add a clean pod');
    // Clean on the changed lines: the old finding is pre-existing.
    let r = tollgate(['check', '--changed-only', '--base', base, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    let report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ findings: 0, preExisting: 1, failed: false, changedOnly: true });
    expect(report.findings).toEqual([expect.objectContaining({ file: 'k8s/old pod.yaml', changed: false })]);
    // Now the change makes the new pod privileged on line 12.
    commit(dir, { 'k8s/ünï pod.yaml': PRIVILEGED_POD.replace('name: trainer', 'name: trainer-2') }, 'privileged');
    r = tollgate(['check', '--changed-only', '--base', 'main'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('k8s/ünï pod.yaml:12:9  high');
    expect(r.stdout).not.toContain('k8s/old pod.yaml');
    expect(r.stdout).toMatch(/1 finding \(1 high\) \(not counted: 1 pre-existing outside the changed lines\)/);
    // Without --changed-only, --base only marks and orders.
    report = JSON.parse(tollgate(['check', '--base', 'main', '--format', 'json'], { cwd: dir }).stdout);
    expect(report.summary).toMatchObject({ findings: 2, preExisting: 0, changedOnly: false });
    expect(report.findings.map((f: { changed: boolean }) => f.changed)).toEqual([false, true]);
  });

  it('needs --base, with one line and exit 2', () => {
    const r = tollgate(['check', '--changed-only'], { cwd: tempRepo({ 'pod.yaml': PRIVILEGED_POD }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: --changed-only needs --base <ref>, the branch or commit the change is compared with\n');
  });
});
