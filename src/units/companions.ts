import { join, posix } from 'node:path';
import type { Candidate } from '../discover.js';
import type { KindSpec } from '../kinds.js';

/**
 * The files to evaluate for `files` (relative to `root`): each with the companions its kinds'
 * units need, listed by `list` (the working tree, or the git index for --staged), sorted by path.
 * Only `files` are reported; the companions give their units the context of the whole unit.
 */
export function withCompanions(files: readonly Candidate[], root: string, kinds: readonly KindSpec[], list: (dir: string) => string[]): Candidate[] {
  const out = new Map(files.map((f) => [f.rel, f]));
  for (const file of files) {
    for (const kind of kinds) {
      for (const rel of kind.companions?.(file.rel, list) ?? []) {
        if (!out.has(rel)) out.set(rel, { abs: join(root, rel), rel });
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/**
 * A `companions` for kinds whose unit is a directory: a file that `member` accepts brings in
 * every file of its directory that `member` accepts.
 */
export function sameDirectory(member: (name: string) => boolean): NonNullable<KindSpec['companions']> {
  return (rel, list) => {
    const name = posix.basename(rel);
    if (!member(name)) return [];
    const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
    return list(dir)
      .filter(member)
      .map((n) => (dir ? `${dir}/${n}` : n))
      .filter((r) => r !== rel);
  };
}
