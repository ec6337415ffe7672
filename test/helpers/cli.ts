import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const BIN = resolve('bin/tollgate.cjs');

/** Runs the CLI bundle (bin/tollgate.cjs, built by npm run build) as a user would and captures everything. */
export function tollgate(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    ...options,
    env: { ...process.env, NO_COLOR: '', ...(options.env ?? {}) },
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A fresh directory (not a git repository) holding the given files. */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A pod that breaks one rule only: TG-K8S-001 (privileged, line 12). */
export const PRIVILEGED_POD = `apiVersion: v1
kind: Pod
metadata:
  name: trainer
spec:
  automountServiceAccountToken: false
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: main
      image: registry.example.com/train:1.0@sha256:${'a'.repeat(64)}
      securityContext:
        privileged: true
        allowPrivilegeEscalation: false
        capabilities: {drop: [ALL]}
        readOnlyRootFilesystem: true
      resources:
        limits: {cpu: "1", memory: 1Gi}
`;

export const CLEAN_POD = PRIVILEGED_POD.replace('privileged: true', 'privileged: false');
