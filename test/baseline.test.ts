// `tollgate baseline` and `check --baseline` through the built CLI, in real git repositories.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/finding.js';
import { parseYaml } from '../src/parse/yaml.js';
import { tempRepo, tollgate } from './helpers/cli.js';

const DIGEST = `sha256:${'c'.repeat(64)}`;
const pod = (name: string, containers: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ml\nspec:\n  automountServiceAccountToken: false\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n${containers.join('')}`;
const container = (name: string, image: string, privileged = false) =>
  `    - name: ${name}\n      image: ${image}\n      securityContext:\n${privileged ? '        privileged: true\n' : ''}        allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: true\n        capabilities: {drop: [ALL]}\n      resources:\n        limits: {cpu: "1", memory: 1Gi}\n`;
const MAIN = container('main', 'registry.example.com/train:1.0', true);
const LOGGER = container('logger', `registry.example.com/log:2.0@${DIGEST}`);
const TRAINER = pod('trainer', [MAIN, LOGGER]);
const HELPER = pod('helper', [container('main', 'registry.example.com/helper:3.0')]);
const ORIGINAL = `${TRAINER}---\n${HELPER}`;

interface Report {
  findings: Finding[];
  summary: { findings: number; suppressed: number; failed: boolean };
}

/** A git repository holding k8s/ml.yaml, with a baseline of it written by the CLI. */
function baselined(content = ORIGINAL, file = 'k8s/ml.yaml') {
  const dir = tempRepo({ [file]: content });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  const r = tollgate(['baseline'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return dir;
}

function checkWithBaseline(dir: string, args: string[] = []) {
  const r = tollgate(['check', '--format', 'json', '--baseline', '.tollgate-baseline.json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

/** The findings that still count, as rule and resource. */
function counted(report: Report): string[] {
  return report.findings.filter((f) => !f.suppression).map((f) => `${f.rule} ${f.resource}`);
}

describe('tollgate baseline', () => {
  it('writes a byte-stable, reviewable file of fingerprints, without lines, dates or absolute paths', () => {
    const dir = baselined();
    const first = readFileSync(join(dir, '.tollgate-baseline.json'), 'utf8');
    expect(tollgate(['baseline'], { cwd: dir }).stdout).toBe('wrote 3 findings to .tollgate-baseline.json\n');
    expect(readFileSync(join(dir, '.tollgate-baseline.json'), 'utf8')).toBe(first);
    const doc = JSON.parse(first) as { version: number; findings: Array<Record<string, string>> };
    expect(doc.version).toBe(1);
    expect(doc.findings.map((e) => Object.keys(e))).toEqual(Array(3).fill(['rule', 'file', 'resource', 'fingerprint']));
    expect(doc.findings.map((e) => `${e.file} ${e.rule} ${e.resource}`)).toEqual([
      'k8s/ml.yaml TG-K8S-001 Pod/ml/trainer',
      'k8s/ml.yaml TG-K8S-006 Pod/ml/helper',
      'k8s/ml.yaml TG-K8S-006 Pod/ml/trainer',
    ]);
    expect(first).not.toContain(dir);
    expect(first).not.toMatch(/"line"|20\d\d-/);
  });

  it('check --baseline reports only new findings; baselined ones are counted, kept in JSON, and do not fail', () => {
    const dir = baselined();
    writeFileSync(join(dir, 'k8s/new.yaml'), HELPER.replace('name: helper', 'name: fresh'));
    const { code, report } = checkWithBaseline(dir);
    expect(code).toBe(0);
    expect(counted(report)).toEqual(['TG-K8S-006 Pod/ml/fresh']);
    expect(report.findings.find((f) => f.file === 'k8s/new.yaml')?.suppression).toBeUndefined();
    expect(report.findings.filter((f) => f.suppression).map((f) => f.suppression)).toEqual(
      Array(3).fill({ kind: 'baseline', reason: 'in baseline .tollgate-baseline.json', source: '.tollgate-baseline.json' }),
    );
    expect(report.summary).toMatchObject({ findings: 1, suppressed: 3 });
    const text = tollgate(['check', '--baseline', '.tollgate-baseline.json'], { cwd: dir }).stdout;
    expect(text).not.toContain('k8s/ml.yaml');
    expect(text).toContain('k8s/new.yaml:13:7');
    expect(text).toMatch(/! 1 finding \(1 medium\) \(not counted: 3 suppressed\), 2 files checked; passing/);
  });

  it('help documents every flag', () => {
    const r = tollgate(['baseline', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--output', '--config']) expect(r.stdout).toContain(flag);
  });

  it('--no-waivers ignores the baseline', () => {
    const dir = baselined();
    const { code, report } = checkWithBaseline(dir, ['--no-waivers']);
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ findings: 3, suppressed: 0 });
  });

  it('does not record findings a waiver already covers, nor tollgate findings', () => {
    const dir = baselined(ORIGINAL.replace('privileged: true', 'privileged: true # tollgate:ignore TG-K8S-001,TG-K8S-005 reason="driver"'));
    const entries = (JSON.parse(readFileSync(join(dir, '.tollgate-baseline.json'), 'utf8')) as { findings: Array<{ rule: string }> }).findings;
    expect(entries.map((e) => e.rule)).toEqual(['TG-K8S-006', 'TG-K8S-006']);
  });
});

describe('fingerprints survive unrelated edits', () => {
  it('are the first 32 hex digits of SHA-256 over their parts joined by NUL, so baselines of earlier versions still match', () => {
    const dir = tempRepo({ 'k8s/broken.yaml': 'kind: Pod\nmetadata: {name: [\n' });
    const report = JSON.parse(tollgate(['check', '--format', 'json'], { cwd: dir }).stdout) as Report;
    const [parse] = report.findings;
    expect(parse).toMatchObject({ rule: 'TG-PARSE', file: 'k8s/broken.yaml' });
    const expected = createHash('sha256').update(['TG-PARSE', 'k8s/broken.yaml', parse!.message].join('\0')).digest('hex').slice(0, 32);
    expect(parse!.fingerprint).toBe(expected);
  });

  const edits: Array<[string, (s: string) => string, string[]]> = [
    ['lines inserted above the findings', (s) => `# ML training pods\n# owned by the platform team\n\n${s.replace('  namespace: ml\n', '  namespace: ml\n  labels:\n    team: ml\n    tier: gpu\n')}`, []],
    ['resources and containers reordered', () => `${HELPER}---\n${pod('trainer', [LOGGER, MAIN])}`, []],
    ['the file reformatted (flow JSON, other indentation and quoting)', (s) => reformat(s), []],
    ['an unrelated resource renamed', (s) => s.replace('name: helper', 'name: helper-v2'), ['TG-K8S-006 Pod/ml/helper-v2']],
    ['the offending value changed', (s) => s.replace('train:1.0', 'train:1.1'), ['TG-K8S-006 Pod/ml/trainer']],
  ];

  it.each(edits)('%s', (_name, edit, expectedNew) => {
    const dir = baselined();
    writeFileSync(join(dir, 'k8s/ml.yaml'), edit(ORIGINAL));
    const { report } = checkWithBaseline(dir);
    // The edit kept every finding: only the fingerprints decide what is new.
    expect(report.findings.filter((f) => f.owner !== 'tollgate')).toHaveLength(3);
    expect(counted(report)).toEqual(expectedNew);
  });

  it('a script finding keeps its fingerprint when other lines of the script change, and two injections differ', () => {
    const workflow = (script: string) =>
      `on: issues\npermissions: {contents: read}\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - name: label\n        run: |\n${script.replace(/^/gm, '          ')}\n`;
    const dir = baselined(workflow('echo "${{ github.event.issue.title }}"\necho "${{ github.event.issue.body }}"'), '.github/workflows/triage.yml');
    writeFileSync(join(dir, '.github/workflows/triage.yml'), workflow('set -eu\necho "${{ github.event.issue.title }}"\necho "${{ github.event.issue.body }}"\necho done'));
    expect(counted(checkWithBaseline(dir).report)).toEqual([]);
    writeFileSync(join(dir, '.github/workflows/triage.yml'), workflow('echo "${{ github.event.issue.title }}"\necho "${{ github.event.comment.body }}"'));
    expect(counted(checkWithBaseline(dir).report)).toEqual(['TG-GHA-004 jobs.triage']);
  });
});

describe('baseline files and paths', () => {
  it.each([
    ['../escape.json', /^tollgate: --output \.\.\/escape\.json: the path leads outside the workspace .*\n$/],
    ['out/link/b.json', /^tollgate: --output out\/link\/b\.json: a symbolic link leads outside the workspace/],
    ['linked.json', /^tollgate: --output linked\.json: a symbolic link leads outside the workspace/],
    ['dangling.json', /^tollgate: --output dangling\.json: a symbolic link leads to nothing/],
  ])('--output %s is refused with one line and exit 2', (output, message) => {
    const dir = tempRepo({ 'repo/pod.yaml': HELPER, 'outside/x': '' });
    mkdirSync(join(dir, 'repo/out'));
    symlinkSync(join(dir, 'outside'), join(dir, 'repo/out/link'));
    symlinkSync(join(dir, 'outside/x'), join(dir, 'repo/linked.json'));
    symlinkSync(join(dir, 'outside/new.json'), join(dir, 'repo/dangling.json'));
    const r = tollgate(['baseline', '--output', output], { cwd: join(dir, 'repo') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(join(dir, 'outside/x'), 'utf8')).toBe('');
    for (const f of ['escape.json', 'outside/new.json', 'outside/b.json']) expect(existsSync(join(dir, f))).toBe(false);
  });

  it('--output inside the workspace is written, its directories created', () => {
    const dir = tempRepo({ 'pod.yaml': HELPER });
    const r = tollgate(['baseline', '-o', 'ci/tollgate/baseline.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'ci/tollgate/baseline.json'), 'utf8')).findings).toHaveLength(1);
  });

  it.each([
    ['missing.json', undefined, /^tollgate: cannot read baseline missing\.json: ENOENT; pass a file written by `tollgate baseline`\n$/],
    ['b.json', '{"version": 1, "findings": [', /^tollgate: b\.json: not JSON \(.*\); write it with `tollgate baseline --output b\.json`\n$/],
    ['b.json', '{"version": 2, "findings": []}', /^tollgate: b\.json: not a tollgate baseline \(version 1 with a findings list\)/],
    ['b.json', '{"version": 1, "findings": [{"fingerprint": "x"}]}', /^tollgate: b\.json: findings\[0\] has no valid fingerprint/],
  ])('check --baseline %s with %j is one line and exit 2', (file, content, message) => {
    const dir = tempRepo({ 'pod.yaml': HELPER, ...(content !== undefined ? { [file]: content } : {}) });
    const r = tollgate(['check', '--baseline', file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

/** Every document as flow JSON with keys sorted, quoted and indented by 4: same data, nothing of the layout left. */
function reformat(text: string): string {
  const sorted = (_k: string, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v);
  return parseYaml(text)
    .documents.map((d) => JSON.stringify(d, sorted, 4))
    .join('\n---\n');
}
