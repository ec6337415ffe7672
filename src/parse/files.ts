import { closeSync, openSync, readSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { Format } from '../detect.js';
import type { ParsedDocuments } from './document.js';
import type { HclParser } from './hcl.js';

/**
 * The parsers, and the libraries behind some kinds, that a scan loads only when its files need
 * them: a pre-commit run on a few YAML files never pays for the HCL, Dockerfile or JSON parsers,
 * Ajv or a glob library (loadParsers).
 */
export interface Parsers {
  hcl?: HclParser;
  dockerfile?: (text: string) => ParsedDocuments;
  json?: { parse(text: string): ParsedDocuments; lenient(text: string): unknown };
  /** Compiles the JSON Schema of an in-house kind. */
  schema?: (schema: unknown) => ValidateFunction;
  /** Files matching a glob under `cwd`, never through a symbolic link (GitLab wildcard includes). */
  glob?: (pattern: string, cwd: string) => string[];
}

/** What a scan needs loaded: the formats its files are read in, in-house kinds, GitLab pipelines. */
export interface ParserNeeds {
  formats: ReadonlySet<Format | 'sniff'>;
  schemas: boolean;
  glob: boolean;
}

/** Terraform's native syntax: configuration and variable-definition files. */
export function isHclPath(rel: string): boolean {
  return /\.(tf|tfvars)$/i.test(rel);
}

/** Loads what `needs` asks for: a module the scan does not need is never initialised. YAML's parser is always there. */
export async function loadParsers(needs: ParserNeeds): Promise<Parsers> {
  const has = (f: Format) => needs.formats.has(f);
  // A file whose name says nothing is JSON or YAML by its first character.
  const json = has('json') || needs.formats.has('sniff');
  const [hcl, dockerfile, jsonModule, schema, glob] = await Promise.all([
    has('hcl') ? import('./hcl.js').then((m) => m.loadHclParser()) : undefined,
    has('dockerfile') ? import('./dockerfile.js').then((m) => m.parseDockerfile) : undefined,
    json ? import('./json.js') : undefined,
    needs.schemas ? import('../kind-schema.js').then((m) => m.compileKindSchema) : undefined,
    needs.glob ? import('../glob.js').then((m) => m.globFiles) : undefined,
  ]);
  return {
    ...(hcl ? { hcl } : {}),
    ...(dockerfile ? { dockerfile } : {}),
    ...(jsonModule ? { json: { parse: jsonModule.parseJson, lenient: jsonModule.parseLenient } } : {}),
    ...(schema ? { schema } : {}),
    ...(glob ? { glob } : {}),
  };
}

/**
 * Whether a file found in a directory is worth reading. Any `.json` might be an input (a Terraform
 * plan, a CloudFormation template, a Kubernetes manifest), but most are not (lock files, datasets,
 * tsconfig): only those whose first bytes name a top-level key of an input are read, so other JSON
 * never costs a full read or reports a problem. (A file named on the command line, or given a
 * kind in config, is always read.) `head` gives the first KiBs (from the git index for --staged),
 * or undefined when unreadable.
 */
export function worthReading(abs: string, rel: string, head: () => string | undefined = () => fileHead(abs)): boolean {
  if (!/\.json$/i.test(rel) || /\.(tf|tfvars)\.json$/i.test(rel)) return true;
  const text = head();
  // Unreadable: let the normal read report it.
  if (text === undefined) return true;
  const start = text.slice(0, HEAD_BYTES);
  return looksLikePlan(start) || /"(AWSTemplateFormatVersion|Resources|apiVersion)"\s*:/.test(start);
}

/** How much of a JSON file is looked at: the keys that say what it is come first. */
const HEAD_BYTES = 4096;

/** The first KiB of a file, or undefined when it cannot be read. */
function fileHead(abs: string): string | undefined {
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The start of `terraform show -json` output: it opens with these two keys. */
function looksLikePlan(head: string): boolean {
  return /"format_version"\s*:/.test(head) && /"terraform_version"\s*:/.test(head);
}
