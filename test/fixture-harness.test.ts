// `tollgate test`: the annotation and sidecar formats, and what a failure looks like.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnotations, parseSidecar } from '../src/fixture/annotations.js';
import { collectFixtures } from '../src/fixture/run.js';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';

describe('fixture annotations', () => {
  it('mark the next line that is not an annotation, with # or //', () => {
    const text = 'a: 1\n# expect: TG-K8S-001, TG-K8S-002\n// ok: TG-K8S-003\nb: 2\n  # expect: TG-K8S-004: runs privileged\nc: 3\n# expected: nothing here\n# ok: not an id\n';
    expect(parseAnnotations(text)).toEqual([
      { type: 'expect', rule: 'TG-K8S-001', line: 4, from: 'line 2' },
      { type: 'expect', rule: 'TG-K8S-002', line: 4, from: 'line 2' },
      { type: 'ok', rule: 'TG-K8S-003', line: 4, from: 'line 3' },
      { type: 'expect', rule: 'TG-K8S-004', message: 'runs privileged', line: 6, from: 'line 5' },
    ]);
  });

  it('come from a JSON sidecar for files without comments', () => {
    expect(parseSidecar('{"expect": [{"rule": "TG-K8S-001", "line": 7, "message": "privileged"}], "ok": [{"rule": "TG-K8S-002", "line": 3}]}')).toEqual([
      { type: 'expect', rule: 'TG-K8S-001', line: 7, message: 'privileged', from: 'sidecar' },
      { type: 'ok', rule: 'TG-K8S-002', line: 3, from: 'sidecar' },
    ]);
    expect(parseSidecar('{"expect": [{"rule": "TG-K8S-001"}]}')).toEqual({ problem: expect.stringMatching(/^\/expect\/0 must have required property 'line'/) });
    expect(parseSidecar('{"ok": [{"rule": "TG-K8S-001", "line": 2, "message": "x"}]}')).toEqual({ problem: expect.stringMatching(/must NOT have additional properties/) });
    expect(parseSidecar('{')).toEqual({ problem: expect.stringMatching(/^not valid JSON/) });
  });
});

const POD_JSON = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', securityContext: { privileged: true } }] } }, null, 2) + '\n';

describe('tollgate test', () => {
  it('passes annotated fixtures and JSON fixtures with a sidecar; exit 0', () => {
    const dir = tempRepo({
      'k8s/fail.yaml': PRIVILEGED_POD.replace('        privileged: true', '        # expect: TG-K8S-001: runs privileged\n        privileged: true'),
      'k8s/pod.json': POD_JSON,
      'k8s/pod.json.expect.json': JSON.stringify({ expect: [{ rule: 'TG-K8S-001', line: 12 }] }),
      'README.md': 'not a fixture\n',
    });
    const r = tollgate(['test', dir], { cwd: dir });
    expect(r.stdout).toBe('PASS  k8s/fail.yaml  TG-K8S-001\nPASS  k8s/pod.json  TG-K8S-001\n\nfixtures: 2 passed, 0 failed\n');
    expect(r.code).toBe(0);
  });

  it('shows expected and actual side by side with lines; exit 1', () => {
    const text = PRIVILEGED_POD.replace('    - name: main\n', '    - name: main\n      # ok: TG-K8S-001\n').replace('        privileged: true', '        privileged: true\n        # expect: TG-K8S-002\n        runAsUser: 1000');
    const dir = tempRepo({ 'k8s/pod.yaml': text.replace('  name: trainer', '  # expect: TG-K8S-001\n  name: trainer') });
    const r = tollgate(['test', 'k8s'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'FAIL  k8s/pod.yaml',
        '        line  expected            actual',
        '      ✗    5  TG-K8S-001          nothing',
        '      ✓   12  no TG-K8S-001 (ok)  nothing',
        "      ✗   14  nothing             TG-K8S-001 at 14:9: container 'main' of Pod 'trainer' runs privileged",
        '      ✗   16  TG-K8S-002          nothing',
        '',
        'fixtures: 0 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('fails a fixture that names an unknown rule, has no annotation, does not parse, or is of the wrong kind', () => {
    const dir = tempRepo({
      'a-unknown.yaml': PRIVILEGED_POD.replace('  name: trainer', '  # ok: TG-K8S-999\n  name: trainer'),
      'b-bare.yaml': PRIVILEGED_POD,
      'c-broken.yaml': 'apiVersion: v1\nkind: Pod\n# ok: TG-K8S-001\nspec: [a\n',
      'd-kind.yaml': 'on: push\njobs:\n  # ok: TG-K8S-001\n  build: {runs-on: x}\n',
      'e-sidecar.yaml': PRIVILEGED_POD,
      'e-sidecar.yaml.expect.json': '{"expect": "TG-K8S-001"}',
    });
    const r = tollgate(['test', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  a-unknown.yaml\n      error: unknown rule TG-K8S-999: the built-in bundle has no such rule; check the id, or run `tollgate build` after adding the rule\n');
    expect(r.stdout).toContain('FAIL  b-bare.yaml\n      error: no "# expect: ID" or "# ok: ID" annotation, and no sidecar b-bare.yaml.expect.json\n');
    expect(r.stdout).toMatch(/FAIL {2}c-broken\.yaml\n(.*\n)*? {6}✗ +5 {2}nothing +TG-PARSE at 5:1: invalid YAML: /);
    expect(r.stdout).toContain('FAIL  d-kind.yaml\n      error: TG-K8S-001 is a kubernetes rule, but tollgate reads this file as github_actions\n');
    expect(r.stdout).toContain('FAIL  e-sidecar.yaml\n      error: sidecar e-sidecar.yaml.expect.json: /expect must be array;');
    expect(r.stdout).toMatch(/fixtures: 0 passed, 5 failed\n$/);
  });

  it('evaluates a fixture with the parameters of the .tollgate.yaml beside it, merged over the defaults', () => {
    const pod = (mark: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      # ${mark}: TG-K8S-014\n      image: python:3.11\n`;
    const dir = tempRepo({
      'strict/.tollgate.yaml': 'parameters:\n  governance:\n    approved_registries: [ghcr.io/acme/]\n',
      'strict/pod.yaml': pod('expect'),
      'open/pod.yaml': pod('ok'),
    });
    const r = tollgate(['test', '.'], { cwd: dir });
    expect(r.stdout).toBe('PASS  open/pod.yaml  TG-K8S-014\nPASS  strict/pod.yaml  TG-K8S-014\n\nfixtures: 2 passed, 0 failed\n');
    expect(r.code).toBe(0);
  });

  it('runs the built-in fixtures and prints the rule × kind matrix with --coverage', () => {
    const r = tollgate(['test', 'fixtures/rules', '--coverage']);
    expect(r.code).toBe(0);
    const files = collectFixtures(['fixtures/rules']).length;
    const rules = (JSON.parse(readFileSync('policies/bundle/catalog.json', 'utf8')) as { rules: unknown[] }).rules.length;
    expect(files).toBeGreaterThan(26);
    expect(r.stdout).toContain(`\nfixtures: ${files} passed, 0 failed\n`);
    // A column per kind; each rule's cells sit in the column of the kind it checks.
    expect(r.stdout).toMatch(/\nrule +backstage +cloudformation +dockerfile +github_action_metadata +github_actions +gitlab_ci +kubernetes +ml_workspace_request +terraform\n/);
    expect(r.stdout).toMatch(/\nTG-GHA-001 +(· +){4}fail 1\/1  pass 1\/1 +(· +){3}·\n/);
    expect(r.stdout).toMatch(/\nTG-K8S-008 +(· +){6}fail 1\/1  pass 1\/1 +· +·\n/);
    expect(r.stdout).toMatch(/\nTG-DOCKER-001 +(· +){2}fail 2\/2  pass 1\/1 +(· +){5}·\n/);
    // One standard in two kinds: TG-AWS-001 has a CloudFormation and a Terraform column.
    expect(r.stdout).toMatch(/\nTG-AWS-001 +· +fail 1\/1  pass 1\/1 +(· +){6}fail 1\/1  pass 1\/1\n/);
    expect(r.stdout).toMatch(new RegExp(`coverage: ${rules} of ${rules} rules have a failing and a passing fixture\\n$`));
  });

  it('fails --coverage when a rule lacks a passing fixture', () => {
    const dir = tempRepo({ 'fail.yaml': readFileSync('fixtures/rules/TG-K8S-001/fail.yaml', 'utf8') });
    const r = tollgate(['test', dir, '--coverage']);
    expect(r.stdout).toMatch(/\nTG-K8S-001 +(· +){6}fail 1\/1 {2}pass 0\/0 +· +· {2}missing a passing kubernetes fixture\n/);
    expect(r.stdout).toMatch(/\nTG-K8S-002 +(· +){6}fail 0\/0 {2}pass 0\/0 +· +· {2}missing a failing and a passing kubernetes fixture\n/);
    expect(r.code).toBe(1);
  });

  it('without paths or a pack, says how to name one', () => {
    const r = tollgate(['test'], { cwd: tempRepo({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tollgate: no \.tollgate\.yaml found: no policy pack is configured; add `policies: <dir>`/);
  });
});
