import type { HclAttribute, HclBlock, HclBody, HclExpr } from '../parse/hcl-syntax.js';
import { pathKey, type DocPath, type Located, type PositionIndex } from '../position.js';
import { parseModuleSource } from './source.js';
import { EMPTY_SCOPE, evaluate, unknown, type Scope } from './values.js';

/** One file of a module directory, parsed to syntax. */
export interface TerraformFile {
  /** Relative to the scan root, with forward slashes. */
  rel: string;
  body: HclBody;
}

/** A module directory as rules see it (docs/inputs/terraform.md), with the position of every part. */
export interface TerraformModule {
  input: Record<string, unknown>;
  /** Paths of `input` → ranges; each range names its file. */
  index: PositionIndex;
}

/** Sections of the input, one per top-level block type. */
const BLOCK_SECTIONS = ['resource', 'data', 'module', 'variable', 'locals', 'provider', 'terraform', 'output'] as const;
/** Meta-arguments of resources and module calls, kept beside `config`/`inputs`, not inside. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'providers', 'depends_on']);

/** Whether a file name is a variable-definitions file Terraform loads on its own. */
export function isAutoTfvars(name: string): boolean {
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}

/**
 * Builds the input of one module directory from its `.tf`/`.tf.json` files and its auto-loaded
 * tfvars, resolving what can be resolved statically (see values.ts). Pure.
 */
export function buildModule(dir: string, configs: readonly TerraformFile[], tfvars: readonly TerraformFile[]): TerraformModule {
  const index: PositionIndex = new Map();
  const put = (path: DocPath, at: Located, file: string) => index.set(pathKey(path), { ...at, file });
  const ordered = [...configs].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const blocks = ordered.flatMap((f) => f.body.blocks.map((block) => ({ block, file: f.rel })));

  // Variables first: tfvars override defaults; terraform.tfvars before *.auto.tfvars, each in name order.
  const assigned = new Map<string, { attr: HclAttribute; file: string }>();
  for (const f of [...tfvars].sort(tfvarsOrder)) for (const attr of f.body.attributes) assigned.set(attr.name, { attr, file: f.rel });
  const variables: Record<string, unknown> = {};
  const values = new Map<string, unknown>();
  for (const { block, file } of blocks.filter((b) => b.block.type === 'variable')) {
    const [name] = block.labels;
    if (name === undefined || name in variables) continue;
    const entry: Record<string, unknown> = { name, file };
    put(['variable', name], block.at, file);
    for (const attr of block.body.attributes) {
      // A type constraint is kept as written: `string`, `list(object({...}))`.
      entry[attr.name] = attr.name === 'type' ? exprSource(attr.value) : evaluate(attr.value, EMPTY_SCOPE);
      put(['variable', name, attr.name], attr.at, file);
    }
    const given = assigned.get(name);
    if (given) {
      entry.value = evaluate(given.attr.value, EMPTY_SCOPE);
      put(['variable', name, 'value'], given.attr.at, given.file);
    } else if ('default' in entry) {
      entry.value = entry.default;
      const def = block.body.attributes.find((a) => a.name === 'default');
      if (def) put(['variable', name, 'value'], def.at, file);
    } else {
      // Set only at plan time (-var, TF_VAR_*, a -var-file): never guessed.
      entry.value = unknown(`var.${name}`, [`var.${name}`]);
    }
    values.set(name, entry.value);
    variables[name] = entry;
  }

  const localExprs = new Map<string, { attr: HclAttribute; file: string }>();
  for (const { block, file } of blocks.filter((b) => b.block.type === 'locals')) {
    for (const attr of block.body.attributes) if (!localExprs.has(attr.name)) localExprs.set(attr.name, { attr, file });
  }
  const scope = moduleScope(values, localExprs);

  const input: Record<string, unknown> = { dir: dir === '' ? '.' : dir, files: ordered.map((f) => f.rel), source: 'hcl' };
  for (const s of BLOCK_SECTIONS) input[s] = {};
  input.variable = variables;
  input.terraform = [];
  const locals = input.locals as Record<string, unknown>;
  for (const [name, { attr, file }] of localExprs) {
    locals[name] = scope.local(name);
    putValue(put, ['locals', name], attr, file);
  }

  for (const { block, file } of blocks) {
    const section = block.type;
    if (section === 'resource' || section === 'data') {
      const [type, name] = block.labels;
      if (type === undefined || name === undefined) continue;
      const byType = ((input[section] as Record<string, Record<string, unknown>>)[type] ??= {});
      if (name in byType) continue;
      const address = section === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
      const base = [section, type, name];
      put(base, block.at, file);
      byType[name] = {
        address,
        type,
        name,
        mode: section === 'data' ? 'data' : 'managed',
        module: '',
        file,
        ...metaArguments(block.body, scope, base, put, file),
        config: bodyValue(withoutMeta(block.body), scope, [...base, 'config'], put, file),
      };
    } else if (section === 'module') {
      const [name] = block.labels;
      const calls = input.module as Record<string, unknown>;
      if (name === undefined || name in calls) continue;
      calls[name] = moduleCall(name, block, scope, put, file);
    } else if (section === 'provider' || section === 'output') {
      const [name] = block.labels;
      if (name === undefined) continue;
      const byName = input[section] as Record<string, unknown>;
      if (section === 'provider') {
        const list = ((byName[name] as unknown[] | undefined) ?? []);
        byName[name] = list;
        put([section, name, list.length], block.at, file);
        list.push(bodyValue(block.body, scope, [section, name, list.length], put, file));
      } else if (!(name in byName)) {
        put([section, name], block.at, file);
        byName[name] = bodyValue(block.body, scope, [section, name], put, file);
      }
    } else if (section === 'terraform') {
      const list = input.terraform as unknown[];
      put(['terraform', list.length], block.at, file);
      list.push(bodyValue(block.body, scope, ['terraform', list.length], put, file));
    }
  }
  return { input, index };
}

type Put = (path: DocPath, at: Located, file: string) => void;

/** var.* from the resolved variables; local.* evaluated on first use, a cycle being unknown. */
function moduleScope(values: ReadonlyMap<string, unknown>, locals: ReadonlyMap<string, { attr: HclAttribute }>): Scope {
  const done = new Map<string, unknown>();
  const busy = new Set<string>();
  const scope: Scope = {
    variable: (name) => (values.has(name) ? values.get(name) : unknown(`var.${name}`, [`var.${name}`])),
    local(name) {
      if (done.has(name)) return done.get(name);
      const def = locals.get(name);
      if (!def || busy.has(name)) return unknown(`local.${name}`, [`local.${name}`]);
      busy.add(name);
      const v = evaluate(def.attr.value, scope);
      busy.delete(name);
      done.set(name, v);
      return v;
    },
  };
  return scope;
}

function moduleCall(name: string, block: HclBlock, scope: Scope, put: Put, file: string): Record<string, unknown> {
  const base = ['module', name];
  put(base, block.at, file);
  const entry: Record<string, unknown> = { address: `module.${name}`, name, file };
  const inputs: HclAttribute[] = [];
  for (const attr of block.body.attributes) {
    if (attr.name === 'source' || attr.name === 'version') {
      entry[attr.name] = evaluate(attr.value, scope);
      putValue(put, [...base, attr.name], attr, file);
    } else if (!META_ARGUMENTS.has(attr.name)) inputs.push(attr);
  }
  if (typeof entry.source === 'string') Object.assign(entry, parseModuleSource(entry.source));
  Object.assign(entry, metaArguments(block.body, scope, base, put, file));
  entry.inputs = bodyValue({ attributes: inputs, blocks: block.body.blocks }, scope, [...base, 'inputs'], put, file);
  return entry;
}

/** count, for_each, provider(s), depends_on and lifecycle, evaluated like any value. */
function metaArguments(body: HclBody, scope: Scope, base: DocPath, put: Put, file: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const attr of body.attributes) {
    if (!META_ARGUMENTS.has(attr.name)) continue;
    // References to other objects are kept as written: `aws_iam_role.x`, `aws.west`.
    out[attr.name] =
      attr.name === 'depends_on' && attr.value.kind === 'tuple'
        ? attr.value.items.map(exprSource)
        : attr.name === 'provider'
          ? exprSource(attr.value)
          : evaluate(attr.value, scope);
    putValue(put, [...base, attr.name], attr, file);
  }
  const lifecycle = body.blocks.filter((b) => b.type === 'lifecycle');
  if (lifecycle.length > 0) {
    out.lifecycle = lifecycle.map((b, i) => {
      put([...base, 'lifecycle', i], b.at, file);
      return bodyValue(b.body, scope, [...base, 'lifecycle', i], put, file);
    });
  }
  return out;
}

function withoutMeta(body: HclBody): HclBody {
  return { attributes: body.attributes.filter((a) => !META_ARGUMENTS.has(a.name)), blocks: body.blocks.filter((b) => b.type !== 'lifecycle') };
}

/**
 * A block body as a JSON object: attributes by name, nested blocks as arrays (always, even when
 * there is one). A `dynamic "x"` block adds its `content` to the array of `x`, marked
 * `"__dynamic__": true`; its iterator's references are unknown.
 */
function bodyValue(body: HclBody, scope: Scope, path: DocPath, put: Put, file: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const attr of body.attributes) {
    if (attr.name in out) continue;
    out[attr.name] = evaluate(attr.value, scope);
    putValue(put, [...path, attr.name], attr, file);
  }
  for (const block of body.blocks) {
    const dynamic = block.type === 'dynamic';
    const name = dynamic ? block.labels[0] : block.type;
    if (name === undefined) continue;
    const existing = out[name];
    const list = Array.isArray(existing) ? existing : [];
    if (existing !== undefined && !Array.isArray(existing)) continue;
    out[name] = list;
    const at = [...path, name, list.length];
    put(at, block.at, file);
    if (dynamic) {
      const content = block.body.blocks.find((b) => b.type === 'content');
      const forEach = block.body.attributes.find((a) => a.name === 'for_each');
      list.push({
        ...bodyValue(content?.body ?? { attributes: [], blocks: [] }, scope, at, put, file),
        __dynamic__: true,
        ...(forEach ? { __for_each__: evaluate(forEach.value, scope) } : {}),
      });
    } else {
      list.push(bodyValue(block.body, scope, at, put, file));
    }
  }
  return out;
}

/** Indexes an attribute and, where its syntax is an object or a tuple, every element inside. */
function putValue(put: Put, path: DocPath, attr: HclAttribute, file: string): void {
  put(path, attr.at, file);
  putExpr(put, path, attr.value, file);
}

function putExpr(put: Put, path: DocPath, e: HclExpr, file: string): void {
  if (e.kind === 'tuple') {
    e.items.forEach((item, i) => {
      put([...path, i], item.at, file);
      putExpr(put, [...path, i], item, file);
    });
  } else if (e.kind === 'object') {
    for (const item of e.items) {
      const key = item.key.kind === 'literal' ? item.key.value : undefined;
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      put([...path, String(key)], item.at, file);
      putExpr(put, [...path, String(key)], item.value, file);
    }
  }
}

/** The source text of a reference or unevaluated expression; a literal's value as text. */
function exprSource(e: HclExpr): string {
  if (e.kind === 'ref' || e.kind === 'opaque' || e.kind === 'call') return e.text;
  if (e.kind === 'literal') return String(e.value);
  return e.kind;
}

/** terraform.tfvars(.json) first, then *.auto.tfvars(.json) in lexical order of their names. */
function tfvarsOrder(a: TerraformFile, b: TerraformFile): number {
  const rank = (f: TerraformFile) => (/(^|\/)terraform\.tfvars$/.test(f.rel) ? 0 : /(^|\/)terraform\.tfvars\.json$/.test(f.rel) ? 1 : 2);
  const name = (f: TerraformFile) => f.rel.slice(f.rel.lastIndexOf('/') + 1);
  return rank(a) - rank(b) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}
