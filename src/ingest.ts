import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import jsonc from 'jsonc-parser';
import { sniffFormat, type Format, type Route } from './detect.js';
import type { KindContext, ParsedFile } from './kinds.js';
import type { ParsedDocuments, SyntaxProblem } from './parse/document.js';
import { parseDockerfile } from './parse/dockerfile.js';
import { parseJson } from './parse/json.js';
import { parseYaml } from './parse/yaml.js';
import { readSource } from './source.js';

/** The parser of each format. */
export function parseAs(format: Format, text: string): ParsedDocuments {
  return format === 'dockerfile' ? parseDockerfile(text) : format === 'json' ? parseJson(text) : parseYaml(text);
}

/** What reading one file gave: the parsed file and its syntax errors, or why it has no text. */
export type Read = { file: ParsedFile; errors: Array<SyntaxProblem & { message: string }> } | { problem: SyntaxProblem };

const NAMES: Record<Format, string> = { yaml: 'YAML', json: 'JSON', dockerfile: 'Dockerfile' };

/** Reads and parses one file along its route; never throws on bad content. */
export function readFile(abs: string, rel: string, route: Extract<Route, { format: unknown }>, maxBytes: number): Read {
  const source = readSource(abs, maxBytes);
  if ('problem' in source) return { problem: { message: source.problem, line: source.line, column: source.column } };
  const format = route.format === 'sniff' ? sniffFormat(source.text) : route.format;
  const parsed = parseAs(format, source.text);
  const file: ParsedFile = { abs, rel, format, parsed, text: source.text, ...(route.forced !== undefined ? { forced: route.forced } : {}) };
  return { file, errors: parsed.errors.map((e) => ({ ...e, message: `invalid ${NAMES[format]}: ${e.message}` })) };
}

/**
 * Whether the problems of a JSON file found in a directory walk are worth a finding: only when it
 * looks like an input of some kind. A tsconfig.json with comments or a package-lock.json over the
 * size limit is no input, and failing the scan on it would be noise. A file too large to parse is
 * judged by the keys its first 64 KiB mention.
 */
export function worthReporting(abs: string, read: Read, isInput: (file: ParsedFile) => boolean): boolean {
  if ('problem' in read) return INPUT_KEYS.test(head(abs));
  if (read.errors.length === 0) return true;
  // A lenient parse (comments, trailing commas, the part before an error) shows what it was meant to be.
  const lenient = jsonc.parse(read.file.text, [], { allowTrailingComma: true }) as unknown;
  return isInput({ ...read.file, parsed: { ...read.file.parsed, documents: [lenient] } });
}

/** Top-level keys of the JSON inputs tollgate knows: CloudFormation, Kubernetes, Terraform plans. */
const INPUT_KEYS = /"(AWSTemplateFormatVersion|Resources|apiVersion|format_version|planned_values|resource_changes)"\s*:/;

function head(abs: string): string {
  try {
    const fd = openSync(abs, 'r');
    try {
      const buf = Buffer.alloc(64 * 1024);
      return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * The context kinds build units in: files they pull in (GitLab local includes) are taken from the
 * scan when it read them already, else read here; `onRead` hears of every file parsed here, so its
 * syntax errors are reported once.
 */
export function kindContext(root: string, known: ReadonlyMap<string, ParsedFile>, maxBytes: number, onRead: (rel: string, read: Read) => void): KindContext {
  const cache = new Map<string, ParsedFile | string>();
  return {
    load(rel) {
      const have = known.get(rel) ?? cache.get(rel);
      if (have !== undefined) return have;
      const abs = join(root, rel);
      if (isLink(abs)) return 'a symbolic link; tollgate does not follow links out of the scanned tree';
      const read = readFile(abs, rel, { format: 'yaml' }, maxBytes);
      // A file that cannot be read is reported where it is included; one that can, at its errors.
      if ('file' in read) onRead(rel, read);
      const out = 'problem' in read ? (read.problem.message.includes('(ENOENT)') ? 'no such file' : read.problem.message) : read.file;
      cache.set(rel, out);
      return out;
    },
    glob(pattern) {
      return fg.sync(pattern, { cwd: root, onlyFiles: true, followSymbolicLinks: false, dot: true, suppressErrors: true }).sort();
    },
  };
}

function isLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}
