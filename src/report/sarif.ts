import type { RuleMeta } from '../catalog.js';
import type { Finding, Suppression } from '../finding.js';
import type { ScanResult } from '../scan.js';
import type { Severity } from '../severity.js';
import { ruleHelpUri } from './help.js';
import type { ReportOptions } from './options.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF result levels. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** GitHub code scanning reads these as critical (>= 9), high (>= 7), medium (>= 4) and low. */
const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: undefined };

/** Waivers written beside the code are `inSource`; central waivers and baselines are `external`. */
const SUPPRESSION_KIND: Record<Suppression['kind'], 'inSource' | 'external'> = { inline: 'inSource', central: 'external', baseline: 'external' };

/**
 * A SARIF 2.1.0 log with one run: the tool with every enabled rule, and every finding as a result
 * (suppressed ones with `suppressions`; with a base ref, `baselineState` says whether the finding
 * is on changed lines). Paths are relative URIs against %SRCROOT%, so output is byte-stable.
 */
export function formatSarif(result: ScanResult, options: ReportOptions): string {
  const rules = [...result.rules];
  // TG-PARSE or a rule disabled after the scan may lack a catalog entry; a result needs its rule.
  for (const f of result.findings) if (!rules.some((r) => r.id === f.rule)) rules.push(stubRule(f));
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const informationUri = options.tool.repositoryUrl ?? options.tool.homepage;
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version: options.tool.version,
            semanticVersion: options.tool.version,
            ...(informationUri !== undefined ? { informationUri } : {}),
            rules: rules.map((r) => sarifRule(r, options)),
          },
        },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((f) => sarifResult(f, index.get(f.rule) ?? 0)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function sarifRule(r: RuleMeta, options: ReportOptions) {
  const helpUri = ruleHelpUri(options.tool, r);
  const standards = Object.entries(r.standards).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const severity = SECURITY_SEVERITY[r.severity];
  return {
    id: r.id,
    name: pascalCase(r.title),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: {
      text: `${r.description}\n\nHow to fix: ${r.remediation}`,
      markdown: [`**${r.title}** (${r.severity}, owned by ${r.owner})`, r.description, `**How to fix:** ${r.remediation}`, ...(standards.length > 0 ? [`**Standards:** ${standards.join(', ')}`] : [])].join('\n\n'),
    },
    ...(helpUri !== undefined ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ['security', r.owner, ...r.kinds.filter((k) => k !== '*'), ...standards],
      ...(severity !== undefined ? { 'security-severity': severity } : {}),
      precision: 'high',
      'problem.severity': problemSeverity(r.severity),
      severity: r.severity,
      owner: r.owner,
      ...(r.related.length > 0 ? { related: r.related } : {}),
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.title}: ${f.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
        ...(f.resource !== undefined ? { logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }] } : {}),
      },
    ],
    partialFingerprints: { 'tollgate/v1': f.fingerprint },
    ...(f.changed !== undefined ? { baselineState: f.changed ? 'new' : 'unchanged' } : {}),
    ...(f.suppression !== undefined ? { suppressions: [sarifSuppression(f.suppression)] } : {}),
    properties: { severity: f.severity, owner: f.owner },
  };
}

function sarifSuppression(s: Suppression) {
  const properties = {
    waiver: s.kind,
    ...(s.owner !== undefined ? { owner: s.owner } : {}),
    ...(s.ticket !== undefined ? { ticket: s.ticket } : {}),
    ...(s.expires !== undefined ? { expires: s.expires } : {}),
    ...(s.source !== undefined ? { source: s.source } : {}),
  };
  return { kind: SUPPRESSION_KIND[s.kind], status: 'accepted', justification: s.reason, properties };
}

function stubRule(f: Finding): RuleMeta {
  return { id: f.rule, title: f.title, severity: f.severity, owner: f.owner, kinds: ['*'], description: f.title, remediation: f.title, standards: {}, related: [], inlineWaivers: false, source: '' };
}

function problemSeverity(s: Severity): 'error' | 'warning' | 'recommendation' {
  return LEVEL[s] === 'note' ? 'recommendation' : LEVEL[s];
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, non-ASCII, #, ?). */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function pascalCase(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
