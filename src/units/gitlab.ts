import { composePipeline, type PipelineFile } from '../gitlab/pipeline.js';
import { locateTree, plain } from '../gitlab/tree.js';
import type { KindContext, KindSpec, ParsedFile } from '../kinds.js';
import { locate } from '../locate.js';
import { pathKey, type DocPath, type PositionIndex } from '../position.js';
import type { Anchor, Unit, UnitProblem, Unresolved } from '../unit.js';
import { isObject } from './yaml.js';

/** The root file of a GitLab pipeline, by path. */
export const GITLAB_ROOT = /(^|\/)\.gitlab-ci\.ya?ml$/;

/** GitLab CI pipelines: `.gitlab-ci.yml` with its local includes, one unit per pipeline. */
export const gitlabKind: KindSpec = {
  name: 'gitlab_ci',
  claims: (f) => (f.format === 'yaml' && GITLAB_ROOT.test(f.rel) ? 'path' : undefined),
  units: (files, ctx) => files.map((f) => gitlabUnit(f, ctx)),
};

/** The unit of one pipeline: rules see the composed configuration (docs/inputs/gitlab_ci.md). */
export function gitlabUnit(root: ParsedFile, ctx: KindContext): Unit {
  const files = new Map<string, PipelineFile>([[root.rel, root]]);
  const pipeline = composePipeline(root, {
    load: (rel) => {
      const f = ctx.load(rel);
      if (typeof f !== 'string') files.set(rel, f);
      return f;
    },
    glob: (pattern) => ctx.glob(pattern),
  });
  const indexOf = (file: string) => files.get(file)?.parsed.index;
  const index = locateTree(pipeline.config, [0], indexOf, new Map());
  const rootInclude = root.parsed.index.get(pathKey([0, 'include']));
  if (rootInclude) index.set(pathKey([0, 'include']), rootInclude);
  const input = { ...(plain(pipeline.config) as Record<string, unknown>), include: pipeline.includes };
  // A problem with a tagged node (`!reference`) is shown at its tag.
  const where = (file: string, path: DocPath) => {
    const parsed = files.get(file)?.parsed;
    return parsed?.tags?.get(pathKey(path))?.at ?? (parsed && locate(parsed.index, path)) ?? { line: 1, column: 1 };
  };
  const problems: UnitProblem[] = pipeline.problems.map((p) => {
    const at = where(p.file, p.path);
    return { rule: 'TG-PARSE', file: p.file, message: p.message, line: at.line, column: at.column };
  });
  const unresolved: Unresolved[] = pipeline.unresolved.map((u) => {
    const at = where(u.src.file, u.src.path);
    return { type: u.type, location: u.location, file: u.src.file, line: at.line, column: at.column };
  });
  return {
    kind: 'gitlab_ci',
    file: root.rel,
    input,
    index,
    pathPrefix: [0],
    // A finding may land in an included file: narrow inside that file's text.
    narrow: (within, snippet) => (files.get(within.file ?? root.rel) ?? root).parsed.narrow(within, snippet),
    anchor: (path) => jobAnchor(input, path),
    ...(pipeline.files.length > 0 ? { files: [root.rel, ...pipeline.files] } : {}),
    ...(problems.length > 0 ? { problems } : {}),
    ...(unresolved.length > 0 ? { unresolved } : {}),
  };
}

/** Jobs are addressed as `jobs.<name>`, as for GitHub Actions. */
function jobAnchor(input: Record<string, unknown>, path: DocPath): Anchor {
  const [section, name, ...rest] = path;
  const group = input[section as string];
  if ((section === 'jobs' || section === 'templates') && typeof name === 'string' && isObject(group)) {
    return { resource: `${section}.${name}`, node: group[name], rest };
  }
  return { resource: 'pipeline', node: input, rest: path };
}
