import type { KindSpec, ParsedFile } from '../kinds.js';
import type { DocPath } from '../position.js';
import type { Anchor, Unit } from '../unit.js';

/** GitHub action metadata (`action.yml`): composite, JavaScript and Docker actions. */
export const actionMetadataKind: KindSpec = {
  name: 'github_action_metadata',
  claims: (f) => (f.format === 'yaml' && /(^|\/)action\.ya?ml$/.test(f.rel) ? 'path' : undefined),
  units: (files) => files.map(actionUnit),
};

/** The unit of one action.yml: rules see the metadata document. */
export function actionUnit(file: ParsedFile): Unit {
  const doc = file.parsed.documents[0] ?? null;
  const { index, narrow } = file.parsed;
  return { kind: 'github_action_metadata', file: file.rel, input: doc, index, pathPrefix: [0], narrow, anchor: (path) => actionAnchor(doc, path) };
}

/** A composite action's steps are its resources (`runs.steps`); anything else is the action's. */
function actionAnchor(doc: unknown, path: DocPath): Anchor {
  return { resource: path[0] === 'runs' && path[1] === 'steps' ? 'runs.steps' : 'action', node: doc, rest: path };
}
