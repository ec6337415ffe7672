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
  /** Every file of a unit made of several (a Terraform module); index ranges then name their file. */
  files?: readonly string[];
  /** The document the rules see as `input`. */
  input: unknown;
  /** Positions of the file's nodes; rule paths are looked up under `pathPrefix`. */
  index: PositionIndex;
  pathPrefix: DocPath;
  anchor(path: DocPath): Anchor;
  /** The exact place of `snippet` (a rule's `params.snippet`) inside a located node, if found there. */
  narrow(within: Located, snippet: string): Range | undefined;
}
