import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/** What happened to one file. */
export type WriteOutcome = 'created' | 'overwrote' | 'exists';

/**
 * Writes `content` to `rel` (forward slashes) under `root`, creating directories, unless the file
 * exists and `overwrite` is false. Never writes through a symbolic link, so nothing lands outside
 * `root`.
 */
export function writeInside(root: string, rel: string, content: string, overwrite: boolean): WriteOutcome {
  const parts = rel.split('/');
  let path = root;
  let existed = false;
  for (const [i, part] of parts.entries()) {
    path = join(path, part);
    const st = lstatSync(path, { throwIfNoEntry: false });
    if (st?.isSymbolicLink()) throw new UserError(`${parts.slice(0, i + 1).join('/')} is a symbolic link; tollgate init writes only real files inside ${root}, so remove the link first`);
    if (i < parts.length - 1) {
      if (st === undefined) mkdirSync(path);
      else if (!st.isDirectory()) throw new UserError(`${parts.slice(0, i + 1).join('/')} is not a directory; tollgate init needs it to write ${rel}`);
    } else if (st !== undefined) {
      if (!st.isFile()) throw new UserError(`${rel} exists and is not a regular file; remove it or write the file by hand`);
      if (!overwrite) return 'exists';
      existed = true;
    }
  }
  // 'wx' fails rather than replace a file that appeared meanwhile.
  writeFileSync(path, content, { flag: existed ? 'w' : 'wx' });
  return existed ? 'overwrote' : 'created';
}
