import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUNDLE_DIR } from './bundle.js';
import { loadCatalog, PARSE_RULE, type Catalog, type RuleMeta } from './catalog.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { discover, excluder, scanRoot } from './discover.js';
import { loadEngine, type PolicyEngine } from './engine/policy.js';
import { UserError } from './errors.js';
import { workTreeStore } from './file-store.js';
import { compareFindings, fileFinding, resultFinding, type Finding } from './finding.js';
import { parseYaml } from './parse/yaml.js';
import { atLeast, SEVERITIES, type Severity } from './severity.js';
import { readSource, type Source } from './source.js';
import { stagedFiles } from './staged.js';
import { planUnits } from './units/plan.js';
import { yamlKind, yamlUnit } from './units/yaml.js';

export interface ScanOptions {
  /** Files and directories to scan; default the current directory. */
  targets: string[];
  /** Explicit config file; default the nearest .tollgate.yaml from the first target upward. */
  configFile?: string;
  /** Overrides the config's failOn. */
  failOn?: Severity;
  /** Check the files the next commit adds or changes, as the git index holds them. */
  staged?: boolean;
  bundleDir?: string;
}

export interface Summary {
  files: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byOwner: Record<string, number>;
  failOn: Severity;
  /** Whether a finding is at or above failOn: exit code 1. */
  failed: boolean;
}

export interface ScanResult {
  root: string;
  findings: Finding[];
  summary: Summary;
}

export const DEFAULT_FAIL_ON: Severity = 'high';

/** Runs the whole pipeline: discover, parse, evaluate, locate, filter. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const targets = options.targets.length > 0 ? options.targets : ['.'];
  const root = scanRoot(targets);
  const config = loadConfig(options.configFile ?? findConfig(targets[0] ?? '.'), root);
  const catalog = loadCatalog(options.bundleDir ?? BUNDLE_DIR);
  const rules = effectiveRules(catalog, config);
  const engine = await loadEngine(options.bundleDir ?? BUNDLE_DIR, config.parameters, new Set(catalog.rules.keys()));
  const exclude = excluder(config.exclude, config.dir, root);
  const { files, store } = options.staged
    ? stagedFiles(targets, root, exclude, config.maxFileBytes)
    : { files: discover(targets, root, exclude), store: workTreeStore(root, config.maxFileBytes) };

  // Each file's unit is evaluated whole; only the files asked for are reported.
  const absOf = new Map(files.map((f) => [f.rel, f.abs]));
  const units = planUnits([...absOf.keys()], (dir) => store.list(dir));
  store.prefetch(units.flatMap((u) => u.members));
  const findings: Finding[] = [];
  let scanned = 0;
  for (const unit of units) {
    for (const rel of unit.members) {
      const found = checkFile(absOf.get(rel) ?? join(root, rel), rel, config, engine, rules, options.staged ? store.read : undefined);
      if (found === undefined || !unit.focus.includes(rel)) continue;
      scanned++;
      findings.push(...found);
    }
  }
  findings.sort(compareFindings);
  const failOn = options.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  return { root, findings, summary: summarize(findings, scanned, failOn) };
}

/** Findings of one file, or undefined when tollgate has no rules for it. */
export function checkFile(
  abs: string,
  rel: string,
  config: Config,
  engine: PolicyEngine,
  rules: Map<string, RuleMeta | null>,
  read: (rel: string) => Source = () => readSource(abs, config.maxFileBytes),
): Finding[] | undefined {
  if (isHelmTemplate(abs)) return undefined;
  const source = read(rel);
  if ('problem' in source) return [fileFinding(PARSE_RULE, rel, source.problem, source)];
  const parsed = parseYaml(source.text);
  const findings = parsed.errors.map((e) => fileFinding(PARSE_RULE, rel, `invalid YAML: ${e.message}`, e));
  const kind = yamlKind(rel, parsed.documents);
  if (kind === undefined || !engine.kinds.includes(kind)) return findings.length > 0 ? findings : undefined;
  const unit = yamlUnit(kind, rel, parsed);
  for (const result of engine.evaluate(unit.kind, unit.input)) {
    const meta = rules.get(result.rule);
    if (meta) findings.push(resultFinding(unit, result, meta));
  }
  return findings;
}

/** The catalog with the organisation's overrides: null for a disabled rule. */
export function effectiveRules(catalog: Catalog, config: Config): Map<string, RuleMeta | null> {
  const out = new Map<string, RuleMeta | null>();
  for (const id of Object.keys(config.rules)) {
    if (!catalog.rules.has(id)) throw new UserError(`${config.file ?? '.tollgate.yaml'}: rules.${id} is not a known rule; \`tollgate rules\` lists them`);
  }
  for (const [id, meta] of catalog.rules) {
    const o = config.rules[id];
    out.set(id, o?.enabled === false ? null : o?.severity ? { ...meta, severity: o.severity } : meta);
  }
  return out;
}

/** Files under a Helm chart's templates/ are Go templates, not YAML; tollgate never renders them. */
function isHelmTemplate(abs: string): boolean {
  for (let dir = dirname(abs); dir !== dirname(dir); dir = dirname(dir)) {
    if (dir.endsWith('/templates') || dir.endsWith('\\templates')) return existsSync(join(dirname(dir), 'Chart.yaml'));
  }
  return false;
}

export function summarize(findings: readonly Finding[], files: number, failOn: Severity): Summary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byOwner: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byOwner[f.owner] = (byOwner[f.owner] ?? 0) + 1;
  }
  const owners = Object.fromEntries(Object.entries(byOwner).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { files, findings: findings.length, bySeverity, byOwner: owners, failOn, failed: findings.some((f) => atLeast(f.severity, failOn)) };
}
