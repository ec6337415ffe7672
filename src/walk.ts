import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * Regular files under `dir`, relative to it with forward slashes. Symbolic links are never
 * followed, directories that `skip` rejects (given as `rel/`) are not entered, and unreadable
 * directories are passed over: scanned trees are untrusted.
 */
export function walkFiles(dir: string, skip: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const pending = [''];
  for (let rel = pending.pop(); rel !== undefined; rel = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!skip(`${path}/`)) pending.push(path);
      } else if (e.isFile() && !skip(path)) {
        out.push(path);
      }
    }
  }
  return out.sort();
}
