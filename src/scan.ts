import { BUNDLE_DIR } from './bundle.js';
import { loadCatalog, PARSE_RULE, TOOL_RULES, type Catalog, type RuleMeta } from './catalog.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { discover, excluder, scanRoot, type Candidate } from './discover.js';
import { loadEngine, type PolicyEngine } from './engine/policy.js';
import { UserError } from './errors.js';
import { compareFindings, fileFinding, resultFinding, type Finding } from './finding.js';
import { router } from './detect.js';
import { kindContext, readFile, worthReporting, type Read } from './ingest.js';
import { inventory, type FileEntry } from './inventory.js';
import { scanKinds } from './kind-config.js';
import { atLeast, SEVERITIES, type Severity } from './severity.js';
import { groupUnits, type ParsedFile } from './kinds.js';

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
  const catalog = loadCatalog(options.bundleDir ?? BUNDLE_DIR);
  const rules = effectiveRules(catalog, config);
  const engine = await loadEngine(options.bundleDir ?? BUNDLE_DIR, config.parameters, new Set(catalog.rules.keys()));
  const files = discover(targets, root, excluder(config.exclude, config.dir, root), router(config.kinds, config.dir, root).wanted);

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
  const findings: Finding[] = [];
  const parsed = new Map<string, ParsedFile>();
  const notes: FileEntry[] = [];
  const reported = new Set<string>();
  const onRead = (rel: string, read: Read) => {
    const problems = 'problem' in read ? [read.problem] : read.errors;
    for (const p of problems) findings.push(fileFinding(PARSE_RULE, rel, p.message, p));
    if (problems.length > 0) reported.add(rel);
  };
  const { kinds, formats } = scanKinds(config.kinds, engine.kinds);
  const routes = router(config.kinds, config.dir, root, formats);
  const looksLikeInput = (file: ParsedFile) => kinds.some((k) => k.claims(file) !== undefined);
  for (const { abs, rel, explicit } of files) {
    const route = routes.route(abs, rel);
    if (route === undefined || 'skip' in route) {
      // Files of no known kind are skipped silently, unless the user named them.
      if (route !== undefined) notes.push({ file: rel, kind: null, note: route.skip });
      else if (explicit) notes.push({ file: rel, kind: null, note: UNKNOWN_NOTE });
      continue;
    }
    const read = readFile(abs, rel, route, config.maxFileBytes);
    // Any JSON file is read (a template, a manifest); only one that looks like an input may fail.
    const quiet = route.format === 'json' && !explicit && route.forced === undefined && !worthReporting(abs, read, looksLikeInput);
    if (!quiet) onRead(rel, read);
    if ('file' in read) parsed.set(rel, read.file);
  }
  const ctx = kindContext(root, parsed, config.maxFileBytes, onRead);
  const { units, claims } = groupUnits([...parsed.values()], kinds, ctx);
  for (const unit of units) {
    reported.add(unit.file);
    for (const inc of unit.includes ?? []) reported.add(inc);
    for (const p of unit.problems ?? []) findings.push(fileFinding(TOOL_RULES.get(p.rule) ?? PARSE_RULE, p.file, p.message, p));
    if (!engine.kinds.includes(unit.kind)) continue;
    for (const result of engine.evaluate(unit.kind, unit.input)) {
      const meta = rules.get(result.rule);
      if (meta) findings.push(resultFinding(unit, result, meta));
    }
  }
  const claimed = new Set(claims.map((c) => c.file.rel));
  for (const f of files) if (f.explicit && parsed.has(f.rel) && !claimed.has(f.rel)) notes.push({ file: f.rel, kind: null, note: UNKNOWN_NOTE });
  return { findings: findings.sort(compareFindings), files: reported.size, inventory: inventory(claims, units, notes) };
}

const UNKNOWN_NOTE = 'not a kind tollgate knows by its path or content, so no rule checked it; declare its kind under kinds: in .tollgate.yaml';

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
