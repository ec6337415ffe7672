import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
// A CommonJS module whose class is its default export.
const AjvDraft04 = (AjvDraft04Module as unknown as { default: typeof Ajv }).default;

/** The official SARIF 2.1.0 JSON Schema, as @microsoft/jest-sarif ships it (draft-04). */
const SARIF_SCHEMA = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

// The schema's patterns use \p{...}-free classes that break under the u flag.
const sarifAjv = new AjvDraft04({ allErrors: true, unicodeRegExp: false, strict: false });
(addFormats as unknown as (a: unknown) => void)(sarifAjv);
const sarifValidate = sarifAjv.compile(SARIF_SCHEMA);

/** Schema errors of a SARIF log (text), as readable strings; empty when valid. */
export function sarifErrors(text: string): string[] {
  const ok = sarifValidate(JSON.parse(text));
  return ok ? [] : (sarifValidate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

const reportAjv = new Ajv({ allErrors: true, strict: true });
(addFormats as unknown as (a: unknown) => void)(reportAjv);
const reportValidate = reportAjv.compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object);

/** Schema errors of a JSON report against schema/report.schema.json; empty when valid. */
export function reportErrors(text: string): string[] {
  const ok = reportValidate(JSON.parse(text));
  return ok ? [] : (reportValidate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
