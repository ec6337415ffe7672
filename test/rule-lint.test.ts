// The metadata lint of `tollgate build` and `npm run build:policies`: pure, on annotations as
// `opa inspect -a` reports them.
import { describe, expect, it } from 'vitest';
import { lintPack, type Annotation, type LintInput } from '../src/pack/lint.js';

const good: Annotation = {
  file: 'policy/kubernetes/ro.rego',
  row: 15,
  path: ['tollgate', 'rules', 'kubernetes', 'ro'],
  title: 'Writable root file system',
  description: 'Why.',
  custom: { id: 'ACME-K8S-001', severity: 'medium', owner: 'cybersecurity', remediation: 'How.', standards: { 'nist-800-53': ['CM-6'] }, related: [], inline_waivers: true },
};

function input(annotations: Annotation[], over: Partial<LintInput> = {}): LintInput {
  return {
    annotations,
    packages: new Map([['tollgate.rules.kubernetes.ro', ['policy/kubernetes/ro.rego']]]),
    kinds: ['github_actions', 'kubernetes'],
    builtin: false,
    takenIds: new Map([['TG-K8S-001', 'policies/kubernetes/privileged_container.rego:19 (built-in)']]),
    takenPackages: new Map(),
    testFiles: new Set(['policy/kubernetes/ro_test.rego']),
    fixtures: new Map([['ACME-K8S-001', { failing: new Set(['kubernetes']), passing: new Set(['kubernetes']) }]]),
    fixturesDir: 'policy/fixtures',
    ...over,
  };
}

const withCustom = (custom: Record<string, unknown>, rest: Partial<Annotation> = {}) => ({ ...good, ...rest, custom: { ...good.custom, ...custom } });

describe('metadata lint', () => {
  it('turns a complete rule into a catalog entry', () => {
    const { rules, problems } = lintPack(input([good]));
    expect(problems).toEqual([]);
    expect(rules).toEqual([expect.objectContaining({ id: 'ACME-K8S-001', kinds: ['kubernetes'], source: 'policy/kubernetes/ro.rego', builtin: false, standards: { 'nist-800-53': ['CM-6'] } })]);
  });

  it.each([
    [withCustom({ id: 'acme-1' }), 'custom.id "acme-1" must look like ACME-K8S-001 (PREFIX-AREA-NNN)'],
    [withCustom({ id: 'TG-K8S-001' }), 'custom.id TG-K8S-001 is already used by policies/kubernetes/privileged_container.rego:19 (built-in); give each rule its own id'],
    [withCustom({ id: 'TG-K8S-099' }), "custom.id TG-K8S-099: the TG- prefix is reserved for tollgate's built-in rules"],
    [withCustom({ severity: 'severe' }), 'custom.severity "severe" must be one of critical, high, medium, low, info'],
    [withCustom({ owner: 'devops' }), 'custom.owner "devops" must be one of infosec, cybersecurity, architecture'],
    [withCustom({ standards: { 'nist-800-53': ['CM6'] } }), 'custom.standards.nist-800-53: "CM6" is not a nist-800-53 control id'],
    [withCustom({ standards: { iso: ['1'] } }), 'custom.standards: unknown standard "iso"'],
    [withCustom({ standards: {} }), 'custom.standards must map at least one standard'],
    [withCustom({ inline_waivers: 'yes' }), 'custom.inline_waivers must be true or false'],
    [withCustom({ remediation: undefined }), 'custom.remediation is missing'],
    [withCustom({}, { title: 'TODO a short title' }), "title still holds the scaffold's TODO; write it"],
    [withCustom({}, { path: ['tollgate', 'rules', 'terraform', 'ro'] }), 'package tollgate.rules.terraform.ro: tollgate has no terraform kind'],
  ])('reports %# with file:line', (annotation, message) => {
    const { problems } = lintPack(input([annotation], { packages: new Map([[annotation.path.join('.'), [annotation.file]]]) }));
    expect(problems.filter((p) => !p.includes('fixture'))).toEqual([expect.stringContaining(`policy/kubernetes/ro.rego:15: ${message}`)]);
  });

  it('asks for a unit test file and a failing and a passing fixture of the rule kind', () => {
    const { problems } = lintPack(input([good], { testFiles: new Set(), fixtures: new Map([['ACME-K8S-001', { failing: new Set(['github_actions']), passing: new Set(['kubernetes']) }]]) }));
    expect(problems).toEqual([
      'policy/kubernetes/ro.rego:15: no failing fixture of kind kubernetes: add one under policy/fixtures/ACME-K8S-001/ with "# expect: ACME-K8S-001" above the line it is about',
      'policy/kubernetes/ro.rego:15: no unit tests: create policy/kubernetes/ro_test.rego',
    ]);
  });

  it('finds rule packages without METADATA and packages that would merge into built-in ones', () => {
    const packages = new Map([
      ['tollgate.rules.kubernetes.ro', ['policy/kubernetes/ro.rego']],
      ['tollgate.rules.kubernetes.bare', ['policy/kubernetes/bare.rego']],
      ['tollgate.rules.kubernetes.ro_test', ['policy/kubernetes/ro_test.rego']],
      ['tollgate.lib.kubernetes', ['policy/lib/k.rego']],
    ]);
    const { problems } = lintPack(input([good], { packages, takenPackages: new Map([['tollgate.lib.kubernetes', 'policies/lib/kubernetes.rego (built-in)']]) }));
    expect(problems).toEqual([
      'policy/kubernetes/bare.rego:1: rule package tollgate.rules.kubernetes.bare has no METADATA block with custom.id',
      'policy/lib/k.rego:1: package tollgate.lib.kubernetes is already defined by policies/lib/kubernetes.rego (built-in); rename it',
    ]);
  });

  describe('a rule checked in several kinds', () => {
    // The github_actions part of the rule: METADATA with custom.id alone.
    const part: Annotation = { file: 'policy/github_actions/ro.rego', row: 3, path: ['tollgate', 'rules', 'github_actions', 'ro'], custom: { id: 'ACME-K8S-001' } };
    const both = { failing: new Set(['kubernetes', 'github_actions']), passing: new Set(['kubernetes', 'github_actions']) };
    const tests = new Set(['policy/kubernetes/ro_test.rego', 'policy/github_actions/ro_test.rego']);

    it('adds the kind of a package whose METADATA holds custom.id alone', () => {
      const { rules, problems } = lintPack(input([part, good], { testFiles: tests, fixtures: new Map([['ACME-K8S-001', both]]) }));
      expect(problems).toEqual([]);
      expect(rules).toEqual([expect.objectContaining({ id: 'ACME-K8S-001', kinds: ['kubernetes', 'github_actions'], source: 'policy/kubernetes/ro.rego', files: ['policy/kubernetes/ro.rego', 'policy/github_actions/ro.rego'] })]);
    });

    it('asks for fixtures and unit tests of every kind', () => {
      const { problems } = lintPack(input([good, part]));
      expect(problems).toEqual([
        'policy/github_actions/ro.rego:3: no failing fixture of kind github_actions: add one under policy/fixtures/ACME-K8S-001/ with "# expect: ACME-K8S-001" above the line it is about',
        'policy/github_actions/ro.rego:3: no passing fixture of kind github_actions: add one under policy/fixtures/ACME-K8S-001/ with "# ok: ACME-K8S-001" above the line it is about',
        'policy/github_actions/ro.rego:3: no unit tests: create policy/github_actions/ro_test.rego',
      ]);
    });

    it('reports a part whose rule is defined nowhere, and two parts of one kind', () => {
      const orphan = { ...part, custom: { id: 'ACME-K8S-002' } };
      const twice = { ...part, file: 'policy/kubernetes/ro2.rego', path: ['tollgate', 'rules', 'kubernetes', 'ro2'] };
      const fixtures = new Map([['ACME-K8S-001', both], ['ACME-K8S-002', both]]);
      const { problems } = lintPack(input([good, orphan, twice], { testFiles: new Set([...tests, 'policy/kubernetes/ro2_test.rego']), fixtures }));
      expect(problems).toEqual([
        'policy/github_actions/ro.rego:3: custom.id "ACME-K8S-002" names no rule of this pack; write the rule\'s METADATA in full (title, description, severity, owner, ...) in one of its packages, and custom.id alone in the others',
        'policy/kubernetes/ro2.rego:3: ACME-K8S-001 already has a kubernetes package (policy/kubernetes/ro.rego); put the kubernetes part of the rule in one package',
      ]);
    });
  });

  it('requires TG- ids for the built-in rules', () => {
    const { problems } = lintPack(input([good], { builtin: true, takenIds: new Map() }));
    expect(problems).toEqual(['policy/kubernetes/ro.rego:15: custom.id "ACME-K8S-001" must look like TG-K8S-001']);
  });
});
