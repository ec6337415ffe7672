import { relative, resolve } from 'node:path';
import type ignore from 'ignore';
import { toPosix, workTreeTop, type Candidate, type WantedFiles } from './discover.js';
import { UserError } from './errors.js';
import { indexStore, type FileStore } from './file-store.js';
import { stagedPaths } from './git-index.js';

/**
 * What `check --staged` checks: the files the next commit adds or changes, under the targets, that
 * tollgate has a parser for and the config does not exclude, read from the git index, so a
 * half-staged fix is judged as it will be committed.
 */
export function stagedFiles(targets: readonly string[], root: string, exclude: ReturnType<typeof ignore>, maxBytes: number, kinds: WantedFiles): { files: Candidate[]; store: FileStore } {
  // The scan root is the work tree's top when the targets are in a repository.
  if (workTreeTop(root) !== root) {
    throw new UserError(`--staged reads the git index, but ${targets[0] ?? '.'} is not inside a git repository; run it in one, or drop --staged`);
  }
  const store = indexStore(root, maxBytes);
  const within = targets.map((t) => toPosix(relative(root, resolve(t))));
  const wanted = stagedPaths(root).filter((rel) => store.has(rel) && kinds.byName(rel) && !exclude.ignores(rel) && within.some((w) => w === '' || rel === w || rel.startsWith(`${w}/`)));
  store.prefetch(wanted);
  // As in a directory walk, JSON that does not look like an input is left alone.
  const head = (rel: string) => {
    const source = store.read(rel);
    return 'text' in source ? source.text : undefined;
  };
  const files = wanted
    .filter((rel) => kinds.byContent(rel, resolve(root, rel), () => head(rel)))
    .sort()
    .map((rel) => ({ abs: resolve(root, rel), rel }));
  return { files, store };
}
