import { createColors } from 'picocolors';
import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { findingStatus } from '../triage.js';
import { oneLine } from './options.js';

type Colors = ReturnType<typeof createColors>;

/**
 * Findings grouped by file, one line each with file:line:col, then a summary line. Waived findings
 * are shown as such; baselined and pre-existing (--changed-only) ones are only counted.
 */
export function formatText(result: ScanResult, color: boolean): string {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { critical: (s) => c.bold(c.red(s)), high: c.red, medium: c.yellow, low: c.cyan, info: c.dim };
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of result.findings) {
    if (findingStatus(f, result.changedOnly) === 'pre-existing' || f.suppression?.kind === 'baseline') continue;
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(c.underline(oneLine(f.file)));
      current = f.file;
    }
    lines.push(formatLine(f, c, paint));
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(result, c));
  return lines.join('\n') + '\n';
}

function formatLine(f: Finding, c: Colors, paint: Record<Severity, (s: string) => string>): string {
  // One line per finding, whatever the scanned value held: a newline could forge CI log commands.
  const where = oneLine(`${f.file}:${f.line}:${f.column}`);
  const waived = f.suppression !== undefined ? `  ${c.dim(`(suppressed by ${f.suppression.kind} waiver: ${oneLine(f.suppression.reason)})`)}` : '';
  return `  ${where}  ${paint[f.severity](f.severity.padEnd(8))} ${c.bold(f.rule)}  ${oneLine(`${f.title}: ${f.message}`)}  ${c.dim(`[${f.owner}]`)}${waived}`;
}

function summaryLine({ summary: s }: ScanResult, c: Colors): string {
  const files = `${s.files} file${s.files === 1 ? '' : 's'} checked`;
  const notCounted = [s.suppressed > 0 ? `${s.suppressed} suppressed` : '', s.preExisting > 0 ? `${s.preExisting} pre-existing outside the changed lines` : ''].filter(Boolean);
  const extra = notCounted.length > 0 ? ` (not counted: ${notCounted.join(', ')})` : '';
  if (s.findings === 0) return c.green(`✔ no findings${extra}, ${files}`);
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  const verdict = s.failed ? c.red(`failing: findings at or above ${s.failOn}`) : c.green(`passing: nothing at or above ${s.failOn}`);
  return `${s.failed ? c.red('✖') : c.yellow('!')} ${s.findings} finding${s.findings === 1 ? '' : 's'} (${counts.join(', ')})${extra}, ${files}; ${verdict}`;
}
