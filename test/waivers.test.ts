// Inline and central waivers through the built CLI, on real files, with the committed policy bundle.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/finding.js';
import { scan } from '../src/scan.js';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';
import { reportErrors, sarifErrors } from './helpers/schemas.js';

interface Report {
  findings: Finding[];
  summary: { findings: number; suppressed: number; failed: boolean };
}

function check(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = tollgate(['check', '--format', 'json', ...args], { cwd: dir, env: { TOLLGATE_NOW: '2026-06-01', ...env } });
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

/** rule@line, marked with the suppression kind when suppressed. */
function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${f.line}${f.suppression ? ` ${f.suppression.kind}` : ''}`);
}

const waivedPod = (comment: string) => PRIVILEGED_POD.replace('privileged: true', `privileged: true ${comment}`);

/** PRIVILEGED_POD with a second privileged container, 'sidecar', after 'main'. */
const TWO_CONTAINERS = PRIVILEGED_POD + PRIVILEGED_POD.slice(PRIVILEGED_POD.indexOf('    - name: main')).replace('name: main', 'name: sidecar');

const PWN_WORKFLOW = `name: pr
on: pull_request_target
permissions: {contents: read}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make test
`;

describe('inline waivers', () => {
  it('on the finding line suppress it, keep it in the report with the suppression, and do not fail', () => {
    const dir = tempRepo({ 'k8s/pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001 reason="the GPU driver needs it" owner=ml-platform ticket=SEC-7 expires=2026-12-31') });
    const { code, report } = check(dir);
    expect(code).toBe(0);
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'TG-K8S-001',
        line: 12,
        suppression: { kind: 'inline', reason: 'the GPU driver needs it', owner: 'ml-platform', ticket: 'SEC-7', expires: '2026-12-31', source: 'k8s/pod.yaml:12' },
      }),
    ]);
    expect(report.summary).toMatchObject({ findings: 0, suppressed: 1, failed: false });
    const text = tollgate(['check'], { cwd: dir, env: { TOLLGATE_NOW: '2026-06-01' } });
    expect(text.stdout).toContain('runs privileged  [cybersecurity]  (suppressed by inline waiver: the GPU driver needs it)\n');
    expect(text.stdout).toMatch(/✔ no findings \(not counted: 1 suppressed\), 1 file checked\n$/);
  });

  it('on their own line cover the block that starts on the next line, never the next block', () => {
    const dir = tempRepo({ 'pod.yaml': TWO_CONTAINERS.replace('    - name: main', '    # tollgate:ignore TG-K8S-001 reason="driver container"\n    - name: main') });
    const { code, report } = check(dir);
    expect(brief(report.findings)).toEqual(['TG-K8S-001@13 inline', 'TG-K8S-001@22']);
    expect(code).toBe(1);
  });

  it('tollgate:ignore-file covers the whole file for the rules it names; without rules it is invalid', () => {
    const named = check(tempRepo({ 'pod.yaml': `# tollgate:ignore-file TG-K8S-001 reason="node agent, reviewed"\n${TWO_CONTAINERS}` }));
    expect(brief(named.report.findings)).toEqual(['TG-K8S-001@13 inline', 'TG-K8S-001@22 inline']);
    const bare = check(tempRepo({ 'pod.yaml': `# tollgate:ignore-file reason="everything"\n${TWO_CONTAINERS}` }));
    expect(brief(bare.report.findings)).toEqual(['TG-WAIVER-INVALID@1', 'TG-K8S-001@13', 'TG-K8S-001@22']);
    expect(bare.report.findings[0]!.message).toMatch(/names no rule, so it waives nothing; a file-wide waiver must list its rules/);
  });

  it('the tollgate.dev/ignore annotation covers its Kubernetes object only', () => {
    const annotated = PRIVILEGED_POD.replace('  name: trainer\n', '  name: trainer\n  annotations:\n    tollgate.dev/ignore: TG-K8S-001 reason="node driver" expires=2027-01-01\n');
    const dir = tempRepo({ 'pods.yaml': `${annotated}---\n${PRIVILEGED_POD.replace('name: trainer', 'name: other')}` });
    const { report } = check(dir);
    expect(report.findings.map((f) => `${f.resource} ${f.suppression?.source ?? 'counts'}`)).toEqual(['Pod/trainer pods.yaml:6', 'Pod/other counts']);
  });

  it('work in GitHub Actions workflows', () => {
    const workflow = `on: push\npermissions: {contents: read}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/action@v1 # tollgate:ignore TG-GHA-001 reason="vendored fork, tag protected"\n`;
    const { code, report } = check(tempRepo({ '.github/workflows/ci.yml': workflow }));
    expect(brief(report.findings)).toEqual(['TG-GHA-001@7 inline']);
    expect(code).toBe(0);
  });

  it('without a reason are a finding and waive nothing', () => {
    const { code, report } = check(tempRepo({ 'pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001') }));
    expect(code).toBe(1);
    expect(brief(report.findings)).toEqual(['TG-K8S-001@12', 'TG-WAIVER-NO-REASON@12']);
    expect(report.findings[1]).toMatchObject({ owner: 'tollgate', severity: 'medium', column: 26, message: expect.stringMatching(/has no reason, so it waives nothing; add reason=/) });
  });

  it('cannot waive a rule whose METADATA allows only central waivers', () => {
    const workflow = PWN_WORKFLOW.replace('          ref:', '          # tollgate:ignore TG-GHA-003 reason="we trust contributors"\n          ref:');
    const { code, report } = check(tempRepo({ '.github/workflows/pr.yml': workflow }));
    expect(code).toBe(1);
    expect(brief(report.findings)).toEqual(['TG-WAIVER-CENTRAL-ONLY@10', 'TG-GHA-003@11']);
    expect(report.findings[0]!.message).toMatch(/^TG-GHA-003 accepts only central waivers \(its owner, cybersecurity, holds them\), so this inline waiver does not apply/);
  });
});

describe('expiry', () => {
  const pod = waivedPod('# tollgate:ignore TG-K8S-001 reason="driver" expires=2026-07-01');

  it('a waiver holds until the day before its date (UTC), then the finding counts again and says so', () => {
    const dir = tempRepo({ 'pod.yaml': pod });
    expect(check(dir, [], { TOLLGATE_NOW: '2026-06-30' }).report.findings[0]!.suppression?.kind).toBe('inline');
    const { code, report } = check(dir, [], { TOLLGATE_NOW: '2026-07-01' });
    expect(code).toBe(1);
    expect(brief(report.findings)).toEqual(['TG-K8S-001@12']);
    expect(report.findings[0]!.message).toBe("container 'main' of Pod 'trainer' runs privileged (waiver expired on 2026-07-01: pod.yaml:12)");
  });

  it('a waiver expiring within noticeDays is a notice (default 14 days, configurable)', () => {
    const dir = tempRepo({ 'pod.yaml': pod });
    expect(brief(check(dir, [], { TOLLGATE_NOW: '2026-06-16' }).report.findings)).toEqual(['TG-K8S-001@12 inline']);
    const notice = check(dir, [], { TOLLGATE_NOW: '2026-06-17' });
    expect(notice.code).toBe(0);
    expect(brief(notice.report.findings)).toEqual(['TG-K8S-001@12 inline', 'TG-WAIVER-EXPIRING@12']);
    expect(notice.report.findings[1]).toMatchObject({ severity: 'info', message: 'the waiver of TG-K8S-001 expires on 2026-07-01, in 14 days; fix the finding, or renew the waiver with a new date' });
    const configured = tempRepo({ 'pod.yaml': pod, '.tollgate.yaml': 'waivers:\n  noticeDays: 60\n' });
    expect(brief(check(configured, [], { TOLLGATE_NOW: '2026-05-10' }).report.findings)).toContain('TG-WAIVER-EXPIRING@12');
  });

  it('an unparsable date is an invalid waiver that waives nothing', () => {
    const { report } = check(tempRepo({ 'pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001 reason="driver" expires=31/12/2026') }));
    expect(brief(report.findings)).toEqual(['TG-K8S-001@12', 'TG-WAIVER-INVALID@12']);
    expect(report.findings[1]!.message).toMatch(/^expires "31\/12\/2026" is not a date, so the waiver waives nothing; write expires=YYYY-MM-DD/);
  });

  it('the clock is injectable through scan()', async () => {
    const dir = tempRepo({ 'pod.yaml': pod });
    const before = await scan({ targets: [dir], now: new Date('2026-06-30T23:59:59Z') });
    const after = await scan({ targets: [dir], now: new Date('2026-07-01T00:00:00Z') });
    expect(brief(before.findings)).toEqual(['TG-K8S-001@12 inline', 'TG-WAIVER-EXPIRING@12']);
    expect(before.findings[1]!.message).toMatch(/expires on 2026-07-01, in 1 day;/);
    expect(brief(after.findings)).toEqual(['TG-K8S-001@12']);
  });

  it('a bad TOLLGATE_NOW is one line and exit 2', () => {
    const r = tollgate(['check'], { cwd: tempRepo({ 'pod.yaml': pod }), env: { TOLLGATE_NOW: 'soon' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: TOLLGATE_NOW="soon" is not a date; set it to YYYY-MM-DD or unset it\n');
  });
});

describe('stale waivers', () => {
  it('an inline waiver that suppressed nothing is reported where it is written', () => {
    const { report } = check(tempRepo({ 'pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001,TG-K8S-004 reason="driver"') }));
    expect(brief(report.findings)).toEqual(['TG-K8S-001@12 inline', 'TG-WAIVER-STALE@12']);
    expect(report.findings[1]!.message).toBe("the waiver of TG-K8S-004 matched no finding in this scan; remove it, or move it onto the finding's line or the line above the block it covers");
  });

  it('a central waiver is stale only after a scan of everything the config governs', () => {
    const config = `waivers:
  entries:
    - {rule: TG-K8S-004, path: "k8s/**", reason: "hostPath for logs", owner: platform, ticket: OPS-1, expires: 2027-01-01}
`;
    const dir = tempRepo({ '.tollgate.yaml': config, 'k8s/pod.yaml': PRIVILEGED_POD, 'other/pod.yaml': PRIVILEGED_POD });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    expect(brief(check(dir).report.findings)).toEqual(['TG-WAIVER-STALE@3', 'TG-K8S-001@12', 'TG-K8S-001@12']);
    expect(check(dir).report.findings[0]!.file).toBe('.tollgate.yaml');
    expect(brief(check(dir, ['other']).report.findings)).toEqual(['TG-K8S-001@12']);
  });
});

describe('central waivers', () => {
  const entry = (over: Record<string, string> = {}) =>
    Object.entries({ rule: 'TG-K8S-001', path: 'k8s/**/*.yaml', reason: '"driver daemon, reviewed"', owner: 'cybersecurity', ticket: 'SEC-12', expires: '2027-01-01', ...over })
      .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
      .join('\n');

  it('match rule, path glob (relative to the config) and resource, and record owner and ticket', () => {
    const dir = tempRepo({
      'deploy/.tollgate.yaml': `waivers:\n  file: waivers.yaml\n`,
      'deploy/waivers.yaml': `waivers:\n${entry({ resource: 'Pod/trainer' })}\n`,
      'deploy/k8s/gpu/pod.yaml': PRIVILEGED_POD,
      'deploy/k8s/gpu/other.yaml': PRIVILEGED_POD.replace('name: trainer', 'name: other'),
      'deploy/apps/pod.yaml': PRIVILEGED_POD,
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const { code, report } = check(dir, ['deploy']);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file} ${f.resource} ${f.suppression?.kind ?? 'counts'}`)).toEqual([
      'deploy/apps/pod.yaml Pod/trainer counts',
      'deploy/k8s/gpu/other.yaml Pod/other counts',
      'deploy/k8s/gpu/pod.yaml Pod/trainer central',
    ]);
    expect(report.findings[2]!.suppression).toEqual({ kind: 'central', reason: 'driver daemon, reviewed', owner: 'cybersecurity', ticket: 'SEC-12', expires: '2027-01-01', source: 'deploy/waivers.yaml:2' });
  });

  it('are the only waivers of a rule that forbids inline ones, and may sit in the config itself', () => {
    const dir = tempRepo({
      '.tollgate.yaml': `waivers:\n  entries:\n${entry({ rule: 'TG-GHA-003', path: '.github/workflows/pr.yml' }).replace(/^/gm, '  ')}\n`,
      '.github/workflows/pr.yml': PWN_WORKFLOW,
    });
    const { code, report } = check(dir);
    expect(brief(report.findings)).toEqual(['TG-GHA-003@10 central']);
    expect(report.findings[0]!.suppression?.source).toBe('.tollgate.yaml:3');
    expect(code).toBe(0);
  });

  it('with an unknown rule or a bad date are findings at the entry', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'waivers:\n  file: waivers.yaml\n',
      'waivers.yaml': `waivers:\n${entry({ rule: 'TG-K8S-999' })}\n${entry({ expires: '2027-02-30' })}\n`,
      'k8s/pod.yaml': PRIVILEGED_POD,
    });
    const { report } = check(dir);
    expect(report.findings.map((f) => `${f.rule}@${f.file}:${f.line}`)).toEqual(['TG-K8S-001@k8s/pod.yaml:12', 'TG-WAIVER-INVALID@waivers.yaml:2', 'TG-WAIVER-INVALID@waivers.yaml:8']);
  });

  it.each([
    ['waivers:\n  - rule: TG-K8S-001\n    path: "**"\n    reason: x\n', /^tollgate: waivers\.yaml:2:5: "waivers\.0" must have required property 'owner'; see .*waivers\.schema\.json\n$/],
    ['waivers:\n  - {rule: TG-K8S-001, path: "**", reason: x, owner: y, ticket: z, expires: 2027-01-01, scope: all}\n', /^tollgate: waivers\.yaml:2:89: unknown key "scope" in "waivers\.0"; see/],
    ['waivers: [\n', /^tollgate: waivers\.yaml:2:1: .*; fix the YAML syntax of the waivers file\n$/],
  ])('a malformed waivers file %j is one line and exit 2', (text, message) => {
    const r = tollgate(['check'], { cwd: tempRepo({ '.tollgate.yaml': 'waivers: {file: waivers.yaml}\n', 'waivers.yaml': text, 'pod.yaml': PRIVILEGED_POD }) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a waivers file outside the config directory is refused', () => {
    const dir = tempRepo({ 'repo/.tollgate.yaml': 'failOn: high\nwaivers:\n  file: ../waivers.yaml\n', 'waivers.yaml': 'waivers: []\n', 'repo/pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['check'], { cwd: `${dir}/repo` });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: .tollgate.yaml:3:3: waivers.file "../waivers.yaml" is outside the config\'s directory; keep the waivers file in the repository, beside or below the config\n');
  });
});

describe('audit', () => {
  it('--no-waivers ignores every waiver and reports nothing about them', () => {
    const dir = tempRepo({
      'pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001 reason="driver"'),
      'stale.yaml': PRIVILEGED_POD.replace('privileged: true', 'privileged: false # tollgate:ignore TG-K8S-001 reason="old"'),
      '.tollgate.yaml': 'waivers:\n  entries:\n    - {rule: TG-K8S-001, path: "**", reason: x, owner: y, ticket: z, expires: 2027-01-01}\n',
    });
    expect(brief(check(dir).report.findings)).toEqual(['TG-K8S-001@12 inline', 'TG-WAIVER-STALE@12']);
    const audit = check(dir, ['--no-waivers']);
    expect(audit.code).toBe(1);
    expect(brief(audit.report.findings)).toEqual(['TG-K8S-001@12']);
  });

  it('the organisation can raise the severity of a waiver rule', () => {
    const dir = tempRepo({ '.tollgate.yaml': 'rules:\n  TG-WAIVER-STALE: {severity: high}\n', 'pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001,TG-K8S-004 reason="x"') });
    const { code, report } = check(dir);
    expect(code).toBe(1);
    expect(report.findings[1]).toMatchObject({ rule: 'TG-WAIVER-STALE', severity: 'high' });
  });
});

describe('reporters', () => {
  it('show waived and baselined findings as such, and waiver findings, in valid JSON and SARIF', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'waivers:\n  entries:\n    - {rule: TG-GHA-003, path: "**", reason: "reviewed", owner: cybersecurity, ticket: SEC-9, expires: 2027-01-01}\n',
      '.github/workflows/pr.yml': PWN_WORKFLOW,
      'k8s/pod.yaml': waivedPod('# tollgate:ignore TG-K8S-001,TG-K8S-004 reason="driver"'),
      'k8s/old.yaml': PRIVILEGED_POD.replace('name: trainer', 'name: legacy'),
    });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const env = { TOLLGATE_NOW: '2026-06-01' };
    expect(tollgate(['baseline', 'k8s/old.yaml'], { cwd: dir, env }).code).toBe(0);
    const json = tollgate(['check', '--baseline', '.tollgate-baseline.json', '-f', 'json'], { cwd: dir, env });
    expect(reportErrors(json.stdout)).toEqual([]);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.findings.map((f) => `${f.rule} ${f.suppression?.kind ?? '-'}`)).toEqual(['TG-GHA-003 central', 'TG-K8S-001 baseline', 'TG-K8S-001 inline', 'TG-WAIVER-STALE -']);
    const sarif = tollgate(['check', '--baseline', '.tollgate-baseline.json', '-f', 'sarif'], { cwd: dir, env });
    expect(sarifErrors(sarif.stdout)).toEqual([]);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification: string }> }> }> }).runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.suppressions?.[0]?.kind, r.suppressions?.[0]?.justification])).toEqual([
      ['TG-GHA-003', 'external', 'reviewed'],
      ['TG-K8S-001', 'external', 'in baseline .tollgate-baseline.json'],
      ['TG-K8S-001', 'inSource', 'driver'],
      ['TG-WAIVER-STALE', undefined, undefined],
    ]);
    const markdown = tollgate(['check', '--baseline', '.tollgate-baseline.json', '-f', 'markdown'], { cwd: dir, env }).stdout;
    expect(markdown).toContain('3 findings are waived and not counted.');
  });
});

describe('inline waivers in Terraform', () => {
  const notebook = (waiver: string) => `resource "aws_sagemaker_notebook_instance" "open" {
  name          = "open"
  role_arn      = "arn:aws:iam::111122223333:role/nb"
  instance_type = "ml.t3.medium"
${waiver}
  direct_internet_access = "Enabled"
}

resource "aws_sagemaker_notebook_instance" "other" {
  name                   = "other"
  role_arn               = "arn:aws:iam::111122223333:role/nb"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}
`;

  it.each([
    ['#', '  # tollgate:ignore TG-AWS-003 reason="egress proxy is not ready" expires=2026-12-31'],
    ['//', '  // tollgate:ignore TG-AWS-003 reason="egress proxy is not ready" expires=2026-12-31'],
  ])('with %s cover the attribute below and nothing else', (_marker, waiver) => {
    const dir = tempRepo({ 'infra/main.tf': notebook(waiver) });
    const { code, report } = check(dir);
    expect(brief(report.findings.filter((f) => f.rule === 'TG-AWS-003'))).toEqual(['TG-AWS-003@6 inline', 'TG-AWS-003@13']);
    expect(code).toBe(1);
  });
});

describe('inline waivers in Dockerfiles', () => {
  const dockerfile = (waiver: string) => `FROM python:3.12-slim@sha256:${'a'.repeat(64)} AS build
RUN pip wheel --wheel-dir /w numpy==2.0.0

${waiver}
FROM python:3.12-slim@sha256:${'b'.repeat(64)}
RUN <<EOF
# tollgate:ignore TG-DOCKER-001 reason="a heredoc line is script, not a waiver"
echo hi
EOF
CMD ["python"]
`;

  it('cover the stage below; a heredoc line is never a waiver', () => {
    const waived = check(tempRepo({ 'images/Dockerfile': dockerfile('# tollgate:ignore TG-DOCKER-001 reason="distroless migration in Q1" expires=2026-12-31') }));
    expect(brief(waived.report.findings.filter((f) => f.rule === 'TG-DOCKER-001'))).toEqual(['TG-DOCKER-001@5 inline']);
    const plain = check(tempRepo({ 'images/Dockerfile': dockerfile('') }));
    expect(brief(plain.report.findings.filter((f) => f.rule === 'TG-DOCKER-001'))).toEqual(['TG-DOCKER-001@5']);
  });
});
