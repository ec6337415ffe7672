import type { Finding, Suppression } from '../finding.js';
import type { ScanResult } from '../scan.js';

/** Version of the JSON report's shape (schema/report.schema.json); bumped on incompatible changes. */
export const JSON_REPORT_VERSION = 1;

/** `{"version", "findings": [...], "summary": {...}}` with a fixed key order, so output is byte-stable. */
export function formatJson(result: ScanResult): string {
  const findings = result.findings.map((f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    title: f.title,
    message: f.message,
    owner: f.owner,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.resource !== undefined ? { resource: f.resource } : {}),
    fingerprint: f.fingerprint,
    ...(f.changed !== undefined ? { changed: f.changed } : {}),
    ...(f.suppression !== undefined ? { suppression: suppression(f.suppression) } : {}),
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
  return JSON.stringify({ version: JSON_REPORT_VERSION, findings, summary }, null, 2) + '\n';
}

/** A suppression with a fixed key order, whoever built it. */
function suppression(s: Suppression): Suppression {
  return {
    kind: s.kind,
    reason: s.reason,
    ...(s.owner !== undefined ? { owner: s.owner } : {}),
    ...(s.ticket !== undefined ? { ticket: s.ticket } : {}),
    ...(s.expires !== undefined ? { expires: s.expires } : {}),
    ...(s.source !== undefined ? { source: s.source } : {}),
  };
}
