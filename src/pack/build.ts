import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as tar from 'tar';
import { BUNDLE_DIR } from '../bundle.js';
import type { Example, RuleMeta } from '../catalog.js';
import { loadConfig } from '../config.js';
import { fixtureRole, namedRules } from '../fixture/annotations.js';
import { collectFixtures, fixtureKind, readMarks } from '../fixture/run.js';
import { toPosix } from '../discover.js';
import { exampleOf } from './example.js';
import { BUILTIN_POLICIES, display, PACKAGE_ROOT, type Pack } from './layout.js';
import { lintPack, type Annotation, type FixtureKinds, type LintInput } from './lint.js';
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
  const opa = opaBinary(options.log);
  const st = stageSources(options);
  try {
    const run = (args: string[], what: string) => {
      const r = runOpa(opa, args, st.home);
      if (!r.ok) throw new BuildFailure(`${what} failed`, `${r.stdout}${r.stderr}`.replace(/[\w./-]+\.rego\b/g, st.shown).trim().split('\n'));
      return r.stdout;
    };
    const unformatted = run(['fmt', '--list', ...st.roots], 'opa fmt').trim();
    if (unformatted) {
      const dirs = options.pack ? st.packShown : 'policies';
      throw new BuildFailure(`Rego not formatted; run: ${opa} fmt -w ${dirs}`, unformatted.split('\n').map((f) => `${st.shown(f)}: not formatted`));
    }
    const caps = join(st.dir, 'capabilities.json');
    writeFileSync(caps, JSON.stringify(wasmCapabilities(opa)));
    const capsArgs = options.restrictBuiltins === false ? [] : ['--capabilities', caps];
    run(['check', '--strict', ...capsArgs, ...st.roots], 'opa check --strict');

    const inspect = (root: string) => JSON.parse(run(['inspect', '-a', '--format', 'json', root], 'opa inspect')) as Inspection;
    const kinds = readdirSync(st.home, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(st.home, d.name, 'main.rego')))
      .map((d) => d.name)
      .sort();
    const fixtures = readFixtures(options.pack?.fixtures ?? join(PACKAGE_ROOT, 'fixtures', 'rules'), options.pack ? options.base : PACKAGE_ROOT);
    const { rules, problems } = lintPack(lintInput(st, options, kinds, fixtures.kinds, inspect));
    if (problems.length > 0) throw new BuildFailure(`rule metadata: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
    if (options.tests !== false) run(['test', ...st.roots], 'opa test (the Rego unit tests)');

    const tarball = join(st.dir, 'bundle.tar.gz');
    const entrypoints = kinds.flatMap((k) => ['-e', `tollgate/${k}/violations`]);
    run(['build', '-t', 'wasm', ...capsArgs, ...entrypoints, '--ignore', 'bundle', '--ignore', '*_test.rego', '-o', tarball, ...st.roots], 'opa build');
    const files = readTarball(tarball, ['/policy.wasm', '/data.json']);
    const data = JSON.parse(String(files.get('/data.json'))) as { params?: Record<string, unknown> };
    const own = rules.map(({ files, ...r }): RuleMeta => {
      const example = fixtures.examples.get(r.id);
      const source = files.map((f) => readFileSync(st.staged(f), 'utf8')).join('\n');
      return { ...r, parameters: parametersOf(source, data.params ?? {}), ...(example ? { example } : {}) };
    });

    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, 'policy.wasm'), files.get('/policy.wasm') as Buffer);
    writeFileSync(join(options.out, 'data.json'), JSON.stringify(data, null, 2) + '\n');
    writeFileSync(join(options.out, 'catalog.json'), JSON.stringify(catalogFile(options, st, kinds, own), null, 2) + '\n');
    return { rules: own.length, kinds };
  } finally {
    rmSync(st.dir, { recursive: true, force: true });
  }
}

/** The staged copy of the sources, and the mapping between staged and shown paths. */
interface Stage {
  dir: string;
  /** Where OPA runs, on "." (and "../custom"): the names the committed built-in bundle was built with. */
  home: string;
  custom: string;
  roots: string[];
  packShown: string;
  /** A staged path as the user knows it: policies/... for a built-in file, the pack's own path for its files. */
  shown(file: string): string;
  /** The staged file of a shown path. */
  staged(shown: string): string;
}

function stageSources(options: BuildOptions): Stage {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-build-'));
  const home = join(dir, 'tollgate');
  const custom = join(dir, 'custom');
  const pack = options.pack;
  copySources(BUILTIN_POLICIES, home, { tests: pack === undefined, skip: [] });
  if (pack) copySources(pack.dir, custom, packSourceOptions(pack, options.out));
  const packShown = pack ? display(pack.dir, options.base) : '';
  return {
    dir,
    home,
    custom,
    roots: pack ? ['.', '../custom'] : ['.'],
    packShown,
    shown(file) {
      const rel = toPosix(relative(home, resolve(home, file)));
      if (rel.startsWith('../custom/')) return toPosix(join(packShown, rel.slice('../custom/'.length)));
      return rel.startsWith('../') ? file : `policies/${rel}`;
    },
    staged: (shown) => (shown.startsWith('policies/') ? join(home, shown.slice('policies/'.length)) : join(custom, relative(packShown, shown))),
  };
}

/** What the lint sees: the pack's rules (or the built-in ones), with the built-in ids and packages as taken. */
function lintInput(st: Stage, options: BuildOptions, kinds: string[], fixtures: Map<string, FixtureKinds>, inspect: (root: string) => Inspection): LintInput {
  const pack = options.pack;
  const builtin = inspect('.');
  const linted = pack ? inspect('../custom') : builtin;
  const builtinAnnotations = annotationsOf(builtin, st.shown);
  const tests = packSources(pack ? st.custom : st.home, { tests: true, skip: [] }).filter((f) => f.endsWith('_test.rego'));
  return {
    annotations: pack ? annotationsOf(linted, st.shown) : builtinAnnotations,
    packages: packagesOf(linted, st.shown),
    kinds,
    builtin: pack === undefined,
    takenIds: pack ? new Map(builtinAnnotations.map((a) => [String(a.custom?.id), `${a.file}:${a.row} (built-in)`])) : new Map(),
    takenPackages: pack ? new Map([...packagesOf(builtin, st.shown)].map(([p, files]) => [p, `${files[0]} (built-in)`])) : new Map(),
    testFiles: new Set(tests.map((f) => st.shown(pack ? `../custom/${f}` : f))),
    fixtures,
    fixturesDir: pack ? display(pack.fixtures, options.base) : 'fixtures/rules',
  };
}

/** catalog.json: a pack build keeps the committed entries of the built-in rules (their fixtures are not shipped). */
function catalogFile(options: BuildOptions, st: Stage, kinds: string[], own: RuleMeta[]): CatalogFile {
  const pack = options.pack;
  const inherited = pack ? (JSON.parse(readFileSync(join(BUNDLE_DIR, 'catalog.json'), 'utf8')) as CatalogFile).rules : [];
  return {
    opaVersion: opaVersion(),
    kinds,
    rules: [...inherited, ...own].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    ...(pack ? { pack: { dir: st.packShown, digest: sourceDigest(pack.dir, packSourceOptions(pack, options.out)) } } : {}),
  };
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
  // Kinds are detected as a scan would; a .tollgate.yaml among the fixtures declares in-house kinds.
  const defaults = loadConfig(undefined, base);
  for (const fixture of collectFixtures([dir])) {
    const read = readMarks(fixture, Number.MAX_SAFE_INTEGER);
    if ('problem' in read) continue;
    const kind = fixtureKind(fixture, defaults);
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
