import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/** What happened to one file. */
export type WriteOutcome = 'created' | 'overwrote' | 'exists';

/**
 * Throws unless `rel` (forward slashes) can be written as a real file under `root`: no part of its
 * path is a symbolic link (which could lead out of `root`), its parents are directories or absent,
 * and the file, if there, is a regular file. Returns whether the file exists.
 */
export function checkWritable(root: string, rel: string): boolean {
  const parts = rel.split('/');
  let path = root;
  for (const [i, part] of parts.entries()) {
    path = join(path, part);
    const shown = parts.slice(0, i + 1).join('/');
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (st === undefined) return false;
    if (st.isSymbolicLink()) throw new UserError(`${shown} is a symbolic link; tollgate init writes only real files inside ${root}, so remove the link first`);
    if (i < parts.length - 1 && !st.isDirectory()) throw new UserError(`${shown} is not a directory; tollgate init needs it to write ${rel}`);
    if (i === parts.length - 1 && !st.isFile()) throw new UserError(`${rel} exists and is not a regular file; remove it or write the file by hand`);
  }
  return true;
}

/** Writes `content` to `rel` under `root`, creating directories, unless it exists and `overwrite` is false. */
export function writeInside(root: string, rel: string, content: string, overwrite: boolean): WriteOutcome {
  const existed = checkWritable(root, rel);
  if (existed && !overwrite) return 'exists';
  // No part of the path is a link (checked above), so the directories made are inside root.
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  // 'wx' fails rather than replace a file that appeared meanwhile.
  writeFileSync(join(root, rel), content, { flag: existed ? 'w' : 'wx' });
  return existed ? 'overwrote' : 'created';
}
