import { closeSync, openSync, readSync } from 'node:fs';
import { InternalError } from '../errors.js';
import type { ParsedFile } from '../kinds.js';
import { loadHclParser, type HclParser } from './hcl.js';
import { parseJson } from './json.js';
import { parseYaml } from './yaml.js';

/** Parsers that need loading before use; only those a scan's files need are loaded. */
export interface Parsers {
  hcl?: HclParser;
}

/** Terraform's native syntax: configuration and variable-definition files. */
export function isHclPath(rel: string): boolean {
  return /\.(tf|tfvars)$/i.test(rel);
}

/** Loads the parsers a set of files needs: web-tree-sitter only when a `.tf`/`.tfvars` is among them. */
export async function loadParsers(files: ReadonlyArray<{ rel: string }>): Promise<Parsers> {
  return files.some((f) => isHclPath(f.rel)) ? { hcl: await loadHclParser() } : {};
}

/**
 * Whether a file found in a directory is worth reading. Any `.json` might be a Terraform plan, but
 * most are not (lock files, datasets, notebooks): only those whose first bytes look like
 * `terraform show -json` output are read, so other JSON never costs a full read or reports a
 * problem. (A file named on the command line is always read.) `head` gives the first KiB (from the
 * git index for --staged), or undefined when unreadable.
 */
export function worthReading(abs: string, rel: string, head: () => string | undefined = () => fileHead(abs)): boolean {
  if (!/\.json$/i.test(rel) || /\.(tf|tfvars)\.json$/i.test(rel)) return true;
  const text = head();
  // Unreadable: let the normal read report it.
  return text === undefined || looksLikePlan(text.slice(0, 1024));
}

/** The first KiB of a file, or undefined when it cannot be read. */
function fileHead(abs: string): string | undefined {
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(1024);
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

/** Parses a file's text with the parser its name calls for; syntax errors are in `parsed.errors`, with messages ready to show. */
export function parseFile(abs: string, rel: string, text: string, parsers: Parsers): ParsedFile {
  if (isHclPath(rel)) {
    if (!parsers.hcl) throw new InternalError(`${rel}: the HCL parser was not loaded (loadParsers)`);
    return { abs, rel, format: 'hcl', parsed: parsers.hcl.parse(text) };
  }
  // Other JSON stays with the YAML parser, which reads JSON too (a Kubernetes manifest, say).
  if (/\.json$/i.test(rel) && (/\.(tf|tfvars)\.json$/i.test(rel) || looksLikePlan(text.slice(0, 1024)))) {
    const parsed = parseJson(text);
    return { abs, rel, format: 'json', parsed: { ...parsed, errors: parsed.errors.map((e) => ({ ...e, message: `invalid JSON: ${e.message}` })) } };
  }
  const parsed = parseYaml(text);
  return { abs, rel, format: 'yaml', parsed: { ...parsed, errors: parsed.errors.map((e) => ({ ...e, message: `invalid YAML: ${e.message}` })) } };
}
