// The committed bundle is what ships: rebuilding the policies must reproduce it byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('policy bundle', () => {
  it('is rebuilt identically from the sources (fmt, check --strict, opa test, lint, build)', () => {
    const out = mkdtempSync(join(tmpdir(), 'tollgate-bundle-'));
    execFileSync(process.execPath, ['scripts/build-policies.mjs', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (const file of ['policy.wasm', 'data.json', 'catalog.json']) {
      const fresh = readFileSync(join(out, file));
      const committed = readFileSync(join('policies/bundle', file));
      expect(fresh.equals(committed), `policies/bundle/${file} is stale: run npm run build:policies and commit it`).toBe(true);
    }
  });

  it('refuses a builtin that neither the WASM runtime nor the JS SDK implements', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-caps-'));
    const caps = join(dir, 'caps.json');
    // The capabilities file the build itself uses.
    execFileSync(process.execPath, ['scripts/build-policies.mjs', '--capabilities-out', caps]);
    const opa = execFileSync('scripts/opa.sh', { encoding: 'utf8' }).trim();
    const rego = join(dir, 'p.rego');
    for (const [builtin, expr] of <const>[['time.now_ns', 'time.now_ns()'], ['sprintf', 'sprintf("%v", [input])'], ['http.send', 'http.send({"method": "get", "url": "http://x"})']]) {
      writeFileSync(rego, `package p\n\nx := ${expr}\n`);
      let stderr = '';
      try {
        execFileSync(opa, ['check', '--capabilities', caps, rego], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
      } catch (e) {
        stderr = String((e as { stdout: string }).stdout) + String((e as { stderr: string }).stderr);
      }
      expect(stderr, builtin).toMatch(new RegExp(`undefined function ${builtin.replace('.', '\\.')}`));
    }
    writeFileSync(rego, 'package p\n\nx := concat("", [lower("A"), format_int(1, 10)])\n');
    expect(() => execFileSync(opa, ['check', '--capabilities', caps, rego], { stdio: 'ignore' })).not.toThrow();
  });
});
