// An organisation's policy pack end to end, through the built CLI in real git repositories:
// scaffold, fill, build with the pinned OPA, test the fixtures, check with the custom bundle.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCAFFOLD_KINDS } from '../src/pack/scaffold.js';
import { tollgate } from './helpers/cli.js';
import { fillRule, orgRepo, scaffoldAndFill } from './helpers/pack.js';

// A PATH with node, bash and git but no Go, and a tools folder without OPA.
const noGo = () => ({ PATH: '/usr/bin:/bin', TOLLGATE_TOOLS: mkdtempSync(join(tmpdir(), 'tollgate-tools-')) });

const WRITABLE_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: main
      image: app:1
      securityContext: {}
`;

describe('a policy pack', () => {
  it('is scaffolded, fails the lint and then its unit test until written, then builds, tests and checks', () => {
    const dir = orgRepo({ 'k8s/pod.yaml': WRITABLE_POD });
    const created = tollgate(['new', 'rule', 'ACME-K8S-001', '--kind', 'kubernetes'], { cwd: dir });
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created policy/kubernetes/acme_k8s_001.rego\ncreated policy/kubernetes/acme_k8s_001_test.rego\ncreated policy/fixtures/ACME-K8S-001/fail.yaml\ncreated policy/fixtures/ACME-K8S-001/pass.yaml\n');

    const unfilled = tollgate(['build'], { cwd: dir });
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr).toMatch(/policy\/kubernetes\/acme_k8s_001\.rego:\d+: title still holds the scaffold's TODO/);
    expect(unfilled.stderr).toMatch(/tollgate: build failed: rule metadata: 3 problems; nothing was written\n$/);

    fillRule(join(dir, 'policy/kubernetes/acme_k8s_001.rego'), { logic: false });
    const noLogic = tollgate(['build'], { cwd: dir });
    expect(noLogic.code).toBe(1);
    expect(noLogic.stderr).toMatch(/^policy\/kubernetes\/acme_k8s_001_test\.rego:\d+:\ndata\.tollgate\.rules\.kubernetes\.acme_k8s_001_test\.test_violation: FAIL/m);
    expect(noLogic.stderr).toMatch(/tollgate: build failed: opa test \(the Rego unit tests\) failed; nothing was written\n$/);

    fillRule(join(dir, 'policy/kubernetes/acme_k8s_001.rego'));
    const built = tollgate(['build'], { cwd: dir });
    expect(built.stderr).toBe('');
    expect(built.stdout).toBe('built 1 rule of policy and the built-in rules into policy/bundle\n');
    expect(built.code).toBe(0);

    const tested = tollgate(['test', '--coverage'], { cwd: dir });
    expect(tested.stdout).toContain('PASS  policy/fixtures/ACME-K8S-001/fail.yaml  ACME-K8S-001\nPASS  policy/fixtures/ACME-K8S-001/pass.yaml  ACME-K8S-001\n\nfixtures: 2 passed, 0 failed\n');
    expect(tested.stdout).toMatch(/\nACME-K8S-001 +(· +){6}fail 1\/1  pass 1\/1 +· +·\n/);
    expect(tested.code).toBe(0);

    // A bundle older than the pack's sources is not tested.
    const rule = join(dir, 'policy/kubernetes/acme_k8s_001.rego');
    writeFileSync(rule, readFileSync(rule, 'utf8') + '\n# A later edit.\n');
    const stale = tollgate(['test'], { cwd: dir });
    expect(stale.stderr).toBe('tollgate: policy/bundle was built from other sources than policy has now; run `tollgate build` first\n');
    expect(stale.code).toBe(2);
    expect(tollgate(['build'], { cwd: dir }).code).toBe(0);
    expect(tollgate(['test'], { cwd: dir }).code).toBe(0);

    // The pack's fixtures break the rules on purpose and are never scanned.
    const checked = tollgate(['check', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(checked.stdout).findings as Array<{ rule: string; file: string; line: number }>;
    expect(findings.filter((f) => f.rule === 'ACME-K8S-001')).toEqual([expect.objectContaining({ file: 'k8s/pod.yaml', line: 9 })]);
    expect(findings.filter((f) => f.file.startsWith('policy/'))).toEqual([]);
  });

  // Per kind: the rule id and the fixture files the scaffold writes, named as the kind detects them.
  const SCAFFOLDS: Record<string, { id: string; fail: string; pass: string }> = {
    backstage: { id: 'ACME-BACKSTAGE-001', fail: 'fail.yaml', pass: 'pass.yaml' },
    cloudformation: { id: 'ACME-CFN-001', fail: 'fail.yaml', pass: 'pass.yaml' },
    dockerfile: { id: 'ACME-DOCKER-001', fail: 'fail.Dockerfile', pass: 'pass.Dockerfile' },
    github_action_metadata: { id: 'ACME-ACTION-001', fail: 'fail/action.yml', pass: 'pass/action.yml' },
    github_actions: { id: 'ACME-GHA-001', fail: 'fail.yml', pass: 'pass.yml' },
    gitlab_ci: { id: 'ACME-GITLAB-001', fail: 'fail/.gitlab-ci.yml', pass: 'pass/.gitlab-ci.yml' },
    kubernetes: { id: 'ACME-K8S-001', fail: 'fail.yaml', pass: 'pass.yaml' },
    ml_workspace_request: { id: 'ACME-REQ-001', fail: 'fail.yaml', pass: 'pass.yaml' },
    terraform: { id: 'ACME-TF-001', fail: 'fail.tf', pass: 'pass.tf' },
  };

  it.each(SCAFFOLD_KINDS)('is scaffolded for %s: filled in, it builds, its fixtures pass and a check finds the failing one', (kind) => {
    const s = SCAFFOLDS[kind];
    if (!s) throw new Error(`no test case for the scaffold kind ${kind}: add it to SCAFFOLDS`);
    const dir = orgRepo();
    scaffoldAndFill(dir, s.id, kind);
    const built = tollgate(['build'], { cwd: dir });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const tested = tollgate(['test'], { cwd: dir });
    const fixtures = `policy/fixtures/${s.id}`;
    expect(tested.stdout).toContain(`PASS  ${fixtures}/${s.fail}  ${s.id}\nPASS  ${fixtures}/${s.pass}  ${s.id}\n\nfixtures: 2 passed, 0 failed\n`);
    expect(tested.code).toBe(0);

    // The pack's own fixtures are never scanned: check a copy of them, in a repository that uses the bundle.
    const lines = readFileSync(join(dir, fixtures, s.fail), 'utf8').split('\n');
    const marked = lines.flatMap((l, i) => (l.trim() === `# expect: ${s.id}` ? [i + 2] : []));
    expect(marked).toHaveLength(1);
    const app = orgRepo();
    cpSync(join(dir, fixtures), app, { recursive: true });
    // An in-house kind's fixtures come with the .tollgate.yaml that declares their kind: keep it.
    const own = join(dir, fixtures, '.tollgate.yaml');
    const kinds = existsSync(own) ? readFileSync(own, 'utf8') : '';
    writeFileSync(join(app, '.tollgate.yaml'), `${kinds}bundle: ${join(dir, 'policy/bundle')}\n`);
    const checked = tollgate(['check', '--format', 'json', s.fail, s.pass], { cwd: app });
    expect(checked.stderr).toBe('');
    const findings = JSON.parse(checked.stdout).findings as Array<{ rule: string; file: string; line: number }>;
    expect(findings.filter((f) => f.rule === s.id).map((f) => `${f.file}:${f.line}`)).toEqual([`${s.fail}:${marked[0]}`]);
  });

  it('keeps the per-organisation severity and disabling of built-in and custom rules', () => {
    const dir = orgRepo({ 'k8s/pod.yaml': WRITABLE_POD });
    scaffoldAndFill(dir, 'ACME-K8S-001', 'kubernetes');
    expect(tollgate(['build'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, '.tollgate.yaml'), 'policies: policy\nrules:\n  ACME-K8S-001: {severity: critical}\n  TG-K8S-006: {enabled: false}\n');
    const r = tollgate(['check', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; severity: string }>;
    expect(findings.find((f) => f.rule === 'ACME-K8S-001')?.severity).toBe('critical');
    expect(findings.map((f) => f.rule)).not.toContain('TG-K8S-006');
    expect(findings.map((f) => f.rule)).toContain('TG-K8S-003');
    expect(r.code).toBe(1);
  });

  it('has its own parameters: defaults in its data.json, values in the config', () => {
    const dir = orgRepo({ 'k8s/pod.yaml': WRITABLE_POD, 'policy/data.json': '{"params": {"acme": {"require_read_only_root": true}}}\n' });
    scaffoldAndFill(dir, 'ACME-K8S-001', 'kubernetes');
    const rule = join(dir, 'policy/kubernetes/acme_k8s_001.rego');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('\tnot c.container.securityContext.readOnlyRootFilesystem\n', '\tdata.params.acme.require_read_only_root\n\tnot c.container.securityContext.readOnlyRootFilesystem\n'));
    expect(tollgate(['build'], { cwd: dir }).stderr).toBe('');
    const rules = (args: string[]) => JSON.parse(tollgate(['check', '--format', 'json', ...args], { cwd: dir }).stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules([])).toContain('ACME-K8S-001');
    writeFileSync(join(dir, '.tollgate.yaml'), 'policies: policy\nparameters:\n  acme: {require_read_only_root: false}\n');
    expect(rules([])).not.toContain('ACME-K8S-001');
    expect(tollgate(['explain', 'ACME-K8S-001'], { cwd: dir }).stdout).toContain('\n  acme.require_read_only_root  default: true; yours: false\n');
  });

  it('is checked from a prebuilt bundle with neither OPA nor Go on the machine', () => {
    const pack = orgRepo();
    scaffoldAndFill(pack, 'ACME-GHA-001', 'github_actions');
    expect(tollgate(['build', '--out', 'dist/bundle'], { cwd: pack }).code).toBe(0);
    const app = orgRepo({ '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n' });
    writeFileSync(join(app, '.tollgate.yaml'), `bundle: ${join(pack, 'dist/bundle')}\n`);
    const r = tollgate(['check', '--format', 'json'], { cwd: app, env: noGo() });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`)).toEqual(['ACME-GHA-001@4']);
  });

  it('builds byte-identical bundles from the same sources, wherever the repository is', () => {
    const bundles = [orgRepo(), orgRepo()].map((dir) => {
      scaffoldAndFill(dir, 'ACME-K8S-001', 'kubernetes');
      expect(tollgate(['build'], { cwd: dir }).code).toBe(0);
      return join(dir, 'policy/bundle');
    });
    for (const file of ['policy.wasm', 'data.json', 'catalog.json']) {
      expect(readFileSync(join(bundles[0]!, file)).equals(readFileSync(join(bundles[1]!, file))), file).toBe(true);
    }
  });

  it('names a missing bundle in one line', () => {
    const dir = orgRepo({ 'k8s/pod.yaml': WRITABLE_POD });
    const r = tollgate(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: policy/bundle: no policy.wasm in the policy bundle named by ' + join(dir, '.tollgate.yaml') + '; run `tollgate build` to compile it\n');
  });

  it('rejects rule id collisions with file:line, with the built-in rules and within the pack', () => {
    const dir = orgRepo();
    scaffoldAndFill(dir, 'ACME-K8S-001', 'kubernetes');
    scaffoldAndFill(dir, 'ACME-K8S-002', 'kubernetes');
    const second = join(dir, 'policy/kubernetes/acme_k8s_002.rego');
    writeFileSync(second, readFileSync(second, 'utf8').replace('id: ACME-K8S-002', 'id: ACME-K8S-001'));
    let r = tollgate(['build'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^policy\/kubernetes\/acme_k8s_002\.rego:15: custom\.id ACME-K8S-001 is already used by policy\/kubernetes\/acme_k8s_001\.rego:15; give each rule its own id$/m);
    writeFileSync(second, readFileSync(second, 'utf8').replace('id: ACME-K8S-001', 'id: TG-K8S-001'));
    r = tollgate(['build'], { cwd: dir });
    expect(r.stderr).toMatch(/^policy\/kubernetes\/acme_k8s_002\.rego:15: custom\.id TG-K8S-001 is already used by policies\/kubernetes\/privileged_container\.rego:19 \(built-in\)/m);
  });

  it('refuses a package that would merge into a built-in one', () => {
    const dir = orgRepo({ 'policy/lib/extra.rego': 'package tollgate.kubernetes\n\nviolations contains {"rule": "ACME-K8S-001", "path": [], "msg": "x"}\n' });
    scaffoldAndFill(dir, 'ACME-K8S-001', 'kubernetes');
    const r = tollgate(['build'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('policy/lib/extra.rego:1: package tollgate.kubernetes is already defined by policies/kubernetes/main.rego (built-in); rename it\n');
  });

  it('says in one line how to get OPA when neither OPA nor Go is there', () => {
    const dir = orgRepo();
    scaffoldAndFill(dir, 'ACME-K8S-001', 'kubernetes');
    const r = tollgate(['build'], { cwd: dir, env: noGo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tollgate: OPA v1\.22\.3 is not built yet and Go is not installed to build it; install Go 1\.24\+ from https:\/\/go\.dev\/dl\/ and run again \(OPA is then built once into \S+\)\n$/);
  });

  it.each([
    [['build', '--out', '../elsewhere'], /^tollgate: bundle directory \.\.\/elsewhere is outside the workspace \S+; choose a directory inside it\n$/],
    [['new', 'rule', 'acme-1', '--kind', 'kubernetes'], /^tollgate: rule id acme-1 must look like ACME-K8S-001 \(PREFIX-AREA-NNN\)\n$/],
    [['new', 'rule', 'TG-K8S-042', '--kind', 'kubernetes'], /^tollgate: rule id TG-K8S-042: the TG- prefix is reserved for tollgate's built-in rules/],
    [['new', 'rule', 'ACME-K8S-001', '--kind', 'kubernetes', '--name', 'Bad-Name'], /^tollgate: --name Bad-Name is not a Rego package name/],
    [['new', 'rule', 'ACME-HELM-001', '--kind', 'helm'], /error: option '--kind <kind>' argument 'helm' is invalid/],
  ])('%j is a one-line error, exit 2', (args, message) => {
    const dir = orgRepo();
    const r = tollgate(args, { cwd: dir });
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
  });

  it('never overwrites a file when scaffolding', () => {
    const dir = orgRepo();
    expect(tollgate(['new', 'rule', 'ACME-K8S-001', '--kind', 'kubernetes'], { cwd: dir }).code).toBe(0);
    const again = tollgate(['new', 'rule', 'ACME-K8S-001', '--kind', 'kubernetes'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('tollgate: policy/kubernetes/acme_k8s_001.rego already exists; choose another id or --name\n');
  });

  it('needs a configured pack for build, and says how to name one', () => {
    const dir = orgRepo();
    writeFileSync(join(dir, '.tollgate.yaml'), 'failOn: high\n');
    const r = tollgate(['build'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tollgate: .*\.tollgate\.yaml: no policy pack is configured; add `policies: <dir>`/);
  });
});
