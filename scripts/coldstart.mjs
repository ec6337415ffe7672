#!/usr/bin/env node
// Cold start: the wall time of whole `tollgate check` processes, as a pre-commit hook runs them,
// on 1 file and on 20 small files of a temporary git repository. Prints the median of N runs and,
// for reference, that of a bare `node -e 0`; on Linux also the median CPU time, which other load
// on the machine disturbs less. Runs use a code cache of their own, made by one 20-file run before
// measuring (as a hook's first run makes it); the last case runs without one, as a first run does.
// Several --bin are measured in turns, so they share the same load.
// Usage: npm run coldstart -- [--runs N] [--bin path/to/tollgate.cjs]...
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 15;
const bins = args.flatMap((a, i) => (a === '--bin' ? [resolve(args[i + 1])] : []));
if (bins.length === 0) bins.push(resolve('bin/tollgate.cjs'));

const dir = mkdtempSync(join(tmpdir(), 'tollgate-coldstart-'));
const caches = mkdtempSync(join(tmpdir(), 'tollgate-coldstart-cache-'));
try {
  const files = generate(dir, 20);
  spawnSync('git', ['init', '-q'], { cwd: dir });
  spawnSync('git', ['add', '-A'], { cwd: dir });
  const cases = [{ name: 'node -e 0', argv: ['-e', '0'], expect: 0 }];
  for (const [i, bin] of bins.entries()) {
    const label = bins.length > 1 ? ` [${i + 1}]` : '';
    const env = { ...process.env, NODE_COMPILE_CACHE: join(caches, String(i)) };
    spawnSync(process.execPath, [bin, 'check', ...files], { cwd: dir, env });
    // Exit 1 is expected: the files hold violations.
    cases.push({ name: `check, 1 file${label}`, argv: [bin, 'check', files[0]], expect: 1, env });
    cases.push({ name: `check, 20 files${label}`, argv: [bin, 'check', ...files], expect: 1, env });
    cases.push({ name: `  no code cache${label}`, argv: [bin, 'check', ...files], expect: 1, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } });
  }
  const samples = cases.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => sample(c, samples[k]));
  console.log(`${''.padEnd(22)}  wall ms  cpu ms  fastest   (medians of ${runs} runs)`);
  cases.forEach((c, k) => {
    const { wall, cpu } = samples[k];
    const cells = [median(wall).toFixed(0), cpu.length > 0 ? String(median(cpu)) : '-', Math.min(...wall).toFixed(0)];
    console.log(`${c.name.padEnd(22)} ${cells.map((x) => x.padStart(7)).join(' ')}`);
  });
  bins.forEach((bin, i) => console.log(bins.length > 1 ? `[${i + 1}] ${bin}` : `(${bin})`));
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(caches, { recursive: true, force: true });
}

function sample(c, into) {
  const cpu = childCpu();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.argv, { cwd: dir, encoding: 'utf8', env: c.env });
  into.wall.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (r.status !== c.expect) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
  if (cpu !== undefined) into.cpu.push(childCpu() - cpu);
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU milliseconds of this process's finished children (Linux /proc, in clock ticks of 10 ms). */
function childCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
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
