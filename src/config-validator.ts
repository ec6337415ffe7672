import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { CONFIG_SCHEMA } from './bundle.js';

const OPTIONS = { allErrors: false, strict: true } as const;

let compiled: ValidateFunction | undefined;

/**
 * The validator of schema/config.schema.json, compiled on first use. The CLI bundle replaces this
 * module with `configValidatorSource`'s output, so a run neither loads nor compiles ajv.
 */
export function configValidator(): ValidateFunction {
  compiled ??= new Ajv(OPTIONS).compile(JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')));
  return compiled;
}

/** An ES module with the same `configValidator`, its validator generated ahead of time by ajv. */
export function configValidatorSource(schema: object): string {
  const ajv = new Ajv({ ...OPTIONS, code: { source: true, esm: true } });
  // The package's module.exports is the function, and its .default too: both interops find it.
  const code = standalone.default(ajv, ajv.compile(schema));
  return `${code}\nexport function configValidator() {\n  return validate;\n}\n`;
}
