import { lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

/**
 * The absolute path of a report file, which must stay inside `workspace` (the working directory,
 * or GITHUB_WORKSPACE in the Action) also after symbolic links are followed, so a crafted path or
 * a link in the repository cannot make tollgate write elsewhere.
 */
export function resolveOutputPath(workspace: string, path: string, flag = '--output'): string {
  const root = realpathSync(workspace);
  const abs = resolve(workspace, path);
  if (!inside(resolve(workspace), abs)) throw new UserError(`${flag} ${path}: the path leads outside the workspace ${workspace}; write reports inside it`);
  // The nearest existing ancestor decides where the file really lands.
  let existing = abs;
  while (!exists(existing)) existing = dirname(existing);
  const real = realOrUndefined(existing);
  // A dangling link has no real path; writing through it would create its target, wherever that is.
  if (real === undefined) throw new UserError(`${flag} ${path}: a symbolic link leads to nothing; write reports to a plain path inside the workspace`);
  if (!inside(root, real)) throw new UserError(`${flag} ${path}: a symbolic link leads outside the workspace ${workspace}; write reports to a plain path inside it`);
  if (existing === abs && !lstatSync(real).isFile()) throw new UserError(`${flag} ${path}: not a regular file; name a file to write the report to`);
  return abs;
}

/** Writes a report file, creating its directories (already checked to be inside the workspace). */
export function writeOutput(abs: string, text: string): void {
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

/** Whether `p` is `root` or below it. */
function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function realOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
