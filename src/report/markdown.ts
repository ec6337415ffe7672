import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';
import { SEVERITIES } from '../severity.js';
import { byImportance, findingStatus } from '../triage.js';
import { ruleHelpUri } from './help.js';
import type { ReportOptions } from './options.js';
import { fileUri } from './sarif.js';

/** Limits of where the Markdown goes: a job summary takes 1 MiB, a PR comment 65,536 characters. */
export interface MarkdownLimits {
  maxChars: number;
}

export const MARKDOWN_HEADING = '### tollgate';

/**
 * A job summary or PR comment: verdict, counts by severity and by owning team, then a table of the
 * active findings (most important first) linked to their lines and rule docs, then the waived ones.
 * Rows that would pass `maxChars` are counted instead of shown. Scanned text is escaped, so a
 * finding cannot add markup, links or @-mentions.
 */
export function formatMarkdown(result: ScanResult, options: ReportOptions, limits: MarkdownLimits = { maxChars: 60_000 }): string {
  const s = result.summary;
  const active = result.findings.filter((f) => findingStatus(f, result.changedOnly) === 'active').sort(byImportance);
  const waived = result.findings.filter((f) => f.suppression !== undefined).sort(byImportance);
  const verdict = s.failed ? `❌ **failing**: findings at or above ${s.failOn}` : s.findings > 0 ? `⚠️ **passing**: nothing at or above ${s.failOn}` : '✅ **passing**: no findings';
  const scope = result.changedOnly ? ' on the changed lines' : '';
  const head = [
    MARKDOWN_HEADING,
    '',
    `${verdict} — ${s.findings} finding${s.findings === 1 ? '' : 's'}${scope} in ${s.files} file${s.files === 1 ? '' : 's'} checked.`,
    ...(s.preExisting > 0 ? ['', `${s.preExisting} pre-existing finding${s.preExisting === 1 ? '' : 's'} outside the changed lines ${s.preExisting === 1 ? 'is' : 'are'} not counted.`] : []),
    ...(s.suppressed > 0 ? ['', `${s.suppressed} finding${s.suppressed === 1 ? ' is' : 's are'} waived and not counted.`] : []),
  ];
  const counts =
    s.findings > 0
      ? [
          '',
          '| severity | findings |',
          '|---|---:|',
          ...SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `| ${sev} | ${s.bySeverity[sev]} |`),
          '',
          '| owning team | findings |',
          '|---|---:|',
          ...Object.entries(s.byOwner).map(([owner, n]) => `| ${escape(owner)} | ${n} |`),
        ]
      : [];
  const out = [...head, ...counts];
  let used = out.join('\n').length;
  const table = (title: string, rows: Finding[], row: (f: Finding) => string, header: string[]) => {
    if (rows.length === 0) return;
    const block = ['', title, '', ...header];
    used += block.join('\n').length + 200;
    let shown = 0;
    for (const f of rows) {
      const line = row(f);
      if (used + line.length + 1 > limits.maxChars) break;
      block.push(line);
      used += line.length + 1;
      shown++;
    }
    if (shown < rows.length) block.push('', `…and ${rows.length - shown} more not shown here; the log, SARIF and JSON reports list every finding.`);
    out.push(...block);
  };
  table('#### Findings', active, (f) => `| ${f.severity} | ${ruleCell(f, result, options)} | ${escape(`${f.title}: ${f.message}`)} | ${where(f, options)} | ${escape(f.owner)} |`, [
    '| severity | rule | finding | where | owner |',
    '|---|---|---|---|---|',
  ]);
  table(
    '#### Waived',
    waived,
    (f) => `| ${f.severity} | ${ruleCell(f, result, options)} | ${escape(f.message)} | ${where(f, options)} | ${escape(`${f.suppression!.kind}: ${f.suppression!.reason}`)}${f.suppression!.expires ? ` (until ${escape(f.suppression!.expires)})` : ''} |`,
    ['| severity | rule | finding | where | waiver |', '|---|---|---|---|---|'],
  );
  return out.join('\n') + '\n';
}

function ruleCell(f: Finding, result: ScanResult, options: ReportOptions): string {
  const rule = result.rules.find((r) => r.id === f.rule);
  const uri = rule ? ruleHelpUri(options.tool, rule) : undefined;
  return uri !== undefined ? `[${f.rule}](${uri})` : f.rule;
}

function where(f: Finding, options: ReportOptions): string {
  const label = escape(`${f.file}:${f.line}`);
  if (options.blobUrl === undefined) return label;
  const anchor = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
  return `[${label}](${options.blobUrl}/${fileUri(f.file)}${anchor})`;
}

/** Text from scanned files inside a table cell: no markup, no HTML, no line breaks, no mentions. */
export function escape(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/@/g, '&#64;');
}
