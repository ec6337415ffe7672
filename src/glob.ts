import fg from 'fast-glob';

/** Files matching a glob under `cwd`, sorted; symbolic links are not followed. */
export function globFiles(pattern: string, cwd: string): string[] {
  return fg.sync(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, dot: true, suppressErrors: true }).sort();
}
