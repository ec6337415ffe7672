// bin/ (tollgate.cjs, the bundle cli.cjs and the parser's WebAssembly) is what installs run
// (pre-commit installs from git without building), so it is committed; rebuilding it from src/ must
// reproduce it byte for byte.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';
import { fillRule, orgRepo } from './helpers/pack.js';

describe('CLI bundle', () => {
  it('is rebuilt identically from the sources, executable and bundle', () => {
    const out = mkdtempSync(join(tmpdir(), 'tollgate-cli-'));
    execFileSync(process.execPath, ['scripts/build-cli.mjs', '--outdir', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const fresh = readdirSync(out).sort();
    expect(fresh).toEqual(['cli.cjs', 'tollgate.cjs', 'tree-sitter-terraform.wasm', 'web-tree-sitter.wasm']);
    expect(readdirSync('bin').sort(), 'bin/ holds other files than a fresh build: run npm run build and commit bin/').toEqual(fresh);
    for (const name of fresh) expect(readFileSync(join(out, name)).equals(readFileSync(join('bin', name))), `bin/${name} is stale: run npm run build and commit bin/`).toBe(true);
  });

  it('runs with no node_modules beside it: check (YAML and Terraform), a config validated without ajv, and test', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'tollgate-pkg-'));
    for (const part of ['bin', 'policies/bundle', 'schema']) cpSync(part, join(pkg, part), { recursive: true });
    const dir = tempRepo({ 'pod.yaml': PRIVILEGED_POD, '.tollgate.yaml': 'failOn: critical\n', 'infra/main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "ml-data"\n}\n' });
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [join(pkg, 'bin/tollgate.cjs'), ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout + err.stderr };
      }
    };
    const ok = run(['check', '--format', 'json']);
    expect(ok.code).toBe(0);
    const findings = JSON.parse(ok.out).findings as { rule: string; file: string; line: number }[];
    expect(findings.find((f) => f.file === 'pod.yaml')).toMatchObject({ rule: 'TG-K8S-001', line: 12 });
    // Terraform goes through the HCL parser's WebAssembly, copied beside the bundle.
    expect(findings.filter((f) => f.rule === 'TG-AWS-001')).toEqual([expect.objectContaining({ file: 'infra/main.tf', line: 1 })]);
    const bad = run(['check', '--config', join(dir, 'bad.yaml')]);
    expect(bad.out).toMatch(/cannot read config/);
    writeFileSync(join(dir, '.tollgate.yaml'), 'failOn: severe\n');
    const invalid = run(['check']);
    expect(invalid.code).toBe(2);
    expect(invalid.out).toMatch(/^tollgate: \.tollgate\.yaml:1:1: "failOn" must be one of critical, high, medium, low, info; see /);
    // `tollgate test` runs modules that a check never initialises (the fixture harness, ajv, a glob library).
    const fixtures = tempRepo({});
    cpSync('fixtures/rules/TG-K8S-001', join(fixtures, 'TG-K8S-001'), { recursive: true });
    const tested = execFileSync(process.execPath, [join(pkg, 'bin/tollgate.cjs'), 'test', join(fixtures, 'TG-K8S-001')], { cwd: fixtures, encoding: 'utf8' });
    expect(tested).toMatch(/fixtures: 2 passed, 0 failed/);
  });

  it("runs the SDK's yaml builtins, which the bundle loads on first use", () => {
    const dir = orgRepo({ 'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n    - name: main\n      image: app:1\n      securityContext: {}\n' });
    expect(tollgate(['new', 'rule', 'ACME-K8S-001', '--kind', 'kubernetes'], { cwd: dir }).code).toBe(0);
    const rule = join(dir, 'policy/kubernetes/acme_k8s_001.rego');
    fillRule(rule);
    // The same condition, reached through yaml.marshal and yaml.unmarshal (host builtins in JS).
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('\tnot c.container.securityContext.readOnlyRootFilesystem\n', '\tnot yaml.unmarshal(yaml.marshal(c.container.securityContext)).readOnlyRootFilesystem\n'));
    expect(readFileSync(rule, 'utf8')).toContain('yaml.unmarshal(yaml.marshal(');
    const built = tollgate(['build'], { cwd: dir });
    expect(built.stderr).toBe('');
    expect(tollgate(['test'], { cwd: dir }).stdout).toContain('fixtures: 2 passed, 0 failed');
    const checked = JSON.parse(tollgate(['check', 'k8s', '--format', 'json'], { cwd: dir }).stdout);
    expect(checked.findings.filter((f: { rule: string }) => f.rule === 'ACME-K8S-001')).toEqual([expect.objectContaining({ file: 'k8s/pod.yaml', line: 8 })]);
  });

  describe('code cache', () => {
    const pod = tempRepo({ 'pod.yaml': PRIVILEGED_POD, 'infra/main.tf': 'resource "aws_s3_bucket" "data" {\n  bucket = "ml-data"\n}\n' });
    const check = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [join('bin', 'tollgate.cjs'), 'check', pod, '--format', 'sarif'], { encoding: 'utf8', env: { ...process.env, ...env } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8'));

    it('is written by the first run, used by the next, and changes nothing in the output', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tollgate-cache-'));
      const uncached = check({ NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(uncached.code).toBe(1);
      expect(uncached.stdout).toContain('TG-K8S-001');
      expect(readdirSync(dir)).toEqual([]);
      expect(check({ NODE_COMPILE_CACHE: dir })).toEqual(uncached);
      const [file] = cacheFiles(dir);
      expect(file).toMatch(new RegExp(`^cli-[0-9a-f]{16}-check-${process.version}-${process.arch}\\.v8$`));
      const made = statSync(join(dir, file!));
      expect(made.size).toBeGreaterThan(100_000);
      // Accepted by V8, so not written again.
      expect(check({ NODE_COMPILE_CACHE: dir })).toEqual(uncached);
      expect(statSync(join(dir, file!)).mtimeMs).toBe(made.mtimeMs);
      expect(readdirSync(dir)).toEqual([file]);
      // test and build have a cache each, other commands share one: check's holds the code a check runs.
      const run = (args: string[]) => spawnSync(process.execPath, [join('bin', 'tollgate.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: dir } }).status;
      expect(run(['--version'])).toBe(0);
      expect(run(['rules', '--format', 'json'])).toBe(0);
      expect(run(['test', 'fixtures/rules/TG-K8S-001'])).toBe(0);
      expect(cacheFiles(dir).sort()).toEqual(['check', 'other', 'test'].map((c) => file!.replace('-check-', `-${c}-`)).sort());
      expect(statSync(join(dir, file!)).mtimeMs).toBe(made.mtimeMs);
    });

    it('is replaced when V8 rejects it, and skipped where it cannot be written', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tollgate-cache-'));
      const expected = check({ NODE_DISABLE_COMPILE_CACHE: '1' });
      check({ NODE_COMPILE_CACHE: dir });
      const [file] = cacheFiles(dir);
      const good = readFileSync(join(dir, file!));
      // Damaged inside, the header intact (V8 without checksums crashes on this one).
      const damaged = Buffer.from(good);
      for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 64; i++) damaged[i] = damaged[i]! ^ 0x5a;
      writeFileSync(join(dir, file!), damaged);
      expect(check({ NODE_COMPILE_CACHE: dir })).toEqual(expected);
      expect(readFileSync(join(dir, file!)).equals(damaged)).toBe(false);
      // Not a cache at all.
      writeFileSync(join(dir, file!), 'not a cache');
      expect(check({ NODE_COMPILE_CACHE: dir })).toEqual(expected);
      expect(statSync(join(dir, file!)).size).toBeGreaterThan(100_000);
      // A directory that cannot be made, even by root: its parent is a file.
      const plain = join(mkdtempSync(join(tmpdir(), 'tollgate-cache-')), 'a-file');
      writeFileSync(plain, '');
      expect(check({ NODE_COMPILE_CACHE: join(plain, 'cache') })).toEqual(expected);
    });
  });
});
