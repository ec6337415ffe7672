import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine, mergeParams } from '../src/engine/policy.js';
import { validateResults } from '../src/engine/result.js';
import { InternalError } from '../src/errors.js';
import { KINDS } from '../src/kinds.js';
import { scan } from '../src/scan.js';
import { committedEngine } from './helpers/engine.js';

const known = new Set(['TG-K8S-001']);

describe('rule result contract', () => {
  it('accepts a well-formed result', () => {
    expect(validateResults([{ rule: 'TG-K8S-001', path: [0, 'spec'], msg: 'm' }], 'e', known)).toHaveLength(1);
  });

  it.each([
    [{ rule: 'TG-NOPE-001', path: [], msg: 'm' }, /unknown rule id TG-NOPE-001/],
    [{ rule: 'TG-K8S-001', path: 'spec', msg: 'm' }, /"path"/],
    [{ rule: 'TG-K8S-001', path: [-1], msg: 'm' }, /"path"/],
    [{ rule: 'TG-K8S-001', path: [], msg: '' }, /"msg"/],
    [{ rule: 'TG-K8S-001', path: [], msg: 'm', extra: 1 }, /unexpected field extra/],
    ['text', /not an object/],
  ])('rejects %j', (result, why) => {
    expect(() => validateResults([result], 'e', known)).toThrow(why);
  });

  it('rejects a result that is not a set', () => {
    expect(() => validateResults({}, 'e', known)).toThrow(InternalError);
  });
});

describe('committed policy.wasm', () => {
  it('has one entrypoint per unit kind', async () => {
    const { engine, catalog } = await committedEngine();
    expect(engine.kinds).toEqual(catalog.kinds);
    expect(engine.kinds).toEqual(['backstage', 'cloudformation', 'dockerfile', 'github_action_metadata', 'github_actions', 'gitlab_ci', 'kubernetes', 'ml_workspace_request', 'terraform']);
    // Every built-in kind has rules; the extra one is the shipped in-house kind.
    expect(KINDS.map((k) => k.name).filter((k) => !engine.kinds.includes(k))).toEqual([]);
  });

  it('applies organisation parameters over the defaults', async () => {
    const catalog = JSON.parse(readFileSync('policies/bundle/catalog.json', 'utf8')) as { rules: { id: string }[] };
    const ids = new Set(catalog.rules.map((r) => r.id));
    const workflow = { on: 'push', permissions: {}, jobs: { b: { 'runs-on': 'x', steps: [{ uses: 'acme/deploy@v1' }] } } };
    const strict = await loadEngine('policies/bundle', {}, ids);
    const trusting = await loadEngine('policies/bundle', { github_actions: { first_party_owners: ['acme'] } }, ids);
    expect(strict.evaluate('github_actions', workflow).map((r) => r.rule)).toContain('TG-GHA-001');
    expect(trusting.evaluate('github_actions', workflow).map((r) => r.rule)).not.toContain('TG-GHA-001');
  });

  it('gives rules about dates the day it is told', async () => {
    const ids = new Set((JSON.parse(readFileSync('policies/bundle/catalog.json', 'utf8')) as { rules: { id: string }[] }).rules.map((r) => r.id));
    const request = { team: 'fraud', owners: ['a@acme.example'], directoryGroup: 'grp-ml-fraud', compute: { profile: 'cpu', instanceType: 'ml.m5.xlarge', count: 1 }, dataSources: [], endDate: '2027-06-30' };
    const horizon = async (now: string) => (await loadEngine('policies/bundle', {}, ids, new Date(now))).evaluate('ml_workspace_request', request).map((r) => r.rule);
    expect(await horizon('2027-01-01')).not.toContain('TG-REQ-004');
    expect(await horizon('2025-01-01')).toContain('TG-REQ-004');
  });

  it('merges parameters key by key and replaces lists', () => {
    expect(mergeParams({ a: { x: 1, y: [1] }, b: 2 }, { a: { y: [2] } })).toEqual({ a: { x: 1, y: [2] }, b: 2 });
  });
});

describe('a policy that breaks the contract', () => {
  // A real bundle compiled by the pinned OPA whose rule returns an id without METADATA.
  it('stops the scan with an internal error instead of dropping the result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-badpolicy-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'p.rego'), 'package tollgate.kubernetes\n\nviolations contains {"rule": "TG-GHOST-001", "path": [], "msg": "boo"}\n');
    const opa = execFileSync('scripts/opa.sh', { encoding: 'utf8' }).trim();
    execFileSync(opa, ['build', '-t', 'wasm', '-e', 'tollgate/kubernetes/violations', '-o', join(dir, 'b.tar.gz'), 'src'], { cwd: dir });
    execFileSync('tar', ['-xzf', 'b.tar.gz', '/policy.wasm', '/data.json'], { cwd: dir, stdio: 'ignore' });
    writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ opaVersion: 'x', kinds: ['kubernetes'], rules: [] }));
    const repo = mkdtempSync(join(tmpdir(), 'tollgate-repo-'));
    writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
    await expect(scan({ targets: [repo], bundleDir: dir })).rejects.toThrow(/unknown rule id TG-GHOST-001/);
  });
});
