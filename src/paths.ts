import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/** Whether `path` is `dir` or lies below it (lexically: resolve links first where they matter). */
export function isWithin(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path to write `path` to, which must lie inside the workspace (by default the current
 * directory) once links in its directory are followed; tollgate never writes through a link.
 * `flag` names the option in messages.
 */
export function workspaceOutput(path: string, flag: string, workspace = process.cwd()): string {
  const abs = resolve(workspace, path);
  const parent = dirname(abs);
  if (!existsSync(parent)) throw new UserError(`${flag} ${path}: directory ${relative(workspace, parent) || parent} does not exist; create it or write elsewhere`);
  const target = join(realpathSync(parent), basename(abs));
  const ws = realpathSync(workspace);
  if (target === ws || !isWithin(target, ws)) {
    throw new UserError(`${flag} ${path} is outside the workspace ${workspace}; write to a path inside it`);
  }
  // lstat, not exists: a dangling link would otherwise be followed to wherever it points.
  const st = lstatSync(target, { throwIfNoEntry: false });
  if (st?.isSymbolicLink()) throw new UserError(`${flag} ${path} is a symbolic link; tollgate does not write through links, remove it first`);
  if (st?.isDirectory()) throw new UserError(`${flag} ${path} is a directory; name a file`);
  return target;
}
