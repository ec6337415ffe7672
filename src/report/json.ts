import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';

/** Version of the JSON report's shape (schema/report.schema.json); bumped on incompatible changes. */
export const JSON_REPORT_VERSION = 1;

/**
 * `{"version", "findings": [...], "summary": {...}, "files": [...]}` with a fixed key order, so
 * output is byte-stable. `files` lists each file checked (or skipped with a note) and its kind.
 */
export function formatJson(result: ScanResult): string {
  const findings = result.findings.map((f: Finding) => ({
    ...ordered(f, ['rule', 'severity', 'title', 'message', 'owner', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'fingerprint', 'changed']),
    ...(f.suppression !== undefined ? { suppression: ordered(f.suppression, ['kind', 'reason', 'owner', 'ticket', 'expires', 'source']) } : {}),
  }));
  const s = result.summary;
  const summary = {
    files: s.files,
    findings: s.findings,
    suppressed: s.suppressed,
    preExisting: s.preExisting,
    bySeverity: s.bySeverity,
    byOwner: s.byOwner,
    failOn: s.failOn,
    failed: s.failed,
    changedOnly: result.changedOnly,
  };
  const files = result.files.map((f) => ordered(f, ['file', 'kind', 'detectedBy', 'includedBy', 'unresolved', 'note']));
  return JSON.stringify({ version: JSON_REPORT_VERSION, findings, summary, files }, null, 2) + '\n';
}

/** The keys of `obj` that are set, in the order given: whoever built the object, the output is byte-stable. */
function ordered<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
