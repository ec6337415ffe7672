// Kind detection by path, content and config, as the JSON report's file list shows it.
import { describe, expect, it } from 'vitest';
import { tempRepo, tollgate } from './helpers/cli.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;

interface Report {
  findings: Array<{ rule: string; file: string; line: number; column: number; message: string }>;
  summary: { files: number };
  files: Array<Record<string, unknown>>;
}

function check(dir: string, args: string[] = []) {
  const r = tollgate(['check', ...(args.length ? args : [dir]), '--format', 'json'], { cwd: dir });
  return { ...r, report: r.stdout ? (JSON.parse(r.stdout) as Report) : undefined };
}

const WORKSPACE_REQUEST = `team: fraud-analytics
owners: [jdoe@acme.example]
directoryGroup: grp-ml-fraud-analytics
compute:
  profile: gpu
  instanceType: ml.g5.2xlarge
  count: 1
dataSources: []
repository: https://git.acme.example/fraud/gbm
pipelineTemplate: ml-training-v3
endDate: 2027-03-31
`;

describe('kind detection', () => {
  it('lists every checked file with its kind and how it was recognised, after the existing keys', () => {
    const dir = tempRepo({
      '.github/workflows/ci.yml': 'on: push\npermissions: {}\njobs: {}\n',
      'ci/reusable.yml': 'on:\n  workflow_call:\n    inputs: {model: {type: string}}\njobs:\n  train: {runs-on: ubuntu-latest, steps: [{run: echo}]}\n',
      '.github/actions/setup/action.yml': 'name: setup\nruns: {using: composite, steps: []}\n',
      'k8s/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n',
      'k8s/list.json': '{"apiVersion": "v1", "kind": "List", "items": []}\n',
      'catalog-info.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: ml}\nspec: {type: team}\n',
      'templates/ml-service.yaml': 'apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: {name: t}\nspec: {owner: group:ml}\n',
      'infra/stack.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n',
      'infra/stack.json': '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}\n',
      'docker/serve.Dockerfile': `FROM python:3.11@${DIGEST}\nUSER 10001\n`,
      '.gitlab-ci.yml': 'test:\n  script: [pytest]\n',
      'configs/model.yaml': 'epochs: 10\n',
      'package.json': '{"name": "x"}\n',
      'README.md': '# not scanned\n',
    });
    const r = check(dir);
    expect(r.stderr).toBe('');
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['version', 'findings', 'summary', 'files']);
    expect(r.report!.files).toEqual([
      { file: '.github/actions/setup/action.yml', kind: 'github_action_metadata', detectedBy: 'path' },
      { file: '.github/workflows/ci.yml', kind: 'github_actions', detectedBy: 'path' },
      { file: '.gitlab-ci.yml', kind: 'gitlab_ci', detectedBy: 'path' },
      { file: 'catalog-info.yaml', kind: 'backstage', detectedBy: 'path' },
      { file: 'ci/reusable.yml', kind: 'github_actions', detectedBy: 'content' },
      { file: 'docker/serve.Dockerfile', kind: 'dockerfile', detectedBy: 'path' },
      { file: 'infra/stack.json', kind: 'cloudformation', detectedBy: 'content' },
      { file: 'infra/stack.yaml', kind: 'cloudformation', detectedBy: 'content' },
      { file: 'k8s/list.json', kind: 'kubernetes', detectedBy: 'content' },
      { file: 'k8s/svc.yaml', kind: 'kubernetes', detectedBy: 'content' },
      { file: 'templates/ml-service.yaml', kind: 'backstage', detectedBy: 'content' },
    ]);
    // Files of no known kind (configs/model.yaml, package.json) are skipped silently.
    expect(r.report!.summary.files).toBe(11);
  });

  it('notes a file of no known kind only when it is named on the command line', () => {
    const dir = tempRepo({ 'configs/model.yaml': 'epochs: 10\n', 'notes.txt': 'hello\n' });
    const r = check(dir, ['configs/model.yaml', 'notes.txt', '.']);
    expect(r.code).toBe(0);
    const note = expect.stringMatching(/^not a kind tollgate knows by its path or content, so no rule checked it; declare its kind under kinds: in \.tollgate\.yaml$/);
    expect(r.report!.files).toEqual([
      { file: 'configs/model.yaml', kind: null, note },
      { file: 'notes.txt', kind: null, note },
    ]);
    expect(r.report!.findings).toEqual([]);
    const text = tollgate(['check', 'configs/model.yaml'], { cwd: dir });
    expect(text.stdout).toContain('note: model.yaml: not a kind tollgate knows');
    expect(check(dir).report!.files).toEqual([]);
  });

  it('reads every JSON file but fails the scan only on one that looks like an input', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'maxFileBytes: 2000\n',
      'tsconfig.json': '{\n  // comments and trailing commas are fine for tsc\n  "compilerOptions": {"strict": true,},\n}\n',
      'package-lock.json': JSON.stringify({ name: 'x', packages: { a: { version: '1'.repeat(3000) } } }),
      'infra/stack.json': '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {,}\n}\n',
      'infra/big.json': JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Description: 'x'.repeat(3000) }),
      'data/broken.json': '{"a": ',
    });
    const r = check(dir);
    expect(r.report!.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual(['TG-PARSE infra/big.json:1:1', 'TG-PARSE infra/stack.json:3:17']);
    // Named on the command line, a broken file is always reported.
    const named = check(dir, ['data/broken.json']);
    expect(named.report!.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['TG-PARSE broken.json:1']);
  });

  it('skips Helm chart templates with a note, never a parse error, and says so once per chart', () => {
    const dir = tempRepo({
      'charts/trainer/Chart.yaml': 'apiVersion: v2\nname: trainer\nversion: 0.1.0\n',
      'charts/trainer/templates/deployment.yaml': '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\n{{- end }}\n',
      'charts/trainer/templates/sub/job.yaml': 'kind: Job\nmetadata: {name: {{ .Release.Name }}}\n',
      'charts/trainer/values.yaml': 'enabled: true\n',
      'plain/templates/pod.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    });
    const r = check(dir);
    expect(r.code).toBe(0);
    expect(r.report!.findings).toEqual([]);
    const note = expect.stringMatching(/^Helm chart template: a Go template, not YAML until rendered, and tollgate never runs helm/);
    expect(r.report!.files).toEqual([
      { file: 'charts/trainer/templates/deployment.yaml', kind: null, note },
      { file: 'charts/trainer/templates/sub/job.yaml', kind: null, note },
      // A templates/ directory without a Chart.yaml beside it is ordinary YAML.
      { file: 'plain/templates/pod.yaml', kind: 'kubernetes', detectedBy: 'content' },
    ]);
    const text = tollgate(['check', dir]).stdout;
    expect(text.match(/Helm chart template/g)).toHaveLength(1);
    expect(text).toContain('note: charts/trainer/templates/: 2 Helm chart templates skipped');
  });

  it('takes kinds from the config over detection, for names tollgate would not read', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'kinds:\n  - name: cloudformation\n    match: ["infra/*.template"]\n  - name: gitlab_ci\n    match: [ci/pipeline.yml]\n  - name: dockerfile\n    match: [images/gpu]\n',
      'infra/notebook.template': '{"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"DirectInternetAccess": "Enabled", "KmsKeyId": "k", "SubnetId": "subnet-1", "RootAccess": "Disabled", "InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "2"}}}}}\n',
      'infra/bucket.template': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n',
      'ci/pipeline.yml': `include: ci/jobs.yml\nbuild:\n  extends: .base\n  script: [make]\n`,
      'ci/jobs.yml': `.base:\n  image: python:3.11\n`,
      'images/gpu': `FROM nvcr.io/nvidia/cuda:12.4.1-runtime-ubuntu22.04@${DIGEST}\n`,
    });
    const r = check(dir);
    expect(r.report!.files).toEqual([
      { file: 'ci/jobs.yml', kind: 'gitlab_ci', detectedBy: 'include', includedBy: 'ci/pipeline.yml' },
      { file: 'ci/pipeline.yml', kind: 'gitlab_ci', detectedBy: 'config' },
      { file: 'images/gpu', kind: 'dockerfile', detectedBy: 'config' },
      { file: 'infra/bucket.template', kind: 'cloudformation', detectedBy: 'config' },
      { file: 'infra/notebook.template', kind: 'cloudformation', detectedBy: 'config' },
    ]);
    // The rules this test is about (the bucket template also meets the S3 rules).
    const subjects = new Set(['TG-GITLAB-001', 'TG-DOCKER-001', 'TG-AWS-003']);
    expect(r.report!.findings.filter((f) => subjects.has(f.rule)).map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'TG-GITLAB-001 ci/jobs.yml:2:3',
      'TG-DOCKER-001 images/gpu:1:1',
      'TG-AWS-003 infra/notebook.template:1:82',
    ]);
  });

  it('validates an in-house kind against its schema, each error at its node, then runs its rules', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'kinds:\n  - name: ml-workspace-request\n    match: ["requests/**/*.yaml"]\n',
      'requests/fraud.yaml': WORKSPACE_REQUEST,
      'requests/bad.yaml': WORKSPACE_REQUEST.replace('count: 1', 'count: 0').replace('endDate: 2027-03-31', 'endDate: soon\nbudget: 100'),
      'other.yaml': WORKSPACE_REQUEST,
    });
    const r = check(dir);
    expect(r.report!.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'TG-REQ-001 requests/bad.yaml:4:1 the gpu profile needs compute.justification: say why CPU will not do',
      'TG-REQ-001 requests/bad.yaml:5:3 the gpu profile needs a costCentre that pays for it',
      'TG-SCHEMA requests/bad.yaml:7:3 "compute.count" must be >= 1',
      'TG-SCHEMA requests/bad.yaml:11:1 "endDate" must match format "date"',
      'TG-SCHEMA requests/bad.yaml:12:1 "budget" is not a property the schema allows',
      'TG-REQ-001 requests/fraud.yaml:4:1 the gpu profile needs compute.justification: say why CPU will not do',
      'TG-REQ-001 requests/fraud.yaml:5:3 the gpu profile needs a costCentre that pays for it',
    ]);
    expect(r.report!.files.map((f) => [f.file, f.kind, f.detectedBy])).toEqual([
      ['requests/bad.yaml', 'ml_workspace_request', 'config'],
      ['requests/fraud.yaml', 'ml_workspace_request', 'config'],
    ]);
  });

  it('validates against a schema the config names, and an in-house kind needs no rules', () => {
    const dir = tempRepo({
      '.tollgate.yaml': 'kinds:\n  - name: model-card\n    match: ["cards/*.json"]\n    schema: schemas/card.json\n',
      'schemas/card.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['owner'], properties: { owner: { type: 'string', format: 'email' } } }),
      'cards/a.json': '{\n  "name": "resnet",\n  "owner": "nobody"\n}\n',
      'cards/b.json': '{\n  "name": "bert"\n}\n',
    });
    const r = check(dir);
    expect(r.report!.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'TG-SCHEMA cards/a.json:3:3 "owner" must match format "email"',
      'TG-SCHEMA cards/b.json:1:1 "owner" is required',
    ]);
    expect(r.report!.files.map((f) => f.kind)).toEqual(['model_card', 'model_card']);
  });

  it.each([
    ['kinds:\n  - name: helm\n    match: ["*.yaml"]\n', /^tollgate: \.tollgate\.yaml:2:5: kind helm is not a kind tollgate knows \(dockerfile, terraform, gitlab_ci, github_actions, github_action_metadata, backstage, cloudformation, kubernetes\) and has no schema; give it a schema: or fix the name\n$/],
    ['kinds:\n  - name: orders\n    match: ["*.yaml"]\n    schema: missing.json\n', /^tollgate: \.tollgate\.yaml:2:5: cannot read the schema of kind orders, .*missing\.json: ENOENT\n$/],
    ['kinds:\n  - name: orders\n    match: ["*.yaml"]\n    schema: bad.json\n', /^tollgate: \.tollgate\.yaml:2:5: the schema of kind orders, .*bad\.json, is not a valid JSON Schema: /],
    ['kinds:\n  - name: kubernetes\n    match: ["*.yaml"]\n    schema: bad.json\n', /^tollgate: \.tollgate\.yaml:2:5: kind kubernetes is built in; a schema is only for in-house kinds\n$/],
    ['kinds:\n  - name: Orders\n    match: ["*.yaml"]\n', /^tollgate: .*\.tollgate\.yaml:2:5: "kinds\.0\.name" must match pattern/],
    ['kinds:\n  - name: orders\n', /^tollgate: .*\.tollgate\.yaml:2:5: "kinds\.0" must have required property 'match'/],
  ])('rejects a wrong kinds: entry with one line and exit 2: %j', (config, message) => {
    const dir = tempRepo({ '.tollgate.yaml': config, 'bad.json': '{"type": "no-such-type"}', 'a.yaml': 'x: 1\n' });
    const r = tollgate(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
