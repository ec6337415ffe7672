import { refText } from '../parse/hcl.js';
import type { HclExpr, RefStep } from '../parse/hcl-syntax.js';

/**
 * A value tollgate could not work out without running Terraform. Rules must treat it as "could be
 * anything" (policies/lib/terraform.rego has the helpers), so it never causes a finding by itself.
 */
export interface Unknown {
  __unknown__: true;
  /** The expression as written, for messages. */
  expr: string;
  /** Every reference the expression makes, as Terraform prints them (`var.x`, `aws_s3_bucket.b.id`). */
  refs: string[];
  /** Set when the whole expression is one reference: the join key for companion resources. */
  ref?: string;
}

/** Whether a value is the unknown marker. */
export function isUnknown(v: unknown): v is Unknown {
  return typeof v === 'object' && v !== null && (v as Record<string, unknown>).__unknown__ === true;
}

/** The unknown value of an expression, with the references it makes. */
export function unknown(expr: string, refs: Iterable<string>, ref?: string): Unknown {
  return { __unknown__: true, expr, refs: [...new Set(refs)].sort(), ...(ref !== undefined ? { ref } : {}) };
}

/** What `var.x` and `local.y` stand for while a module is evaluated. */
export interface Scope {
  variable(name: string): unknown;
  local(name: string): unknown;
}

/** A scope where nothing is known: for variable defaults and tfvars, which must be constants. */
export const EMPTY_SCOPE: Scope = {
  variable: (name) => unknown(`var.${name}`, [`var.${name}`]),
  local: (name) => unknown(`local.${name}`, [`local.${name}`]),
};

/**
 * The value of an expression where it can be worked out statically (constants, templates of
 * known values, `var.*`, `local.*`, conditionals on a known condition); anything else, including
 * references to resources, data sources and modules, is an Unknown that keeps its references.
 * Pure: nothing is executed.
 */
export function evaluate(e: HclExpr, scope: Scope): unknown {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'tuple':
      return e.items.map((i) => evaluate(i, scope));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const item of e.items) {
        const key = evaluate(item.key, scope);
        if (!isScalar(key) || key === null) return unknown(exprText(e), refsOf(e));
        out[String(key)] = evaluate(item.value, scope);
      }
      return out;
    }
    case 'template': {
      // "${x}" alone is x itself, whatever its type.
      const [only] = e.parts;
      if (e.parts.length === 1 && only !== undefined && typeof only !== 'string') return evaluate(only, scope);
      let text = '';
      for (const p of e.parts) {
        const v = typeof p === 'string' ? p : evaluate(p, scope);
        if (!isScalar(v) || v === null) return unknown(exprText(e), refsOf(e));
        text += String(v);
      }
      return text;
    }
    case 'conditional': {
      const cond = evaluate(e.cond, scope);
      if (typeof cond === 'boolean') return evaluate(cond ? e.then : e.else, scope);
      return unknown(exprText(e), refsOf(e));
    }
    case 'ref':
      return reference(e.root, e.steps, e.text, scope);
    case 'binary':
      return binary(e.op, evaluate(e.left, scope), evaluate(e.right, scope), () => unknown(e.text, refsOf(e)));
    case 'call':
      return call(e.name, e.args.map((a) => evaluate(a, scope)), () => unknown(e.text, refsOf(e)));
    case 'opaque':
      return unknown(e.text, e.refs);
  }
}

/**
 * A function call Terraform would compute from known values alone. Only jsonencode so far: policy
 * documents are written with it. Anything else, or any unknown argument, is unknown.
 */
function call(name: string, args: unknown[], unknownValue: () => Unknown): unknown {
  const [value] = args;
  if (name === 'jsonencode' && args.length === 1 && !holdsUnknown(value)) return terraformJson(value);
  return unknownValue();
}

/** Whether a value is unknown or has an unknown anywhere inside. */
function holdsUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(holdsUnknown);
  return typeof v === 'object' && v !== null && Object.values(v).some(holdsUnknown);
}

/** JSON as Terraform's jsonencode writes it: compact, object keys sorted, <, > and & escaped (Go's encoder). */
function terraformJson(v: unknown): string {
  // Written out rather than through an object, which would put integer-like keys first.
  const encode = (x: unknown): string =>
    Array.isArray(x)
      ? `[${x.map(encode).join(',')}]`
      : typeof x === 'object' && x !== null
        ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${encode((x as Record<string, unknown>)[k])}`).join(',')}}`
        : JSON.stringify(x);
  return encode(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A binary operation on known scalars, as Terraform computes it; otherwise unknown. */
function binary(op: string, a: unknown, b: unknown, unknownValue: () => Unknown): unknown {
  if (isUnknown(a) || isUnknown(b)) return unknownValue();
  if (op === '==' || op === '!=') {
    const same = JSON.stringify(a) === JSON.stringify(b);
    return op === '==' ? same : !same;
  }
  if ((op === '&&' || op === '||') && typeof a === 'boolean' && typeof b === 'boolean') return op === '&&' ? a && b : a || b;
  const x = typeof a === 'string' && a.trim() !== '' ? Number(a) : a;
  const y = typeof b === 'string' && b.trim() !== '' ? Number(b) : b;
  if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y)) return unknownValue();
  switch (op) {
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? unknownValue() : x / y;
    case '%':
      return y === 0 ? unknownValue() : x % y;
    default:
      return unknownValue();
  }
}

function reference(root: string, steps: readonly RefStep[], text: string, scope: Scope): unknown {
  const [name, ...rest] = steps;
  const ref = refText(root, steps);
  if ((root === 'var' || root === 'local') && typeof name === 'string') {
    const base = root === 'var' ? scope.variable(name) : scope.local(name);
    return walk(base, rest, text, ref);
  }
  // Resources, data sources, module outputs, count/each/self/path: known only after planning.
  return unknown(text, [ref], ref);
}

/** Follows attribute and index steps into a known value; a missing or unknown step is unknown. */
function walk(value: unknown, steps: readonly RefStep[], text: string, ref: string): unknown {
  let cur = value;
  for (const s of steps) {
    if (isUnknown(cur)) return unknown(text, [ref, ...cur.refs]);
    const key = typeof s === 'object' ? s.index : s;
    if (key === null || typeof cur !== 'object' || cur === null) return unknown(text, [ref]);
    const next = (cur as Record<string | number, unknown>)[key];
    if (next === undefined) return unknown(text, [ref]);
    cur = next;
  }
  return isUnknown(cur) ? unknown(text, [ref, ...cur.refs]) : cur;
}

/** Every reference inside an expression. */
export function refsOf(e: HclExpr): string[] {
  switch (e.kind) {
    case 'literal':
      return [];
    case 'ref':
      return [refText(e.root, e.steps)];
    case 'opaque':
      return e.refs;
    case 'call':
      return e.args.flatMap(refsOf);
    case 'tuple':
      return e.items.flatMap(refsOf);
    case 'object':
      return e.items.flatMap((i) => [...refsOf(i.key), ...refsOf(i.value)]);
    case 'template':
      return e.parts.flatMap((p) => (typeof p === 'string' ? [] : refsOf(p)));
    case 'conditional':
      return [...refsOf(e.cond), ...refsOf(e.then), ...refsOf(e.else)];
    case 'binary':
      return [...refsOf(e.left), ...refsOf(e.right)];
  }
}

/** The expression's text where the syntax kept it; otherwise a rendering good enough for messages. */
function exprText(e: HclExpr): string {
  switch (e.kind) {
    case 'ref':
    case 'opaque':
    case 'binary':
    case 'call':
      return e.text;
    case 'literal':
      return JSON.stringify(e.value);
    case 'template':
      return `"${e.parts.map((p) => (typeof p === 'string' ? p : `\${${exprText(p)}}`)).join('')}"`;
    case 'tuple':
      return `[${e.items.map(exprText).join(', ')}]`;
    case 'object':
      return `{${e.items.map((i) => `${exprText(i.key)} = ${exprText(i.value)}`).join(', ')}}`;
    case 'conditional':
      return `${exprText(e.cond)} ? ${exprText(e.then)} : ${exprText(e.else)}`;
  }
}

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
