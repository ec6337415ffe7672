import type { ParsedDocuments } from '../parse/document.js';
import type { HclAttribute, HclBlock, HclBody, HclExpr } from '../parse/hcl-syntax.js';
import { pathKey, type DocPath, type Located } from '../position.js';

/** Block types whose JSON form nests labels as object keys, and how many labels they have. */
const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, locals: 0, terraform: 0 };

/**
 * The syntax of a Terraform JSON file (`.tf.json`, or `.tfvars.json` with `attributesOnly`), as
 * the native parser would give it. JSON cannot tell a nested block from a map argument without
 * the provider's schema, so inside a block an array of objects becomes blocks and an object stays
 * a map (docs/inputs/terraform.md). Strings are templates: `"${var.x}"` is a reference.
 */
export function jsonToHcl(parsed: ParsedDocuments, attributesOnly = false): HclBody {
  const root = parsed.documents[0];
  const at = (path: DocPath): Located => parsed.index.get(pathKey([0, ...path])) ?? { line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  const body: HclBody = { attributes: [], blocks: [] };
  if (!isObject(root)) return body;
  if (attributesOnly) return objectBody(root, [], at);
  for (const [type, value] of Object.entries(root)) {
    const labels = LABELS[type];
    if (labels === undefined || type === '//') continue;
    body.blocks.push(...labelled(type, value, labels, [type], [], [], at));
  }
  return body;
}

function labelled(type: string, value: unknown, depth: number, path: DocPath, labels: string[], labelAt: Located[], at: (p: DocPath) => Located): HclBlock[] {
  if (depth === 0) {
    const bodies = Array.isArray(value) ? value.map((v, i) => [v, [...path, i]] as const) : [[value, path] as const];
    return bodies.filter(([v]) => isObject(v)).map(([v, p]) => ({ type, labels, labelAt, body: objectBody(v as Record<string, unknown>, p, at), at: at(p) }));
  }
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([label, inner]) => (label === '//' ? [] : labelled(type, inner, depth - 1, [...path, label], [...labels, label], [...labelAt, at([...path, label])], at)));
}

function objectBody(obj: Record<string, unknown>, path: DocPath, at: (p: DocPath) => Located): HclBody {
  const body: HclBody = { attributes: [], blocks: [] };
  for (const [name, value] of Object.entries(obj)) {
    if (name === '//') continue;
    const p = [...path, name];
    if (name === 'dynamic' && isObject(value)) {
      body.blocks.push(...labelled('dynamic', value, 1, p, [], [], at));
    } else if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
      value.forEach((v, i) => body.blocks.push({ type: name, labels: [], labelAt: [], body: objectBody(v as Record<string, unknown>, [...p, i], at), at: at([...p, i]) }));
    } else if ((name === 'lifecycle' || name === 'content') && isObject(value)) {
      body.blocks.push({ type: name, labels: [], labelAt: [], body: objectBody(value, p, at), at: at(p) });
    } else {
      const attr: HclAttribute = { name, value: jsonExpr(value, p, at), at: at(p), nameAt: at(p) };
      body.attributes.push(attr);
    }
  }
  return body;
}

function jsonExpr(value: unknown, path: DocPath, at: (p: DocPath) => Located): HclExpr {
  const here = at(path);
  if (typeof value === 'string') return template(value, here);
  if (Array.isArray(value)) return { kind: 'tuple', items: value.map((v, i) => jsonExpr(v, [...path, i], at)), at: here };
  if (isObject(value)) {
    return {
      kind: 'object',
      items: Object.entries(value).map(([k, v]) => ({ key: { kind: 'literal', value: k, at: at([...path, k]) }, value: jsonExpr(v, [...path, k], at), at: at([...path, k]) })),
      at: here,
    };
  }
  return { kind: 'literal', value: value as number | boolean | null, at: here };
}

const TRAVERSAL = /^\s*([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"\\]*"\])*)\s*$/;
const ANY_REF = /\b([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d+\])+)/g;

/** A JSON string as an HCL template; positions are the whole string's. */
function template(s: string, at: Located): HclExpr {
  if (!s.includes('${') && !s.includes('%{')) return { kind: 'literal', value: s, at };
  if (/(^|[^%])%\{/.test(s)) return { kind: 'opaque', text: s, refs: [...new Set([...s.matchAll(ANY_REF)].map((m) => m[1] as string))].sort(), at };
  const parts: Array<string | HclExpr> = [];
  let i = 0;
  let lit = '';
  while (i < s.length) {
    if (s.startsWith('$${', i)) {
      lit += '${';
      i += 3;
    } else if (s.startsWith('${', i)) {
      const end = closing(s, i + 2);
      if (end < 0) return { kind: 'literal', value: s, at };
      if (lit) parts.push(lit);
      lit = '';
      parts.push(interpolation(s.slice(i + 2, end), at));
      i = end + 1;
    } else {
      lit += s[i];
      i++;
    }
  }
  if (lit) parts.push(lit);
  return { kind: 'template', parts, at };
}

/** The index of the `}` closing an interpolation opened before `from`, skipping nested braces and strings. */
function closing(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function interpolation(src: string, at: Located): HclExpr {
  const m = TRAVERSAL.exec(src);
  if (!m) return { kind: 'opaque', text: src.trim(), refs: [...new Set([...src.matchAll(ANY_REF)].map((r) => r[1] as string))].sort(), at };
  const steps = [...(m[2] ?? '').matchAll(/\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["([^"\\]*)"\]/g)].map((s) =>
    s[1] !== undefined ? s[1] : s[2] !== undefined ? { index: Number(s[2]) } : { index: s[3] ?? '' },
  );
  return { kind: 'ref', root: m[1] as string, steps, text: src.trim(), at };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
