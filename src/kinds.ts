import type { ParsedYaml } from './parse/yaml.js';
import type { Unit } from './unit.js';
import { TERRAFORM } from './units/terraform.js';
import { yamlKind, yamlUnit, type YamlKind } from './units/yaml.js';

/** A file read and parsed, before it is grouped into units. */
export interface ParsedFile {
  abs: string;
  /** Relative to the scan root, with forward slashes. */
  rel: string;
  format: 'yaml' | 'json' | 'hcl';
  parsed: ParsedYaml;
}

/** A kind of input tollgate has rules for: which files are its own, and how they form units. */
export interface KindSpec {
  name: string;
  /** Claims a parsed file, by path first and content second. */
  claims(file: ParsedFile): boolean;
  /** Groups the kind's files into units; most kinds make one unit per file. */
  units(files: readonly ParsedFile[]): Unit[];
  /**
   * Other files (relative to the root) that `rel`'s unit needs, by path alone: a Terraform module's
   * .tf files. A file checked by name brings them in as context; only the named file is reported.
   * Kinds whose units are single files leave it out.
   */
  companions?(rel: string, list: (dir: string) => string[]): string[];
}

function yamlKindSpec(name: YamlKind): KindSpec {
  return {
    name,
    claims: (f) => f.format === 'yaml' && yamlKind(f.rel, f.parsed.documents) === name,
    units: (files) => files.map((f) => yamlUnit(name, f.rel, f.parsed)),
  };
}

/** Every kind, in the order they are asked to claim a file: the first claim wins. */
export const KINDS: readonly KindSpec[] = [yamlKindSpec('github_actions'), yamlKindSpec('kubernetes'), TERRAFORM];

/** The units of a set of parsed files: each file goes to the first kind that claims it. */
export function groupUnits(files: readonly ParsedFile[], kinds: readonly KindSpec[] = KINDS): Unit[] {
  const claimed = new Map<KindSpec, ParsedFile[]>();
  for (const file of files) {
    const kind = kinds.find((k) => k.claims(file));
    if (kind) claimed.set(kind, [...(claimed.get(kind) ?? []), file]);
  }
  return kinds.flatMap((k) => k.units(claimed.get(k) ?? []));
}
