import type { RuleMeta } from '../catalog.js';
import type { Severity } from '../severity.js';

/** A rule as an organisation runs it: its catalog entry and the config's override, if any. */
export interface RuleView {
  meta: RuleMeta;
  enabled: boolean;
  /** Severity after the config's override. */
  severity: Severity;
}

/** Version of the JSON shape of `tollgate rules --format json`. */
export const RULES_JSON_VERSION = 1;

/** The kinds of a rule in one narrow column: a rule of many kinds (secrets) says how many. */
export function kindsCell(kinds: readonly string[]): string {
  return kinds.length > 2 ? `${kinds.length} kinds` : kinds.join(',');
}

/** One aligned line per rule: id, severity (or "off"), owner, kind, title. */
export function rulesText(rules: readonly RuleView[]): string {
  const rows = [['id', 'severity', 'owner', 'kind', 'title'], ...rules.map((r) => [r.meta.id, r.enabled ? r.severity : 'off', r.meta.owner, kindsCell(r.meta.kinds), r.meta.title])];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => (row[i] as string).length)));
  return rows.map((row) => row.map((cell, i) => (i < 4 ? cell.padEnd(widths[i] as number) : cell)).join('  ')).join('\n') + '\n';
}

/** The catalog as JSON with the organisation's overrides applied; byte-stable. */
export function rulesJson(rules: readonly RuleView[]): string {
  const out = rules.map((r) => ({ ...r.meta, severity: r.severity, enabled: r.enabled, ...(r.severity !== r.meta.severity ? { defaultSeverity: r.meta.severity } : {}) }));
  return JSON.stringify({ version: RULES_JSON_VERSION, rules: out }, null, 2) + '\n';
}

/** A Markdown table of the rules. */
export function rulesMarkdown(rules: readonly RuleView[]): string {
  const lines = ['| id | kind | title | severity | owner | standards |', '|---|---|---|---|---|---|'];
  for (const r of rules) {
    lines.push(`| ${r.meta.id} | ${r.meta.kinds.join(', ')} | ${cell(r.meta.title)} | ${r.enabled ? r.severity : 'off'} | ${r.meta.owner} | ${cell(standardsText(r.meta))} |`);
  }
  return lines.join('\n') + '\n';
}

/** Everything about one rule for a terminal: metadata, rationale, remediation, parameters, example. */
export function explainText(r: RuleView, params: ReadonlyMap<string, unknown> = new Map()): string {
  const m = r.meta;
  const severity = !r.enabled ? `${m.severity} (turned off in your config)` : r.severity !== m.severity ? `${r.severity} (default ${m.severity}; set in your config)` : m.severity;
  const facts: Array<[string, string]> = [
    ['severity', severity],
    ['owner', m.owner],
    ['kinds', m.kinds.join(', ')],
    ['standards', standardsText(m) || 'none'],
    ['related', m.related.join(', ') || 'none'],
    ['waivers', m.inlineWaivers ? 'inline waivers allowed' : 'no inline waivers'],
    ['source', m.source],
  ];
  const out = [`${m.id}  ${m.title}`, '', ...facts.map(([k, v]) => `  ${k.padEnd(10)} ${v}`)];
  out.push('', 'Rationale', ...wrap(m.description, '  '), '', 'Remediation', ...wrap(m.remediation, '  '));
  if (m.parameters && m.parameters.length > 0) {
    out.push('', 'Parameters (under `parameters:` in .tollgate.yaml)');
    for (const p of m.parameters) {
      const yours = params.get(p.name);
      const set = yours !== undefined && JSON.stringify(yours) !== JSON.stringify(p.default) ? `; yours: ${JSON.stringify(yours)}` : '';
      out.push(`  ${p.name}  default: ${JSON.stringify(p.default)}${set}`);
    }
  }
  if (m.example) {
    out.push('', `Example (${m.example.file}:${m.example.line})`, ...m.example.text.split('\n').map((l) => `  ${l}`.trimEnd()));
  }
  return out.join('\n') + '\n';
}

/** Section titles of the index, by owning team. */
const TEAMS: ReadonlyArray<[RuleMeta['owner'], string]> = [
  ['infosec', 'Infosec: data protection, encryption, secrets'],
  ['cybersecurity', 'Cybersecurity: network exposure, identity, supply chain'],
  ['architecture', 'Architecture governance: regions, tags, instance types, deployment patterns'],
];

/** docs/rules/README.md: every rule by owning team, with its inputs and the peer rules it matches. */
export function ruleIndexMarkdown(rules: readonly RuleMeta[]): string {
  const out = [
    '# Built-in rules',
    '',
    `${rules.length} rules. Generated from the rules' METADATA by \`npm run build:policies\`; \`tollgate rules\` lists them with your config's severities, \`tollgate explain <id>\` shows one. "Peers" are the rules of other tools (Checkov, Trivy, hadolint, zizmor, ...) that check the same thing.`,
  ];
  for (const [owner, title] of TEAMS) {
    const own = rules.filter((r) => r.owner === owner).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (own.length === 0) continue;
    out.push('', `## ${title}`, '', '| id | inputs | title | severity | peers |', '|---|---|---|---|---|');
    for (const r of own) out.push(`| [${r.id}](${r.id}.md) | ${r.kinds.join(', ')} | ${cell(r.title)} | ${r.severity} | ${cell(r.related.join(', '))} |`);
  }
  return out.join('\n') + '\n';
}

/** The Markdown page of a rule (docs/rules/<ID>.md). */
export function ruleMarkdown(m: RuleMeta): string {
  const out = [
    `# ${m.id}: ${m.title}`,
    '',
    '| | |',
    '|---|---|',
    `| severity | ${m.severity} |`,
    `| owner | ${m.owner} |`,
    `| input | ${m.kinds.join(', ')} |`,
    `| standards | ${cell(standardsText(m)) || 'none'} |`,
    `| related | ${cell(m.related.join(', ')) || 'none'} |`,
    `| inline waivers | ${m.inlineWaivers ? 'allowed' : 'not allowed'} |`,
    `| source | [${m.source}](../../${m.source}) |`,
    '',
    '## Rationale',
    '',
    m.description,
    '',
    '## Remediation',
    '',
    m.remediation,
  ];
  if (m.parameters && m.parameters.length > 0) {
    out.push('', '## Parameters', '', 'Set under `parameters:` in `.tollgate.yaml`.', '', '| parameter | default |', '|---|---|');
    for (const p of m.parameters) out.push(`| \`${p.name}\` | \`${cell(JSON.stringify(p.default))}\` |`);
  }
  if (m.example) {
    const lang = /\.ya?ml$/.test(m.example.file) ? 'yaml' : /\.json$/.test(m.example.file) ? 'json' : '';
    out.push('', '## Example', '', `From [${m.example.file}](../../${m.example.file}), line ${m.example.line}:`, '', '```' + lang, m.example.text, '```');
  }
  return out.join('\n') + '\n';
}

function standardsText(m: RuleMeta): string {
  return Object.entries(m.standards)
    .map(([std, ids]) => `${std} ${ids.join(', ')}`)
    .join('; ');
}

function cell(s: string): string {
  return s.replaceAll('|', '\\|');
}

function wrap(text: string, indent: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
