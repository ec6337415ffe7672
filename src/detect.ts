import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CONFIG_NAME, type KindDecl } from './config.js';
import { excluder } from './discover.js';
import { worthReading } from './parse/files.js';

/** The parsers tollgate has: which one reads a file is decided by its name, or its kind. */
export type Format = 'yaml' | 'json' | 'dockerfile' | 'hcl';

/** How a discovered file is read: with which parser, and whether the config names its kind. */
export type Route =
  | { format: Format | 'sniff'; forced?: string }
  /** Never parsed, with the note that says why (shown in the report's file list). */
  | { skip: string };

const DOCKERFILE = /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:docker|container)file)$/i;

/** The format a file's name implies: Dockerfile names, YAML and JSON; undefined for any other. */
export function formatByName(rel: string): Format | undefined {
  const name = basename(rel);
  // Dockerfile.dockerignore is BuildKit's per-Dockerfile ignore file, not a Dockerfile.
  if (DOCKERFILE.test(name) && !/\.dockerignore$/i.test(name)) return 'dockerfile';
  if (/\.(tf|tfvars)$/i.test(name)) return 'hcl';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  return undefined;
}

/** The format of a file whose name says nothing (a kind declared in config for `*.template`). */
export function sniffFormat(text: string): Format {
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/**
 * Decides, per file and before reading it, how it is read: config first, then the file's name.
 * `fixedFormats` are the parsers of kinds whose files may have any name (Dockerfiles).
 */
export function router(kinds: readonly KindDecl[], configDir: string, root: string, fixedFormats: ReadonlyMap<string, Format> = new Map()) {
  const matchers = kinds.map((k) => ({ name: k.name, matches: excluder(k.match, configDir, root) }));
  const declared = (rel: string) => matchers.find((m) => m.matches.ignores(rel))?.name;
  return {
    /** Which files of a directory walk are read: a known name or a declared kind; JSON by its first bytes. */
    wanted: {
      byName: (rel: string) => basename(rel) !== CONFIG_NAME && (formatByName(rel) !== undefined || declared(rel) !== undefined),
      byContent: (rel: string, abs: string, head?: () => string | undefined) => declared(rel) !== undefined || worthReading(abs, rel, head),
    },
    /** The route of a file; undefined for one tollgate has no parser for. */
    route(abs: string, rel: string): Route | undefined {
      // The config itself is never an input, whatever a kind's patterns match.
      if (basename(rel) === CONFIG_NAME) return undefined;
      const forced = rel.startsWith('..') ? undefined : declared(rel);
      if (forced !== undefined) return { format: fixedFormats.get(forced) ?? formatByName(rel) ?? 'sniff', forced };
      if (isHelmTemplate(abs)) {
        return { skip: 'Helm chart template: a Go template, not YAML until rendered, and tollgate never runs helm; check the rendered manifests instead (helm template > rendered.yaml)' };
      }
      const format = formatByName(rel);
      return format ? { format } : undefined;
    },
  };
}

/** Files under a Helm chart's templates/ are Go templates, not YAML; tollgate never renders them. */
export function isHelmTemplate(abs: string): boolean {
  for (let dir = dirname(abs); dir !== dirname(dir); dir = dirname(dir)) {
    if (basename(dir) === 'templates') return existsSync(join(dirname(dir), 'Chart.yaml'));
  }
  return false;
}
