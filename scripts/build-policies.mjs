#!/usr/bin/env node
// Builds the policy bundle: opa fmt (check), opa check --strict, opa test, then opa build -t wasm
// with a capabilities file limited to builtins the WASM runtime or the JS SDK implement, and the
// rule catalog from each rule's METADATA.
// Usage: build-policies.mjs [--out <dir>] [--skip-tests] | --capabilities-out <file>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { lintRules } from './rule-lint.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const policies = join(root, 'policies');
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(policies, 'bundle');
const skipTests = args.includes('--skip-tests');

const opa = execFileSync(join(root, 'scripts', 'opa.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const run = (argv, opts = {}) => execFileSync(opa, argv, { cwd: policies, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
const fail = (message) => {
  console.error(`build-policies: ${message}`);
  process.exit(1);
};

// Kinds are the directories with an entrypoint package (main.rego).
const kinds = readdirSync(policies, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(policies, d.name, 'main.rego')))
  .map((d) => d.name)
  .sort();

if (args.includes('--capabilities-out')) {
  writeFileSync(args[args.indexOf('--capabilities-out') + 1], JSON.stringify(capabilities()));
  process.exit(0);
}

const unformatted = run(['fmt', '--list', '.']).trim();
if (unformatted) fail(`not formatted (run: ${relative(process.cwd(), opa)} fmt -w policies):\n${unformatted}`);

const tmp = mkdtempSync(join(tmpdir(), 'tollgate-build-'));
try {
  const caps = join(tmp, 'capabilities.json');
  writeFileSync(caps, JSON.stringify(capabilities()));
  const ignore = ['--ignore', 'bundle'];
  try {
    run(['check', '--strict', '--capabilities', caps, ...ignore, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    fail(`opa check failed:\n${e.stderr || e.stdout}`);
  }
  if (!skipTests) {
    try {
      run(['test', ...ignore, '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      fail(`opa test failed:\n${e.stdout}${e.stderr}`);
    }
  }

  const annotations = kinds.flatMap((k) => JSON.parse(run(['inspect', '-a', '--format', 'json', k])).annotations ?? []);
  const { catalog, problems } = lintRules(annotations, policies);
  if (problems.length) fail(`rule metadata:\n${problems.join('\n')}`);

  const tarball = join(tmp, 'bundle.tar.gz');
  const entrypoints = kinds.flatMap((k) => ['-e', `tollgate/${k}/violations`]);
  try {
    run(['build', '-t', 'wasm', '--capabilities', caps, ...entrypoints, ...ignore, '--ignore', '*_test.rego', '-o', tarball, '.'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    fail(`opa build failed:\n${e.stderr || e.stdout}`);
  }
  const files = untar(gunzipSync(readFileSync(tarball)));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'policy.wasm'), files.get('/policy.wasm'));
  writeFileSync(join(outDir, 'data.json'), JSON.stringify(JSON.parse(files.get('/data.json').toString('utf8')), null, 2) + '\n');
  writeFileSync(join(outDir, 'catalog.json'), JSON.stringify({ opaVersion: opaVersion(), kinds, rules: catalog }, null, 2) + '\n');
  console.error(`build-policies: ${catalog.length} rules, ${kinds.length} kinds -> ${relative(process.cwd(), outDir) || '.'}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

/** OPA's own capabilities, cut down to the builtins listed in scripts/wasm-builtins.json. */
function capabilities() {
  const allowed = JSON.parse(readFileSync(join(root, 'scripts', 'wasm-builtins.json'), 'utf8'));
  const names = new Set([...allowed.native, ...allowed.host, ...allowed.compiler]);
  const current = JSON.parse(run(['capabilities', '--current']));
  return { ...current, builtins: current.builtins.filter((b) => names.has(b.name)) };
}

function opaVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).tollgate.opaVersion;
}

/** The regular files of a tar archive, by member name. */
function untar(buf) {
  const files = new Map();
  for (let off = 0; off + 512 <= buf.length; ) {
    const header = buf.subarray(off, off + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    if (type === '0') files.set(name, buf.subarray(off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
