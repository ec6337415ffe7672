#!/usr/bin/env node
// Scans a generated repository of N manifests and workflows (plus CloudFormation templates and
// Dockerfiles) and reports files per second and the ratio of a full scan to parsing alone, then the
// parse time per MB of each format against YAML's, all measured in this one run.
// Usage: npm run bench -- [--files N] [--rounds R]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseYaml } from '../dist/parse/yaml.js';
import { parseJson } from '../dist/parse/json.js';
import { parseDockerfile } from '../dist/parse/dockerfile.js';
import { normalizeIntrinsics } from '../dist/parse/cloudformation.js';
import { scan } from '../dist/scan.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const files = opt('--files', 3000);
const rounds = opt('--rounds', 3);

const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-'));
const paths = generate(dir, files);
const extra = generateOthers(dir, Math.max(1, Math.round(files / 10)));
try {
  const parseOnly = median(rounds, () => {
    for (const p of paths) parseYaml(readFileSync(p, 'utf8'));
  });
  let findings = 0;
  const full = median(rounds, async () => {
    findings = (await scan({ targets: [dir] })).findings.length;
  });
  const [p, f] = [await parseOnly, await full];
  console.log(`files            ${paths.length} (${Math.round(paths.length * 2 / 3)} Kubernetes manifests, the rest workflows)`);
  console.log(`findings         ${findings}`);
  console.log(`parse only       ${p.toFixed(0)} ms  (${rate(paths.length, p)} files/s)`);
  console.log(`full scan        ${f.toFixed(0)} ms  (${rate(paths.length, f)} files/s)`);
  console.log(`full / parse     ${(f / p).toFixed(2)}x  (median of ${rounds} rounds)`);
  console.log(`plus             ${extra.length} CloudFormation templates and Dockerfiles in the full scan`);
  console.log('');
  console.log('parse time per MB (each format read by its own parser, median of rounds)');
  const perMb = await parseRates(paths, extra, rounds);
  const yaml = perMb.find((r) => r.name === 'YAML (Kubernetes)').msPerMb;
  for (const r of perMb) {
    console.log(`  ${r.name.padEnd(22)} ${r.msPerMb.toFixed(1).padStart(7)} ms/MB  ${(r.msPerMb / yaml).toFixed(2)}x YAML  (${(r.bytes / 1e6).toFixed(2)} MB)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Milliseconds per MB of each parser over its own corpus (the texts are read before timing). */
async function parseRates(yamlPaths, extra, n) {
  const corpus = (filter) => extra.filter(filter).map((p) => readFileSync(p, 'utf8'));
  const formats = [
    { name: 'YAML (Kubernetes)', texts: yamlPaths.filter((p) => p.endsWith('.yaml')).map((p) => readFileSync(p, 'utf8')), parse: parseYaml },
    { name: 'CloudFormation YAML', texts: corpus((p) => p.endsWith('.yaml')), parse: (t) => normalizeIntrinsics(parseYaml(t), t) },
    { name: 'CloudFormation JSON', texts: corpus((p) => p.endsWith('.json')), parse: (t) => normalizeIntrinsics(parseJson(t), t) },
    { name: 'Dockerfile', texts: corpus((p) => p.endsWith('Dockerfile')), parse: parseDockerfile },
  ];
  const out = [];
  for (const f of formats) {
    const bytes = f.texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    const ms = await median(n, () => {
      for (const t of f.texts) f.parse(t);
    });
    out.push({ name: f.name, bytes, msPerMb: ms / (bytes / 1e6) });
  }
  return out;
}

async function median(n, fn) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}

function rate(n, ms) {
  return Math.round((n / ms) * 1000);
}

/** A repository shaped like an ML platform's: deployments with a few containers, CI workflows. */
function generate(root, n) {
  const out = [];
  mkdirSync(join(root, 'k8s'), { recursive: true });
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const workflow = i % 3 === 2;
    const path = workflow ? join(root, '.github', 'workflows', `wf-${i}.yml`) : join(root, 'k8s', `app-${i}.yaml`);
    writeFileSync(path, workflow ? workflowText(i) : manifestText(i));
    out.push(path);
  }
  return out;
}

function manifestText(i) {
  const container = (name, extra) => `        - name: ${name}
          image: registry.example.com/ml/${name}:${i % 7 === 0 ? 'latest' : '1.2.3'}
          ports: [{containerPort: 8080}]
          env:
            - {name: MODEL, value: model-${i}}
          resources:
            requests: {cpu: "2", memory: 4Gi${extra}}
            limits: {cpu: "2", memory: 4Gi${extra}}
          securityContext:
            allowPrivilegeEscalation: false
            privileged: ${i % 11 === 0}
`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: serve-${i}
  namespace: ml
  labels: {app: serve-${i}, team: team-${i % 13}}
spec:
  replicas: 2
  selector: {matchLabels: {app: serve-${i}}}
  template:
    metadata: {labels: {app: serve-${i}}}
    spec:
      securityContext: {runAsNonRoot: true}
      containers:
${container('server', i % 5 === 0 ? ', nvidia.com/gpu: 1' : '')}${container('sidecar', '')}---
apiVersion: v1
kind: Service
metadata: {name: serve-${i}, namespace: ml}
spec:
  selector: {app: serve-${i}}
  ports: [{port: 80, targetPort: 8080}]
`;
}

function workflowText(i) {
  return `name: train-${i}
on:
  push: {branches: [main]}
  pull_request:
permissions:
  contents: read
jobs:
  train:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - name: Install
        run: pip install -r requirements.txt
      - name: Train
        run: python train.py --run ${i}
      - uses: ${i % 4 === 0 ? 'acme/upload-model@v2' : 'acme/upload-model@0123456789abcdef0123456789abcdef01234567'}
`;
}

/** CloudFormation templates (YAML with short-form intrinsics, and JSON) and multi-stage Dockerfiles. */
function generateOthers(root, n) {
  const out = [];
  mkdirSync(join(root, 'infra'), { recursive: true });
  mkdirSync(join(root, 'images'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const yaml = join(root, 'infra', `stack-${i}.yaml`);
    writeFileSync(yaml, cloudFormationText(i));
    const json = join(root, 'infra', `stack-${i}.json`);
    writeFileSync(json, JSON.stringify(cloudFormationJson(i), null, 2));
    const docker = join(root, 'images', `svc-${i}.Dockerfile`);
    writeFileSync(docker, dockerfileText(i));
    out.push(yaml, json, docker);
  }
  return out;
}

function cloudFormationText(i) {
  const notebook = (n) => `  Notebook${n}:
    Type: AWS::SageMaker::NotebookInstance
    Condition: IsEnabled
    Properties:
      NotebookInstanceName: !Sub "\${AWS::StackName}-nb-${n}"
      InstanceType: !FindInMap [Sizes, !Ref Environment, Notebook]
      RoleArn: !GetAtt NotebookRole.Arn
      KmsKeyId: !Ref NotebookKey
      SubnetId: !Select [0, !Split [",", !ImportValue ml-platform-PrivateSubnets]]
      SecurityGroupIds: [!Ref NotebookSecurityGroup]
      DirectInternetAccess: !If [IsDev, Enabled, Disabled]
      Tags:
        - {Key: team, Value: team-${i % 13}}
        - {Key: cost-center, Value: !Join ["-", [cc, !Ref CostCentre]]}
`;
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: ML workspace ${i}
Parameters:
  Environment: {Type: String, AllowedValues: [dev, prod]}
  CostCentre: {Type: String}
Mappings:
  Sizes:
    dev: {Notebook: ml.t3.medium}
    prod: {Notebook: ml.t3.xlarge}
Conditions:
  IsDev: !Equals [!Ref Environment, dev]
  IsEnabled: !Not [!Equals [!Ref CostCentre, ""]]
Resources:
  NotebookKey:
    Type: AWS::KMS::Key
    Properties: {EnableKeyRotation: true}
  NotebookRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {Service: sagemaker.amazonaws.com}, Action: "sts:AssumeRole"}
${[0, 1, 2, 3].map(notebook).join('')}`;
}

function cloudFormationJson(i) {
  const resources = {};
  for (let n = 0; n < 4; n++) {
    resources[`Notebook${n}`] = {
      Type: 'AWS::SageMaker::NotebookInstance',
      Properties: {
        NotebookInstanceName: { 'Fn::Sub': `\${AWS::StackName}-nb-${n}` },
        InstanceType: 'ml.t3.medium',
        RoleArn: { 'Fn::GetAtt': ['NotebookRole', 'Arn'] },
        KmsKeyId: { Ref: 'NotebookKey' },
        DirectInternetAccess: i % 3 === 0 ? 'Enabled' : 'Disabled',
        Tags: [{ Key: 'team', Value: `team-${i % 13}` }],
      },
    };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

function dockerfileText(i) {
  return `# syntax=docker/dockerfile:1.7
ARG BASE=python:3.11-slim
FROM --platform=linux/amd64 \${BASE} AS build
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache pip wheel --wheel-dir /wheels \\
      -r requirements.txt
COPY . .
RUN <<EOF
python -m build --wheel
cp dist/*.whl /wheels/
EOF

FROM python:3.11-slim@sha256:${'ab'.repeat(32)} AS runtime
LABEL org.opencontainers.image.source="https://git.example.com/ml/svc-${i}"
COPY --from=build /wheels /wheels
RUN pip install --no-index --find-links /wheels svc-${i} && rm -rf /wheels
${i % 4 === 0 ? '' : 'USER 10001\n'}EXPOSE 8080
HEALTHCHECK --interval=30s CMD ["python", "-m", "svc.health"]
ENTRYPOINT ["python", "-m", "svc"]
`;
}
