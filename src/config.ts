import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { CONFIG_SCHEMA, WAIVERS_SCHEMA } from './bundle.js';
import { UserError } from './errors.js';
import { schemaValidator } from './schema-validators.js';
import { locate } from './locate.js';
import { parseYaml } from './parse/yaml.js';
import type { PositionIndex } from './position.js';
import type { Severity } from './severity.js';

export const CONFIG_NAME = '.tollgate.yaml';

/** An organisation's settings, from .tollgate.yaml. */
export interface Config {
  /** The file it came from; undefined when none was found. */
  file?: string;
  /** Directory that relative paths in the config (exclude) are relative to. */
  dir: string;
  failOn?: Severity;
  exclude: string[];
  maxFileBytes: number;
  parameters: Record<string, unknown>;
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
  /** The organisation's policy pack (absolute): Rego rules and their fixtures. */
  policies?: string;
  /** The compiled bundle to check with (absolute). */
  bundle?: string;
  /** Central waivers and their settings, as written (see src/waivers-central.ts). */
  waivers: WaiverSettings;
  /** Positions of the config file's nodes (keys start with document 0), for findings that point into it. */
  index?: PositionIndex;
  /** Kinds declared or forced by path: in-house formats, and overrides of kind detection. */
  kinds: KindDecl[];
}

/** A `kinds:` entry: files matching `match` are of kind `name` (hyphens read as underscores). */
export interface KindDecl {
  name: string;
  match: string[];
  /** Absolute path of the JSON Schema the files are validated against. */
  schema?: string;
  /** Where the entry is written, as file:line:col, for messages about it. */
  at: string;
}

/** The config's `waivers` section. */
export interface WaiverSettings {
  /** A dedicated waivers file, relative to the config's directory. */
  file?: string;
  /** Waivers that expire within this many days are reported as notices. */
  noticeDays?: number;
  entries?: CentralWaiverEntry[];
}

/** A central waiver as written, validated against schema/waivers.schema.json. */
export interface CentralWaiverEntry {
  rule: string;
  /** Glob of the files it covers, relative to the config's directory. */
  path: string;
  resource?: string;
  reason: string;
  owner: string;
  ticket: string;
  expires: string;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The nearest .tollgate.yaml from `start` (a file or directory) upward, if any. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file; any problem is one UserError line with file:line:col. */
export function loadConfig(file: string | undefined, fallbackDir: string): Config {
  if (file === undefined) return { dir: fallbackDir, exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES, parameters: {}, rules: {}, waivers: {}, kinds: [] };
  const { value, index } = readValidatedYaml(file, CONFIG_SCHEMA, 'config');
  const c = value as Partial<Omit<Config, 'kinds'>> & { kinds?: Array<{ name: string; match: string[]; schema?: string }> };
  const shown = relative(process.cwd(), file) || file;
  const kinds = (c.kinds ?? []).map((k, i): KindDecl => {
    const at = locate(index, [0, 'kinds', i]);
    return {
      name: k.name.replaceAll('-', '_'),
      match: k.match,
      ...(k.schema !== undefined ? { schema: resolve(dirname(file), k.schema) } : {}),
      at: at ? `${shown}:${at.line}:${at.column}` : shown,
    };
  });
  return {
    file,
    dir: dirname(file),
    ...(c.failOn !== undefined ? { failOn: c.failOn } : {}),
    exclude: c.exclude ?? [],
    maxFileBytes: c.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    parameters: c.parameters ?? {},
    rules: c.rules ?? {},
    ...(c.policies !== undefined ? { policies: resolve(dirname(file), c.policies) } : {}),
    ...(c.bundle !== undefined ? { bundle: resolve(dirname(file), c.bundle) } : {}),
    waivers: c.waivers ?? {},
    index,
    kinds,
  };
}

/**
 * Reads a one-document YAML file and validates it against one of tollgate's schemas; any problem
 * is one UserError line with file:line:col. `noun` names the file in messages ("config").
 */
export function readValidatedYaml(file: string, schemaFile: string, noun: string): { value: unknown; index: PositionIndex } {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${noun} ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseYaml(text);
  const [syntax] = parsed.errors;
  if (syntax) throw new UserError(`${shown}:${syntax.line}:${syntax.column}: ${syntax.message}; fix the YAML syntax of the ${noun}`);
  if (parsed.documents.length > 1) throw new UserError(`${shown}: holds ${parsed.documents.length} YAML documents; a ${noun} is one document`);
  const value = parsed.documents[0] ?? {};
  const validate = validator(schemaFile);
  if (!validate(value)) {
    const err = (validate.errors ?? [])[0] as ErrorObject;
    const path = [0, ...err.instancePath.split('/').slice(1).map(unescapePointer)];
    const named = err.params.additionalProperty ?? err.propertyName;
    const key = named !== undefined ? String(named) : undefined;
    const at = locate(parsed.index, key !== undefined ? [...path, key] : path);
    const where = at ? `${shown}:${at.line}:${at.column}` : shown;
    throw new UserError(`${where}: ${describe(err, key)}; see ${relative(process.cwd(), schemaFile) || schemaFile}`);
  }
  return { value, index: parsed.index };
}

/** The validator of one of tollgate's schema files (compiled ahead of time in the CLI bundle). */
function validator(schemaFile: string) {
  const name = schemaFile === CONFIG_SCHEMA ? 'config' : schemaFile === WAIVERS_SCHEMA ? 'waivers' : undefined;
  if (name === undefined) throw new Error(`no schema ${schemaFile}`);
  return schemaValidator(name);
}

function describe(err: ErrorObject, key: string | undefined): string {
  const at = err.instancePath ? `"${err.instancePath.slice(1).replaceAll('/', '.')}"` : 'the config';
  switch (err.keyword) {
    case 'additionalProperties':
      return `unknown key "${key}" in ${at}`;
    case 'enum':
      return `${at} must be one of ${(err.params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      if (err.propertyName === undefined) return `${at} ${err.message ?? 'is invalid'}`;
      // Only rule ids are constrained by a key pattern.
      return `"${key}" in ${at} is not a rule id like TG-K8S-001`;
    default:
      return `${at} ${err.message ?? 'is invalid'}`;
  }
}

function unescapePointer(s: string): string | number {
  const k = s.replaceAll('~1', '/').replaceAll('~0', '~');
  return /^\d+$/.test(k) ? Number(k) : k;
}
