import type { KindSpec, ParsedFile } from '../kinds.js';
import type { Unit } from '../unit.js';
import { documentAnchor, isObject } from './yaml.js';

/** Backstage catalog entities and scaffolder templates: one unit per file, every document in it. */
export const backstageKind: KindSpec = {
  name: 'backstage',
  claims: (f) => {
    if (f.format !== 'yaml') return undefined;
    if (/(^|\/)catalog-info\.ya?ml$/.test(f.rel)) return 'path';
    return f.parsed.documents.some(isBackstageDocument) ? 'content' : undefined;
  },
  units: (files) => files.map(backstageUnit),
};

/** Backstage's API groups: `backstage.io/v1alpha1` entities, `scaffolder.backstage.io/v1beta3` templates. */
export function isBackstageDocument(doc: unknown): boolean {
  return isObject(doc) && typeof doc.apiVersion === 'string' && /^([a-z0-9-]+\.)?backstage\.io\//.test(doc.apiVersion) && typeof doc.kind === 'string';
}

/** The unit of one catalog file: rules see the array of its documents, as for Kubernetes. */
export function backstageUnit(file: ParsedFile): Unit {
  const { documents, index, narrow } = file.parsed;
  return { kind: 'backstage', file: file.rel, input: documents, index, pathPrefix: [], narrow, anchor: (path) => documentAnchor(documents, path) };
}
