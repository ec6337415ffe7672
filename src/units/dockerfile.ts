import type { KindSpec, ParsedFile } from '../kinds.js';
import type { DocPath } from '../position.js';
import type { Anchor, Unit } from '../unit.js';
import { isObject } from './yaml.js';

/** Dockerfiles and Containerfiles, by name: one unit per file. */
export const dockerfileKind: KindSpec = {
  name: 'dockerfile',
  format: 'dockerfile',
  claims: (f) => (f.format === 'dockerfile' ? 'path' : undefined),
  units: (files) => files.map(dockerfileUnit),
};

/** The unit of one Dockerfile: rules see `{args, stages}` (docs/inputs/dockerfile.md). */
export function dockerfileUnit(file: ParsedFile): Unit {
  const doc = file.parsed.documents[0] ?? null;
  return { kind: 'dockerfile', file: file.rel, input: doc, index: file.parsed.index, pathPrefix: [0], narrow: file.parsed.narrow, anchor: (path) => stageAnchor(doc, path) };
}

/** Stages are addressed by name, else by position: `stage build`, `stage 2`. */
function stageAnchor(doc: unknown, path: DocPath): Anchor {
  const [section, i, ...rest] = path;
  const stages = isObject(doc) && Array.isArray(doc.stages) ? (doc.stages as unknown[]) : [];
  const stage = section === 'stages' && typeof i === 'number' ? stages[i] : undefined;
  if (isObject(stage)) return { resource: `stage ${typeof stage.name === 'string' ? stage.name : String(i)}`, node: stage, rest };
  return { node: doc, rest: path };
}
