import { loadCatalog, type Catalog, type RuleMeta } from './catalog.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { discover, excluder, scanRoot, type Candidate } from './discover.js';
import { loadEngine, type PolicyEngine } from './engine/policy.js';
import { UserError } from './errors.js';
import { compareFindings, resultFinding, type Finding } from './finding.js';
import { router } from './detect.js';
import { ingest } from './ingest.js';
import type { FileEntry } from './inventory.js';
import { bundleDirOf, packExcludes } from './pack/layout.js';
import { atLeast, SEVERITIES, type Severity } from './severity.js';

export interface ScanOptions {
  /** Files and directories to scan; default the current directory. */
  targets: string[];
  /** Explicit config file; default the nearest .tollgate.yaml from the first target upward. */
  configFile?: string;
  /** Overrides the config's failOn. */
  failOn?: Severity;
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
  /** Every file checked or skipped with a note, with its kind. */
  files: FileEntry[];
}

export const DEFAULT_FAIL_ON: Severity = 'high';

/** Runs the whole pipeline: discover, parse, evaluate, locate, filter. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const targets = options.targets.length > 0 ? options.targets : ['.'];
  const root = scanRoot(targets);
  const config = loadConfig(options.configFile ?? findConfig(targets[0] ?? '.'), root);
  const bundleDir = options.bundleDir ?? bundleDirOf(config);
  const catalog = loadCatalog(bundleDir);
  const rules = effectiveRules(catalog, config);
  const engine = await loadEngine(bundleDir, config.parameters, new Set(catalog.rules.keys()));
  const files = discover(targets, root, excluder([...config.exclude, ...packExcludes(config)], config.dir, root), router(config.kinds, config.dir, root).wanted);

  const { findings, files: checked, inventory: list } = checkFiles(files, config, engine, rules, root);
  const failOn = options.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  return { root, findings, summary: summarize(findings, checked, failOn), files: list };
}

/**
 * Reads, parses, groups into units and evaluates a set of files. Returns the sorted findings, the
 * number of files checked (files tollgate has no rules for are not counted) and the file list.
 */
export function checkFiles(
  files: readonly Candidate[],
  config: Config,
  engine: PolicyEngine,
  rules: ReadonlyMap<string, RuleMeta | null>,
  root: string = rootOf(files),
): { findings: Finding[]; files: number; inventory: FileEntry[] } {
  const { units, findings, reported, inventory } = ingest(files, config, root, engine.kinds);
  for (const unit of units) {
    if (!engine.kinds.includes(unit.kind)) continue;
    for (const result of engine.evaluate(unit.kind, unit.input)) {
      const meta = rules.get(result.rule);
      if (meta) findings.push(resultFinding(unit, result, meta));
    }
  }
  return { findings: findings.sort(compareFindings), files: reported.size, inventory };
}

/** The scan root of candidates that did not say: the part of the first absolute path before its relative one. */
function rootOf(files: readonly Candidate[]): string {
  const [first] = files;
  return first && first.abs.endsWith(first.rel) ? first.abs.slice(0, first.abs.length - first.rel.length) || '/' : process.cwd();
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
