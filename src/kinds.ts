import type { Format } from './detect.js';
import type { ParsedDocuments } from './parse/document.js';
import type { Unit } from './unit.js';
import { backstageKind } from './units/backstage.js';
import { cloudFormationKind } from './units/cloudformation.js';
import { dockerfileKind } from './units/dockerfile.js';
import { actionMetadataKind } from './units/github-action.js';
import { gitlabKind } from './units/gitlab.js';
import { TERRAFORM } from './units/terraform.js';
import { yamlKindSpec } from './units/yaml.js';

/** A file read and parsed, before it is grouped into units. */
export interface ParsedFile {
  abs: string;
  /** Relative to the scan root, with forward slashes. */
  rel: string;
  format: Format;
  parsed: ParsedDocuments;
  text: string;
  /** The kind the config's `kinds:` gives the file, over detection. */
  forced?: string;
}

/** How a kind recognised a file: by its path, or by what it holds. */
export type Detection = 'path' | 'content';

/** What a kind may need from outside while building units: files it pulls in (GitLab includes). */
export interface KindContext {
  /** Reads and parses a file by its path relative to the scan root; a string says why it cannot. */
  load(rel: string): ParsedFile | string;
  /** Files matching a glob relative to the scan root, never through a symbolic link. */
  glob(pattern: string): string[];
}

/** A kind of input tollgate has rules for: which files are its own, and how they form units. */
export interface KindSpec {
  name: string;
  /** The parser its files need whatever their name; undefined: the name decides. */
  format?: Format;
  /** Claims a parsed file, by path first and content second. */
  claims(file: ParsedFile): Detection | undefined;
  /** Groups the kind's files into units; most kinds make one unit per file. */
  units(files: readonly ParsedFile[], ctx: KindContext): Unit[];
  /**
   * Other files (relative to the root) that `rel`'s unit needs, by path alone: a Terraform module's
   * .tf files. A file checked by name brings them in as context; only the named file is reported.
   * Kinds whose units are single files leave it out.
   */
  companions?(rel: string, list: (dir: string) => string[]): string[];
}

/** Every built-in kind, in the order they are asked to claim a file: the first claim wins. */
export const KINDS: readonly KindSpec[] = [
  dockerfileKind,
  // Terraform by path (.tf, .tfvars, .tf.json) and plan JSON by content; one unit per module directory.
  TERRAFORM,
  gitlabKind,
  yamlKindSpec('github_actions'),
  actionMetadataKind,
  backstageKind,
  cloudFormationKind,
  // Last: any YAML with apiVersion and kind is Kubernetes unless a kind above knew it better.
  yamlKindSpec('kubernetes'),
];

/** A file and the kind that took it. */
export interface Claim {
  file: ParsedFile;
  kind: string;
  detectedBy: Detection | 'config';
}

/** The units of a set of parsed files: each file goes to its forced kind, else the first that claims it. */
export function groupUnits(files: readonly ParsedFile[], kinds: readonly KindSpec[], ctx: KindContext): { units: Unit[]; claims: Claim[] } {
  const claimed = new Map<KindSpec, ParsedFile[]>();
  const claims: Claim[] = [];
  for (const file of files) {
    let kind: KindSpec | undefined;
    let detectedBy: Claim['detectedBy'] | undefined;
    if (file.forced !== undefined) {
      kind = kinds.find((k) => k.name === file.forced);
      detectedBy = 'config';
    } else {
      for (const k of kinds) {
        detectedBy = k.claims(file);
        if (detectedBy) {
          kind = k;
          break;
        }
      }
    }
    if (!kind || !detectedBy) continue;
    const own = claimed.get(kind) ?? [];
    own.push(file);
    claimed.set(kind, own);
    claims.push({ file, kind: kind.name, detectedBy });
  }
  return { units: kinds.flatMap((k) => k.units(claimed.get(k) ?? [], ctx)), claims };
}
