/** A source range: 1-based lines and columns, endColumn exclusive (as in SARIF). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path into a parsed document, as rules return it: keys and array indexes. */
export type DocPath = ReadonlyArray<string | number>;

/** A range plus the offsets of its text in the file, so a finding can narrow to a part of it. */
export interface Located extends Range {
  start: number;
  end: number;
  /** The file, in units made of several files (a Terraform module); otherwise the unit's file. */
  file?: string;
}

/** Maps every located path of a document to its source range. */
export type PositionIndex = Map<string, Located>;

/** The index key of a path; numbers and strings stay distinct. */
export function pathKey(path: DocPath): string {
  return JSON.stringify(path);
}
