import { UserError } from './errors.js';
import { childProcess } from './child-process.js';

/** A regular file as the git index holds it. */
export interface IndexEntry {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** Blob object id. */
  oid: string;
}

/** What `readBlobs` found for one object: its bytes, or only its size when that is over the limit. */
export type Blob = { bytes: Buffer } | { size: number };

/** Runs git in `root` (never through a shell) and returns its standard output. */
function git(root: string, args: string[], input?: string): Buffer {
  try {
    return childProcess().execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: root, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    throw new UserError(`git ${args[0]} failed in ${root}: ${stderr || (e as Error).message}; run it inside a git repository`);
  }
}

/** The stage-0 regular files of the index (symbolic links and submodules are never scanned). */
export function readIndex(root: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  // Each record: "<mode> <oid> <stage>\t<path>".
  for (const record of git(root, ['ls-files', '--stage', '-z']).toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    const [mode, oid, stage] = record.slice(0, tab).split(' ');
    if (tab < 0 || stage !== '0' || oid === undefined || (mode !== '100644' && mode !== '100755')) continue;
    const path = record.slice(tab + 1);
    entries.set(path, { path, oid });
  }
  return entries;
}

/** Paths the next commit adds or changes: staged against HEAD, or every staged file before the first commit. */
export function stagedPaths(root: string): string[] {
  const out = git(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--diff-filter=ACMT']).toString('utf8');
  return out.split('\0').filter(Boolean);
}

/** The blobs with the given ids, read in one `git cat-file` batch; blobs over `maxBytes` are not read. */
export function readBlobs(root: string, oids: readonly string[], maxBytes: number): Map<string, Blob> {
  const out = new Map<string, Blob>();
  const unique = [...new Set(oids)];
  if (unique.length === 0) return out;
  const wanted: string[] = [];
  for (const line of git(root, ['cat-file', '--batch-check=%(objectname) %(objectsize)'], `${unique.join('\n')}\n`).toString('utf8').split('\n')) {
    const [oid, size] = line.split(' ');
    if (oid === undefined || size === undefined) continue;
    if (Number(size) > maxBytes) out.set(oid, { size: Number(size) });
    else wanted.push(oid);
  }
  if (wanted.length === 0) return out;
  // Each object: "<oid> <type> <size>\n<content>\n".
  const batch = git(root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`);
  let at = 0;
  while (at < batch.length) {
    const eol = batch.indexOf(10, at);
    if (eol < 0) break;
    const [oid, , size] = batch.subarray(at, eol).toString('utf8').split(' ');
    const length = Number(size);
    if (oid === undefined || !Number.isInteger(length)) break;
    out.set(oid, { bytes: batch.subarray(eol + 1, eol + 1 + length) });
    at = eol + 1 + length + 1;
  }
  return out;
}
