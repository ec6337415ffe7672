import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export is the module object under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Compiles the JSON Schema of an in-house kind (draft-07, 2019-09 or 2020-12, by its `$schema`),
 * with the standard formats (date, email, uri, ...). Throws Ajv's error on a broken schema.
 * A module of its own: Ajv is loaded only by scans whose config declares an in-house kind.
 */
export function compileKindSchema(schema: unknown): ValidateFunction {
  const dialect = typeof (schema as { $schema?: unknown })?.$schema === 'string' ? String((schema as { $schema: string }).$schema) : '';
  const options = { allErrors: true, strict: false };
  const ajv = dialect.includes('2020-12') ? new Ajv2020(options) : dialect.includes('2019-09') ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv as Ajv);
  return ajv.compile(schema as object);
}
