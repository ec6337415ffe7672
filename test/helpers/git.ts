import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tempRepo } from './cli.js';

/** The environment without git's own variables, so a child git never acts on the wrong repository. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  return { ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

/** Runs git in `cwd` and returns its output. */
export function git(cwd: string, args: string[], options: ExecFileSyncOptions = {}): string {
  return String(execFileSync('git', args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options }));
}

/** A fresh git repository holding the given files (not yet staged), with a committer set. */
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
  const files = git(process.cwd(), ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean);
  for (const file of files) {
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file), { preserveTimestamps: true });
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-q', '-m', 'snapshot']);
  return { dir, rev: git(dir, ['rev-parse', 'HEAD']).trim() };
}
