import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { KIND_SCHEMA_DIR } from './bundle.js';
import type { KindDecl } from './config.js';
import type { Format } from './detect.js';
import { InternalError, UserError } from './errors.js';
import { KINDS, type KindSpec } from './kinds.js';
import { customKind } from './units/custom.js';

/**
 * The kinds of a scan: the built-in ones, then one per in-house kind the config declares (with
 * its JSON Schema: the declared file, else the one tollgate ships for that kind). A declared name
 * that is no built-in kind, has no schema and no rules is a config mistake.
 */
export function scanKinds(decls: readonly KindDecl[], policyKinds: readonly string[], compile?: (schema: unknown) => ValidateFunction): KindSpec[] {
  const kinds: KindSpec[] = [...KINDS];
  const builtin = new Set(KINDS.map((k) => k.name));
  for (const decl of decls) {
    if (kinds.some((k) => k.name === decl.name)) {
      if (decl.schema !== undefined && builtin.has(decl.name)) throw new UserError(`${decl.at}: kind ${decl.name} is built in; a schema is only for in-house kinds`);
      continue;
    }
    const shipped = join(KIND_SCHEMA_DIR, `${decl.name}.schema.json`);
    const schemaFile = decl.schema ?? (existsSync(shipped) ? shipped : undefined);
    if (schemaFile === undefined && !policyKinds.includes(decl.name)) {
      throw new UserError(`${decl.at}: kind ${decl.name} is not a kind tollgate knows (${[...builtin].join(', ')}) and has no schema; give it a schema: or fix the name`);
    }
    kinds.push(customKind(decl.name, schemaFile !== undefined ? loadSchema(schemaFile, decl, compile) : undefined));
  }
  return kinds;
}

/** The parsers of kinds whose files may have any name (Dockerfiles), by kind. */
export function fixedFormats(): Map<string, Format> {
  return new Map(KINDS.filter((k) => k.format !== undefined).map((k) => [k.name, k.format as Format]));
}

/** Whether a kind declared in config is an organisation's own (not built in). */
export function isInHouse(name: string): boolean {
  return !KINDS.some((k) => k.name === name);
}

function loadSchema(file: string, decl: KindDecl, compile: ((schema: unknown) => ValidateFunction) | undefined): ValidateFunction {
  if (!compile) throw new InternalError('the JSON Schema compiler was not loaded (loadParsers)');
  const shown = relative(process.cwd(), file) || file;
  let schema: unknown;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UserError(`${decl.at}: cannot read the schema of kind ${decl.name}, ${shown}: ${why}`);
  }
  try {
    return compile(schema);
  } catch (e) {
    throw new UserError(`${decl.at}: the schema of kind ${decl.name}, ${shown}, is not a valid JSON Schema: ${(e as Error).message.split('\n')[0]}`);
  }
}
