#!/usr/bin/env node
// Scans a generated repository of N manifests and workflows and reports files per second and the
// ratio of a full scan to parsing alone, both measured in this one run; then parse time per MB
// of each format against YAML's (the budget: no parser more than 3x slower per MB than YAML).
// Usage: npm run bench -- [--files N] [--rounds R]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseYaml } from '../dist/parse/yaml.js';
import { scan } from '../dist/scan.js';
import { loadHclParser } from '../dist/parse/hcl.js';
import { formatRates, terraformText } from './bench-formats.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const files = opt('--files', 3000);
const rounds = opt('--rounds', 3);

const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-'));
const paths = generate(dir, files);
// One Terraform module directory per 20 YAML files, so the full scan covers HCL units too.
const tfPaths = Array.from({ length: Math.round(files / 20) }, (_, i) => {
  mkdirSync(join(dir, 'infra', `m${i}`), { recursive: true });
  const p = join(dir, 'infra', `m${i}`, 'main.tf');
  writeFileSync(p, terraformText(i));
  return p;
});
const hcl = await loadHclParser();
try {
  const parseOnly = median(rounds, () => {
    for (const p of paths) parseYaml(readFileSync(p, 'utf8'));
    for (const p of tfPaths) hcl.parse(readFileSync(p, 'utf8'));
  });
  let findings = 0;
  const full = median(rounds, async () => {
    findings = (await scan({ targets: [dir] })).findings.length;
  });
  const [p, f] = [await parseOnly, await full];
  const total = paths.length + tfPaths.length;
  console.log(`files            ${total} (${Math.round(paths.length * 2 / 3)} Kubernetes manifests, ${paths.length - Math.round(paths.length * 2 / 3)} workflows, ${tfPaths.length} Terraform modules)`);
  console.log(`findings         ${findings}`);
  console.log(`parse only       ${p.toFixed(0)} ms  (${rate(total, p)} files/s)`);
  console.log(`full scan        ${f.toFixed(0)} ms  (${rate(total, f)} files/s)`);
  console.log(`full / parse     ${(f / p).toFixed(2)}x  (median of ${rounds} rounds)`);
  console.log('');
  for (const line of await formatRates(paths, rounds, median)) console.log(line);
} finally {
  rmSync(dir, { recursive: true, force: true });
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
