import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useColor } from '../src/cli.js';
import { CLEAN_POD, PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';

describe('tollgate check', () => {
  it('reports a violation with file:line:col, severity, rule, title, message and owner; exit 1', () => {
    const dir = tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('k8s/pod.yaml\n');
    expect(r.stdout).toMatch(/ {2}k8s\/pod\.yaml:12:9 {2}high {5}TG-K8S-001 {2}Privileged container: container 'main' of Pod 'trainer' runs privileged {2}\[cybersecurity\]/);
    expect(r.stdout).toMatch(/1 finding \(1 high\), 1 file checked; failing/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 0 when nothing reaches --fail-on, and 0 on a clean tree', () => {
    const dir = tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD });
    expect(tollgate(['check', dir, '--fail-on', 'critical']).code).toBe(0);
    expect(tollgate(['check', tempRepo({ 'pod.yaml': CLEAN_POD })]).code).toBe(0);
  });

  it('prints byte-identical JSON on every run, sorted by file and line', () => {
    const dir = tempRepo({ 'b/pod.yaml': PRIVILEGED_POD, 'a/pod.yaml': PRIVILEGED_POD, 'a/more.yaml': PRIVILEGED_POD.replace('privileged: true', 'privileged: true\n        runAsUser: 1000') });
    const first = tollgate(['check', dir, '--format', 'json']);
    const second = tollgate(['check', dir, '--format', 'json']);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout) as { findings: Record<string, unknown>[]; summary: Record<string, unknown> };
    expect(report.findings.map((f) => f.file)).toEqual(['a/more.yaml', 'a/pod.yaml', 'b/pod.yaml']);
    expect(Object.keys(report.findings[0]!)).toEqual(['rule', 'severity', 'title', 'message', 'owner', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'fingerprint']);
    expect(report.findings[0]).toMatchObject({ rule: 'TG-K8S-001', severity: 'high', owner: 'cybersecurity', line: 12, column: 9, endLine: 12, endColumn: 25, resource: 'Pod/trainer' });
    expect(report.summary).toEqual({ files: 3, findings: 3, suppressed: 0, preExisting: 0, changedOnly: false, bySeverity: { critical: 0, high: 3, medium: 0, low: 0, info: 0 }, byOwner: { cybersecurity: 3 }, failOn: 'high', failed: true });
  });

  it('names files relative to the repository root with forward slashes', () => {
    const dir = tempRepo({ 'deploy/k8s/pod.yaml': PRIVILEGED_POD });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const r = tollgate(['check', 'deploy/k8s', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings[0].file).toBe('deploy/k8s/pod.yaml');
  });

  it('honours .gitignore in a repository', () => {
    const dir = tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD, 'build/pod.yaml': PRIVILEGED_POD, '.gitignore': 'build/\n' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const r = tollgate(['check', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['k8s/pod.yaml']);
  });
});

describe('configuration', () => {
  it('is found from the scanned directory upward and sets failOn, parameters and rule overrides', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'failOn: critical\nrules:\n  TG-K8S-001: {severity: critical}\n',
      'team/k8s/pod.yaml': PRIVILEGED_POD,
    });
    const r = tollgate(['check', `${dir}/team`, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].severity).toBe('critical');
    const off = tempRepo({ '.tollgate.yaml': 'rules:\n  TG-K8S-001: {enabled: false}\n', 'pod.yaml': PRIVILEGED_POD });
    expect(tollgate(['check', off]).code).toBe(0);
  });

  it('excludes paths with .gitignore patterns relative to the config', () => {
    const dir = tempRepo({ '.tollgate.yaml': 'exclude: [vendor, /tmp/*.yaml]\n', 'vendor/x/pod.yaml': PRIVILEGED_POD, 'tmp/pod.yaml': PRIVILEGED_POD, 'app/pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['check', dir, '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['app/pod.yaml']);
  });

  it.each([
    ['failon: high\n', /^tollgate: .*\.tollgate\.yaml:1:1: unknown key "failon" in the config; see .*config\.schema\.json\n$/],
    ['failOn: severe\n', /^tollgate: .*\.tollgate\.yaml:1:1: "failOn" must be one of critical, high, medium, low, info; see/],
    ['rules:\n  K8S-1: {enabled: false}\n', /^tollgate: .*\.tollgate\.yaml:2:3: "K8S-1" in "rules" is not a rule id like TG-K8S-001/],
    ['rules:\n  TG-K8S-999: {enabled: false}\n', /^tollgate: .*\.tollgate\.yaml: rules\.TG-K8S-999 is not a known rule/],
    ['failOn: [high\n', /^tollgate: .*\.tollgate\.yaml:2:1: .*; fix the YAML syntax of the config\n$/],
  ])('rejects %j with one line and exit 2', (config, message) => {
    const dir = tempRepo({ '.tollgate.yaml': config, 'pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('takes an explicit --config', () => {
    const dir = tempRepo({ 'strict.yaml': 'failOn: info\n', 'pod.yaml': CLEAN_POD.replace(/\n {6}resources:\n.*\n/, '\n') });
    expect(tollgate(['check', dir]).code).toBe(0);
    expect(tollgate(['check', dir, '--config', `${dir}/strict.yaml`]).code).toBe(1);
  });
});

describe('usage errors', () => {
  it.each([[['check', '--format', 'xml']], [['check', '--fail-on', 'severe']], [['check', '--bogus']], [['frobnicate']]])('%j exits 2', (args) => {
    const r = tollgate(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: /);
  });

  it('help exits 0 and documents every flag', () => {
    const r = tollgate(['check', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--fail-on', '--config', '--baseline', '--no-waivers']) expect(r.stdout).toContain(flag);
  });
});

describe('colour', () => {
  it('only on a TTY and never with NO_COLOR', () => {
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(useColor({ isTTY: true })).toBe(true);
      expect(useColor({ isTTY: false })).toBe(false);
      process.env.NO_COLOR = '1';
      expect(useColor({ isTTY: true })).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });
});
