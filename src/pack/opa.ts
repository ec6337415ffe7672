import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { PACKAGE_ROOT } from './layout.js';

/** What one OPA command printed, and whether it succeeded. */
export interface OpaRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** The pinned OPA version, written once in package.json. */
export function opaVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { tollgate: { opaVersion: string } }).tollgate.opaVersion;
}

/**
 * The path of the pinned OPA, built from source into .tools/ on first use by scripts/opa.sh (the
 * one place that knows how). Without OPA and without Go this is the script's one-line message.
 */
export function opaBinary(log: (line: string) => void = () => {}): string {
  const r = spawnSync(join(PACKAGE_ROOT, 'scripts', 'opa.sh'), [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new UserError(`cannot run ${join(PACKAGE_ROOT, 'scripts', 'opa.sh')} to find OPA (${r.error.message}); reinstall tollgate`);
  const lines = String(r.stderr).trim().split('\n').filter(Boolean);
  if (r.status !== 0) {
    const own = lines.find((l) => l.startsWith('tollgate: '));
    throw new UserError(own ? own.slice('tollgate: '.length) : `building OPA ${opaVersion()} failed: ${lines.at(-1) ?? `exit ${r.status}`}; run scripts/opa.sh to see why`);
  }
  for (const l of lines) log(l);
  return String(r.stdout).trim();
}

/** Runs OPA with an argument array (never a shell) in `cwd`. */
export function runOpa(opa: string, args: readonly string[], cwd: string): OpaRun {
  const r = spawnSync(opa, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new UserError(`cannot run ${opa} (${r.error.message}); delete it and run again to rebuild it`);
  return { ok: r.status === 0, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/**
 * OPA's capabilities cut down to the builtins of scripts/wasm-builtins.json: those the WASM
 * runtime or the JS SDK implement (sprintf left out on purpose), so a rule calling anything else
 * fails at build time rather than in a user's pull request.
 */
export function wasmCapabilities(opa: string): unknown {
  const allowed = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'scripts', 'wasm-builtins.json'), 'utf8')) as Record<'native' | 'host' | 'compiler', string[]>;
  const names = new Set([...allowed.native, ...allowed.host, ...allowed.compiler]);
  const current = JSON.parse(runOpa(opa, ['capabilities', '--current'], PACKAGE_ROOT).stdout) as { builtins: Array<{ name: string }> };
  return { ...current, builtins: current.builtins.filter((b) => names.has(b.name)) };
}
