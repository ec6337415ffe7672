import { applyBaseline, readBaseline } from './baseline.js';
import type { RuleMeta } from './catalog.js';
import type { Config } from './config.js';
import { daysBetween, utcDay } from './dates.js';
import { compareFindings, type Finding, type Suppression } from './finding.js';
import { isWithin } from './paths.js';
import { waiverReporter, type Waiver, type WaiverReporter, type WaiverScope } from './waiver.js';
import { WAIVER_RULES } from './waiver-rules.js';
import { centralWaivers, DEFAULT_NOTICE_DAYS } from './waivers-central.js';
import { inlineWaivers, type WaiverSource } from './waivers-inline.js';

/** What the suppression stage needs from the scan. */
export interface SuppressionContext {
  config: Config;
  root: string;
  rules: ReadonlyMap<string, RuleMeta | null>;
  /** Scanned paths, to tell whether central waivers could all have matched. */
  targets: readonly string[];
  /** The clock: waiver expiry compares its UTC day. */
  now: Date;
  /** A baseline file written by `tollgate baseline`. */
  baseline?: string;
}

/** The filter stage of the pipeline: waivers, then the baseline. */
export interface SuppressionStage {
  /** Reads the waivers of a file as it is scanned. */
  readFile(src: WaiverSource): void;
  /** The findings with waived and baselined ones marked, plus the findings about waivers. */
  apply(findings: readonly Finding[]): Finding[];
}

/**
 * Loads the central waivers and the baseline before the scan, so a broken config or baseline
 * fails fast (exit 2), and collects inline waivers while files are scanned.
 */
export function suppressionStage(ctx: SuppressionContext): SuppressionStage {
  const problems: Finding[] = [];
  const report = waiverReporter(ctx.rules, problems);
  const central = centralWaivers(ctx.config, ctx.root, ctx.rules, report);
  const baseline = ctx.baseline !== undefined ? readBaseline(ctx.baseline, ctx.root) : undefined;
  const inline: Waiver[] = [];
  return {
    readFile: (src) => inline.push(...inlineWaivers(src, ctx.rules, report)),
    apply(findings) {
      const waived = applyWaivers([...findings].sort(compareFindings), [...inline, ...central], {
        today: utcDay(ctx.now),
        noticeDays: ctx.config.waivers.noticeDays ?? DEFAULT_NOTICE_DAYS,
        fullScan: ctx.config.file !== undefined && covers(ctx.targets, ctx.config.dir),
        report,
      });
      return [...(baseline ? applyBaseline(waived, baseline) : waived), ...problems];
    },
  };
}

/** How waivers are judged. */
export interface WaiverOptions {
  /** Today, YYYY-MM-DD in UTC. */
  today: string;
  noticeDays: number;
  /** Whether every file a central waiver could match was scanned, so an unused one is stale. */
  fullScan: boolean;
  report: WaiverReporter;
}

/**
 * Marks each finding its first matching waiver in force suppresses; a finding whose waivers have
 * all expired counts again and says so. Then reports waivers that matched nothing (stale) and
 * waivers in force that expire within the notice period.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], o: WaiverOptions): Finding[] {
  const used = new Map<Waiver, Set<string>>(waivers.map((w) => [w, new Set()]));
  const out = findings.map((f) => {
    // tollgate's own findings (an unreadable file, a bad waiver) are never waived.
    if (f.owner === 'tollgate') return f;
    const matching = waivers.filter((w) => w.rules.includes(f.rule) && inScope(w.scope, f));
    for (const w of matching) used.get(w)?.add(f.rule);
    const active = matching.find((w) => inForce(w, o.today));
    if (active) return { ...f, suppression: suppressionOf(active) };
    const expired = matching.map((w) => w.expires as string).sort().pop();
    if (expired === undefined) return f;
    const w = matching.find((x) => x.expires === expired) as Waiver;
    return { ...f, message: `${f.message} (waiver expired on ${expired}: ${where(w)})` };
  });
  for (const w of waivers) {
    const unused = w.rules.filter((r) => !used.get(w)?.has(r));
    const stale = unused.length > 0 && (w.kind === 'inline' || o.fullScan);
    if (stale) {
      const what = `the waiver of ${unused.join(', ')}${w.expires && !inForce(w, o.today) ? ` expired on ${w.expires} and` : ''} matched no finding in this scan`;
      const fix = w.kind === 'inline' ? "remove it, or move it onto the finding's line or the line above the block it covers" : 'remove it from the central waivers';
      o.report(WAIVER_RULES.stale, w.at, `${what}; ${fix}`);
    }
    if (w.expires && inForce(w, o.today) && unused.length < w.rules.length) {
      const days = daysBetween(o.today, w.expires);
      if (days <= o.noticeDays) {
        o.report(WAIVER_RULES.expiring, w.at, `the waiver of ${w.rules.join(', ')} expires on ${w.expires}, in ${days} day${days === 1 ? '' : 's'}; fix the finding, or renew the waiver with a new date`);
      }
    }
  }
  return out;
}

/** A waiver holds until the day before its expiry date (UTC). */
function inForce(w: Waiver, today: string): boolean {
  return w.expires === undefined || today < w.expires;
}

function inScope(scope: WaiverScope, f: Finding): boolean {
  switch (scope.type) {
    case 'lines':
      return f.file === scope.file && f.line >= scope.from && f.line <= scope.to;
    case 'file':
      return f.file === scope.file;
    case 'paths':
      return scope.matches(f.file) && (scope.resource === undefined || f.resource === scope.resource);
  }
}

/** The suppression a waiver gives; reporters leave out the terms it lacks. */
function suppressionOf(w: Waiver): Suppression {
  const { kind, reason, owner, ticket, expires } = w;
  return { kind, reason, owner, ticket, expires, source: where(w) };
}

function where(w: Waiver): string {
  return `${w.at.file}:${w.at.line}`;
}

/** Whether a target holds `dir`: the whole tree the config governs was scanned. */
function covers(targets: readonly string[], dir: string): boolean {
  return (targets.length > 0 ? targets : ['.']).some((t) => isWithin(dir, t));
}
