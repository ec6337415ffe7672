import { UserError } from '../errors.js';
import { parseUnifiedDiff, type ChangedLines } from './diff.js';
import { childProcess } from '../child-process.js';

// Repository config must not change what git prints (prefixes, relative paths, external tools).
const GIT = ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', '-c', 'diff.noprefix=false'];

/**
 * The lines of the work tree at `root` that were added or modified since the merge base of `base`
 * and HEAD; untracked files count as wholly new. Renames are followed, so a renamed file keeps
 * only its edited lines. `label` names the base in error messages.
 */
export function changedSince(root: string, base: string, label = `--base ${base}`): ChangedLines {
  if (base.startsWith('-') || base.trim() === '') throw new UserError(`--base ${JSON.stringify(base)}: not a git ref; pass a branch, tag or commit such as origin/main`);
  if (git(root, ['rev-parse', '--is-inside-work-tree']) !== 'true') throw new UserError(`${label}: ${root} is not a git work tree; changed lines need git history`);
  const commit = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`]);
  if (commit === undefined) {
    throw new UserError(`${label}: no such commit in ${root}; fetch it first (with actions/checkout set fetch-depth: 0)`);
  }
  const mergeBase = git(root, ['merge-base', commit, 'HEAD']);
  if (mergeBase === undefined) {
    throw new UserError(`${label}: no common history with HEAD; fetch the full history (with actions/checkout set fetch-depth: 0)`);
  }
  const diff = git(root, ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/', mergeBase, '--']) ?? '';
  const changed = parseUnifiedDiff(diff);
  const untracked = git(root, ['ls-files', '-z', '--others', '--exclude-standard']) ?? '';
  for (const file of untracked.split('\0').filter(Boolean)) changed.set(file, [[1, Infinity]]);
  return changed;
}

/** Output of a git command run on `root`, or undefined when git fails. */
function git(root: string, args: string[]): string | undefined {
  try {
    return childProcess().execFileSync('git', [...GIT, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 512 << 20, stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\n$/, '');
  } catch {
    return undefined;
  }
}
