import { markChanged } from './changes/diff.js';
import { changedSince } from './changes/git.js';
import { loadCatalog, type Catalog, type RuleMeta } from './catalog.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { discover, excluder, scanRoot, type Candidate } from './discover.js';
import { loadEngine, type PolicyEngine } from './engine/policy.js';
import { UserError } from './errors.js';
import { workTreeStore } from './file-store.js';
import { router } from './detect.js';
import { compareFindings, resultFinding, type Finding } from './finding.js';
import { ingest, parsersFor, type Ingested } from './ingest.js';
import type { FileEntry } from './inventory.js';
import { bundleDirOf, packExcludes } from './pack/layout.js';
import type { Parsers } from './parse/files.js';
import { atLeast, SEVERITIES, type Severity } from './severity.js';
import type { Source } from './source.js';
import { stagedFiles } from './staged.js';
import { suppressionStage } from './suppress.js';
import { findingStatus } from './triage.js';
import { KINDS } from './kinds.js';
import { withCompanions } from './units/companions.js';
import type { CommentFormat } from './comments.js';
import { mayHoldWaivers, type WaiverSource } from './waivers-inline.js';

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
  /** Audit mode: ignore every waiver and the baseline. */
  noWaivers?: boolean;
  /** A baseline file (from `tollgate baseline`): findings in it are suppressed. */
  baseline?: string;
  /** The clock for waiver expiry and rules about dates; default now. */
  now?: Date;
  /** Git ref to compare with: findings get `changed`, and those on changed lines rank first. */
  base?: string;
  /** Only findings on lines changed since `base` count; the others are pre-existing. */
  changedOnly?: boolean;
}

export interface Summary {
  files: number;
  /** Active findings: neither suppressed nor pre-existing. bySeverity and byOwner count these. */
  findings: number;
  /** Findings a waiver or the baseline accepted. */
  suppressed: number;
  /** Findings outside the changed lines in --changed-only mode. */
  preExisting: number;
  bySeverity: Record<Severity, number>;
  byOwner: Record<string, number>;
  failOn: Severity;
  /** Whether an active finding is at or above failOn: exit code 1. */
  failed: boolean;
}

export interface ScanResult {
  root: string;
  /** Every finding, whatever its status (see triage.ts). */
  findings: Finding[];
  summary: Summary;
  /** The enabled rules with the organisation's overrides, by id: what SARIF lists as the tool's rules. */
  rules: RuleMeta[];
  changedOnly: boolean;
  /** Every file checked or skipped with a note, with its kind. */
  files: FileEntry[];
}

export const DEFAULT_FAIL_ON: Severity = 'high';

/** Runs the whole pipeline: discover, parse, evaluate, locate, filter. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  if (options.changedOnly && options.base === undefined) throw new UserError('--changed-only needs --base <ref>, the branch or commit the change is compared with');
  const targets = options.targets.length > 0 ? options.targets : ['.'];
  const root = scanRoot(targets);
  const config = loadConfig(options.configFile ?? findConfig(targets[0] ?? '.'), root);
  const bundleDir = options.bundleDir ?? bundleDirOf(config);
  const catalog = loadCatalog(bundleDir);
  const rules = effectiveRules(catalog, config);
  // The policy compiles in the background while files are found and parsers loaded.
  const now = options.now ?? new Date();
  const loading = loadEngine(bundleDir, config.parameters, new Set(catalog.rules.keys()), now);
  loading.catch(() => undefined);
  const exclude = excluder([...config.exclude, ...packExcludes(config)], config.dir, root);
  const { wanted } = router(config.kinds, config.dir, root);
  const { files, store } = options.staged
    ? stagedFiles(targets, root, exclude, config.maxFileBytes, wanted)
    : { files: discover(targets, root, exclude, wanted), store: workTreeStore(root, config.maxFileBytes) };
  const stage = options.noWaivers
    ? undefined
    : suppressionStage({ config, root, rules, targets, now, ...(options.baseline !== undefined ? { baseline: options.baseline } : {}) });
  // A file's unit is evaluated whole, with the companions its kind needs (a Terraform module's
  // other files); only the files asked for are reported.
  const members = withCompanions(files, root, KINDS, (dir) => store.list(dir));
  store.prefetch(members.map((f) => f.rel));
  const parsers = await parsersFor(members, config, root);
  // Files are read and parsed while the policy compiles: the catalog names the kinds it has rules for.
  const ingested = ingest(members, config, root, catalog.kinds, parsers, options.staged ? store.read : undefined);
  const engine = await loading;

  const changed = options.base !== undefined ? changedSince(root, options.base) : undefined;

  const checked = judge(ingested, engine, rules, stage?.readFile, new Set(files.map((f) => f.rel)));
  const kept = stage ? stage.apply(checked.findings).sort(compareFindings) : checked.findings;
  const findings = changed !== undefined ? markChanged(kept, changed) : kept;
  const failOn = options.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const changedOnly = options.changedOnly === true;
  const enabled = [...rules.values()].filter((r): r is RuleMeta => r !== null).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { root, findings, summary: summarize(findings, checked.files, failOn, changedOnly), rules: enabled, changedOnly, files: checked.inventory };
}

/** Where checkFiles reads files and which of them it reports. */
export interface CheckOptions {
  /** Reads a file by its relative path (the git index for --staged); default the file on disk. */
  read?: (rel: string) => Source;
  /** Report findings only in these files (the others are context for their units); default all. */
  focus?: ReadonlySet<string>;
  /** The scan root files are relative to; default derived from the first file. */
  root?: string;
}

/**
 * Reads, parses, groups into units and evaluates a set of files. Returns the sorted findings, the
 * number of files checked (files tollgate has no rules for are not counted) and the file list.
 * `onSource` gets each evaluated file that may hold waivers, with the kind it was evaluated as.
 */
export function checkFiles(
  files: readonly Candidate[],
  config: Config,
  engine: PolicyEngine,
  rules: ReadonlyMap<string, RuleMeta | null>,
  parsers: Parsers = {},
  onSource?: (src: WaiverSource) => void,
  options: CheckOptions = {},
): Checked {
  const ingested = ingest(files, config, options.root ?? rootOf(files), engine.kinds, parsers, options.read);
  return judge(ingested, engine, rules, onSource, options.focus);
}

/** What checkFiles found: sorted findings, the number of files checked, and the file list. */
export interface Checked {
  findings: Finding[];
  files: number;
  inventory: FileEntry[];
}

/**
 * Evaluates ingested units against the policy and keeps the findings in `focus` (default all): the
 * files asked for and what their own units pulled in.
 */
function judge(ingested: Ingested, engine: PolicyEngine, rules: ReadonlyMap<string, RuleMeta | null>, onSource?: (src: WaiverSource) => void, asked?: ReadonlySet<string>): Checked {
  const { units, parsed, findings, reported, inventory } = ingested;
  for (const unit of units) {
    for (const f of unit.files ?? [unit.file]) {
      const file = parsed.get(f);
      // Waiver comments are read where a comment syntax is known (YAML, HCL); not yet in Dockerfiles.
      if (onSource && file && isCommentFormat(file.format) && mayHoldWaivers(file.text)) {
        onSource({ file: f, format: file.format, kind: unit.kind, text: file.text, documents: file.parsed.documents, index: file.parsed.index });
      }
    }
    if (!engine.kinds.includes(unit.kind)) continue;
    for (const result of engine.evaluate(unit.kind, unit.input)) {
      const meta = rules.get(result.rule);
      if (meta) findings.push(resultFinding(unit, result, meta));
    }
  }
  // A Terraform module's other files are context only; a pipeline's includes are reported.
  const focus = asked && new Set([...asked, ...units.filter((u) => asked.has(u.file)).flatMap((u) => u.files ?? [])]);
  const shown = focus ? findings.filter((f) => focus.has(f.file)) : findings;
  return {
    findings: shown.sort(compareFindings),
    files: focus ? [...reported].filter((f) => focus.has(f)).length : reported.size,
    inventory: focus ? inventory.filter((e) => focus.has(e.file)) : inventory,
  };
}

/** Formats whose comments can hold waivers. */
function isCommentFormat(format: string): format is CommentFormat {
  return format === 'yaml' || format === 'hcl' || format === 'json' || format === 'dockerfile';
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

/** Counts by status, severity and owner, and whether an active finding reaches failOn. */
export function summarize(all: readonly Finding[], files: number, failOn: Severity, changedOnly = false): Summary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byOwner: Record<string, number> = {};
  const status = all.map((f) => findingStatus(f, changedOnly));
  const findings = all.filter((_, i) => status[i] === 'active');
  for (const f of findings) {
    bySeverity[f.severity]++;
    byOwner[f.owner] = (byOwner[f.owner] ?? 0) + 1;
  }
  const owners = Object.fromEntries(Object.entries(byOwner).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    files,
    findings: findings.length,
    suppressed: status.filter((s) => s === 'suppressed').length,
    preExisting: status.filter((s) => s === 'pre-existing').length,
    bySeverity,
    byOwner: owners,
    failOn,
    failed: findings.some((f) => atLeast(f.severity, failOn)),
  };
}
