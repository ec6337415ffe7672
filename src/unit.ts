import type { DocPath, Located, PositionIndex, Range } from './position.js';

/** Where a rule path lands: the resource it belongs to, and the rest of the path inside it. */
export interface Anchor {
  /** A stable, human-readable address such as `Deployment/ml/trainer` or `jobs.build`. */
  resource?: string;
  /** The document value the rest of the path starts from. */
  node: unknown;
  rest: DocPath;
}

/** What one entrypoint evaluates at once: a file, or a Terraform module directory. */
export interface Unit {
  kind: string;
  /** File the unit came from, relative to the scan root, with forward slashes (a Terraform module: its directory). */
  file: string;
  /** Every file of a unit made of several (a Terraform module, a GitLab pipeline and its local includes); index ranges then name their file. */
  files?: readonly string[];
  /** The document the rules see as `input`. */
  input: unknown;
  /** Positions of the file's nodes; rule paths are looked up under `pathPrefix`. */
  index: PositionIndex;
  pathPrefix: DocPath;
  anchor(path: DocPath): Anchor;
  /** Problems met while building the unit, reported as findings of tollgate's own rules. */
  problems?: UnitProblem[];
  /** References the unit could not follow without fetching (GitLab remote includes). */
  unresolved?: Unresolved[];
  /** The exact place of `snippet` (a rule's `params.snippet`) inside a located node, if found there. */
  narrow(within: Located, snippet: string): Range | undefined;
}

/** A problem of the input itself (an unknown tag, a missing include, a schema error). */
export interface UnitProblem {
  /** Id of one of tollgate's own rules: TG-PARSE or TG-SCHEMA. */
  rule: string;
  file: string;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Something a unit refers to that tollgate does not fetch, with where the reference is written. */
export interface Unresolved {
  /** What kind of reference: for GitLab, the include type (remote, project, template, component). */
  type: string;
  /** The reference as written: a URL, a project path and file, a template name. */
  location: string;
  file: string;
  line: number;
  column: number;
}
