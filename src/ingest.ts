import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { PARSE_RULE, TOOL_RULES } from './catalog.js';
import type { Config } from './config.js';
import { router, sniffFormat, type Format, type Route } from './detect.js';
import type { Candidate } from './discover.js';
import { fileFinding, type Finding } from './finding.js';
import { inventory, type FileEntry } from './inventory.js';
import { fixedFormats, isInHouse, scanKinds } from './kind-config.js';
import { groupUnits, type KindContext, type ParsedFile } from './kinds.js';
import type { ParsedDocuments, SyntaxProblem } from './parse/document.js';
import { parseYaml } from './parse/yaml.js';
import { InternalError } from './errors.js';
import { loadParsers, type Parsers } from './parse/files.js';
import { GITLAB_ROOT } from './units/gitlab.js';
import { readSource, type Source } from './source.js';
import type { Unit } from './unit.js';

/** Files read, parsed and grouped into units, before any rule ran. */
export interface Ingested {
  units: Unit[];
  /** The files read and parsed, by path relative to the scan root. */
  parsed: ReadonlyMap<string, ParsedFile>;
  /** Problems of the inputs themselves: TG-PARSE, TG-SCHEMA. */
  findings: Finding[];
  /** Files that were checked or had a problem. */
  reported: Set<string>;
  /** Every file with its kind, and those skipped with a note. */
  inventory: FileEntry[];
}

const UNKNOWN_NOTE = 'not a kind tollgate knows by its path or content, so no rule checked it; declare its kind under kinds: in .tollgate.yaml';

/**
 * Reads and parses candidates along their routes, reports what cannot be read or parsed, and
 * groups the rest into units of the kinds that claim them. `policyKinds` are the kinds the policy
 * bundle has rules for (an in-house kind needs rules or a schema).
 */
export function ingest(files: readonly Candidate[], config: Config, root: string, policyKinds: readonly string[], parsers: Parsers = {}, read?: (rel: string) => Source): Ingested {
  const findings: Finding[] = [];
  const parsed = new Map<string, ParsedFile>();
  const notes: FileEntry[] = [];
  const reported = new Set<string>();
  const onRead = (rel: string, read: Read) => {
    const problems = 'problem' in read ? [read.problem] : read.errors;
    for (const p of problems) findings.push(fileFinding(PARSE_RULE, rel, p.message, p));
    if (problems.length > 0) reported.add(rel);
  };
  const kinds = scanKinds(config.kinds, policyKinds, parsers.schema);
  const routes = router(config.kinds, config.dir, root, fixedFormats());
  const looksLikeInput = (file: ParsedFile) => kinds.some((k) => k.claims(file) !== undefined);
  for (const { abs, rel, explicit } of files) {
    const route = routes.route(abs, rel);
    if (route === undefined || 'skip' in route) {
      // Files of no known kind are skipped silently, unless the user named them.
      if (route !== undefined) notes.push({ file: rel, kind: null, note: route.skip });
      else if (explicit) notes.push({ file: rel, kind: null, note: UNKNOWN_NOTE });
      continue;
    }
    const got = readFile(abs, rel, route, config.maxFileBytes, parsers, read);
    // Any JSON file is read (a template, a manifest); only one that looks like an input may fail.
    const quiet = route.format === 'json' && !explicit && route.forced === undefined && !worthReporting(abs, got, looksLikeInput, parsers);
    if (!quiet) onRead(rel, got);
    if ('file' in got) parsed.set(rel, got.file);
  }
  const { units, claims } = groupUnits([...parsed.values()], kinds, kindContext(root, parsed, config.maxFileBytes, onRead, read, parsers));
  for (const unit of units) {
    // A unit of several files (a Terraform module, a GitLab pipeline) counts each of them.
    for (const f of unit.files ?? [unit.file]) reported.add(f);
    for (const p of unit.problems ?? []) findings.push(fileFinding(TOOL_RULES.get(p.rule) ?? PARSE_RULE, p.file, p.message, p));
  }
  const claimed = new Set(claims.map((c) => c.file.rel));
  for (const f of files) if (f.explicit && parsed.has(f.rel) && !claimed.has(f.rel)) notes.push({ file: f.rel, kind: null, note: UNKNOWN_NOTE });
  return { units, parsed, findings, reported, inventory: inventory(claims, units, notes) };
}

/**
 * The parsers a scan of these files needs, loaded: decided by the files' routes, as ingest will
 * route them, and by the in-house kinds of the config.
 */
export async function parsersFor(files: readonly Candidate[], config: Config, root: string): Promise<Parsers> {
  const routes = router(config.kinds, config.dir, root, fixedFormats());
  const formats = new Set<Format | 'sniff'>();
  for (const f of files) {
    const route = routes.route(f.abs, f.rel);
    if (route !== undefined && 'format' in route) formats.add(route.format);
  }
  return loadParsers({ formats, schemas: config.kinds.some((k) => isInHouse(k.name)), glob: files.some((f) => GITLAB_ROOT.test(f.rel)) });
}

/** The parser of each format; all but YAML's must have been loaded (loadParsers). */
export function parseAs(format: Format, text: string, parsers: Parsers = {}): ParsedDocuments {
  if (format === 'yaml') return parseYaml(text);
  const parse = format === 'hcl' ? parsers.hcl?.parse : format === 'dockerfile' ? parsers.dockerfile : parsers.json?.parse;
  if (!parse) throw new InternalError(`the ${format} parser was not loaded (loadParsers)`);
  return parse(text);
}

/** What reading one file gave: the parsed file and its syntax errors, or why it has no text. */
export type Read = { file: ParsedFile; errors: Array<SyntaxProblem & { message: string }> } | { problem: SyntaxProblem };

/** What a syntax error is prefixed with; the HCL parser writes whole messages itself. */
const PREFIX: Record<Format, string> = { yaml: 'invalid YAML: ', json: 'invalid JSON: ', dockerfile: 'invalid Dockerfile: ', hcl: '' };

/** Reads and parses one file along its route; never throws on bad content. */
/** `read` reads the text elsewhere than from disk (the git index for --staged). */
export function readFile(abs: string, rel: string, route: Extract<Route, { format: unknown }>, maxBytes: number, parsers: Parsers = {}, read?: (rel: string) => Source): Read {
  const source = read ? read(rel) : readSource(abs, maxBytes);
  if ('problem' in source) return { problem: { message: source.problem, line: source.line, column: source.column } };
  const format = route.format === 'sniff' ? sniffFormat(source.text) : route.format;
  const parsed = parseAs(format, source.text, parsers);
  const file: ParsedFile = { abs, rel, format, parsed, text: source.text, ...(route.forced !== undefined ? { forced: route.forced } : {}) };
  return { file, errors: parsed.errors.map((e) => ({ ...e, message: `${PREFIX[format]}${e.message}` })) };
}

/**
 * Whether the problems of a JSON file found in a directory walk are worth a finding: only when it
 * looks like an input of some kind. A tsconfig.json with comments or a package-lock.json over the
 * size limit is no input, and failing the scan on it would be noise. A file too large to parse is
 * judged by the keys its first 64 KiB mention.
 */
export function worthReporting(abs: string, read: Read, isInput: (file: ParsedFile) => boolean, parsers: Parsers): boolean {
  if ('problem' in read) return INPUT_KEYS.test(head(abs));
  if (read.errors.length === 0) return true;
  if (!parsers.json) throw new InternalError('the json parser was not loaded (loadParsers)');
  // A lenient parse (comments, trailing commas, the part before an error) shows what it was meant to be.
  const lenient = parsers.json.lenient(read.file.text);
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
export function kindContext(root: string, known: ReadonlyMap<string, ParsedFile>, maxBytes: number, onRead: (rel: string, read: Read) => void, source?: (rel: string) => Source, parsers: Parsers = {}): KindContext {
  const cache = new Map<string, ParsedFile | string>();
  return {
    load(rel) {
      const have = known.get(rel) ?? cache.get(rel);
      if (have !== undefined) return have;
      const abs = join(root, rel);
      if (!source && isLink(abs)) return 'a symbolic link; tollgate does not follow links out of the scanned tree';
      const read = readFile(abs, rel, { format: 'yaml' }, maxBytes, {}, source);
      // A file that cannot be read is reported where it is included; one that can, at its errors.
      if ('file' in read) onRead(rel, read);
      const out = 'problem' in read ? (read.problem.message.includes('(ENOENT)') ? 'no such file' : read.problem.message) : read.file;
      cache.set(rel, out);
      return out;
    },
    glob(pattern) {
      if (!parsers.glob) throw new InternalError('the glob library was not loaded (loadParsers)');
      return parsers.glob(pattern, root);
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
