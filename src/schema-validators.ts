import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { CONFIG_SCHEMA, WAIVERS_SCHEMA } from './bundle.js';

/** The JSON Schemas of tollgate's own YAML files, by name; they may $ref each other by $id. */
export type SchemaName = 'config' | 'waivers';

const OPTIONS = { allErrors: false, strict: true } as const;

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/**
 * The validator of one of tollgate's schemas, compiled by ajv on first use. The CLI bundle replaces
 * this module with `schemaValidatorsSource`'s output, so a run neither loads nor compiles ajv.
 */
export function schemaValidator(name: SchemaName): ValidateFunction {
  if (compiled === undefined) {
    const ajv = new Ajv(OPTIONS);
    const files: Record<SchemaName, string> = { config: CONFIG_SCHEMA, waivers: WAIVERS_SCHEMA };
    const ids = Object.fromEntries(Object.entries(files).map(([n, f]) => [n, addSchema(ajv, JSON.parse(readFileSync(f, 'utf8')))]));
    compiled = { config: validatorOf(ajv, ids.config), waivers: validatorOf(ajv, ids.waivers) };
  }
  return compiled[name];
}

/** An ES module with the same `schemaValidator`, its validators generated ahead of time by ajv. */
export function schemaValidatorsSource(schemas: Record<SchemaName, object>): string {
  const ajv = new Ajv({ ...OPTIONS, code: { source: true, esm: true } });
  const ids = Object.fromEntries(Object.entries(schemas).map(([n, s]) => [n, addSchema(ajv, s)]));
  // The package's module.exports is the function, and its .default too: both interops find it.
  const code = standalone.default(ajv, ids);
  return `${code}\nconst validators = { config, waivers };\nexport function schemaValidator(name) {\n  return validators[name];\n}\n`;
}

function addSchema(ajv: Ajv, schema: object): string {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('a schema of tollgate has no $id');
  ajv.addSchema(schema);
  return id;
}

function validatorOf(ajv: Ajv, id: string | undefined): ValidateFunction {
  const validate = ajv.getSchema(id ?? '');
  if (!validate) throw new Error(`no schema ${id}`);
  return validate;
}
