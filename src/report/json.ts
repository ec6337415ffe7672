import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';

/** Version of the JSON report's shape; bumped on incompatible changes. */
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
    ...(f.suppression !== undefined ? { suppression: f.suppression } : {}),
  }));
  return JSON.stringify({ version: JSON_REPORT_VERSION, findings, summary: result.summary }, null, 2) + '\n';
}
