import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Node } from 'web-tree-sitter';
import type { Located } from '../position.js';
import { LineIndex, type ParsedDocuments, type SyntaxProblem } from './document.js';
import type { HclBlock, HclBody, HclExpr, HclObjectItem, RefStep } from './hcl-syntax.js';

/** A parsed HCL file: the syntax (blocks, attributes, expressions with positions) and its errors. */
export interface ParsedHcl extends ParsedDocuments {
  body: HclBody;
}

/** Parses Terraform's native syntax; create it with `loadHclParser`. */
export interface HclParser {
  parse(text: string): ParsedHcl;
}

const require = createRequire(import.meta.url);

/** What a missing named token is called in a message. */
const MISSING_TOKENS: Record<string, string> = {
  block_start: '{',
  block_end: '}',
  object_end: '}',
  tuple_end: ']',
  template_interpolation_end: '}',
  template_directive_end: '}',
  heredoc_identifier: 'closing heredoc marker',
};

const BINARY_OPS = new Set(['==', '!=', '<', '>', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%']);

/**
 * Loads web-tree-sitter and the Terraform grammar. Asynchronous (WASM instantiation), so callers
 * load it only when a scan holds Terraform files: YAML-only scans never pay for it, not even the
 * module import.
 */
export async function loadHclParser(): Promise<HclParser> {
  const { Parser, Language } = await import('web-tree-sitter');
  const runtime = wasmFile('web-tree-sitter/web-tree-sitter.wasm');
  await Parser.init({ locateFile: () => runtime });
  const language = await Language.load(wasmFile('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(text) {
      const tree = parser.parse(text);
      const lines = new LineIndex(text);
      if (!tree) return { documents: [], index: new Map(), errors: [{ message: 'the HCL parser gave up on this file', line: 1, column: 1 }], narrow: (w, s) => lines.narrow(w, s), body: emptyBody() };
      const comments = tree.rootNode.descendantsOfType('comment').map((c) => [c.startIndex, c.endIndex] as const);
      const narrow = (within: Located, snippet: string) => lines.narrow(within, snippet, comments);
      try {
        const root = tree.rootNode;
        const errors = root.hasError ? [syntaxProblem(root, text, lines)] : [];
        const bodyNode = root.children.find((c) => c.type === 'body');
        const body = errors.length === 0 && bodyNode ? new Converter(text, lines).body(bodyNode) : emptyBody();
        return { documents: [], index: new Map(), errors, narrow, body };
      } finally {
        tree.delete();
      }
    },
  };
}

/**
 * A .wasm file of a dependency: from node_modules, or (in the bundled GitHub Action, which has no
 * node_modules) beside the bundle, where scripts/build-action.mjs copies it.
 */
export function wasmFile(specifier: string): string {
  try {
    return require.resolve(specifier);
  } catch {
    return fileURLToPath(new URL(specifier.slice(specifier.lastIndexOf('/') + 1), import.meta.url));
  }
}

function emptyBody(): HclBody {
  return { attributes: [], blocks: [] };
}

/** Turns tree-sitter nodes into plain syntax data; positions come from the file's LineIndex. */
class Converter {
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  at(n: Node): Located {
    return this.lines.range(n.startIndex, n.endIndex);
  }

  body(n: Node): HclBody {
    const out = emptyBody();
    for (const c of n.children) {
      if (c.type === 'attribute') {
        const [name, , expr] = c.children;
        if (name && expr) out.attributes.push({ name: name.text, value: this.expr(expr), at: this.at(c), nameAt: this.at(name) });
      } else if (c.type === 'block') {
        out.blocks.push(this.block(c));
      }
    }
    return out;
  }

  block(n: Node): HclBlock {
    const labels: string[] = [];
    const labelAt: Located[] = [];
    let type = '';
    let body = emptyBody();
    for (const c of n.children) {
      if (c.type === 'identifier' && type === '') type = c.text;
      else if (c.type === 'identifier' || c.type === 'string_lit') {
        labels.push(c.type === 'string_lit' ? this.stringLit(c) : c.text);
        labelAt.push(this.at(c));
      } else if (c.type === 'body') body = this.body(c);
    }
    return { type, labels, body, at: this.at(n), labelAt };
  }

  stringLit(n: Node): string {
    return n.children.filter((c) => c.type === 'template_literal').map((c) => unescape(c.text)).join('');
  }

  expr(n: Node): HclExpr {
    const at = this.at(n);
    // `expression` wraps the real node; a traversal is an expression with several children.
    if (n.type === 'expression') {
      const kids = n.children;
      if (kids.length === 1 && kids[0]) return this.expr(kids[0]);
      if (kids[0]?.type === 'variable_expr') return this.traversal(kids, at);
      if (kids[0]?.type === '(') return kids[1] ? this.expr(kids[1]) : this.opaque(n);
      return this.opaque(n);
    }
    switch (n.type) {
      case 'literal_value':
      case 'collection_value':
      case 'template_expr':
        return n.children[0] ? this.expr(n.children[0]) : this.opaque(n);
      case 'numeric_lit':
        return { kind: 'literal', value: Number(n.text), at };
      case 'bool_lit':
        return { kind: 'literal', value: n.text === 'true', at };
      case 'null_lit':
        return { kind: 'literal', value: null, at };
      case 'string_lit':
        return { kind: 'literal', value: this.stringLit(n), at };
      case 'variable_expr':
        return this.traversal([n], at);
      case 'tuple':
        return { kind: 'tuple', items: n.children.filter((c) => c.type === 'expression').map((c) => this.expr(c)), at };
      case 'object':
        return { kind: 'object', items: n.children.filter((c) => c.type === 'object_elem').map((c) => this.objectItem(c)), at };
      case 'quoted_template':
        return this.template(n);
      case 'heredoc_template':
        return this.heredoc(n);
      case 'operation':
        return n.children[0] ? this.expr(n.children[0]) : this.opaque(n);
      case 'unary_operation':
        return this.unary(n);
      case 'binary_operation':
        return this.binary(n);
      case 'function_call':
        return this.call(n);
      case 'conditional': {
        const [cond, then, otherwise] = n.children.filter((c) => c.type === 'expression');
        if (!cond || !then || !otherwise) return this.opaque(n);
        return { kind: 'conditional', cond: this.expr(cond), then: this.expr(then), else: this.expr(otherwise), at };
      }
      default:
        return this.opaque(n);
    }
  }

  /** A call with its arguments; one that expands a list into them (`f(xs...)`) is not evaluated. */
  call(n: Node): HclExpr {
    const open = n.children.findIndex((c) => c.type === '(');
    const args = n.children.find((c) => c.type === 'function_arguments');
    if (open < 1 || args?.children.some((c) => c.type === 'ellipsis')) return this.opaque(n);
    const name = this.text.slice(n.startIndex, n.children[open]!.startIndex).trim();
    return { kind: 'call', name, args: (args?.children ?? []).filter((c) => c.type === 'expression').map((c) => this.expr(c)), text: n.text, at: this.at(n) };
  }

  /** `-1` and `!true` are constants; other operations are not evaluated. */
  unary(n: Node): HclExpr {
    const [op, operand] = n.children;
    const v = operand ? this.expr(operand) : undefined;
    if (v?.kind === 'literal' && op?.type === '-' && typeof v.value === 'number') return { kind: 'literal', value: -v.value, at: this.at(n) };
    if (v?.kind === 'literal' && op?.type === '!' && typeof v.value === 'boolean') return { kind: 'literal', value: !v.value, at: this.at(n) };
    return this.opaque(n);
  }

  /** Operands of a binary operation are not wrapped: a traversal comes as its parts. */
  binary(n: Node): HclExpr {
    const kids = n.children;
    const i = kids.findIndex((c, j) => j > 0 && !c.isNamed && BINARY_OPS.has(c.type));
    const op = kids[i];
    if (i < 0 || !op) return this.opaque(n);
    return { kind: 'binary', op: op.type, left: this.operand(kids.slice(0, i)), right: this.operand(kids.slice(i + 1)), text: n.text, at: this.at(n) };
  }

  operand(nodes: Node[]): HclExpr {
    const [first] = nodes;
    const last = nodes[nodes.length - 1];
    if (!first || !last) return { kind: 'opaque', text: '', refs: [], at: this.lines.range(0, 0) };
    if (nodes.length === 1) return this.expr(first);
    const at = this.lines.range(first.startIndex, last.endIndex);
    return first.type === 'variable_expr' ? this.traversal(nodes, at) : this.opaque(nodes, at);
  }

  objectItem(n: Node): HclObjectItem {
    const key = n.childForFieldName('key');
    const val = n.childForFieldName('val');
    const keyExpr = key ? this.expr(key) : this.opaque(n);
    // A bare identifier key (`Team = "ml"`) is the string "Team", not a reference.
    const bare = keyExpr.kind === 'ref' && keyExpr.steps.length === 0 && key && !key.text.startsWith('(');
    return {
      key: bare ? { kind: 'literal', value: keyExpr.root, at: keyExpr.at } : keyExpr,
      value: val ? this.expr(val) : this.opaque(n),
      at: this.at(n),
    };
  }

  traversal(kids: Node[], at: Located): HclExpr {
    const [head, ...rest] = kids;
    const root = head?.text ?? '';
    const steps: RefStep[] = [];
    for (const k of rest) {
      if (k.type === 'get_attr') steps.push(k.children.find((c) => c.type === 'identifier')?.text ?? '');
      else if (k.type === 'index') steps.push(this.indexStep(k));
      else return this.opaque(kids, at);
    }
    return { kind: 'ref', root, steps, at, text: this.text.slice(at.start, at.end) };
  }

  indexStep(n: Node): RefStep {
    // `[0]` (new_index) or legacy `.0`; only literal keys are kept, anything else is dynamic.
    const inner = n.children[0];
    const expr = inner?.children.find((c) => c.type === 'expression');
    if (inner?.type === 'legacy_index') return Number(inner.text.replace(/^\./, ''));
    const e = expr ? this.expr(expr) : undefined;
    return e?.kind === 'literal' && (typeof e.value === 'number' || typeof e.value === 'string') ? { index: e.value } : { index: null };
  }

  template(n: Node): HclExpr {
    const parts: Array<string | HclExpr> = [];
    for (const c of n.children) {
      if (c.type === 'template_literal') parts.push(unescape(c.text));
      else if (c.type === 'template_interpolation') parts.push(this.interpolation(c));
      // %{ if } / %{ for } directives are not evaluated.
      else if (c.type === 'template_directive') return this.opaque(n);
    }
    return { kind: 'template', parts, at: this.at(n) };
  }

  /** A heredoc, from the source text: tree-sitter's literal chunks leave out its whitespace. */
  heredoc(n: Node): HclExpr {
    const kids = n.children;
    const open = kids.find((c) => c.type === 'heredoc_identifier');
    const close = kids.filter((c) => c.type === 'heredoc_identifier').pop();
    if (!open || !close || open === close || kids.some((c) => c.type === 'template_directive')) return this.opaque(n);
    const strip = kids.some((c) => c.type === 'heredoc_start' && c.text === '<<-');
    const start = this.text.indexOf('\n', open.endIndex) + 1;
    const end = this.text.lastIndexOf('\n', close.startIndex) + 1;
    // Interpolations stand in the text as NUL placeholders while the indentation is removed.
    const exprs: HclExpr[] = [];
    let raw = '';
    let from = start;
    for (const c of kids) {
      if (c.type !== 'template_interpolation' || c.startIndex < start) continue;
      raw += this.text.slice(from, c.startIndex) + '\u0000';
      exprs.push(this.interpolation(c));
      from = c.endIndex;
    }
    raw += this.text.slice(from, Math.max(from, end));
    const text = (strip ? dedent(raw) : raw).replaceAll('$${', '${').replaceAll('%%{', '%{');
    if (exprs.length === 0) return { kind: 'literal', value: text, at: this.at(n) };
    const parts: Array<string | HclExpr> = [];
    text.split('\u0000').forEach((s, i) => {
      if (s) parts.push(s);
      const e = exprs[i];
      if (e) parts.push(e);
    });
    return { kind: 'template', parts, at: this.at(n) };
  }

  interpolation(n: Node): HclExpr {
    const e = n.children.find((x) => x.type === 'expression');
    return e ? this.expr(e) : this.opaque(n);
  }

  /** The reference a traversal starts with, up to its first splat or computed step. */
  refPrefix(kids: Node[]): string {
    const [head, ...rest] = kids;
    const steps: RefStep[] = [];
    for (const k of rest) {
      if (k.type === 'get_attr') steps.push(k.children.find((c) => c.type === 'identifier')?.text ?? '');
      else if (k.type === 'index') steps.push(this.indexStep(k));
      else break;
    }
    return refText(head?.text ?? '', steps);
  }

  opaque(n: Node | Node[], at?: Located): HclExpr {
    const nodes = Array.isArray(n) ? n : [n];
    const range = at ?? this.at(nodes[0] as Node);
    const refs = new Set<string>();
    // A traversal is a variable_expr followed by its steps, wrapped in an expression or not.
    const visitAll = (list: Node[]) =>
      list.forEach((c, i) => {
        // A bare name (an object key, a for-expression variable) is not a reference.
        const next = list[i + 1]?.type;
        if (c.type === 'variable_expr' && (next === 'get_attr' || next === 'index')) refs.add(this.refPrefix(list.slice(i)));
        else visit(c);
      });
    const visit = (x: Node) => visitAll(x.children);
    visitAll(nodes);
    // Function names and for-expression variables are identifiers too; only traversals are kept.
    return { kind: 'opaque', text: this.text.slice(range.start, range.end), refs: [...refs].sort(), at: range };
  }
}

/** `aws_s3_bucket.logs[0].id`: a reference as Terraform prints it. */
export function refText(root: string, steps: readonly RefStep[]): string {
  return (
    root +
    steps
      .map((s) => (typeof s === 'string' ? `.${s}` : typeof s === 'number' ? `[${s}]` : s.index === null ? '[*]' : `[${JSON.stringify(s.index)}]`))
      .join('')
  );
}

/** Removes the indentation common to the non-blank lines, as Terraform does for `<<-`. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = widths.length > 0 ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n');
}

/** Decodes HCL string escapes: \n \r \t \" \\ \uNNNN \UNNNNNNNN, and $${ / %%{ for literal ${ / %{. */
export function unescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    if (esc === undefined) return m;
    if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[esc] ?? m;
  });
}

/**
 * A readable message for the first syntax error of a tree. tree-sitter recovers from every error
 * and gives only ERROR and MISSING nodes, so the message is made from what surrounds them.
 */
function syntaxProblem(root: Node, text: string, lines: LineIndex): SyntaxProblem {
  const bad = firstError(root) ?? root;
  const at = (offset: number, message: string): SyntaxProblem => ({ message, ...lines.pos(offset) });
  if (bad.isMissing) {
    if (bad.type === 'quoted_template_end' && bad.parent) return at(bad.parent.startIndex, 'HCL syntax error: unterminated string; add the closing quote');
    const token = MISSING_TOKENS[bad.type] ?? bad.type;
    const holder = bad.type === 'block_start' || bad.type === 'block_end' ? bad : bad.parent;
    const block = holder?.parent?.type === 'block' ? holder.parent : undefined;
    // `name "x"` without `=` parses as the header of a block that lacks its `{`.
    if (block && holder?.type === 'block_start') {
      const after = holder.previousSibling?.endIndex ?? bad.startIndex;
      return at(after, `HCL syntax error: expected "=" (an argument) or "{" (a block) after ${JSON.stringify(blockName(block).split(' ')[0])}`);
    }
    const where = block && holder?.type === 'block_end' ? `; the ${blockName(block)} block opened on line ${lines.pos(block.startIndex).line} is not closed` : '';
    return at(bad.startIndex, `HCL syntax error: missing "${token}"${where}`);
  }
  const kids = bad.children;
  let i = 0;
  // Skip what parsed fine: a block header (`resource "a" "b" {`), then an argument name and `=`.
  if (kids[0]?.type === 'identifier' && kids.slice(1).some((k) => k.type === 'block_start')) {
    while (i < kids.length && kids[i]?.type !== 'block_start') i++;
    i++;
  }
  let afterEquals: Node | undefined;
  if ((kids[i]?.type === 'identifier' || kids[i]?.type === 'expression') && kids[i + 1]?.type === '=') {
    afterEquals = kids[i + 1];
    i += 2;
  }
  const next = kids[i];
  if (!next && afterEquals) return at(afterEquals.startIndex, 'HCL syntax error: "=" has no value after it; write name = value');
  if (next?.type === 'quoted_template_start') return at(next.startIndex, 'HCL syntax error: unterminated string; add the closing quote');
  const from = next?.startIndex ?? bad.startIndex;
  const snippet = (text.slice(from, Math.max(from + 1, bad.endIndex)).split('\n')[0] ?? '').trim().slice(0, 40);
  return at(from, snippet ? `HCL syntax error: unexpected ${JSON.stringify(snippet)}` : 'HCL syntax error: unexpected end of file');
}

function firstError(n: Node): Node | undefined {
  if (n.isError || n.isMissing) return n;
  if (!n.hasError) return undefined;
  for (const c of n.children) {
    const e = firstError(c);
    if (e) return e;
  }
  return undefined;
}

function blockName(block: Node): string {
  const parts = block.children.filter((c) => c.type === 'identifier' || c.type === 'string_lit').map((c) => c.text);
  return parts.join(' ');
}
