// Bad input never crashes the scan and never hides the findings of the other files.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_POD, PRIVILEGED_POD, tempRepo, tollgate } from './helpers/cli.js';

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

function check(dir: string, targets: string[] = [], options = {}) {
  const r = tollgate(['check', ...(targets.length ? targets : [dir]), '--format', 'json'], options);
  const report = r.stdout ? (JSON.parse(r.stdout) as { findings: JsonFinding[]; summary: { files: number } }) : undefined;
  return { ...r, report };
}

/** Every case sits beside a violating pod that must still be reported. */
function withNeighbour(files: Record<string, string | Buffer>) {
  return tempRepo({ 'k8s/pod.yaml': PRIVILEGED_POD, ...files });
}

function neighbourReported(findings: JsonFinding[]) {
  expect(findings.filter((f) => f.file === 'k8s/pod.yaml').map((f) => f.rule)).toEqual(['TG-K8S-001']);
}

describe('bad input', () => {
  it('invalid YAML becomes TG-PARSE with line and column', () => {
    const dir = withNeighbour({ 'k8s/broken.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [a, b\n' });
    const r = check(dir);
    expect(r.code).toBe(1);
    const parse = r.report!.findings.filter((f) => f.rule === 'TG-PARSE');
    expect(parse).toEqual([expect.objectContaining({ file: 'k8s/broken.yaml', line: 5, message: expect.stringMatching(/^invalid YAML: /) })]);
    neighbourReported(r.report!.findings);
  });

  it('duplicate keys become TG-PARSE on the repeated key', () => {
    const dir = withNeighbour({ 'k8s/dup.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n' });
    const r = check(dir);
    expect(r.report!.findings.filter((f) => f.rule === 'TG-PARSE')).toEqual([
      expect.objectContaining({ file: 'k8s/dup.yaml', line: 5, column: 3, message: expect.stringContaining('duplicate key "name"') }),
    ]);
    neighbourReported(r.report!.findings);
  });

  it('an empty file is not an error', () => {
    const dir = withNeighbour({ 'k8s/empty.yaml': '', '.github/workflows/empty.yml': '' });
    const r = check(dir);
    expect(r.stderr).toBe('');
    expect(r.report!.findings.filter((f) => f.file !== 'k8s/pod.yaml')).toEqual([]);
    neighbourReported(r.report!.findings);
  });

  it('a binary file with a .yaml name becomes TG-PARSE at its first NUL byte', () => {
    const dir = withNeighbour({ 'k8s/model.yaml': Buffer.from([0x61, 0x0a, 0x62, 0x63, 0x00, 0xff, 0xfe]) });
    const r = check(dir);
    expect(r.report!.findings.filter((f) => f.rule === 'TG-PARSE')).toEqual([
      expect.objectContaining({ file: 'k8s/model.yaml', line: 2, column: 3, message: expect.stringContaining('binary') }),
    ]);
    neighbourReported(r.report!.findings);
  });

  it('a 50 MB file is reported, not parsed', () => {
    const big = 'items:\n' + '  - "0123456789012345678901234567890123456789012345678901234567890123456789"\n'.repeat(700_000);
    expect(big.length).toBeGreaterThan(50_000_000);
    const dir = withNeighbour({ 'k8s/huge.yaml': big });
    const r = check(dir);
    expect(r.report!.findings.filter((f) => f.rule === 'TG-PARSE')).toEqual([
      expect.objectContaining({ file: 'k8s/huge.yaml', line: 1, message: expect.stringMatching(/over the 10\.0 MiB limit/) }),
    ]);
    neighbourReported(r.report!.findings);
  });

  it('a path that cannot be read (a socket named .yaml) becomes TG-PARSE and the scan goes on', async () => {
    const dir = withNeighbour({});
    const socket = join(dir, 'k8s/agent.yaml');
    const server = createServer().listen(socket);
    await once(server, 'listening');
    try {
      const r = check(dir, [socket, dir]);
      expect(r.report!.findings.filter((f) => f.rule === 'TG-PARSE')).toEqual([
        expect.objectContaining({ file: 'k8s/agent.yaml', line: 1, column: 1, message: expect.stringMatching(/cannot read the file \(ENXIO\)/) }),
      ]);
      neighbourReported(r.report!.findings);
    } finally {
      server.close();
    }
  });

  // root reads any file, so the permission test runs the CLI as nobody where nobody can reach it.
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const nobodyCanRun = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(resolve('bin/tollgate.cjs'))})`], asNobody).status === 0;

  it.runIf(nobodyCanRun)('a file without read permission becomes TG-PARSE and the scan goes on', () => {
    const dir = withNeighbour({ 'k8s/secret.yaml': CLEAN_POD });
    chmodSync(join(dir, 'k8s/secret.yaml'), 0o000);
    chmodSync(dir, 0o755);
    const r = check(dir, [], asNobody);
    expect(r.report!.findings.filter((f) => f.rule === 'TG-PARSE')).toEqual([
      expect.objectContaining({ file: 'k8s/secret.yaml', message: expect.stringContaining('EACCES') }),
    ]);
    neighbourReported(r.report!.findings);
  });

  it('a path that does not exist is one clear line and exit 2', () => {
    const r = tollgate(['check', '/nonexistent/tollgate/path']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tollgate: /nonexistent/tollgate/path: no such file or directory; pass paths that exist\n');
  });

  it('a directory symlink loop is not followed', () => {
    const dir = withNeighbour({});
    mkdirSync(join(dir, 'k8s/nested'));
    symlinkSync('..', join(dir, 'k8s/nested/loop'));
    symlinkSync(join(dir, 'k8s'), join(dir, 'k8s/nested/again'));
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.report!.summary.files).toBe(1);
    neighbourReported(r.report!.findings);
  });
});
