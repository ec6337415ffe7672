import type { KindSpec, ParsedFile } from '../kinds.js';
import { normalizeIntrinsics } from '../parse/cloudformation.js';
import type { DocPath } from '../position.js';
import type { Anchor, Unit } from '../unit.js';
import { isObject } from './yaml.js';

/** CloudFormation (and SAM) templates, YAML or JSON: one unit per template. */
export const cloudFormationKind: KindSpec = {
  name: 'cloudformation',
  claims: (f) => ((f.format === 'yaml' || f.format === 'json') && isTemplate(f.parsed.documents) ? 'content' : undefined),
  units: (files) => files.map(cloudFormationUnit),
};

/**
 * A template declares its format version, or has a `Resources` map with an `AWS::` type (SAM
 * templates and those without the optional version line).
 */
export function isTemplate(documents: readonly unknown[]): boolean {
  const [doc] = documents;
  if (documents.length !== 1 || !isObject(doc)) return false;
  if ('AWSTemplateFormatVersion' in doc) return true;
  const resources = doc.Resources;
  return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::'));
}

/** The unit of one template: rules see the template with every intrinsic in long form. */
export function cloudFormationUnit(file: ParsedFile): Unit {
  const { template, index, problems } = normalizeIntrinsics(file.parsed, file.text);
  return {
    kind: 'cloudformation',
    file: file.rel,
    input: template,
    index,
    pathPrefix: [0],
    narrow: file.parsed.narrow,
    anchor: (path) => resourceAnchor(template, path),
    ...(problems.length > 0 ? { problems: problems.map((p) => ({ rule: 'TG-PARSE', file: file.rel, ...p })) } : {}),
  };
}

/** Resources are addressed as `Type/LogicalId`, as in `AWS::S3::Bucket/ModelArtifacts`. */
function resourceAnchor(template: unknown, path: DocPath): Anchor {
  const [section, id, ...rest] = path;
  const resources = isObject(template) ? template.Resources : undefined;
  if (section === 'Resources' && typeof id === 'string' && isObject(resources) && isObject(resources[id])) {
    const type = resources[id].Type;
    return { resource: `${typeof type === 'string' ? type : '?'}/${id}`, node: resources[id], rest };
  }
  return { node: template, rest: path };
}
