import type { RuleMeta } from '../catalog.js';
import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';
import { atLeast } from '../severity.js';
import { findingStatus } from '../triage.js';
import { ruleHelpUri } from './help.js';
import type { ReportOptions } from './options.js';

/**
 * JUnit XML in the shape GitLab, Jenkins and Azure Pipelines display: one test suite per rule, one
 * test case per finding (named file:line:col, classed by the rule), failing when the finding fails
 * the check (active and at or above failOn), skipped when it is waived; a rule without findings is
 * one passing case, so the report also shows what was checked. Pre-existing findings of
 * --changed-only mode are left out.
 */
export function formatJunit(result: ScanResult, options: ReportOptions): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (findingStatus(f, result.changedOnly) === 'pre-existing') continue;
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  }
  const rules = new Map<string, Pick<RuleMeta, 'id' | 'title' | 'remediation' | 'source'>>(result.rules.map((r) => [r.id, r]));
  for (const [id, fs] of byRule) if (!rules.has(id)) rules.set(id, { id, title: fs[0]!.title, remediation: '', source: '' });
  const ids = [...rules.keys()].sort();
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const id of ids) {
    const rule = rules.get(id)!;
    const findings = byRule.get(id) ?? [];
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const f of findings) {
      const failed = f.suppression === undefined && atLeast(f.severity, result.summary.failOn);
      if (failed) suiteFailures++;
      if (f.suppression !== undefined) suiteSkipped++;
      cases.push(testCase(f, rule, failed, options));
    }
    if (findings.length === 0) cases.push(`    <testcase classname="${attr(id)}" name="${attr(`${rule.title}: no findings`)}"/>`);
    const count = Math.max(1, findings.length);
    tests += count;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${attr(`${id} ${rule.title}`)}" tests="${count}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tollgate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(f: Finding, rule: Pick<RuleMeta, 'remediation' | 'source' | 'id'>, failed: boolean, options: ReportOptions): string {
  const where = `${f.file}:${f.line}:${f.column}`;
  const head = `    <testcase classname="${attr(f.rule)}" name="${attr(`${where} ${f.resource ?? ''}`.trim())}" file="${attr(f.file)}" line="${f.line}">`;
  const help = ruleHelpUri(options.tool, rule);
  const details = [
    `${where}: ${f.title}: ${f.message}`,
    `severity: ${f.severity}, owner: ${f.owner}${f.resource !== undefined ? `, resource: ${f.resource}` : ''}`,
    ...(rule.remediation ? [`how to fix: ${rule.remediation}`] : []),
    ...(help !== undefined ? [`docs: ${help}`] : []),
  ].join('\n');
  if (f.suppression !== undefined) {
    return `${head}\n      <skipped message="${attr(`waived (${f.suppression.kind}): ${f.suppression.reason}`)}"/>\n    </testcase>`;
  }
  if (failed) return `${head}\n      <failure type="${f.severity}" message="${attr(`${f.title}: ${f.message}`)}">${text(details)}</failure>\n    </testcase>`;
  // Below failOn: a passing case that still carries the finding for the reader.
  return `${head}\n      <system-out>${text(details)}</system-out>\n    </testcase>`;
}

/** XML 1.0 text: escaped, with characters XML cannot hold replaced (scanned content may have them). */
function text(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
