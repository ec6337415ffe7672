import { posix } from 'node:path';
import type { KindSpec, ParsedFile } from '../kinds.js';
import type { ParsedDocuments } from '../parse/document.js';
import type { ParsedHcl } from '../parse/hcl.js';
import type { HclBody } from '../parse/hcl-syntax.js';
import type { DocPath, Located, Range } from '../position.js';
import { jsonToHcl } from '../terraform/json-syntax.js';
import { buildModule, isAutoTfvars, type TerraformModule } from '../terraform/module.js';
import { buildPlan, isPlan } from '../terraform/plan.js';
import type { Anchor, Unit } from '../unit.js';
import { sameDirectory } from './companions.js';

/** Terraform configuration: `.tf` and `.tf.json`. */
function isConfig(rel: string): boolean {
  return /\.tf(\.json)?$/i.test(rel);
}

/** Variable definitions: `.tfvars` and `.tfvars.json`. */
function isTfvars(rel: string): boolean {
  return /\.tfvars(\.json)?$/i.test(rel);
}

/**
 * The `terraform` kind: one unit per module directory (every `.tf`/`.tf.json` file of it, with its
 * auto-loaded tfvars), and one per plan (`terraform show -json`, detected by content). Both give
 * rules the same input shape, so one rule serves both.
 */
export const TERRAFORM: KindSpec = {
  name: 'terraform',
  claims: (f) => (isConfig(f.rel) || isTfvars(f.rel) ? 'path' : f.format === 'json' && isPlan(f.parsed.documents[0]) ? 'content' : undefined),
  units: terraformUnits,
  // A file named alone (by a pre-commit hook, say) is evaluated with the rest of its module.
  companions: sameDirectory((name) => isConfig(name) || isAutoTfvars(name)),
};

function terraformUnits(files: readonly ParsedFile[]): Unit[] {
  const dirs = new Map<string, { configs: ParsedFile[]; tfvars: ParsedFile[] }>();
  const plans: ParsedFile[] = [];
  for (const f of files) {
    if (f.format === 'json' && !isConfig(f.rel) && !isTfvars(f.rel)) {
      plans.push(f);
      continue;
    }
    const dir = dirOf(f.rel);
    const group = dirs.get(dir) ?? { configs: [], tfvars: [] };
    dirs.set(dir, group);
    if (isConfig(f.rel)) group.configs.push(f);
    else if (isAutoTfvars(posix.basename(f.rel))) group.tfvars.push(f);
  }
  const modules = new Map<string, { module: TerraformModule; files: ParsedFile[] }>();
  // A plan's finding may land in an HCL file of the scan: every file narrows with its own text.
  const narrowers = new Map<string, ParsedDocuments['narrow']>(files.map((f) => [f.rel, f.parsed.narrow]));
  for (const [dir, { configs, tfvars }] of [...dirs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (configs.length === 0) continue;
    const module = buildModule(
      dir,
      configs.map((f) => ({ rel: f.rel, body: syntaxOf(f, false) })),
      tfvars.map((f) => ({ rel: f.rel, body: syntaxOf(f, true) })),
    );
    modules.set(dir, { module, files: [...configs, ...tfvars] });
  }
  const planUnits = plans.map((f) => {
    const plan = buildPlan(f.rel, f.parsed, (dir) => modules.get(dir)?.module);
    // What a plan covers is checked from the plan (its values are resolved) and reported at the
    // HCL lines; the module's own unit leaves it out so nothing is reported twice.
    for (const { dir, path } of plan.joined) removePath(modules.get(dir)?.module.input, path);
    return terraformUnit(plan, [f], narrowers);
  });
  return [...[...modules.values()].map(({ module, files: own }) => terraformUnit(module, own, narrowers)), ...planUnits];
}

function removePath(input: Record<string, unknown> | undefined, path: DocPath): void {
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[String(key)] : undefined;
  if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[String(path[path.length - 1])];
}

function dirOf(rel: string): string {
  const d = posix.dirname(rel);
  return d === '.' ? '' : d;
}

/** The syntax of a Terraform file, whichever syntax it is written in. */
function syntaxOf(f: ParsedFile, attributesOnly: boolean): HclBody {
  if (f.format === 'hcl') {
    const body = (f.parsed as ParsedHcl).body;
    // A tfvars file is attributes only; a stray block in it is not a variable.
    return attributesOnly ? { attributes: body.attributes, blocks: [] } : body;
  }
  return f.parsed.errors.length > 0 ? { attributes: [], blocks: [] } : jsonToHcl(f.parsed, attributesOnly);
}

function terraformUnit(module: TerraformModule, files: readonly ParsedFile[], narrowers: ReadonlyMap<string, ParsedDocuments['narrow']>): Unit {
  const { input, index } = module;
  return {
    kind: 'terraform',
    file: String(input.dir),
    files: files.map((f) => f.rel),
    input,
    index,
    pathPrefix: [],
    anchor: (path) => terraformAnchor(input, path),
    narrow: (within: Located, snippet: string): Range | undefined => {
      const file = within.file ?? files[0]?.rel;
      return file !== undefined ? narrowers.get(file)?.(within, snippet) : undefined;
    },
  };
}

/** The address a rule path belongs to: `aws_s3_bucket.data`, `module.vpc`, `var.region`. */
function terraformAnchor(input: Record<string, unknown>, path: DocPath): Anchor {
  const [section, a, b, ...rest] = path;
  const group = input[String(section)];
  if ((section === 'resource' || section === 'data') && typeof a === 'string' && typeof b === 'string') {
    const entry = (group as Record<string, Record<string, Record<string, unknown>>> | undefined)?.[a]?.[b];
    return { resource: typeof entry?.address === 'string' ? entry.address : `${a}.${b}`, node: entry, rest };
  }
  const prefix: Record<string, string> = { module: 'module.', variable: 'var.', locals: 'local.', output: 'output.', provider: 'provider.' };
  if (typeof section === 'string' && section in prefix && typeof a === 'string') {
    return { resource: `${prefix[section]}${a}`, node: (group as Record<string, unknown> | undefined)?.[a], rest: path.slice(2) };
  }
  return { resource: String(input.dir), node: input, rest: path };
}
