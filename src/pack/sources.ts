import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { toPosix } from '../discover.js';

/** Which files of a pack the build reads. */
export interface SourceOptions {
  /** Include *_test.rego. */
  tests: boolean;
  /** Absolute paths left out (the output bundle, the fixtures). */
  skip: readonly string[];
}

/**
 * The Rego files and data.json documents of a pack, relative and sorted; bundles, fixtures,
 * node_modules and hidden entries are never sources.
 */
export function packSources(dir: string, options: SourceOptions): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.name.startsWith('.') || options.skip.includes(abs)) continue;
      if (e.isDirectory()) {
        if (!['bundle', 'fixtures', 'node_modules'].includes(e.name)) walk(abs);
      } else if (e.isFile() && ((e.name.endsWith('.rego') && (options.tests || !e.name.endsWith('_test.rego'))) || e.name === 'data.json')) {
        out.push(toPosix(relative(dir, abs)));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Copies the sources of `from` to `to`, keeping their relative paths. */
export function copySources(from: string, to: string, options: SourceOptions): void {
  mkdirSync(to, { recursive: true });
  for (const rel of packSources(from, options)) {
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    copyFileSync(join(from, rel), join(to, rel));
  }
}

/** A digest of a pack's sources (names and bytes), recorded in the bundle so a stale bundle is noticed. */
export function sourceDigest(dir: string, options: SourceOptions): string {
  const hash = createHash('sha256');
  for (const rel of packSources(dir, options)) hash.update(rel).update('\0').update(readFileSync(join(dir, rel))).update('\0');
  return hash.digest('hex');
}

/** The source digest a bundle was built from, if it was built from a pack. */
export function bundleDigest(bundleDir: string): string | undefined {
  const file = join(bundleDir, 'catalog.json');
  if (!existsSync(file)) return undefined;
  const digest = (JSON.parse(readFileSync(file, 'utf8')) as { pack?: { digest?: unknown } }).pack?.digest;
  return typeof digest === 'string' ? digest : undefined;
}
