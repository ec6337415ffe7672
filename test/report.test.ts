// Reporters are pure functions of a real scan: real files, real parser, the committed WASM.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Suppression } from '../src/finding.js';
import { toolInfoOf } from '../src/project.js';
import { formatGithubCommands, escapeData, escapeProperty } from '../src/report/github-commands.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { formatMarkdown } from '../src/report/markdown.js';
import type { ReportOptions } from '../src/report/options.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { scan, summarize, type ScanResult } from '../src/scan.js';
import { PRIVILEGED_POD, tempRepo } from './helpers/cli.js';
import { reportErrors, sarifErrors } from './helpers/schemas.js';

const TOOL = toolInfoOf({ name: 'tollgate', version: '0.1.0' });
const OPTIONS: ReportOptions = { color: false, tool: TOOL };

let sample: ScanResult;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-report-'));
  cpSync('fixtures/sample', dir, { recursive: true });
  sample = await scan({ targets: [dir] });
});

/** The sample's result with some findings waived, as the waiver engine (issue 6) will mark them. */
function withSuppressions(result: ScanResult, waivers: Array<[number, Suppression]>): ScanResult {
  const findings: Finding[] = result.findings.map((f, i) => {
    const w = waivers.find(([n]) => n === i);
    return w ? { ...f, suppression: w[1] } : f;
  });
  return { ...result, findings, summary: summarize(findings, result.summary.files, result.summary.failOn, result.changedOnly) };
}

const INLINE: Suppression = { kind: 'inline', reason: 'lab cluster, isolated', owner: 'ml-platform', expires: '2027-01-31', source: 'k8s/notebook.yaml:29' };
const CENTRAL: Suppression = { kind: 'central', reason: 'accepted by infosec', owner: 'infosec', ticket: 'SEC-42' };
const BASELINE: Suppression = { kind: 'baseline', reason: 'in baseline .tollgate-baseline.json' };

describe('SARIF', () => {
  it('validates against the official SARIF 2.1.0 schema, with the full rule catalog and exact regions', () => {
    const text = formatSarif(sample, OPTIONS);
    expect(sarifErrors(text)).toEqual([]);
    const log = JSON.parse(text);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(sample.rules.map((r) => r.id));
    const priv = run.tool.driver.rules.find((r: { id: string }) => r.id === 'TG-K8S-001');
    expect(priv).toMatchObject({
      shortDescription: { text: 'Privileged container' },
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0', tags: expect.arrayContaining(['security', 'cybersecurity', 'kubernetes']) },
    });
    expect(priv.help.text).toMatch(/How to fix: /);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'TG-K8S-001');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'k8s/notebook.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 30, startColumn: 9, endLine: 30, endColumn: 25 } });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('TG-K8S-001');
    expect(result.partialFingerprints['tollgate/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(result).not.toHaveProperty('suppressions');
    expect(run.results).toHaveLength(sample.findings.length);
  });

  it('emits suppressions for waived findings: inSource for inline waivers, external for central ones and baselines', () => {
    const waived = withSuppressions(sample, [
      [0, INLINE],
      [1, CENTRAL],
      [2, BASELINE],
    ]);
    const text = formatSarif(waived, OPTIONS);
    expect(sarifErrors(text)).toEqual([]);
    const results = JSON.parse(text).runs[0].results;
    expect(results[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'lab cluster, isolated', properties: { waiver: 'inline', owner: 'ml-platform', expires: '2027-01-31', source: 'k8s/notebook.yaml:29' } }]);
    expect(results[1].suppressions[0]).toMatchObject({ kind: 'external', justification: 'accepted by infosec', properties: { ticket: 'SEC-42' } });
    expect(results[2].suppressions[0]).toMatchObject({ kind: 'external', justification: 'in baseline .tollgate-baseline.json' });
    expect(results[3]).not.toHaveProperty('suppressions');
  });

  it('encodes paths with spaces and non-ASCII names as URI references and stays valid', async () => {
    const dir = tempRepo({ 'my k8s/pod #1 ünïcode.yaml': PRIVILEGED_POD });
    const result = await scan({ targets: [dir] });
    const text = formatSarif(result, OPTIONS);
    expect(sarifErrors(text)).toEqual([]);
    expect(JSON.parse(text).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20k8s/pod%20%231%20%C3%BCn%C3%AFcode.yaml');
  });

  it('has a helpUri from package.json repository, else none', () => {
    const withRepo = formatSarif(sample, { ...OPTIONS, tool: toolInfoOf({ name: 'tollgate', version: '1.2.0', repository: { url: 'git+https://github.com/acme/tollgate.git' } }) });
    expect(sarifErrors(withRepo)).toEqual([]);
    const rule = JSON.parse(withRepo).runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'TG-K8S-001');
    expect(rule.helpUri).toBe('https://github.com/acme/tollgate/blob/v1.2.0/policies/kubernetes/privileged_container.rego');
    expect(JSON.parse(formatSarif(sample, OPTIONS)).runs[0].tool.driver.rules[0]).not.toHaveProperty('helpUri');
  });

  it('the schema check can fail: a result without a message, a bad level and no version are caught', () => {
    const log = JSON.parse(formatSarif(sample, OPTIONS));
    delete log.version;
    delete log.runs[0].results[0].message;
    log.runs[0].results[1].level = 'fatal';
    expect(sarifErrors(JSON.stringify(log)).length).toBeGreaterThanOrEqual(3);
  });

  it('is valid with no findings', () => {
    const empty = { ...sample, findings: [], summary: summarize([], 0, 'high') };
    expect(sarifErrors(formatSarif(empty, OPTIONS))).toEqual([]);
  });
});

describe('JSON', () => {
  it('matches schema/report.schema.json, with suppressions and changed lines', () => {
    expect(reportErrors(formatJson(sample))).toEqual([]);
    const waived = withSuppressions(sample, [[0, INLINE], [5, BASELINE]]);
    const marked = { ...waived, findings: waived.findings.map((f, i) => ({ ...f, changed: i % 2 === 0 })) };
    const text = formatJson(marked);
    expect(reportErrors(text)).toEqual([]);
    const report = JSON.parse(text);
    expect(report.findings[0].suppression).toEqual(INLINE);
    expect(report.summary.suppressed).toBe(2);
    expect(report.summary.findings).toBe(sample.findings.length - 2);
  });

  it('the schema rejects what it must (it can fail)', () => {
    const report = JSON.parse(formatJson(sample));
    report.findings[0].line = 0;
    report.summary.extra = true;
    expect(reportErrors(JSON.stringify(report))).toHaveLength(2);
  });
});

describe('waived findings', () => {
  it('do not fail the check and are shown as suppressed by every reporter', () => {
    const critical = sample.findings.filter((f) => f.severity === 'critical' || f.severity === 'high');
    const waivers: Array<[number, Suppression]> = critical.map((f) => [sample.findings.indexOf(f), CENTRAL]);
    const waived = withSuppressions(sample, waivers);
    expect(sample.summary.failed).toBe(true);
    expect(waived.summary).toMatchObject({ failed: false, suppressed: critical.length, findings: sample.findings.length - critical.length, bySeverity: { critical: 0, high: 0 } });
    expect(formatText(waived, false)).toMatch(/k8s\/notebook\.yaml:30:9 {2}high .*\(suppressed by central waiver: accepted by infosec\)/);
    expect(formatText(waived, false)).toMatch(new RegExp(`not counted: ${critical.length} suppressed.*passing`));
    const junit = new XMLParser({ ignoreAttributes: false }).parse(formatJunit(waived, OPTIONS));
    expect(junit.testsuites['@_failures']).toBe('0');
    expect(junit.testsuites['@_skipped']).toBe(String(critical.length));
    expect(formatMarkdown(waived, OPTIONS)).toMatch(/#### Waived\n\n\| severity \| rule \| finding \| where \| waiver \|\n\|---\|---\|---\|---\|---\|\n\| critical \| TG-GHA-003 \|.*\| central: accepted by infosec \|/);
    const commands = formatGithubCommands(waived);
    expect(commands).not.toMatch(/^::error/m);
    expect(commands).toMatch(new RegExp(`not counted: ${critical.length} suppressed`));
  });
});

describe('JUnit', () => {
  it('is well-formed XML with a suite per rule, failures for findings at or above failOn', () => {
    const xml = formatJunit(sample, OPTIONS);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
    const suites = doc.testsuites.testsuite as Array<Record<string, unknown> & { testcase: Array<Record<string, unknown>> }>;
    expect(suites.map((s) => String(s['@_name']).split(' ')[0])).toEqual(sample.rules.map((r) => r.id));
    const high = sample.summary.bySeverity.critical + sample.summary.bySeverity.high;
    expect(doc.testsuites['@_failures']).toBe(String(high));
    const priv = suites.find((s) => String(s['@_name']).startsWith('TG-K8S-001'))!;
    expect(priv.testcase[0]).toMatchObject({ '@_classname': 'TG-K8S-001', '@_name': 'k8s/notebook.yaml:30:9 Pod/research/notebook-jdoe', '@_file': 'k8s/notebook.yaml', '@_line': '30' });
    expect((priv.testcase[0] as { failure: { '@_type': string } }).failure['@_type']).toBe('high');
  });

  it('stays well-formed with markup and control characters from scanned files', () => {
    const f = { ...sample.findings[0]!, message: 'a <b> & "c" \u0001 \uD800 ]]> end' };
    const xml = formatJunit({ ...sample, findings: [f] }, OPTIONS);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('a &lt;b&gt; &amp; &quot;c&quot; \uFFFD \uFFFD ]]&gt; end');
  });
});

describe('workflow commands', () => {
  it('escape data (%, CR, LF) and properties (also : and ,) as the runner expects', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('dir: a,b/x%.yaml\n')).toBe('dir%3A a%2Cb/x%25.yaml%0A');
    const f = { ...sample.findings[0]!, file: 'a,b: c.yaml', message: 'line1\n::error::forged\r\n%' };
    const out = formatGithubCommands({ ...sample, findings: [f] });
    expect(out.split('\n')[0]).toBe(`::error file=a%2Cb%3A c.yaml,line=${f.line},endLine=${f.endLine},col=${f.column},endColumn=${f.endColumn},title=${f.rule} ${f.title}::line1%0A::error::forged%0D%0A%25 [${f.severity}, ${f.owner}]`);
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
  });

  it('show the most important first within the per-level limit and summarise the rest', () => {
    // 14 high findings, the last three on changed lines, and 3 low ones.
    const base = sample.findings.find((f) => f.rule === 'TG-K8S-001')!;
    const low = sample.findings.find((f) => f.severity === 'low')!;
    const highs = Array.from({ length: 14 }, (_, i) => ({ ...base, line: i + 1, endLine: i + 1, changed: i >= 11 }));
    const lows = Array.from({ length: 3 }, (_, i) => ({ ...low, line: 100 + i, endLine: 100 + i, changed: false }));
    const out = formatGithubCommands({ ...sample, findings: [...highs, ...lows] }).split('\n');
    const errors = out.filter((l) => l.startsWith('::error file='));
    expect(errors).toHaveLength(9);
    expect(errors.slice(0, 3).map((l) => /line=(\d+),/.exec(l)![1])).toEqual(['12', '13', '14']);
    expect(out).toContain('::error title=tollgate%3A more findings::5 more error findings are not shown as annotations (GitHub shows 10 per level in a step and 50 in a job); they are listed in the log and the job summary');
    expect(out.filter((l) => l.startsWith('::notice file='))).toHaveLength(3);
    expect(out.filter((l) => /^ {2}k8s\/notebook\.yaml:\d+:9 {2}high/.test(l))).toHaveLength(5);
  });

  it('never pass 50 in a job', () => {
    const f = sample.findings[0]!;
    const many = ['critical', 'medium', 'low'].flatMap((severity) => Array.from({ length: 30 }, (_, i) => ({ ...f, severity: severity as Finding['severity'], line: i + 1 })));
    const out = formatGithubCommands({ ...sample, findings: many }, OPTIONS, { perLevel: 30, perJob: 50 });
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(50);
  });
});

describe('Markdown', () => {
  it('counts by severity and owner, links lines and rule docs, and escapes scanned text', () => {
    const evil = { ...sample.findings[0]!, message: 'x | y <img src=x> @acme/admins [link](http://e) `code`' };
    const result = { ...sample, findings: [evil, ...sample.findings.slice(1)] };
    const tool = toolInfoOf({ name: 'tollgate', version: '0.1.0', repository: 'github:acme/tollgate' });
    const md = formatMarkdown(result, { color: false, tool, blobUrl: 'https://github.com/o/r/blob/abc' });
    expect(md).toMatch(new RegExp(`^### tollgate\n\n❌ \\*\\*failing\\*\\*: findings at or above high — ${sample.summary.findings} findings in ${sample.summary.files} files checked\\.`));
    expect(md).toContain('| critical | 1 |');
    expect(md).toContain(`| cybersecurity | ${sample.summary.byOwner.cybersecurity} |`);
    expect(md).toContain('x \\| y \\<img src=x\\> &#64;acme/admins \\[link\\](http://e) \\`code\\`');
    expect(md).toContain('[.github/workflows/pr-comment.yml:20](https://github.com/o/r/blob/abc/.github/workflows/pr-comment.yml#L20)');
    expect(md).toContain('[TG-K8S-001](https://github.com/acme/tollgate/blob/v0.1.0/policies/kubernetes/privileged_container.rego)');
    expect(md).not.toMatch(/[^\\]<img/);
  });

  it('fits its limit and says how many rows it left out', () => {
    const md = formatMarkdown(sample, OPTIONS, { maxChars: 2000 });
    expect(md.length).toBeLessThanOrEqual(2000);
    expect(md).toMatch(/…and \d+ more not shown here/);
  });
});

describe('text', () => {
  it('keeps each finding on one line whatever the scanned value holds', () => {
    const f = { ...sample.findings[0]!, message: 'a\n::error::forged' };
    const out = formatText({ ...sample, findings: [f] }, false);
    expect(out).toContain('a\\n::error::forged');
    expect(out).not.toMatch(/^::/m);
  });
});
