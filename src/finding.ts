import { createHash } from 'node:crypto';
import type { Owner, RuleMeta } from './catalog.js';
import type { RuleResult } from './engine/result.js';
import { locate } from './locate.js';
import type { DocPath, Range } from './position.js';
import { severityRank, type Severity } from './severity.js';
import type { Unit } from './unit.js';

/**
 * Why a finding no longer counts: a waiver (inline or central) or a baseline entry. A suppressed
 * finding is still reported, as suppressed (SARIF `suppressions`, counts in text and JSON), never
 * dropped, and does not fail the check.
 */
export interface Suppression {
  kind: 'inline' | 'central' | 'baseline';
  /** The justification written in the waiver ("in baseline <file>" for a baseline entry). */
  reason: string;
  /** Owning team or person who accepted the risk. */
  owner?: string;
  ticket?: string;
  /** YYYY-MM-DD, compared in UTC. */
  expires?: string;
  /** Where the waiver is written, as file:line. */
  source?: string;
}

/** One violation on one place of one file: what every reporter consumes. */
export interface Finding extends Range {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  owner: Owner;
  /** Relative to the scan root, with forward slashes. */
  file: string;
  resource?: string;
  /** Survives unrelated edits: rule, file, resource, the path inside it and the offending value, never the line. */
  fingerprint: string;
  /** Set when a waiver or the baseline accepts this finding. */
  suppression?: Suppression;
  /** Set when a base ref was given: whether the finding's first line was added or modified since it. */
  changed?: boolean;
}

/** The finding of one rule result, located in its unit's file. */
export function resultFinding(unit: Unit, result: RuleResult, meta: RuleMeta): Finding {
  const full = [...unit.pathPrefix, ...result.path];
  const located = locate(unit.index, full);
  // A rule can name the offending text inside a long value (a line of a script, say).
  const snippet = result.params?.snippet;
  const exact = located && typeof snippet === 'string' ? unit.narrow(located, snippet) : undefined;
  // Every unit indexes its root, so the fallback only serves a unit without positions.
  const { line, column, endLine, endColumn } = exact ?? located ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const anchor = unit.anchor(result.path);
  const stable = stablePath(anchor.node, anchor.rest);
  // Changing the offending value makes a new finding: the snippet a rule names, else the value at its path.
  const offending = typeof snippet === 'string' ? snippet : canonicalJson(valueAt(unit.input, result.path));
  const file = located?.file ?? unit.file;
  return {
    rule: meta.id,
    severity: meta.severity,
    title: meta.title,
    message: result.msg,
    owner: meta.owner,
    file,
    line,
    column,
    endLine,
    endColumn,
    ...(anchor.resource !== undefined ? { resource: anchor.resource } : {}),
    fingerprint: fingerprint([meta.id, file, anchor.resource ?? '', stable, offending ?? '']),
  };
}

/** A finding of tollgate itself (for example TG-PARSE) at a known place. */
export function fileFinding(meta: RuleMeta, file: string, message: string, at: { line: number; column: number }): Finding {
  return {
    rule: meta.id,
    severity: meta.severity,
    title: meta.title,
    message,
    owner: meta.owner,
    file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column,
    fingerprint: fingerprint([meta.id, file, message]),
  };
}

/**
 * The path with list indexes replaced by the item's `name` or `id` where it has one, so
 * reordering containers or steps does not change a fingerprint.
 */
export function stablePath(node: unknown, path: DocPath): string {
  const parts: string[] = [];
  let cur = node;
  for (const seg of path) {
    const next = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
    if (typeof seg === 'number' && next !== null && typeof next === 'object' && !Array.isArray(next)) {
      const item = next as Record<string, unknown>;
      const key = typeof item.name === 'string' ? item.name : typeof item.id === 'string' ? item.id : undefined;
      parts.push(key !== undefined ? `[${key}]` : `[${seg}]`);
    } else {
      parts.push(typeof seg === 'number' ? `[${seg}]` : `.${seg}`);
    }
    cur = next;
  }
  return parts.join('');
}

/** The value at a path of a document, or undefined where the path does not exist (a missing setting). */
export function valueAt(doc: unknown, path: DocPath): unknown {
  let cur = doc;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** JSON with object keys sorted, so reordering keys or restyling YAML does not change it. */
export function canonicalJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

/** Deterministic order: file, position, then severity and rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank(a.severity) - severityRank(b.severity) ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
