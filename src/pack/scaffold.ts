/** A file the scaffold writes, relative to the pack (`pack`) or to its fixtures directory (`fixtures`). */
export interface ScaffoldFile {
  root: 'pack' | 'fixtures';
  path: string;
  content: string;
}

/** What differs between kinds: the helper import, the loop, an example condition and the fixtures. */
interface KindTemplate {
  fixtureExt: string;
  imports: string;
  /** Rule body lines before the condition: binds `it` fields used by `path` and `label`. */
  each: string;
  example: string;
  path: string;
  label: string;
  /** Rego input of the unit tests, and fixtures, that break and keep the example condition. */
  badInput: string;
  goodInput: string;
  testHelpers: string;
  /** What the fixture is, and its lines with the annotation line given. */
  subject: string;
  fixture(annotation: string, good: boolean): string[];
}

const TEMPLATES: Record<string, KindTemplate> = {
  kubernetes: {
    fixtureExt: 'yaml',
    imports: 'import data.tollgate.lib.kubernetes as k8s',
    each: 'some c in k8s.containers',
    example: 'not c.container.securityContext.readOnlyRootFilesystem',
    path: 'array.concat(c.path, ["securityContext"])',
    label: 'c.label',
    testHelpers: 'pod(container) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "example"}, "spec": {"containers": [container]}}',
    badInput: '[pod({"name": "main", "image": "app:1", "securityContext": {}})]',
    goodInput: '[pod({"name": "main", "image": "app:1", "securityContext": {"readOnlyRootFilesystem": true}})]',
    subject: 'a workload',
    fixture: (annotation, good) => [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: example}',
      'spec:',
      '  containers:',
      '    - name: main',
      '      image: registry.example.com/app:1.0',
      `      ${annotation}`,
      `      securityContext: {${good ? 'readOnlyRootFilesystem: true' : ''}}`,
    ],
  },
  github_actions: {
    fixtureExt: 'yml',
    imports: 'import data.tollgate.lib.github_actions as gha',
    each: 'some job in gha.jobs',
    example: 'not job.job["timeout-minutes"]',
    path: 'job.path',
    label: 'concat("", ["job \'", job.id, "\'"])',
    testHelpers: 'workflow(job) := {"on": "push", "jobs": {"build": job}}',
    badInput: 'workflow({"runs-on": "ubuntu-latest", "steps": [{"run": "make"}]})',
    goodInput: 'workflow({"runs-on": "ubuntu-latest", "timeout-minutes": 30, "steps": [{"run": "make"}]})',
    subject: 'a workflow',
    fixture: (annotation, good) => ['on: push', 'permissions: {}', 'jobs:', `  ${annotation}`, '  build:', '    runs-on: ubuntu-latest', ...(good ? ['    timeout-minutes: 30'] : []), '    steps: [{run: make}]'],
  },
  terraform: {
    fixtureExt: 'tf',
    imports: 'import data.tollgate.lib.terraform as tf',
    each: 'some r in tf.resources("aws_s3_bucket")',
    example: 'not r.config.tags',
    path: 'r.path',
    label: 'r.label',
    testHelpers:
      'bucket(config) := {"resource": {"aws_s3_bucket": {"b": {"address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "name": "b", "mode": "managed", "module": "", "config": config}}}}',
    badInput: 'bucket({"bucket": "ml-data"})',
    goodInput: 'bucket({"bucket": "ml-data", "tags": {"owner": "ml-platform"}})',
    subject: 'a module',
    // fail.tf and pass.tf share a directory, so one module: their resources need their own names.
    fixture: (annotation, good) => [
      annotation,
      `resource "aws_s3_bucket" "${good ? 'tagged' : 'untagged'}" {`,
      `  bucket = "ml-${good ? 'tagged' : 'untagged'}-data"`,
      ...(good ? ['  tags   = { owner = "ml-platform" }'] : []),
      '}',
    ],
  },
};

/** Kinds the scaffold has a template for. */
export const SCAFFOLD_KINDS = Object.keys(TEMPLATES).sort();

/**
 * The four files of a new rule: the Rego rule with a METADATA block, its unit test, and a failing
 * and a passing fixture. The rule body holds `false` where the logic goes, with the example
 * condition that the tests and fixtures are written for, so they pass once it is filled in.
 */
export function scaffoldRule(id: string, kind: string, name: string): ScaffoldFile[] {
  const t = TEMPLATES[kind];
  if (!t) throw new Error(`no scaffold template for kind ${kind}`);
  const pkg = `tollgate.rules.${kind}.${name}`;
  const rule = `# METADATA
# title: TODO a short title, like "Container file system is writable"
# description: >-
#   TODO why this matters: what an attacker or an outage gets when the rule is broken.
# custom:
#   id: ${id}
#   severity: medium
#   owner: cybersecurity
#   remediation: >-
#     TODO how to fix it, with the exact setting to change.
#   standards:
#     nist-800-53: [CM-6]
#   related: []
#   inline_waivers: true
package ${pkg}

${[t.imports, 'import data.tollgate.lib.result'].sort().join('\n')}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	${t.each}

	# TODO: replace \`false\` with the condition that makes this a violation, for example
	#   ${t.example}
	# The unit test and the fixtures are written for that example: change them with it.
	false

	path := ${t.path}
	msg := concat("", [${t.label}, " TODO: says what is wrong"])
}
`;
  const test = `package ${pkg}_test

import data.${pkg} as rule

${t.testHelpers}

test_violation if {
	vs := rule.violations with input as ${t.badInput}
	{v.rule | some v in vs} == {"${id}"}
}

test_compliant if {
	count(rule.violations) == 0 with input as ${t.goodInput}
}
`;
  return [
    { root: 'pack', path: `${kind}/${name}.rego`, content: rule },
    { root: 'pack', path: `${kind}/${name}_test.rego`, content: test },
    { root: 'fixtures', path: `${id}/fail.${t.fixtureExt}`, content: fixture(t, id, false) },
    { root: 'fixtures', path: `${id}/pass.${t.fixtureExt}`, content: fixture(t, id, true) },
  ];
}

function fixture(t: KindTemplate, id: string, good: boolean): string {
  const head = `# ${id}: ${t.subject} that ${good ? 'keeps' : 'breaks'} the rule.`;
  return [head, ...t.fixture(`# ${good ? 'ok' : 'expect'}: ${id}`, good), ''].join('\n');
}

/** The default package name of a rule id: ACME-K8S-001 -> acme_k8s_001. */
export function packageName(id: string): string {
  return id.toLowerCase().replaceAll('-', '_');
}
