import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { toPosix } from './discover.js';
import { UserError } from './errors.js';
import type { Finding } from './finding.js';
import { isWithin } from './paths.js';

/** Version of the baseline file's shape. */
export const BASELINE_VERSION = 1;

/** Where `tollgate baseline` writes when not told otherwise. */
export const DEFAULT_BASELINE = '.tollgate-baseline.json';

/** The fingerprints of accepted findings, with how many findings had each. */
export interface Baseline {
  /** The file, as shown in suppressions: relative to the scan root when inside it. */
  file: string;
  counts: Map<string, number>;
}

interface Entry {
  rule: string;
  file: string;
  resource?: string;
  fingerprint: string;
}

/** Findings a baseline records: those no waiver already covers, and none of tollgate's own. */
export function baselineable(f: Finding): boolean {
  return f.suppression === undefined && f.owner !== 'tollgate';
}

/**
 * The baseline file of today's findings: fingerprints plus rule, file and resource so a reviewer
 * can read it. No lines, no dates: unrelated edits and reruns leave it byte-identical.
 */
export function formatBaseline(findings: readonly Finding[]): string {
  const entries: Entry[] = findings.filter(baselineable).map((f) => ({
    rule: f.rule,
    file: f.file,
    ...(f.resource !== undefined ? { resource: f.resource } : {}),
    fingerprint: f.fingerprint,
  }));
  const key = (e: Entry) => [e.file, e.rule, e.resource ?? '', e.fingerprint].join('\0');
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2) + '\n';
}

/** Reads a baseline file; anything wrong with it is one UserError line. */
export function readBaseline(path: string, root: string): Baseline {
  const abs = resolve(path);
  const file = isWithin(abs, root) ? toPosix(relative(root, abs)) : path;
  const bad = (why: string) => new UserError(`${path}: ${why}; write it with \`tollgate baseline --output ${path}\``);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(abs, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw err.code ? new UserError(`cannot read baseline ${path}: ${err.code}; pass a file written by \`tollgate baseline\``) : bad(`not JSON (${err.message})`);
  }
  const doc = raw as { version?: unknown; findings?: unknown };
  if (typeof raw !== 'object' || raw === null || doc.version !== BASELINE_VERSION || !Array.isArray(doc.findings)) {
    throw bad(`not a tollgate baseline (version ${BASELINE_VERSION} with a findings list)`);
  }
  const counts = new Map<string, number>();
  doc.findings.forEach((e: unknown, i) => {
    const fp = (e as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp !== 'string' || !/^[0-9a-f]{32}$/.test(fp)) throw bad(`findings[${i}] has no valid fingerprint`);
    counts.set(fp, (counts.get(fp) ?? 0) + 1);
  });
  return { file, counts };
}

/** Marks findings whose fingerprint is in the baseline, each baseline entry covering one finding. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const left = new Map(baseline.counts);
  return findings.map((f) => {
    const n = left.get(f.fingerprint) ?? 0;
    if (!baselineable(f) || n === 0) return f;
    left.set(f.fingerprint, n - 1);
    return { ...f, suppression: { kind: 'baseline', reason: `in baseline ${baseline.file}`, source: baseline.file } };
  });
}
