import type { Claim } from './kinds.js';
import type { Unit, Unresolved } from './unit.js';

/** One file of the scan as the JSON report lists it: the kind it was read as, and how it was found. */
export interface FileEntry {
  file: string;
  /** The kind that checked it; null for a file that was skipped (see `note`). */
  kind: string | null;
  /** How the kind was decided: the config's `kinds:`, the path, the content, or an include. */
  detectedBy?: Claim['detectedBy'] | 'include';
  /** For a file merged into another's unit (a GitLab local include): that file. */
  includedBy?: string;
  /** References of the unit that were not followed (GitLab remote includes). */
  unresolved?: Array<Omit<Unresolved, 'file'> & { file?: string }>;
  /** Why a file was skipped. */
  note?: string;
}

/** Every file that was checked or skipped with a note, sorted by path. */
export function inventory(claims: readonly Claim[], units: readonly Unit[], notes: readonly FileEntry[]): FileEntry[] {
  const entries = new Map<string, FileEntry>();
  for (const c of claims) entries.set(c.file.rel, { file: c.file.rel, kind: c.kind, detectedBy: c.detectedBy });
  for (const u of units) {
    // Files a unit pulled in that no kind claimed by themselves: GitLab local includes.
    for (const inc of u.files ?? []) {
      if (inc !== u.file && !entries.has(inc)) entries.set(inc, { file: inc, kind: u.kind, detectedBy: 'include', includedBy: u.file });
    }
    const own = entries.get(u.file);
    if (own && u.unresolved?.length) own.unresolved = u.unresolved.map(({ file, ...rest }) => ({ ...rest, ...(file !== u.file ? { file } : {}) }));
  }
  for (const n of notes) if (!entries.has(n.file)) entries.set(n.file, n);
  return [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
