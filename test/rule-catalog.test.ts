// `tollgate rules`, `tollgate explain` and docs/rules: the catalog of the committed bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindsCell, ruleIndexMarkdown, ruleMarkdown } from '../src/rules/format.js';
import type { RuleMeta } from '../src/catalog.js';
import { WAIVER_RULES } from '../src/waiver-rules.js';
import { PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';

const catalog = JSON.parse(readFileSync('policies/bundle/catalog.json', 'utf8')) as { rules: RuleMeta[] };

describe('tollgate rules', () => {
  it('lists every rule, one aligned line each, with the config overrides', () => {
    const dir = tempRepo({ '.tollgate.yaml': 'rules:\n  TG-K8S-001: {severity: critical}\n  TG-K8S-008: {enabled: false}\n' });
    const r = tollgate(['rules'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // The id column is as wide as the longest id (tollgate's own TG-WAIVER-CENTRAL-ONLY), the kind
    // column as the longest list of kinds.
    const kindWidth = Math.max(...catalog.rules.map((x) => kindsCell(x.kinds).length));
    expect(lines[0]).toBe(`id${' '.repeat(22)}severity  owner${' '.repeat(10)}${'kind'.padEnd(kindWidth)}  title`);
    const own = ['TG-PARSE', 'TG-SCHEMA', ...Object.values(WAIVER_RULES).map((x) => x.id)];
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual([...catalog.rules.map((x) => x.id), ...own].sort());
    expect(r.stdout).toContain(`TG-K8S-001              critical  cybersecurity  ${'kubernetes'.padEnd(kindWidth)}  Privileged container\n`);
    expect(r.stdout).toContain(`TG-K8S-008              off       architecture   ${'kubernetes'.padEnd(kindWidth)}  Container without CPU or memory limits\n`);
    expect(r.stdout).toContain(`TG-AWS-003              high      cybersecurity  ${'terraform,cloudformation'.padEnd(kindWidth)}  SageMaker notebook with direct internet access\n`);
    expect(r.stdout).toContain(`TG-SECRET-001           critical  infosec        ${'6 kinds'.padEnd(kindWidth)}  Hard-coded credential\n`);
  });

  it('prints byte-stable JSON and a Markdown table', () => {
    const json = tollgate(['rules', '--format', 'json']);
    expect(json.stdout).toBe(tollgate(['rules', '--format', 'json']).stdout);
    const parsed = JSON.parse(json.stdout) as { version: number; rules: Array<RuleMeta & { enabled: boolean }> };
    expect(parsed.version).toBe(1);
    expect(parsed.rules.find((x) => x.id === 'TG-K8S-006')).toMatchObject({ severity: 'medium', enabled: true, parameters: [{ name: 'kubernetes.require_image_digest', default: true }] });
    const md = tollgate(['rules', '--format', 'md']).stdout.split('\n');
    expect(md[0]).toBe('| id | kind | title | severity | owner | standards |');
    expect(md).toContain('| TG-GHA-003 | github_actions | Privileged trigger checks out untrusted code | critical | cybersecurity | nist-800-53 CM-5, SI-7; owasp-cicd CICD-SEC-4 |');
  });
});

describe('tollgate explain', () => {
  it('gives title, severity, owner, rationale, remediation, standards, parameters and the example', () => {
    const dir = tempRepo({ '.tollgate.yaml': 'parameters:\n  kubernetes:\n    require_image_digest: false\n', 'pod.yaml': PRIVILEGED_POD });
    const r = tollgate(['explain', 'tg-k8s-006'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^TG-K8S-006 {2}Container image not pinned\n\n {2}severity {3}medium\n {2}owner {6}cybersecurity\n/);
    expect(r.stdout).toContain('  standards  nist-800-53 CM-2, SR-4; slsa build-l3\n');
    expect(r.stdout).toMatch(/\nRationale\n {2}A tag can be moved/);
    expect(r.stdout).toMatch(/\nRemediation\n {2}Reference the image by digest/);
    expect(r.stdout).toContain('\nParameters (under `parameters:` in .tollgate.yaml)\n  kubernetes.require_image_digest  default: true; yours: false\n');
    expect(r.stdout).toMatch(/\nExample \(fixtures\/rules\/TG-K8S-006\/fail\.yaml:\d+\)\n(.*\n)*.*image: busybox {2}# <- TG-K8S-006\n/);
  });

  it('an unknown id is one line and exit 2, with a suggestion', () => {
    const r = tollgate(['explain', 'TG-K8S-06']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: unknown rule TG-K8S-06; `tollgate rules` lists them\n');
    // Every rule ending in 008 is suggested; more areas get one as the library grows.
    expect(tollgate(['explain', 'TG-XYZ-008']).stderr).toMatch(/^tollgate: unknown rule TG-XYZ-008 \(did you mean (TG-[A-Z0-9]+-008 or )*TG-K8S-008( or TG-[A-Z0-9]+-008)*\?\); `tollgate rules` lists them\n$/);
  });
});

describe('docs/rules', () => {
  it('has one page per built-in rule, generated from the committed catalog (npm run build:policies)', () => {
    expect(readdirSync('docs/rules').sort()).toEqual(['README.md', ...catalog.rules.map((r) => `${r.id}.md`)].sort());
    expect(readFileSync('docs/rules/README.md', 'utf8'), 'docs/rules/README.md is stale: run npm run build:policies').toBe(ruleIndexMarkdown(catalog.rules));
    for (const rule of catalog.rules) {
      expect(readFileSync(`docs/rules/${rule.id}.md`, 'utf8'), `docs/rules/${rule.id}.md is stale: run npm run build:policies`).toBe(ruleMarkdown(rule));
    }
  });

  it('shows every rule with an example from its failing fixture', () => {
    for (const rule of catalog.rules) {
      expect(rule.example?.file).toMatch(new RegExp(`^fixtures/rules/${rule.id}/`));
      const fixture = readFileSync(rule.example!.file, 'utf8').split('\n');
      expect(fixture[rule.example!.line - 2], `${rule.id}: the example line is marked in the fixture`).toMatch(new RegExp(`# expect: .*${rule.id}`));
    }
  });
});
