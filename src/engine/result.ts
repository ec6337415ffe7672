import { InternalError } from '../errors.js';
import type { DocPath } from '../position.js';

/** What a rule adds to its package's `violations` set (the contract in DESIGN.md). */
export interface RuleResult {
  rule: string;
  path: DocPath;
  msg: string;
  params?: Record<string, unknown>;
}

/**
 * Checks the raw result set of one entrypoint against the rule-result contract. Anything else
 * is a bug in a rule, reported loudly rather than dropped.
 */
export function validateResults(raw: unknown, entrypoint: string, knownRules: ReadonlySet<string>): RuleResult[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new InternalError(`${entrypoint} returned ${typeName(raw)}, not a set of violations`);
  return raw.map((r: unknown) => {
    const bad = (why: string) => new InternalError(`${entrypoint} returned a malformed violation (${why}): ${JSON.stringify(r).slice(0, 300)}`);
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw bad('not an object');
    const v = r as Record<string, unknown>;
    if (typeof v.rule !== 'string') throw bad('"rule" is not a string');
    if (!knownRules.has(v.rule)) throw bad(`unknown rule id ${v.rule}: it has no METADATA in the catalog`);
    if (!Array.isArray(v.path) || !v.path.every((p) => typeof p === 'string' || (Number.isInteger(p) && (p as number) >= 0))) {
      throw bad('"path" is not an array of keys and indexes');
    }
    if (typeof v.msg !== 'string' || v.msg.trim() === '') throw bad('"msg" is not a non-empty string');
    if (v.params !== undefined && (typeof v.params !== 'object' || v.params === null || Array.isArray(v.params))) {
      throw bad('"params" is not an object');
    }
    const extra = Object.keys(v).filter((k) => !['rule', 'path', 'msg', 'params'].includes(k));
    if (extra.length > 0) throw bad(`unexpected field ${extra.join(', ')}`);
    return v as unknown as RuleResult;
  });
}

function typeName(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x;
}
