import { CONFIG_NAME } from '../config.js';

/** A file the scaffold writes, relative to the pack (`pack`) or to its fixtures directory (`fixtures`). */
export interface ScaffoldFile {
  root: 'pack' | 'fixtures';
  path: string;
  content: string;
}

/** What differs between kinds: the helper import, the loop, an example condition and the fixtures. */
interface KindTemplate {
  /** The kind's helper library; kinds without one (their rules read `input` directly) leave it out. */
  imports?: string;
  /** Rule body lines before the condition: bind the item that `path` and `label` name. */
  each: string[];
  example: string;
  path: string;
  label: string;
  /** Rego input of the unit tests, and fixtures, that break and keep the example condition. */
  badInput: string;
  goodInput: string;
  testHelpers: string;
  /** What the fixture is, and its lines with the annotation line given. */
  subject: string;
  /**
   * The fixtures' file names: `fail.<ext>` and `pass.<ext>`; or, for a kind that knows its files
   * by one name only (action.yml), that name in `fail/` and `pass/`.
   */
  fixtureFile: { ext: string } | { name: string };
  fixture(annotation: string, good: boolean): string[];
  /** A .tollgate.yaml beside the fixtures, for a kind that is declared rather than detected. */
  fixtureConfig?: string[];
}

const TEMPLATES: Record<string, KindTemplate> = {
  kubernetes: {
    imports: 'import data.tollgate.lib.kubernetes as k8s',
    each: ['some c in k8s.containers'],
    example: 'not c.container.securityContext.readOnlyRootFilesystem',
    path: 'array.concat(c.path, ["securityContext"])',
    label: 'c.label',
    testHelpers: 'pod(container) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "example"}, "spec": {"containers": [container]}}',
    badInput: '[pod({"name": "main", "image": "app:1", "securityContext": {}})]',
    goodInput: '[pod({"name": "main", "image": "app:1", "securityContext": {"readOnlyRootFilesystem": true}})]',
    subject: 'a workload',
    fixtureFile: { ext: 'yaml' },
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
    imports: 'import data.tollgate.lib.github_actions as gha',
    each: ['some job in gha.jobs'],
    example: 'not job.job["timeout-minutes"]',
    path: 'job.path',
    label: 'concat("", ["job \'", job.id, "\'"])',
    testHelpers: 'workflow(job) := {"on": "push", "jobs": {"build": job}}',
    badInput: 'workflow({"runs-on": "ubuntu-latest", "steps": [{"run": "make"}]})',
    goodInput: 'workflow({"runs-on": "ubuntu-latest", "timeout-minutes": 30, "steps": [{"run": "make"}]})',
    subject: 'a workflow',
    fixtureFile: { ext: 'yml' },
    fixture: (annotation, good) => ['on: push', 'permissions: {}', 'jobs:', `  ${annotation}`, '  build:', '    runs-on: ubuntu-latest', ...(good ? ['    timeout-minutes: 30'] : []), '    steps: [{run: make}]'],
  },
  github_action_metadata: {
    // No helper library: the input is the action.yml document itself.
    each: ['some name, spec in input.inputs'],
    example: 'not spec.description',
    path: '["inputs", name]',
    label: 'concat("", ["input \'", name, "\'"])',
    testHelpers:
      'action(inputs) := {"name": "Set up CUDA", "description": "Installs the CUDA toolkit", "inputs": inputs, "runs": {"using": "composite", "steps": [{"run": "nvcc --version", "shell": "bash"}]}}',
    badInput: 'action({"cuda-version": {"default": "12.4"}})',
    goodInput: 'action({"cuda-version": {"description": "CUDA toolkit version", "default": "12.4"}})',
    subject: 'an action',
    // Only action.yml and action.yaml are actions.
    fixtureFile: { name: 'action.yml' },
    fixture: (annotation, good) => [
      'name: Set up CUDA',
      'description: Installs the CUDA toolkit',
      'inputs:',
      `  ${annotation}`,
      '  cuda-version:',
      ...(good ? ['    description: CUDA toolkit version'] : []),
      "    default: '12.4'",
      'runs:',
      '  using: composite',
      '  steps:',
      '    - run: nvcc --version',
      '      shell: bash',
    ],
  },
  gitlab_ci: {
    imports: 'import data.tollgate.lib.gitlab_ci as gitlab',
    each: ['some j in gitlab.jobs'],
    example: 'not j.job.timeout',
    path: 'j.path',
    label: 'concat("", ["job \'", j.id, "\'"])',
    testHelpers: 'pipeline(job) := {"stages": ["train"], "jobs": {"train": job}}',
    badInput: 'pipeline({"stage": "train", "script": ["python train.py"]})',
    goodInput: 'pipeline({"stage": "train", "timeout": "2h", "script": ["python train.py"]})',
    subject: 'a pipeline',
    // Only .gitlab-ci.yml is a pipeline unless the config declares another name.
    fixtureFile: { name: '.gitlab-ci.yml' },
    fixture: (annotation, good) => ['stages: [train]', annotation, 'train:', '  stage: train', ...(good ? ['  timeout: 2h'] : []), '  script: [python train.py]'],
  },
  backstage: {
    // No helper library: the input is the file's documents, the Backstage ones known by apiVersion.
    each: ['some d, doc in input', 'regex.match(`^([a-z0-9-]+\\.)?backstage\\.io/`, doc.apiVersion)'],
    example: 'not doc.metadata.description',
    path: '[d, "metadata"]',
    label: 'concat("", [doc.kind, " \'", object.get(doc, ["metadata", "name"], "?"), "\'"])',
    testHelpers:
      'entity(metadata) := [{"apiVersion": "backstage.io/v1alpha1", "kind": "Component", "metadata": metadata, "spec": {"type": "service", "owner": "group:fraud-ml", "lifecycle": "production", "system": "fraud-detection"}}]',
    badInput: 'entity({"name": "fraud-scorer"})',
    goodInput: 'entity({"name": "fraud-scorer", "description": "Real-time fraud scoring model"})',
    subject: 'a catalog file',
    fixtureFile: { ext: 'yaml' },
    fixture: (annotation, good) => [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      annotation,
      'metadata:',
      '  name: fraud-scorer',
      ...(good ? ['  description: Real-time fraud scoring model'] : []),
      'spec:',
      '  type: service',
      '  owner: group:fraud-ml',
      '  lifecycle: production',
      '  system: fraud-detection',
    ],
  },
  cloudformation: {
    imports: 'import data.tollgate.lib.cloudformation as cfn',
    each: ['some r in cfn.resources', 'r.type == "AWS::S3::Bucket"'],
    example: 'not cfn.has(r.properties, "Tags")',
    path: 'array.concat(r.path, ["Properties"])',
    label: 'concat("", ["S3 bucket \'", r.id, "\'"])',
    testHelpers: 'bucket(props) := {"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": props}}}',
    badInput: 'bucket({"BucketName": "ml-data"})',
    goodInput: 'bucket({"BucketName": "ml-data", "Tags": [{"Key": "owner", "Value": "ml-platform"}]})',
    subject: 'a template',
    fixtureFile: { ext: 'yaml' },
    fixture: (annotation, good) => [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      `    ${annotation}`,
      '    Properties:',
      '      BucketName: ml-data',
      ...(good ? ['      Tags: [{Key: owner, Value: ml-platform}]'] : []),
    ],
  },
  dockerfile: {
    imports: 'import data.tollgate.lib.dockerfile',
    // The image that is run is the final stage's.
    each: ['n := dockerfile.final_stage'],
    example: 'not "HEALTHCHECK" in {ins.cmd | some ins in input.stages[n].instructions}',
    path: '["stages", n, "from"]',
    label: 'concat("", ["final stage ", dockerfile.stage_label(n)])',
    testHelpers:
      'image(instructions) := {"args": [], "stages": [{"name": null, "from": {"image": "python:3.12-slim", "resolved": true, "digest": null, "stage": null, "scratch": false}, "instructions": instructions}]}',
    badInput: 'image([{"cmd": "USER", "value": "10001", "user": "10001", "group": null}])',
    goodInput:
      'image([{"cmd": "USER", "value": "10001", "user": "10001", "group": null}, {"cmd": "HEALTHCHECK", "value": "CMD curl -f http://localhost:8080/health", "flags": {}, "none": false}])',
    subject: 'a Dockerfile',
    // fail.Dockerfile and pass.Dockerfile: *.Dockerfile names are Dockerfiles.
    fixtureFile: { ext: 'Dockerfile' },
    fixture: (annotation, good) => [
      annotation,
      'FROM python:3.12-slim',
      'RUN pip install --no-cache-dir fastapi==0.111.0 uvicorn==0.30.1',
      'USER 10001',
      ...(good ? ['HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1'] : []),
      'CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]',
    ],
  },
  ml_workspace_request: {
    // No helper library: the input is the request itself.
    each: ['some i, source in input.dataSources'],
    example: 'not startswith(source.uri, "s3://")',
    path: '["dataSources", i, "uri"]',
    label: 'concat("", ["data source \'", source.name, "\'"])',
    testHelpers:
      'request(source) := {"team": "fraud-analytics", "owners": ["jdoe@acme.example"], "directoryGroup": "grp-ml-fraud-analytics", "compute": {"profile": "cpu", "instanceType": "ml.m5.xlarge", "count": 1}, "dataSources": [source], "repository": "https://git.acme.example/fraud/gbm", "pipelineTemplate": "ml-training-v3", "endDate": "2027-03-31"}',
    badInput: 'request({"name": "transactions", "uri": "https://data.example.com/transactions.csv", "classification": "internal"})',
    goodInput: 'request({"name": "transactions", "uri": "s3://acme-fraud/transactions/", "classification": "internal"})',
    subject: 'a workspace request',
    fixtureFile: { ext: 'yaml' },
    fixture: (annotation, good) => [
      'team: fraud-analytics',
      'owners: [jdoe@acme.example]',
      'directoryGroup: grp-ml-fraud-analytics',
      'compute: {profile: cpu, instanceType: ml.m5.xlarge, count: 1}',
      'dataSources:',
      '  - name: transactions',
      `    ${annotation}`,
      `    uri: ${good ? 's3://acme-fraud/transactions/' : 'https://data.example.com/transactions.csv'}`,
      '    classification: internal',
      'repository: https://git.acme.example/fraud/gbm',
      'pipelineTemplate: ml-training-v3',
      'endDate: 2027-03-31',
    ],
    // Workspace requests are an in-house kind: files are requests because the config says so.
    fixtureConfig: ['# The fixtures beside this file are ML workspace requests: a kind declared, not detected.', 'kinds:', '  - name: ml-workspace-request', '    match: ["*.yaml"]'],
  },
  terraform: {
    imports: 'import data.tollgate.lib.terraform as tf',
    each: ['some r in tf.resources("aws_s3_bucket")'],
    example: 'not r.config.tags',
    path: 'r.path',
    label: 'r.label',
    testHelpers:
      'bucket(config) := {"resource": {"aws_s3_bucket": {"b": {"address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "name": "b", "mode": "managed", "module": "", "config": config}}}}',
    badInput: 'bucket({"bucket": "ml-data"})',
    goodInput: 'bucket({"bucket": "ml-data", "tags": {"owner": "ml-platform"}})',
    subject: 'a module',
    fixtureFile: { ext: 'tf' },
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
 * and a passing fixture (with the .tollgate.yaml that declares their kind, for an in-house kind).
 * The rule body holds `false` where the logic goes, with the example condition that the tests and
 * fixtures are written for, so they pass once it is filled in.
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

${[...(t.imports !== undefined ? [t.imports] : []), 'import data.tollgate.lib.result'].sort().join('\n')}

violations contains result.violation(rego.metadata.chain(), path, msg) if {
	${t.each.join('\n\t')}

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
    { root: 'fixtures', path: `${id}/${fixtureFile(t, false)}`, content: fixture(t, id, false) },
    { root: 'fixtures', path: `${id}/${fixtureFile(t, true)}`, content: fixture(t, id, true) },
    ...(t.fixtureConfig ? [{ root: 'fixtures' as const, path: `${id}/${CONFIG_NAME}`, content: [...t.fixtureConfig, ''].join('\n') }] : []),
  ];
}

function fixtureFile(t: KindTemplate, good: boolean): string {
  const role = good ? 'pass' : 'fail';
  return 'ext' in t.fixtureFile ? `${role}.${t.fixtureFile.ext}` : `${role}/${t.fixtureFile.name}`;
}

function fixture(t: KindTemplate, id: string, good: boolean): string {
  const head = `# ${id}: ${t.subject} that ${good ? 'keeps' : 'breaks'} the rule.`;
  return [head, ...t.fixture(`# ${good ? 'ok' : 'expect'}: ${id}`, good), ''].join('\n');
}

/** The default package name of a rule id: ACME-K8S-001 -> acme_k8s_001. */
export function packageName(id: string): string {
  return id.toLowerCase().replaceAll('-', '_');
}
