import type { RuleMeta } from './catalog.js';
import { parseDay } from './dates.js';
import { fileFinding, type Finding } from './finding.js';
import type { Range } from './position.js';
import { WAIVER_RULES } from './waiver-rules.js';

/** Rule ids as the catalog writes them. */
export const RULE_ID = /^([A-Z][A-Z0-9]*-[A-Z0-9]+-[0-9]{3}|TG-[A-Z]+(-[A-Z]+)*)$/;

/** What a waiver covers. */
export type WaiverScope =
  /** Lines of one file (an inline comment's line or block, an annotated Kubernetes object). */
  | { type: 'lines'; file: string; from: number; to: number }
  /** A whole file (`tollgate:ignore-file`). */
  | { type: 'file'; file: string }
  /** Files matching a central waiver's path glob, optionally one resource in them. */
  | { type: 'paths'; matches: (file: string) => boolean; resource?: string };

/** A place in a file: where a waiver is written, where its problems are reported. */
export type Place = Range & { file: string };

/** An accepted risk: which rules, where, why, by whom, until when. */
export interface Waiver {
  kind: 'inline' | 'central';
  rules: string[];
  reason: string;
  owner?: string;
  ticket?: string;
  /** YYYY-MM-DD (UTC); the waiver holds until the day before. */
  expires?: string;
  at: Place;
  scope: WaiverScope;
}

/** The terms of a waiver as written, before they are checked. */
export interface WaiverTerms {
  rules: string[];
  reason?: string;
  owner?: string;
  ticket?: string;
  expires?: string;
}

const KEYS = ['reason', 'expires', 'owner', 'ticket'] as const;
// A bare token (rule ids, comma-separated) or key=value with a double- or single-quoted or bare value.
const TOKEN = /\s*(?:([A-Za-z_]+)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']\S*|["'].*)|(\S+))/y;

/** A comment that is a tollgate directive: its name and the text after it. */
export function directiveOf(comment: string): { name: string; body: string } | undefined {
  const m = /^tollgate:(\S*)(?:\s+([\s\S]*))?$/.exec(comment.trim());
  return m ? { name: m[1] ?? '', body: m[2] ?? '' } : undefined;
}

/** Parses `RULE-ID[,RULE-ID] reason="…" expires=YYYY-MM-DD owner=… ticket=…`; a problem is one line of text. */
export function parseTerms(body: string): WaiverTerms | { problem: string } {
  const terms: WaiverTerms = { rules: [] };
  TOKEN.lastIndex = 0;
  const text = clean(body).trim();
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) break;
    const [, key, raw, bare] = m;
    if (bare !== undefined) {
      terms.rules.push(...bare.split(',').filter(Boolean));
      continue;
    }
    if (!(KEYS as readonly string[]).includes(key as string)) return { problem: `unknown key "${key}" (known: ${KEYS.join(', ')})` };
    if (terms[key as (typeof KEYS)[number]] !== undefined) return { problem: `"${key}" is given twice` };
    const value = unquote(raw as string);
    if (value === undefined) return { problem: `the value of "${key}" has no closing quote` };
    terms[key as (typeof KEYS)[number]] = value.trim();
  }
  return terms;
}

/** Scanned text is untrusted: its control characters (terminal escapes) never reach a report. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

function unquote(raw: string): string | undefined {
  const q = raw[0];
  if (q !== '"' && q !== "'") return raw;
  if (raw.length < 2 || raw[raw.length - 1] !== q) return undefined;
  const inner = raw.slice(1, -1);
  return q === '"' ? inner.replace(/\\(.)/g, '$1') : inner;
}

/** Reports tollgate's own waiver findings with the organisation's overrides (null: the rule is off). */
export type WaiverReporter = (rule: RuleMeta, at: Place, message: string) => void;

/** A reporter that collects findings of the waiver rules as the organisation configured them. */
export function waiverReporter(rules: ReadonlyMap<string, RuleMeta | null>, out: Finding[]): WaiverReporter {
  return (rule, at, message) => {
    const meta = rules.get(rule.id) ?? (rules.has(rule.id) ? null : rule);
    if (meta) out.push({ ...fileFinding(meta, at.file, message, at), endLine: at.endLine, endColumn: at.endColumn });
  };
}

/**
 * Checks written terms and builds the waiver, reporting what is wrong. A waiver-wide problem (no
 * reason, bad date) voids the waiver; an unknown rule, or a rule that accepts only central
 * waivers in an inline one, is dropped from it.
 */
export function checkWaiver(
  kind: Waiver['kind'],
  written: WaiverTerms,
  at: Place,
  scope: WaiverScope,
  rules: ReadonlyMap<string, RuleMeta | null>,
  report: WaiverReporter,
): Waiver | undefined {
  const terms: WaiverTerms = { ...written };
  for (const key of KEYS) if (written[key] !== undefined) terms[key] = clean(written[key]);
  let ok = true;
  if (terms.rules.length === 0) {
    report(WAIVER_RULES.invalid, at, `the waiver names no rule, so it waives nothing; list the rule ids it accepts, like tollgate:ignore TG-K8S-001 reason="…"`);
    ok = false;
  }
  if (!terms.reason) {
    report(WAIVER_RULES.noReason, at, `the waiver of ${terms.rules.join(', ') || 'no rule'} has no reason, so it waives nothing; add reason="why the risk is accepted"`);
    ok = false;
  }
  if (terms.expires !== undefined && parseDay(terms.expires) === undefined) {
    report(WAIVER_RULES.invalid, at, `expires "${terms.expires}" is not a date, so the waiver waives nothing; write expires=YYYY-MM-DD (a UTC day)`);
    ok = false;
  }
  const kept: string[] = [];
  for (const id of terms.rules) {
    const meta = rules.get(id);
    if (!RULE_ID.test(id) || (meta === undefined && !rules.has(id))) {
      report(WAIVER_RULES.invalid, at, `"${id}" is not a known rule id, so the waiver does not cover it; use an id from the rule catalog, like TG-K8S-001`);
    } else if (meta?.owner === 'tollgate') {
      report(WAIVER_RULES.invalid, at, `${id} is a rule of tollgate itself and cannot be waived; fix the file, or exclude it in .tollgate.yaml`);
    } else if (kind === 'inline' && meta?.inlineWaivers === false) {
      report(WAIVER_RULES.centralOnly, at, `${id} accepts only central waivers (its owner, ${meta.owner}, holds them), so this inline waiver does not apply; ask ${meta.owner} for an entry in the central waivers file`);
    } else {
      kept.push(id);
    }
  }
  if (!ok || kept.length === 0) return undefined;
  return {
    kind,
    rules: kept,
    reason: terms.reason as string,
    ...(terms.owner ? { owner: terms.owner } : {}),
    ...(terms.ticket ? { ticket: terms.ticket } : {}),
    ...(terms.expires ? { expires: terms.expires } : {}),
    at,
    scope,
  };
}
