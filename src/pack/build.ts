import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as tar from 'tar';
import { BUNDLE_DIR } from '../bundle.js';
import type { Example, RuleMeta } from '../catalog.js';
import { fixtureRole, namedRules } from '../fixture/annotations.js';
import { collectFixtures, fixtureKind, readMarks } from '../fixture/run.js';
import { toPosix } from '../discover.js';
import { exampleOf } from './example.js';
import { BUILTIN_POLICIES, display, PACKAGE_ROOT, type Pack } from './layout.js';
import { lintPack, type Annotation, type FixtureKinds } from './lint.js';
import { opaBinary, opaVersion, runOpa, wasmCapabilities } from './opa.js';
import { parametersOf } from './params.js';
import { copySources, packSources, sourceDigest, type SourceOptions } from './sources.js';

/** What to build, where to, and how strictly. */
export interface BuildOptions {
  /** An organisation's pack to compile with the built-in rules; without one, the built-in bundle. */
  pack?: Pack;
  /** Directory to write policy.wasm, data.json and catalog.json to. */
  out: string;
  /** Pack paths in messages and in the catalog are relative to this directory. */
  base: string;
  /** Run the Rego unit tests (opa test); default true. */
  tests?: boolean;
  /**
   * Allow only the builtins the WASM runtime and the JS SDK implement (default true). Only the
   * parity experiment turns it off, to prove the fixtures catch what the restriction prevents.
   */
  restrictBuiltins?: boolean;
  log?: (line: string) => void;
}

/** The policies do not build: `details` are the problems, one per line, with file:line. */
export class BuildFailure extends Error {
  override readonly name = 'BuildFailure';
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

/** Catalog of a bundle: what catalog.json holds. */
export interface CatalogFile {
  opaVersion: string;
  kinds: string[];
  rules: RuleMeta[];
  /** For a pack build: the pack, and the digest of the sources the bundle was built from. */
  pack?: { dir: string; digest: string };
}

/** The sources of a pack that a build reads: everything but its fixtures and the bundle it writes. */
export function packSourceOptions(pack: Pack, out: string): SourceOptions {
  return { tests: true, skip: [resolve(out), pack.fixtures] };
}

/**
 * Builds a bundle: opa fmt (check), opa check --strict, the metadata lint (with the fixture
 * coverage), opa test, then opa build -t wasm, all with the pinned OPA on a staged copy of the
 * sources so that the compiled file names, and so the bytes, do not depend on where things are.
 */
export function buildPolicies(options: BuildOptions): { rules: number; kinds: string[] } {
  const log = options.log ?? (() => {});
  const opa = opaBinary(log);
  const stage = mkdtempSync(join(tmpdir(), 'tollgate-build-'));
  try {
    // OPA runs in home/ on "." (and "../custom"): the names the committed built-in bundle was built with.
    const home = join(stage, 'tollgate');
    const custom = join(stage, 'custom');
    const pack = options.pack;
    copySources(BUILTIN_POLICIES, home, { tests: pack === undefined, skip: [] });
    const packOptions = pack ? packSourceOptions(pack, options.out) : undefined;
    if (pack && packOptions) copySources(pack.dir, custom, packOptions);
    const roots = pack ? ['.', '../custom'] : ['.'];
    const packShown = pack ? display(pack.dir, options.base) : '';
    // Staged paths as the user knows them: policies/... for the built-in rules, the pack's own path for its files.
    const shown = (file: string): string => {
      const rel = toPosix(relative(home, resolve(home, file)));
      if (rel.startsWith('../custom/')) return toPosix(join(packShown, rel.slice('../custom/'.length)));
      return rel.startsWith('../') ? file : `policies/${rel}`;
    };
    const opaOut = (text: string) => text.replace(/[\w./-]+\.rego\b/g, shown);
    const run = (args: string[], what: string) => {
      const r = runOpa(opa, args, home);
      if (!r.ok) throw new BuildFailure(`${what} failed`, opaOut(`${r.stdout}${r.stderr}`).trim().split('\n'));
      return r.stdout;
    };

    const unformatted = run(['fmt', '--list', ...roots], 'opa fmt').trim();
    if (unformatted) {
      const dirs = pack ? packShown : 'policies';
      throw new BuildFailure(`Rego not formatted; run: ${opa} fmt -w ${dirs}`, unformatted.split('\n').map((f) => `${shown(f)}: not formatted`));
    }
    const caps = join(stage, 'capabilities.json');
    writeFileSync(caps, JSON.stringify(wasmCapabilities(opa)));
    const capsArgs = options.restrictBuiltins === false ? [] : ['--capabilities', caps];
    run(['check', '--strict', ...capsArgs, ...roots], 'opa check --strict');

    const inspect = (root: string) => JSON.parse(run(['inspect', '-a', '--format', 'json', root], 'opa inspect')) as Inspection;
    const builtin = inspect('.');
    const kinds = readdirSync(home, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(home, d.name, 'main.rego')))
      .map((d) => d.name)
      .sort();
    const linted = pack ? inspect('../custom') : builtin;
    const fixtures = readFixtures(pack?.fixtures ?? join(PACKAGE_ROOT, 'fixtures', 'rules'), pack ? options.base : PACKAGE_ROOT);
    const builtinAnnotations = annotationsOf(builtin, shown);
    const { rules, problems } = lintPack({
      annotations: pack ? annotationsOf(linted, shown) : builtinAnnotations,
      packages: packagesOf(linted, shown),
      kinds,
      builtin: pack === undefined,
      takenIds: pack ? new Map(builtinAnnotations.map((a) => [String(a.custom?.id), `${a.file}:${a.row} (built-in)`])) : new Map(),
      takenPackages: pack ? new Map([...packagesOf(builtin, shown)].map(([p, files]) => [p, `${files[0]} (built-in)`])) : new Map(),
      testFiles: new Set(packSources(pack ? custom : home, { tests: true, skip: [] }).map((f) => shown(pack ? `../custom/${f}` : f)).filter((f) => f.endsWith('_test.rego'))),
      fixtures: fixtures.kinds,
      fixturesDir: pack ? display(pack.fixtures, options.base) : 'fixtures/rules',
    });
    if (problems.length > 0) throw new BuildFailure(`rule metadata: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
    if (options.tests !== false) run(['test', ...roots], 'opa test (the Rego unit tests)');

    const tarball = join(stage, 'bundle.tar.gz');
    const entrypoints = kinds.flatMap((k) => ['-e', `tollgate/${k}/violations`]);
    run(['build', '-t', 'wasm', ...capsArgs, ...entrypoints, '--ignore', 'bundle', '--ignore', '*_test.rego', '-o', tarball, ...roots], 'opa build');
    const files = readTarball(tarball, ['/policy.wasm', '/data.json']);
    const data = JSON.parse(String(files.get('/data.json'))) as { params?: Record<string, unknown> };

    const sourceOf = (rule: { source: string }) => readFileSync(pack && !rule.source.startsWith('policies/') ? join(custom, relative(packShown, rule.source)) : join(home, rule.source.slice('policies/'.length)), 'utf8');
    const own = rules.map((r): RuleMeta => {
      const example = fixtures.examples.get(r.id);
      return { ...r, parameters: parametersOf(sourceOf(r), data.params ?? {}), ...(example ? { example } : {}) };
    });
    // The built-in rules of a pack build keep their committed entries (their fixtures are not shipped).
    const inherited = pack ? (JSON.parse(readFileSync(join(BUNDLE_DIR, 'catalog.json'), 'utf8')) as CatalogFile).rules : [];
    const catalog: CatalogFile = {
      opaVersion: opaVersion(),
      kinds,
      rules: [...inherited, ...own].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
      ...(pack && packOptions ? { pack: { dir: packShown, digest: sourceDigest(pack.dir, packOptions) } } : {}),
    };

    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, 'policy.wasm'), files.get('/policy.wasm') as Buffer);
    writeFileSync(join(options.out, 'data.json'), JSON.stringify(data, null, 2) + '\n');
    writeFileSync(join(options.out, 'catalog.json'), JSON.stringify(catalog, null, 2) + '\n');
    return { rules: own.length, kinds };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The named members of an OPA bundle (their names start with "/"); a missing one is a build failure. */
function readTarball(file: string, names: readonly string[]): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  tar.t({
    file,
    sync: true,
    onReadEntry: (entry) => {
      if (!names.includes(entry.path)) return entry.resume();
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => found.set(entry.path, Buffer.concat(chunks)));
    },
  });
  const missing = names.filter((n) => !found.has(n));
  if (missing.length > 0) throw new BuildFailure(`opa build wrote no ${missing.join(', ')}`, []);
  return found;
}

interface Inspection {
  namespaces?: Record<string, string[]>;
  annotations?: Array<{
    location: { file: string; row: number };
    path: Array<{ value: string }>;
    annotations: { scope?: string; title?: string; description?: string; custom?: Record<string, unknown> };
  }>;
}

function annotationsOf(inspection: Inspection, shown: (f: string) => string): Annotation[] {
  return (inspection.annotations ?? [])
    .filter((a) => a.annotations.scope === 'package')
    .map((a) => ({
      file: shown(a.location.file),
      row: a.location.row,
      path: a.path.slice(1).map((p) => String(p.value)),
      ...(a.annotations.title !== undefined ? { title: a.annotations.title } : {}),
      ...(a.annotations.description !== undefined ? { description: a.annotations.description } : {}),
      ...(a.annotations.custom !== undefined ? { custom: a.annotations.custom } : {}),
    }));
}

/** Packages defined by Rego files (data documents left out), dotted without `data.`. */
function packagesOf(inspection: Inspection, shown: (f: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [ns, files] of Object.entries(inspection.namespaces ?? {})) {
    const rego = files.filter((f) => f.endsWith('.rego')).map(shown).sort();
    if (rego.length > 0) out.set(ns.replace(/^data\./, ''), rego);
  }
  return out;
}

/** Which kinds of failing and passing fixture each rule has, and its example from the first failing one. */
function readFixtures(dir: string, base: string): { kinds: Map<string, FixtureKinds>; examples: Map<string, Example> } {
  const kinds = new Map<string, FixtureKinds>();
  const examples = new Map<string, Example>();
  if (!existsSync(dir)) return { kinds, examples };
  for (const fixture of collectFixtures([dir])) {
    const read = readMarks(fixture, Number.MAX_SAFE_INTEGER);
    if ('problem' in read) continue;
    const kind = fixtureKind(fixture.file, read.text);
    const file = display(fixture.abs, base);
    for (const rule of namedRules(read.marks)) {
      const role = fixtureRole(read.marks, rule);
      if (role === undefined || kind === undefined) continue;
      if (!kinds.has(rule)) kinds.set(rule, { failing: new Set(), passing: new Set() });
      kinds.get(rule)?.[role].add(kind);
      const first = read.marks.find((m) => m.rule === rule && m.type === 'expect');
      if (first && !examples.has(rule)) examples.set(rule, exampleOf(file, read.text, first.line, rule));
    }
  }
  return { kinds, examples };
}
