import { posix } from 'node:path';
import type { ParsedDocuments } from '../parse/document.js';
import { pathKey, type DocPath, type Located, type PositionIndex } from '../position.js';
import type { TerraformModule } from './module.js';
import { parseModuleSource } from './source.js';
import { isUnknown, unknown } from './values.js';

/** Whether a JSON document is `terraform show -json` output of a plan. */
export function isPlan(doc: unknown): doc is Record<string, unknown> {
  return isObject(doc) && typeof doc.format_version === 'string' && isObject(doc.planned_values);
}

/** HCL modules of the same scan, by directory, so plan findings can point at the source. */
export type ModuleLookup = (dir: string) => TerraformModule | undefined;

/** A plan's input, plus the HCL objects it was joined to (module directory and input path). */
export interface TerraformPlan extends TerraformModule {
  joined: Array<{ dir: string; path: DocPath }>;
}

/**
 * The input of a plan, in the shape of an HCL module's (docs/inputs/terraform.md): resources of
 * `planned_values` including every child module, keyed by address; attributes Terraform knows only
 * after apply are unknown, with the references the configuration gives for them. Positions are
 * the plan's own, or the HCL source's when the module directory is in the scan (the resource
 * address is the join key).
 */
export function buildPlan(rel: string, parsed: ParsedDocuments, modules: ModuleLookup): TerraformPlan {
  const plan = parsed.documents[0] as Record<string, unknown>;
  const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
  const index: PositionIndex = new Map();
  const joined: TerraformPlan['joined'] = [];
  const copy = prefixCopier();
  const jsonAt = (p: DocPath) => parsed.index.get(pathKey([0, ...p]));
  const put = (path: DocPath, at: Located | undefined, file: string) => {
    if (at) index.set(pathKey(path), { ...at, file });
  };
  const input: Record<string, unknown> = { dir: dir === '' ? '.' : dir, files: [rel], source: 'plan', resource: {}, data: {}, module: {}, variable: {}, locals: {}, provider: {}, terraform: [], output: {} };
  if (typeof plan.terraform_version === 'string') input.terraform_version = plan.terraform_version;

  const changes = new Map<string, Record<string, unknown>>();
  for (const c of asArray(plan.resource_changes)) if (isObject(c) && typeof c.address === 'string') changes.set(c.address, c);
  const config = isObject(plan.configuration) ? plan.configuration.root_module : undefined;

  // Module address (`module.a.module.b`, instance keys removed) -> its configuration and source directory.
  const configs = new Map<string, { config: unknown; dir: string; path: DocPath }>();
  const collect = (mod: unknown, address: string, moduleDir: string | undefined, path: DocPath) => {
    configs.set(address, { config: mod, dir: moduleDir ?? '', path });
    if (!isObject(mod) || !isObject(mod.module_calls)) return;
    for (const [name, call] of Object.entries(mod.module_calls)) {
      if (!isObject(call)) continue;
      const source = typeof call.source === 'string' ? call.source : '';
      const childDir = moduleDir !== undefined && parseModuleSource(source).source_type === 'local' ? posix.normalize(posix.join(moduleDir || '.', source)) : undefined;
      collect(call.module, address ? `${address}.module.${name}` : `module.${name}`, childDir === '.' ? '' : childDir, [...path, 'module_calls', name, 'module']);
    }
  };
  collect(config, '', dir, ['configuration', 'root_module']);

  const visit = (mod: unknown, path: DocPath) => {
    if (!isObject(mod)) return;
    asArray(mod.resources).forEach((r, i) => {
      if (isObject(r)) addResource(r, [...path, 'resources', i]);
    });
    asArray(mod.child_modules).forEach((m, i) => visit(m, [...path, 'child_modules', i]));
  };

  const addResource = (r: Record<string, unknown>, path: DocPath) => {
    const { address, type, name } = r;
    if (typeof address !== 'string' || typeof type !== 'string' || typeof name !== 'string') return;
    const section = r.mode === 'data' ? 'data' : 'resource';
    const module = /^(.*?)\.?(?:data\.)?[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(address)?.[1] ?? '';
    const moduleKey = module.replace(/\[[^\]]*\]/g, '');
    const conf = configs.get(moduleKey);
    const localAddress = section === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
    const confResource = asArray(isObject(conf?.config) ? conf.config.resources : undefined).find((c) => isObject(c) && c.address === localAddress) as
      | Record<string, unknown>
      | undefined;
    const after = changes.get(address)?.change;
    const values = withUnknowns(r.values, isObject(after) ? after.after_unknown : undefined, isObject(confResource?.expressions) ? confResource.expressions : {});
    const byType = ((input[section] as Record<string, Record<string, unknown>>)[type] ??= {});
    byType[address] = {
      address,
      type,
      name,
      mode: section === 'data' ? 'data' : 'managed',
      module,
      ...(r.index !== undefined ? { index: r.index } : {}),
      file: rel,
      ...(isObject(after) && Array.isArray(after.actions) ? { actions: after.actions } : {}),
      config: values,
    };
    const base = [section, type, address];
    const hcl = conf ? modules(conf.dir) : undefined;
    if (conf && hcl && copy(hcl.index, [section, type, name], base, index)) {
      joined.push({ dir: conf.dir, path: [section, type, name] });
      return;
    }
    put(base, jsonAt(path), rel);
    putTree(values, [...base, 'config'], [...path, 'values'], jsonAt, put, rel);
  };
  visit(plan.planned_values && (plan.planned_values as Record<string, unknown>).root_module, ['planned_values', 'root_module']);

  // Module calls and variables of the root module, from the configuration.
  const calls = input.module as Record<string, unknown>;
  const root = configs.get('');
  const rootHcl = root ? modules(root.dir) : undefined;
  if (isObject(config) && isObject(config.module_calls)) {
    for (const [name, call] of Object.entries(config.module_calls)) {
      if (!isObject(call)) continue;
      const path = ['configuration', 'root_module', 'module_calls', name];
      const source = typeof call.source === 'string' ? call.source : '';
      const inputs: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(isObject(call.expressions) ? call.expressions : {})) inputs[k] = expressionValue(e);
      calls[name] = {
        address: `module.${name}`,
        name,
        file: rel,
        source,
        ...(typeof call.version_constraint === 'string' ? { version: call.version_constraint } : {}),
        ...parseModuleSource(source),
        inputs,
      };
      if (root && rootHcl && copy(rootHcl.index, ['module', name], ['module', name], index)) {
        joined.push({ dir: root.dir, path: ['module', name] });
        continue;
      }
      put(['module', name], jsonAt(path), rel);
      put(['module', name, 'source'], jsonAt([...path, 'source']), rel);
      put(['module', name, 'version'], jsonAt([...path, 'version_constraint']), rel);
    }
  }
  const variables = input.variable as Record<string, unknown>;
  for (const [name, v] of Object.entries(isObject(plan.variables) ? plan.variables : {})) {
    if (!isObject(v)) continue;
    variables[name] = { name, value: v.value };
    put(['variable', name], jsonAt(['variables', name]), rel);
  }
  put([], jsonAt([]), rel);
  return { input, index, joined };
}

/**
 * Planned values with `after_unknown` applied: what Terraform will know only after apply becomes
 * an Unknown carrying the configuration's references (`aws_s3_bucket.data.id`).
 */
function withUnknowns(values: unknown, afterUnknown: unknown, expressions: Record<string, unknown>): unknown {
  if (afterUnknown === true) return expressionValue(expressions, '(known after apply)');
  if (isObject(afterUnknown)) {
    const out: Record<string, unknown> = isObject(values) ? { ...values } : {};
    for (const [k, u] of Object.entries(afterUnknown)) {
      if (u === false) continue;
      const sub = expressions[k];
      out[k] = withUnknowns(out[k], u, Array.isArray(sub) ? (isObject(sub[0]) ? sub[0] : {}) : isObject(sub) ? sub : {});
    }
    return out;
  }
  if (Array.isArray(afterUnknown) && Array.isArray(values)) return values.map((v, i) => withUnknowns(v, afterUnknown[i], expressions));
  if (Array.isArray(afterUnknown) && values === undefined && afterUnknown.length > 0) return afterUnknown.map((u) => withUnknowns(undefined, u, expressions));
  return values;
}

/** A configuration expression: its constant, or an Unknown with its references. */
function expressionValue(e: unknown, label?: string): unknown {
  if (isObject(e) && 'constant_value' in e) return e.constant_value;
  const refs = isObject(e) && Array.isArray(e.references) ? e.references.filter((r): r is string => typeof r === 'string') : [];
  // References list the attribute and then the object itself: one object means one reference.
  const [first] = refs;
  const single = first !== undefined && refs.every((r) => first === r || first.startsWith(`${r}.`) || first.startsWith(`${r}[`));
  return unknown(label ?? (first ?? '(unknown)'), refs, single ? first : undefined);
}

/**
 * Copies the HCL positions under `from` (a resource or module call: 2 or 3 path elements) to the
 * plan's `to`; false when the HCL has no such object. Each HCL index is grouped once per plan.
 */
function prefixCopier() {
  const grouped = new Map<PositionIndex, Map<string, Array<[DocPath, Located]>>>();
  const groups = (hcl: PositionIndex) => {
    let g = grouped.get(hcl);
    if (!g) {
      g = new Map();
      for (const [key, at] of hcl) {
        const path = JSON.parse(key) as DocPath;
        for (const n of [2, 3]) {
          if (path.length < n) continue;
          const head = pathKey(path.slice(0, n));
          const list = g.get(head) ?? [];
          list.push([path, at]);
          g.set(head, list);
        }
      }
      grouped.set(hcl, g);
    }
    return g;
  };
  return (hcl: PositionIndex, from: DocPath, to: DocPath, index: PositionIndex): boolean => {
    const entries = groups(hcl).get(pathKey(from)) ?? [];
    for (const [path, at] of entries) index.set(pathKey([...to, ...path.slice(from.length)]), at);
    return entries.length > 0;
  };
}

function putTree(value: unknown, path: DocPath, jsonPath: DocPath, jsonAt: (p: DocPath) => Located | undefined, put: (p: DocPath, at: Located | undefined, f: string) => void, rel: string): void {
  if (isUnknown(value)) return;
  put(path, jsonAt(jsonPath), rel);
  if (Array.isArray(value)) value.forEach((v, i) => putTree(v, [...path, i], [...jsonPath, i], jsonAt, put, rel));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) putTree(v, [...path, k], [...jsonPath, k], jsonAt, put, rel);
}

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
