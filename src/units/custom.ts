import type { ErrorObject, ValidateFunction } from 'ajv';
import type { KindSpec, ParsedFile } from '../kinds.js';
import { locate } from '../locate.js';
import type { DocPath } from '../position.js';
import type { Unit, UnitProblem } from '../unit.js';

/**
 * The kind spec of a format declared in config: it claims no file by itself (the config's
 * `match:` does), validates each against its schema, and hands it to the rules of the kind.
 */
export function customKind(name: string, validate: ValidateFunction | undefined): KindSpec {
  return { name, claims: () => undefined, units: (files) => files.map((f) => customUnit(name, f, validate)) };
}

/** The unit of one file of an in-house kind: rules see its (single) document. */
export function customUnit(kind: string, file: ParsedFile, validate: ValidateFunction | undefined): Unit {
  const { documents, index, narrow } = file.parsed;
  const doc = documents[0] ?? null;
  const problems: UnitProblem[] = [];
  if (documents.length > 1) {
    const at = index.get(JSON.stringify([1])) ?? { line: 1, column: 1 };
    problems.push({ rule: 'TG-SCHEMA', file: file.rel, message: `holds ${documents.length} documents; a ${kind} file is one document`, line: at.line, column: at.column });
  }
  // A document that failed to parse is reported as TG-PARSE already.
  if (validate && file.parsed.errors.length === 0 && !validate(doc)) {
    for (const err of schemaErrors(validate.errors ?? [])) {
      const path = errorPath(err);
      const at = locate(index, [0, ...path]) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      problems.push({ rule: 'TG-SCHEMA', file: file.rel, message: describeSchemaError(err, path), line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn });
    }
  }
  return {
    kind,
    file: file.rel,
    input: doc,
    index,
    pathPrefix: [0],
    narrow,
    anchor: (path) => ({ resource: kind, node: doc, rest: path }),
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/** Ajv's errors without the summaries that only repeat a nested error (`if`, `then`, `anyOf`). */
function schemaErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if');
}

/** The path of the node an error is about: a missing or unknown property is the property itself. */
export function errorPath(err: ErrorObject): DocPath {
  const path: (string | number)[] = err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const extra = err.params.additionalProperty ?? err.params.missingProperty;
  return extra !== undefined ? [...path, String(extra)] : path;
}

/** One line that says where and what, in the words of the schema. */
export function describeSchemaError(err: ErrorObject, path: DocPath): string {
  const name = (p: DocPath) => (p.length > 0 ? `"${p.map(String).join('.')}"` : 'the document');
  switch (err.keyword) {
    case 'required':
      return `${name(path)} is required${path.length > 1 ? ` in ${name(path.slice(0, -1))}` : ''}`;
    case 'additionalProperties':
      return `${name(path)} is not a property the schema allows`;
    case 'enum':
      return `${name(path)} must be one of ${(err.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${name(path)} ${err.message ?? 'is invalid'}`;
  }
}
