import type { Detection, KindSpec } from '../kinds.js';
import type { ParsedDocuments } from '../parse/document.js';
import type { ParsedYaml } from '../parse/yaml.js';
import { pathKey, type DocPath, type PositionIndex } from '../position.js';
import type { Anchor, Unit } from '../unit.js';

/** Kinds of YAML file tollgate has rules for. */
export type YamlKind = 'kubernetes' | 'github_actions';

/** The kind spec of GitHub Actions workflows or Kubernetes manifests. */
export function yamlKindSpec(name: YamlKind): KindSpec {
  return {
    name,
    claims: (f) => (f.format === 'yaml' || (name === 'kubernetes' && f.format === 'json') ? yamlKind(f.rel, f.parsed.documents, name) : undefined),
    units: (files) => files.map((f) => yamlUnit(name, f.rel, f.parsed)),
  };
}

/** Whether a file is of `kind`, by path first and content second. */
export function yamlKind(file: string, documents: readonly unknown[], kind: YamlKind): Detection | undefined {
  if (kind === 'github_actions') {
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return 'path';
    const [first] = documents;
    return documents.length === 1 && isObject(first) && 'on' in first && isObject(first.jobs) ? 'content' : undefined;
  }
  return documents.some((d) => isObject(d) && typeof d.apiVersion === 'string' && typeof d.kind === 'string') ? 'content' : undefined;
}

/** The unit of a parsed YAML file of a known kind. */
export function yamlUnit(kind: YamlKind, file: string, parsed: ParsedYaml): Unit {
  const { narrow } = parsed;
  if (kind === 'kubernetes') {
    // A List's items are documents of their own to the rules, so every rule sees them.
    const { documents, index } = flattenLists(parsed);
    // Rules see every document of the file; their paths start with the document index.
    return { kind, file, input: documents, index, pathPrefix: [], narrow, anchor: (path) => documentAnchor(documents, path) };
  }
  const workflow = parsed.documents[0] ?? null;
  return { kind, file, input: workflow, index: parsed.index, pathPrefix: [0], narrow, anchor: (path) => workflowAnchor(workflow, path) };
}

/**
 * The documents with every `kind: List` (or `PodList`, `DeploymentList`, ...) replaced by its
 * items, and the position index moved along: item `i` of the list at `d` becomes a document.
 */
export function flattenLists(parsed: Pick<ParsedDocuments, 'documents' | 'index'>): { documents: unknown[]; index: PositionIndex } {
  const isList = (d: unknown): d is { items: unknown[] } => isObject(d) && typeof d.kind === 'string' && d.kind.endsWith('List') && Array.isArray(d.items);
  if (!parsed.documents.some(isList)) return parsed;
  const documents: unknown[] = [];
  // Where each original document (or list item) went: "d" or "d/i" -> new document index.
  const moved = new Map<string, number>();
  parsed.documents.forEach((doc, d) => {
    if (!isList(doc)) moved.set(String(d), documents.push(doc) - 1);
    else doc.items.forEach((item, i) => moved.set(`${d}/${i}`, documents.push(item) - 1));
  });
  const index: PositionIndex = new Map();
  for (const [key, at] of parsed.index) {
    const path = JSON.parse(key) as (string | number)[];
    const [d, field, i, ...rest] = path;
    const item = field === 'items' && typeof i === 'number' ? moved.get(`${String(d)}/${i}`) : undefined;
    if (item !== undefined) index.set(pathKey([item, ...rest]), at);
    else if (moved.has(String(d))) index.set(pathKey([moved.get(String(d)) as number, ...path.slice(1)]), at);
  }
  return { documents, index };
}

/** Documents with `kind` and `metadata` (Kubernetes, Backstage) are addressed as `Kind/namespace/name`. */
export function documentAnchor(documents: readonly unknown[], path: DocPath): Anchor {
  const [d, ...rest] = path;
  const doc = typeof d === 'number' ? documents[d] : undefined;
  if (!isObject(doc)) return { node: documents, rest: path };
  const meta = isObject(doc.metadata) ? doc.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '?';
  const resource = [String(doc.kind), ...(typeof meta.namespace === 'string' ? [meta.namespace] : []), name].join('/');
  return { resource, node: doc, rest };
}

function workflowAnchor(workflow: unknown, path: DocPath): Anchor {
  const [first, job, ...rest] = path;
  const jobs = isObject(workflow) ? workflow.jobs : undefined;
  if (first === 'jobs' && typeof job === 'string' && isObject(jobs)) return { resource: `jobs.${job}`, node: jobs[job], rest };
  return { resource: 'workflow', node: workflow, rest: path };
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
