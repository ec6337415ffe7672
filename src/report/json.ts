import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';

/** Version of the JSON report's shape; bumped on incompatible changes. */
export const JSON_REPORT_VERSION = 1;

/**
 * `{"version", "findings": [...], "summary": {...}, "files": [...]}` with a fixed key order, so
 * output is byte-stable. `files` lists each file checked (or skipped with a note) and its kind.
 */
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
  }));
  const files = result.files.map((f) => ({
    file: f.file,
    kind: f.kind,
    ...(f.detectedBy !== undefined ? { detectedBy: f.detectedBy } : {}),
    ...(f.includedBy !== undefined ? { includedBy: f.includedBy } : {}),
    ...(f.unresolved !== undefined ? { unresolved: f.unresolved } : {}),
    ...(f.note !== undefined ? { note: f.note } : {}),
  }));
  return JSON.stringify({ version: JSON_REPORT_VERSION, findings, summary: result.summary, files }, null, 2) + '\n';
}
