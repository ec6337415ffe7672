#!/usr/bin/env node
// Cold start: the wall time of whole `tollgate check` processes, as a pre-commit hook runs them,
// on 1 file and on 20 small files of a temporary git repository. Prints the median of N runs and,
// for reference, the median of a bare `node -e 0` on this machine.
// Usage: npm run coldstart -- [--runs N] [--bin path/to/tollgate.js]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(opt('--runs', 15));
const bin = resolve(opt('--bin', 'bin/tollgate.js'));

const dir = mkdtempSync(join(tmpdir(), 'tollgate-coldstart-'));
try {
  const files = generate(dir, 20);
  spawnSync('git', ['init', '-q'], { cwd: dir });
  spawnSync('git', ['add', '-A'], { cwd: dir });
  const node = median(runs, () => spawnSync(process.execPath, ['-e', '0']));
  const one = median(runs, () => check([files[0]]));
  const twenty = median(runs, () => check(files));
  console.log(`node -e 0          ${node.toFixed(0)} ms`);
  console.log(`check, 1 file      ${one.toFixed(0)} ms`);
  console.log(`check, 20 files    ${twenty.toFixed(0)} ms`);
  console.log(`(median of ${runs} runs each, ${bin})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function check(paths) {
  const r = spawnSync(process.execPath, [bin, 'check', ...paths], { cwd: dir, encoding: 'utf8' });
  // Exit 1 is expected: the files hold violations. Anything else means the measurement is wrong.
  if (r.status !== 1) throw new Error(`tollgate exited ${r.status}: ${r.stderr}`);
  return r;
}

function median(n, fn) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(n / 2)];
}

/** Small manifests and workflows, each with a violation, as a typical commit touches. */
function generate(root, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const workflow = i % 4 === 3;
    const rel = workflow ? `.github/workflows/ci-${i}.yml` : `deploy/app-${i}.yaml`;
    const text = workflow
      ? `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: some/action@v${i}\n`
      : `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:${i}\n          securityContext:\n            privileged: true\n`;
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
    out.push(rel);
  }
  return out;
}
