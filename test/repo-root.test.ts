import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_POD, PRIVILEGED_POD, tollgate } from './helpers/cli.js';
import { git, gitRepo } from './helpers/git.js';

const files = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);

describe('repository root', () => {
  it('is found without git in a linked worktree, whose .git is a file, for named files, directories and --staged', () => {
    const main = gitRepo({ 'deploy/pod.yaml': CLEAN_POD });
    git(main, ['add', '-A']);
    git(main, ['commit', '-q', '-m', 'base']);
    const linked = `${main}-linked`;
    git(main, ['worktree', 'add', '-q', linked]);
    writeFileSync(join(linked, 'deploy/pod.yaml'), PRIVILEGED_POD);
    const cwd = join(linked, 'deploy');
    expect(files(tollgate(['check', 'pod.yaml', '--format', 'json'], { cwd }))).toEqual(['deploy/pod.yaml']);
    expect(files(tollgate(['check', '.', '--format', 'json'], { cwd }))).toEqual(['deploy/pod.yaml']);
    expect(files(tollgate(['check', '--staged', '--format', 'json'], { cwd }))).toEqual([]);
    git(linked, ['add', 'deploy/pod.yaml']);
    expect(files(tollgate(['check', '--staged', '--format', 'json'], { cwd }))).toEqual(['deploy/pod.yaml']);
    // The main work tree's index is its own.
    expect(files(tollgate(['check', '--staged', '--format', 'json'], { cwd: main }))).toEqual([]);
  });
});
