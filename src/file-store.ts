import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBlobs, readIndex, type Blob } from './git-index.js';
import { decodeSource, readSource, tooLargeSource, type Source } from './source.js';

/** Where a scan reads files from: the working tree, or the git index for `check --staged`. */
export interface FileStore {
  /** Names of the regular files directly inside `dir` (relative to the root; '' is the root). */
  list(dir: string): string[];
  /** Reads these files ahead, at once (the index is read in one git batch). */
  prefetch(rels: readonly string[]): void;
  /** The text of a file, or why it has none. */
  read(rel: string): Source;
}

/** Files as they are on disk under `root`. */
export function workTreeStore(root: string, maxBytes: number): FileStore {
  return {
    list(dir) {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name)
          .sort();
      } catch {
        return [];
      }
    },
    prefetch() {},
    read: (rel) => readSource(join(root, rel), maxBytes),
  };
}

/** Files as the git index of the repository at `root` holds them: what the next commit will hold. */
export function indexStore(root: string, maxBytes: number): FileStore & { has(rel: string): boolean } {
  const index = readIndex(root);
  const blobs = new Map<string, Blob>();
  return {
    has: (rel) => index.has(rel),
    list(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      return [...index.keys()].filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
    },
    prefetch(rels) {
      const oids = rels.map((r) => index.get(r)?.oid).filter((o): o is string => o !== undefined && !blobs.has(o));
      for (const [oid, blob] of readBlobs(root, oids, maxBytes)) blobs.set(oid, blob);
    },
    read(rel) {
      const oid = index.get(rel)?.oid;
      if (oid !== undefined && !blobs.has(oid)) this.prefetch([rel]);
      const blob = oid === undefined ? undefined : blobs.get(oid);
      if (blob === undefined) return { problem: 'the file is not in the git index; stage it with git add', line: 1, column: 1 };
      return 'bytes' in blob ? decodeSource(blob.bytes, maxBytes) : tooLargeSource(blob.size, maxBytes);
    },
  };
}
