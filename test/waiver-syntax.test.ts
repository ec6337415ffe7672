// The pure parts of waivers: comment scanning, directive grammar, dates, and inline scopes on real parses.
import { describe, expect, it } from 'vitest';
import { scanComments } from '../src/comments.js';
import { clockFromEnv, daysBetween, parseDay, utcDay } from '../src/dates.js';
import type { Finding } from '../src/finding.js';
import { parseYaml } from '../src/parse/yaml.js';
import { directiveOf, parseTerms, waiverReporter } from '../src/waiver.js';
import { inlineWaivers } from '../src/waivers-inline.js';
import { BUNDLE_DIR } from '../src/bundle.js';
import { loadCatalog } from '../src/catalog.js';

const rules = new Map(loadCatalog(BUNDLE_DIR).rules);

describe('comments', () => {
  it('are found by the YAML lexer, not inside strings, plain scalars or block scalars', () => {
    const text = [
      '# own line',
      'a: "x # not a comment"',
      "b: 'y # nor this'",
      'c: z#nor this',
      'd: |',
      '  # text of a block scalar',
      'e: {f: 1, # in a flow map',
      '    g: 2}',
      'h: 1   # trailing',
    ].join('\n');
    expect(scanComments('yaml', text)).toEqual([
      { line: 1, column: 1, endColumn: 11, text: 'own line', ownLine: true },
      { line: 7, column: 11, endColumn: 26, text: 'in a flow map', ownLine: false },
      { line: 9, column: 8, endColumn: 18, text: 'trailing', ownLine: false },
    ]);
  });

  it('are found in HCL (#, // and /* */), not inside strings, templates or heredocs', () => {
    const text = [
      '# own line',
      'resource "a" "b" { // trailing',
      '  x = "not # a comment // either ${"}"} still"',
      '  y = <<EOT',
      '# inside a heredoc',
      'EOT',
      '  z = 1 /* block */',
      '}',
    ].join('\n');
    expect(scanComments('hcl', text)).toEqual([
      { line: 1, column: 1, endColumn: 11, text: 'own line', ownLine: true },
      { line: 2, column: 20, endColumn: 31, text: 'trailing', ownLine: false },
      { line: 7, column: 9, endColumn: 18, text: 'block', ownLine: false },
    ]);
    expect(scanComments('json', '{"a": "# no"}')).toEqual([]);
  });

  it('are found in Dockerfiles on their own lines, not in heredoc bodies', () => {
    const text = ['# syntax=docker/dockerfile:1', 'FROM python:3.12', '  # indented', 'RUN <<EOF', '# shell comment', 'EOF', 'USER root # not a comment'].join('\n');
    expect(scanComments('dockerfile', text)).toEqual([
      { line: 1, column: 1, endColumn: 29, text: 'syntax=docker/dockerfile:1', ownLine: true },
      { line: 3, column: 3, endColumn: 13, text: 'indented', ownLine: true },
    ]);
  });

  it('keep their columns after a BOM and with CRLF line ends', () => {
    expect(scanComments('yaml', '\uFEFFa: 1 # x\r\n  # y\r\n')).toEqual([
      { line: 1, column: 7, endColumn: 10, text: 'x', ownLine: false },
      { line: 2, column: 3, endColumn: 6, text: 'y', ownLine: true },
    ]);
  });
});

describe('waiver directives', () => {
  it('are tollgate:<name> at the start of a comment', () => {
    expect(directiveOf('tollgate:ignore TG-K8S-001 reason=x')).toEqual({ name: 'ignore', body: 'TG-K8S-001 reason=x' });
    expect(directiveOf('tollgate:ignore-file')).toEqual({ name: 'ignore-file', body: '' });
    expect(directiveOf('tollgate: checks this file')).toEqual({ name: '', body: 'checks this file' });
    expect(directiveOf('see tollgate:ignore')).toBeUndefined();
  });

  it.each([
    ['TG-K8S-001,TG-K8S-002 reason="GPU driver needs it" expires=2026-12-31', { rules: ['TG-K8S-001', 'TG-K8S-002'], reason: 'GPU driver needs it', expires: '2026-12-31' }],
    ['TG-K8S-001, TG-K8S-002 reason=short', { rules: ['TG-K8S-001', 'TG-K8S-002'], reason: 'short' }],
    [`TG-K8S-001 reason='single "quoted"' owner=ml-platform ticket=SEC-42`, { rules: ['TG-K8S-001'], reason: 'single "quoted"', owner: 'ml-platform', ticket: 'SEC-42' }],
    ['TG-K8S-001 reason="say \\"hi\\""', { rules: ['TG-K8S-001'], reason: 'say "hi"' }],
    ['TG-K8S-001', { rules: ['TG-K8S-001'] }],
    ['reason="none named"', { rules: [], reason: 'none named' }],
    ['TG-K8S-001 reason="\u001b[31mred\u001b[0m\u0007"', { rules: ['TG-K8S-001'], reason: '[31mred[0m' }],
  ])('parse %s', (body, terms) => {
    expect(parseTerms(body)).toEqual(terms);
  });

  it.each([
    ['TG-K8S-001 because=x', 'unknown key "because" (known: reason, expires, owner, ticket)'],
    ['TG-K8S-001 reason=a reason=b', '"reason" is given twice'],
    ['TG-K8S-001 reason="no end', 'the value of "reason" has no closing quote'],
  ])('reject %s', (body, problem) => {
    expect(parseTerms(body)).toEqual({ problem });
  });
});

describe('dates', () => {
  it('are real calendar days in UTC', () => {
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '31.12.2026', 'tomorrow', '2026-12-31T00:00']) expect(parseDay(bad)).toBeUndefined();
    expect(utcDay(new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
    expect(daysBetween('2026-12-25', '2027-01-01')).toBe(7);
    expect(daysBetween('2027-01-01', '2026-12-25')).toBe(-7);
  });

  it('TOLLGATE_NOW sets the clock to a UTC day, and a bad one is a user error', () => {
    expect(clockFromEnv('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(Math.abs(clockFromEnv(undefined).getTime() - Date.now())).toBeLessThan(60_000);
    expect(() => clockFromEnv('2026-02-30')).toThrow(/TOLLGATE_NOW="2026-02-30" is not a date; set it to YYYY-MM-DD/);
  });
});

describe('inline waiver scopes', () => {
  function scopes(text: string, kind = 'kubernetes') {
    const parsed = parseYaml(text);
    const problems: Finding[] = [];
    const waivers = inlineWaivers({ file: 'f.yaml', format: 'yaml', kind, text, documents: parsed.documents, index: parsed.index }, rules, waiverReporter(rules, problems));
    const flat = waivers.map((w) => ({ rules: w.rules, ...w.scope }) as { rules: string[]; type: string; file?: string; from?: number; to?: number });
    return { scopes: flat, problems: problems.map((p) => `${p.rule}@${p.line}`) };
  }

  const pod = (waiverLine: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
${waiverLine}
    - name: a
      image: x:1
      securityContext:
        privileged: true
    - name: b
      image: y:1
`;

  it('a comment on its own line covers the block that starts on the next line, and no more', () => {
    expect(scopes(pod('    # tollgate:ignore TG-K8S-006 reason=r')).scopes).toEqual([{ rules: ['TG-K8S-006'], type: 'lines', file: 'f.yaml', from: 8, to: 11 }]);
  });

  it('stacked comments all cover the block after them', () => {
    const text = pod('    # tollgate:ignore TG-K8S-006 reason=r\n    # a note\n    # tollgate:ignore TG-K8S-001 reason=r');
    expect(scopes(text).scopes.map((s) => [s.from, s.to])).toEqual([
      [10, 13],
      [10, 13],
    ]);
  });

  it('a trailing comment covers its line only', () => {
    const text = pod('').replace('privileged: true', 'privileged: true # tollgate:ignore TG-K8S-001 reason=r');
    expect(scopes(text).scopes).toEqual([{ rules: ['TG-K8S-001'], type: 'lines', file: 'f.yaml', from: 11, to: 11 }]);
  });

  it('above a document it covers that object; the annotation covers its object', () => {
    const text = `# tollgate:ignore TG-K8S-008 reason=r
apiVersion: v1
kind: Pod
metadata: {name: a}
---
apiVersion: v1
kind: Pod
metadata:
  name: b
  annotations:
    tollgate.dev/ignore: |
      TG-K8S-001 reason="driver"
      TG-K8S-006 reason="pinned elsewhere"
spec: {}
`;
    expect(scopes(text).scopes.map((s) => [s.rules[0], s.from, s.to])).toEqual([
      ['TG-K8S-008', 2, 4],
      ['TG-K8S-001', 6, 14],
      ['TG-K8S-006', 6, 14],
    ]);
    expect(scopes(text, 'github_actions').scopes.map((s) => s.rules[0])).toEqual(['TG-K8S-008']);
  });

  it('bad waivers are findings and waive nothing; a rule that accepts only central waivers is dropped from an inline one', () => {
    const text = [
      'a: 1 # tollgate:ignore TG-K8S-001',
      'b: 1 # tollgate:ignore TG-K8S-001 reason=r expires=2026-02-30',
      'c: 1 # tollgate:ignore TG-NOPE-1,TG-K8S-001 reason=r',
      'd: 1 # tollgate:ignore TG-GHA-003,TG-GHA-001 reason=r',
      'e: 1 # tollgate:ignore TG-PARSE reason=r',
      'f: 1 # tollgate:ignore-file reason=r',
      'g: 1 # tollgate:ignored TG-K8S-001 reason=r',
      'h: 1 # tollgate:ignore TG-K8S-001 reason="open',
    ].join('\n');
    const r = scopes(text);
    expect(r.scopes.map((s) => [s.rules, s.from])).toEqual([
      [['TG-K8S-001'], 3],
      [['TG-GHA-001'], 4],
    ]);
    expect(r.problems).toEqual([
      'TG-WAIVER-NO-REASON@1',
      'TG-WAIVER-INVALID@2',
      'TG-WAIVER-INVALID@3',
      'TG-WAIVER-CENTRAL-ONLY@4',
      'TG-WAIVER-INVALID@5',
      'TG-WAIVER-INVALID@6',
      'TG-WAIVER-INVALID@7',
      'TG-WAIVER-INVALID@8',
    ]);
  });
});
