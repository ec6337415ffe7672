import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `path` is `dir` or lies below it (lexically: resolve links first where they matter). */
export function isWithin(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
