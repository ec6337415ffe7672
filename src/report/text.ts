import { createColors } from 'picocolors';
import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';
import { SEVERITIES, type Severity } from '../severity.js';

type Colors = ReturnType<typeof createColors>;

/**
 * Findings grouped by file, one line each with file:line:col, then a summary line. Waived findings
 * are shown as such; baselined ones are only counted, so new findings stand out.
 */
export function formatText(result: ScanResult, color: boolean): string {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { critical: (s) => c.bold(c.red(s)), high: c.red, medium: c.yellow, low: c.cyan, info: c.dim };
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of result.findings) {
    if (f.suppression?.kind === 'baseline') continue;
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(c.underline(f.file));
      current = f.file;
    }
    lines.push(formatLine(f, c, paint));
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(result, c));
  return lines.join('\n') + '\n';
}

function formatLine(f: Finding, c: Colors, paint: Record<Severity, (s: string) => string>): string {
  const where = `${f.file}:${f.line}:${f.column}`;
  const line = `  ${where}  ${paint[f.severity](f.severity.padEnd(8))} ${c.bold(f.rule)}  ${f.title}: ${f.message}  ${c.dim(`[${f.owner}]`)}`;
  const s = f.suppression;
  if (!s) return line;
  const terms = [s.kind, ...(s.expires ? [`until ${s.expires}`] : []), ...(s.source ? [s.source] : [])].join(', ');
  return `${line}  ${c.dim(`waived (${terms}): ${s.reason}`)}`;
}

function summaryLine({ summary: s }: ScanResult, c: Colors): string {
  const kinds = Object.entries(s.bySuppression).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k === 'baseline' ? 'in baseline' : k}`);
  const files = `${s.suppressed > 0 ? `${s.suppressed} suppressed (${kinds.join(', ')}), ` : ''}${s.files} file${s.files === 1 ? '' : 's'} checked`;
  if (s.findings === 0) return c.green(`✔ no findings, ${files}`);
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  const verdict = s.failed ? c.red(`failing: findings at or above ${s.failOn}`) : c.green(`passing: nothing at or above ${s.failOn}`);
  return `${s.failed ? c.red('✖') : c.yellow('!')} ${s.findings} finding${s.findings === 1 ? '' : 's'} (${counts.join(', ')}), ${files}; ${verdict}`;
}
