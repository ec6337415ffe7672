import type { ParsedYaml } from '../parse/yaml.js';
import type { DocPath } from '../position.js';
import type { Anchor, Unit } from '../unit.js';

/** Kinds of YAML file tollgate has rules for. */
export type YamlKind = 'kubernetes' | 'github_actions';

/**
 * The kind of a YAML file, by path first and content second; undefined for YAML tollgate has no
 * rules for (it is not scanned).
 */
export function yamlKind(file: string, documents: readonly unknown[]): YamlKind | undefined {
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return 'github_actions';
  const [first] = documents;
  if (documents.length === 1 && isObject(first) && 'on' in first && isObject(first.jobs)) return 'github_actions';
  if (documents.some((d) => isObject(d) && typeof d.apiVersion === 'string' && typeof d.kind === 'string')) return 'kubernetes';
  return undefined;
}

/** The unit of a parsed YAML file of a known kind. */
export function yamlUnit(kind: YamlKind, file: string, parsed: ParsedYaml): Unit {
  const { documents, index, narrow } = parsed;
  if (kind === 'kubernetes') {
    // Rules see every document of the file; their paths start with the document index.
    return { kind, file, input: documents, index, pathPrefix: [], narrow, anchor: (path) => kubernetesAnchor(documents, path) };
  }
  const workflow = documents[0] ?? null;
  return { kind, file, input: workflow, index, pathPrefix: [0], narrow, anchor: (path) => workflowAnchor(workflow, path) };
}

function kubernetesAnchor(documents: readonly unknown[], path: DocPath): Anchor {
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
