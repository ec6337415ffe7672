import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tempRepo } from './cli.js';

/** Runs git in `dir` with a fixed identity and no user or system config. */
export function git(dir: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  }).trim();
}

/** Writes files (null deletes one) and commits everything; returns the commit SHA. */
export function commit(dir: string, files: Record<string, string | null>, message: string, renames: Array<[string, string]> = []): string {
  for (const [from, to] of renames) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    renameSync(join(dir, from), join(dir, to));
  }
  for (const [name, content] of Object.entries(files)) {
    if (content === null) rmSync(join(dir, name));
    else {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

/** A new repository on branch main. */
export function initRepo(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
}

/** The environment without git's own variables, so a child git never acts on the wrong repository. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  return { ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

/** A fresh git repository holding the given files (not yet staged), with a committer set for child processes. */
export function gitRepo(files: Record<string, string>): string {
  const dir = tempRepo(files);
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', 'tollgate test']);
  git(dir, ['config', 'user.email', 'test@tollgate.invalid']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  return dir;
}

/**
 * A repository with one commit holding this project as it is on disk (tracked and untracked files
 * that git does not ignore), as a user's clone of it would: what pre-commit installs a hook from.
 */
export function projectSnapshot(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-project-'));
  for (const file of git(process.cwd(), ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean)) {
    if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file), { preserveTimestamps: true });
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'snapshot']);
  return { dir, rev: git(dir, ['rev-parse', 'HEAD']) };
}
