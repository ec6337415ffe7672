// GitLab CI configuration as GitLab composes it: local includes merged, `!reference` tags,
// `extends:` and `default:` resolved. Nothing is fetched: other includes are reported unresolved.
import { posix } from 'node:path';
import type { ParsedDocuments } from '../parse/document.js';
import { annotate, child, deepMerge, mapNode, plain, without, type Node, type Path, type Source } from './tree.js';

/** A parsed file of the pipeline, by path relative to the scan root. */
export interface PipelineFile {
  rel: string;
  parsed: ParsedDocuments;
}

/** How the resolver reaches files: parsed by the scan, never outside the project. */
export interface PipelineIO {
  /** A parsed file, or why it cannot be read. */
  load(rel: string): PipelineFile | string;
  /** Files matching a glob relative to the scan root (local includes with wildcards). */
  glob(pattern: string): string[];
}

/** A problem with the position it is written at. */
export interface PipelineProblem {
  file: string;
  path: Path;
  message: string;
}

/** One `include:` entry as rules see it. */
export interface IncludeEntry {
  type: 'local' | 'remote' | 'project' | 'template' | 'component';
  location: string;
  /** Whether its content is merged into this pipeline (local includes that exist). */
  resolved: boolean;
  /** The file that includes it. */
  from: string;
}

export interface Pipeline {
  /** The composed configuration (shape in docs/inputs/gitlab_ci.md). */
  config: Node;
  includes: IncludeEntry[];
  /** Files merged in besides the root, in the order they were first included. */
  files: string[];
  /** Includes that are not local (remote, project, template, component): never fetched. */
  unresolved: Array<{ type: IncludeEntry['type']; location: string; src: Source }>;
  problems: PipelineProblem[];
}

/** Top-level keys that are not jobs. */
const GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec', 'image', 'services', 'cache', 'before_script', 'after_script']);
/** Keys a job takes from `default:` when it has none of its own. */
export const DEFAULT_KEYS = ['after_script', 'artifacts', 'before_script', 'cache', 'hooks', 'id_tokens', 'image', 'interruptible', 'retry', 'services', 'tags', 'timeout'];
/** Keys whose lists GitLab flattens, so a `!reference` to a script splices into it. */
const SCRIPT_KEYS = new Set(['script', 'before_script', 'after_script']);
/** GitLab's own limits: includes per pipeline, and depth of `extends:` and `!reference`. */
const MAX_INCLUDES = 150;
const MAX_DEPTH = 11;

/** Composes the pipeline of a root file (`.gitlab-ci.yml`). */
export function composePipeline(root: PipelineFile, io: PipelineIO): Pipeline {
  const state: Pipeline = { config: mapNode([], { file: root.rel, path: [0] }), includes: [], files: [], unresolved: [], problems: [] };
  const seen = new Set<string>([root.rel]);
  // Local includes are relative to the project root: where .gitlab-ci.yml is (a sub-project of a
  // scanned monorepo included); a custom CI file declared in config sits anywhere in the project.
  const dir = posix.dirname(root.rel);
  const projectDir = dir === '.' || posix.basename(root.rel) !== '.gitlab-ci.yml' ? '' : dir;
  const merged = withIncludes(root, io, state, seen, projectDir);
  const referenced = resolveReferences(merged, merged, state, 0, undefined);
  state.config = shape(referenced, state);
  return state;
}

/** A file's tree with its includes merged under it (the including file wins). */
function withIncludes(file: PipelineFile, io: PipelineIO, state: Pipeline, seen: Set<string>, projectDir: string): Node {
  const tree = annotate(file.parsed.documents[0] ?? {}, file.rel, file.parsed);
  if (tree.kind !== 'map') return mapNode([], tree.src);
  let base: Node | undefined;
  for (const entry of includeEntries(child(tree, 'include'))) {
    const { type, location, node } = entry;
    const where = node.src;
    if (type !== 'local') {
      state.includes.push({ type, location, resolved: false, from: file.rel });
      state.unresolved.push({ type, location, src: where });
      continue;
    }
    const pattern = localPath(location, projectDir);
    if (pattern === undefined) {
      state.includes.push({ type, location, resolved: false, from: file.rel });
      state.problems.push({ ...where, message: `local include ${JSON.stringify(location)} points outside the project; local includes are paths inside the repository` });
      continue;
    }
    const targets = /[*?[]/.test(pattern) ? io.glob(pattern).filter((f) => /\.ya?ml$/i.test(f)) : [pattern];
    if (targets.length === 0 && /[*?[]/.test(pattern)) state.problems.push({ ...where, message: `local include ${JSON.stringify(location)} matches no file` });
    for (const target of targets) {
      state.includes.push({ type, location: target === pattern ? location : target, resolved: true, from: file.rel });
      if (seen.has(target)) continue;
      if (seen.size > MAX_INCLUDES) {
        state.problems.push({ ...where, message: `more than ${MAX_INCLUDES} includes; GitLab rejects such a pipeline` });
        return tree;
      }
      seen.add(target);
      const loaded = io.load(target);
      if (typeof loaded === 'string') {
        state.includes[state.includes.length - 1]!.resolved = false;
        state.problems.push({ ...where, message: `local include ${JSON.stringify(location)}: ${loaded}` });
        continue;
      }
      state.files.push(target);
      base = deepMerge(base, withIncludes(loaded, io, state, seen, projectDir));
    }
  }
  return deepMerge(base, without(tree, ['include']));
}

/** Every `include:` entry in its forms: a string, a map, or a list of either. */
function includeEntries(node: Node | undefined): Array<{ type: IncludeEntry['type']; location: string; node: Node }> {
  if (!node) return [];
  const items = node.kind === 'seq' ? node.items : [node];
  const out: Array<{ type: IncludeEntry['type']; location: string; node: Node }> = [];
  for (const item of items) {
    if (item.kind === 'scalar' && typeof item.value === 'string') {
      out.push({ type: /^https?:\/\//i.test(item.value) ? 'remote' : 'local', location: item.value, node: item });
      continue;
    }
    for (const type of ['local', 'remote', 'template', 'component'] as const) {
      const v = child(item, type);
      if (v?.kind === 'scalar' && typeof v.value === 'string') out.push({ type, location: v.value, node: v });
    }
    const project = child(item, 'project');
    if (project?.kind === 'scalar') {
      const files = child(item, 'file');
      const names = files?.kind === 'seq' ? files.items.map((f) => String(plain(f))) : files ? [String(plain(files))] : [];
      const ref = child(item, 'ref');
      const suffix = ref ? `@${String(plain(ref))}` : '';
      for (const f of names.length > 0 ? names : ['']) out.push({ type: 'project', location: `${String(project.value)}${f ? `:${f}` : ''}${suffix}`, node: project });
    }
  }
  return out;
}

/** A local include's path relative to the scan root; undefined when it leaves the project. */
export function localPath(location: string, projectDir: string): string | undefined {
  const joined = posix.normalize(posix.join(projectDir, location.replace(/^\/+/, '')));
  if (joined.startsWith('..') || posix.isAbsolute(joined)) return undefined;
  if (projectDir && joined !== projectDir && !joined.startsWith(`${projectDir}/`)) return undefined;
  return joined;
}

/** Replaces every `!reference [job, key, ...]` by the value it names, as GitLab does. */
function resolveReferences(node: Node, config: Node, state: Pipeline, depth: number, parentKey: string | undefined): Node {
  if (node.tag === '!reference') {
    const names = node.kind === 'seq' ? node.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '')) : [];
    let target: Node | undefined = config;
    for (const n of names) target = child(target, n);
    if (!target || names.length === 0) {
      state.problems.push({ ...node.src, message: `!reference ${JSON.stringify(names)} names nothing in the pipeline; fix the job or key name` });
      return { kind: 'scalar', value: null, src: node.src };
    }
    if (depth >= MAX_DEPTH) {
      state.problems.push({ ...node.src, message: `!reference nested more than ${MAX_DEPTH} levels deep; GitLab rejects it` });
      return { kind: 'scalar', value: null, src: node.src };
    }
    return resolveReferences(target, config, state, depth + 1, parentKey);
  }
  if (node.tag !== undefined) {
    state.problems.push({ ...node.src, message: `unknown tag ${node.tag}: GitLab CI knows only !reference` });
  }
  if (node.kind === 'seq') {
    const items = node.items.map((i) => resolveReferences(i, config, state, depth, parentKey));
    // Scripts splice nested lists (a referenced script) into one list of lines.
    return { ...node, items: parentKey !== undefined && SCRIPT_KEYS.has(parentKey) ? flatten(items) : items };
  }
  if (node.kind === 'map') {
    const entries = new Map<string, Node>();
    for (const [k, v] of node.entries) entries.set(k, resolveReferences(v, config, state, depth, k));
    return { ...node, entries };
  }
  return node;
}

function flatten(items: Node[], depth = 0): Node[] {
  return items.flatMap((i) => (i.kind === 'seq' && depth < 10 ? flatten(i.items, depth + 1) : [i]));
}

/** The composed configuration: global keys, then jobs and hidden templates with extends and default applied. */
function shape(config: Node, state: Pipeline): Node {
  const src = config.src;
  const entries = config.kind === 'map' ? config.entries : new Map<string, Node>();
  const jobs = new Map<string, Node>();
  const templates = new Map<string, Node>();
  const resolved = new Map<string, Node>();
  const resolving = new Set<string>();
  const resolveJob = (name: string, node: Node): Node => {
    const done = resolved.get(name);
    if (done) return done;
    if (resolving.has(name) || resolving.size >= MAX_DEPTH) {
      state.problems.push({ ...(child(node, 'extends') ?? node).src, message: `extends of job ${JSON.stringify(name)} loops or nests more than ${MAX_DEPTH} levels` });
      return without(node, ['extends']);
    }
    resolving.add(name);
    const ext = child(node, 'extends');
    const parents = ext?.kind === 'seq' ? ext.items : ext ? [ext] : [];
    let base: Node | undefined;
    for (const p of parents) {
      const parentName = p.kind === 'scalar' ? String(p.value) : '';
      const parent = entries.get(parentName);
      if (!parent || GLOBAL_KEYS.has(parentName) || parent.kind !== 'map') {
        state.problems.push({ ...p.src, message: `job ${JSON.stringify(name)} extends ${JSON.stringify(parentName)}, which is not a job or template of this pipeline` });
        continue;
      }
      base = deepMerge(base, resolveJob(parentName, parent));
    }
    resolving.delete(name);
    const out = deepMerge(base, without(node, ['extends']));
    resolved.set(name, out);
    return out;
  };
  const defaults = defaultsOf(entries);
  for (const [name, node] of entries) {
    if (GLOBAL_KEYS.has(name) || node.kind !== 'map') continue;
    const job = resolveJob(name, node);
    if (name.startsWith('.')) templates.set(name, job);
    else jobs.set(name, withDefaults(job, defaults));
  }
  const globals = [...entries].filter(([k]) => GLOBAL_KEYS.has(k) && !['image', 'services', 'cache', 'before_script', 'after_script', 'default'].includes(k));
  return mapNode(
    [
      ...globals,
      ['default', mapNode(defaults, entries.get('default')?.src ?? src)],
      ['jobs', mapNode(jobs, src)],
      ['templates', mapNode(templates, src)],
    ],
    src,
  );
}

/** `default:` keys, and the deprecated top-level `image:`, `services:`, ... where default has none. */
function defaultsOf(entries: Map<string, Node>): Map<string, Node> {
  const out = new Map<string, Node>();
  const declared = entries.get('default');
  for (const key of DEFAULT_KEYS) {
    const v = child(declared, key) ?? entries.get(key);
    if (v) out.set(key, v);
  }
  return out;
}

/** A job with the defaults it inherits: keys it lacks, unless `inherit: default:` says otherwise. */
function withDefaults(job: Node, defaults: Map<string, Node>): Node {
  if (job.kind !== 'map') return job;
  const inherit = child(child(job, 'inherit'), 'default');
  const allowed = (key: string) => {
    if (!inherit) return true;
    if (inherit.kind === 'scalar') return inherit.value !== false;
    return inherit.kind === 'seq' && inherit.items.some((i) => i.kind === 'scalar' && i.value === key);
  };
  const entries = new Map(job.entries);
  for (const [key, value] of defaults) if (!entries.has(key) && allowed(key)) entries.set(key, value);
  return { ...job, entries };
}
