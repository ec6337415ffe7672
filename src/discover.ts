import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { UserError } from './errors.js';
import { walkFiles } from './walk.js';
import { childProcess } from './child-process.js';

/** A file to scan: its absolute path and its path relative to the scan root. */
export interface Candidate {
  abs: string;
  rel: string;
  /** Named on the command line, not found in a directory. */
  explicit?: boolean;
}

/** Which files of a directory walk are read: by name, then by their first bytes (JSON). */
export interface WantedFiles {
  byName(rel: string): boolean;
  /** `head` reads the file's first bytes elsewhere than from disk (the git index for --staged). */
  byContent(rel: string, abs: string, head?: () => string | undefined): boolean;
}

/**
 * The scan root: the git work tree holding the first target, else the deepest directory holding
 * every target. Findings name files relative to it, as GitHub annotations and editors expect.
 */
export function scanRoot(targets: readonly string[]): string {
  const dirs = (targets.length > 0 ? targets : ['.']).map((t) => {
    const abs = resolve(t);
    return isDirectory(abs) ? abs : dirname(abs);
  });
  const first = dirs[0] as string;
  const top = workTreeTop(first);
  if (top !== undefined) return top;
  let common = first;
  while (!dirs.every((d) => d === common || d.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  return common;
}

/**
 * Files to scan under the targets: `git ls-files` (tracked and untracked, not ignored) inside a
 * repository, a walk honouring .gitignore elsewhere. Symbolic links are never followed, so a link
 * loop or a link out of the workspace is not scanned. Named files are always scanned.
 */
export function discover(targets: readonly string[], root: string, exclude: ReturnType<typeof ignore>, wanted: WantedFiles): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (abs: string, explicit: boolean) => {
    const rel = toPosix(relative(root, abs));
    if (rel.startsWith('..') || !exclude.ignores(rel)) found.set(abs, { abs, rel, ...(explicit || found.get(abs)?.explicit ? { explicit: true } : {}) });
  };
  for (const target of targets) {
    const abs = resolve(target);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new UserError(`${target}: no such file or directory; pass paths that exist`);
    }
    if (!st.isDirectory() && !st.isSymbolicLink()) {
      add(abs, true);
      continue;
    }
    if (st.isSymbolicLink()) continue;
    for (const file of listDirectory(abs)) {
      const full = join(abs, file);
      const rel = toPosix(relative(root, full));
      // The name first, then (for a regular file only, never a FIFO behind a link) the content.
      if (wanted.byName(rel) && isRegularFile(full) && wanted.byContent(rel, full)) add(full, false);
    }
  }
  return [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Matcher for the config's `exclude` patterns, relative to the config's directory. */
export function excluder(patterns: readonly string[], configDir: string, root: string): ReturnType<typeof ignore> {
  const base = toPosix(relative(root, configDir));
  const ig = ignore();
  for (const p of patterns) {
    // As in .gitignore: a pattern without an inner slash matches at any depth below its directory.
    const body = p.replace(/^\//, '');
    const scoped = p.slice(0, -1).includes('/') ? body : `**/${body}`;
    ig.add(base && !base.startsWith('..') ? `${base}/${scoped}` : scoped);
  }
  return ig;
}

function listDirectory(dir: string): string[] {
  if (workTreeTop(dir) !== undefined) {
    try {
      const out = childProcess().execFileSync('git', ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 256 << 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return [...new Set(out.split('\0').filter(Boolean))];
    } catch {
      // A repository git will not read (another owner's, say) is walked like a plain directory.
    }
  }
  const ig = ignore().add(['.git', 'node_modules']);
  try {
    ig.add(readFileSync(join(dir, '.gitignore'), 'utf8'));
  } catch {
    // No .gitignore: nothing more to ignore.
  }
  return walkFiles(dir, (rel) => ig.ignores(rel));
}

/** Environment variables that change where git finds a repository: then git itself is asked. */
const GIT_DISCOVERY_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

/**
 * The top of the git work tree holding `dir`, if it is in one: the nearest directory upward with a
 * `.git` entry (a worktree's or submodule's is a file), found without starting git, which a
 * pre-commit hook would pay for on every run.
 */
export function workTreeTop(dir: string): string | undefined {
  if (GIT_DISCOVERY_ENV.some((name) => process.env[name] !== undefined)) return gitTopLevel(dir);
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** The top directory of the git work tree holding `dir`, as git reports it. */
function gitTopLevel(dir: string): string | undefined {
  try {
    const top = childProcess().execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return top && isAbsolute(top) ? top : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A regular file, not a link to one: scanned content stays inside the workspace. */
function isRegularFile(p: string): boolean {
  try {
    return lstatSync(p).isFile();
  } catch {
    return false;
  }
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
