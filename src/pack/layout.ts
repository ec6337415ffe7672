import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BUNDLE_DIR, PACKAGE_ROOT } from '../bundle.js';
import type { Config } from '../config.js';
import { toPosix } from '../discover.js';
import { UserError } from '../errors.js';

// From the CLI bundle (bin/cli.cjs) a path relative to this module would be wrong: bundle.ts
// is one level below the package root wherever it runs (src/, dist/ or inside the bundle).
export { PACKAGE_ROOT } from '../bundle.js';
/** Sources of the built-in rules, shipped so that `tollgate build` can compile them with a pack. */
export const BUILTIN_POLICIES = join(PACKAGE_ROOT, 'policies');
/** Fixtures of the built-in rules (in the tollgate repository only; not shipped). */
export const BUILTIN_FIXTURES = join(PACKAGE_ROOT, 'fixtures', 'rules');

/** A directory of Rego rules and the fixtures that test them. */
export interface Pack {
  dir: string;
  fixtures: string;
  /** tollgate's own rules (policies/ of this package), whose fixtures live in fixtures/rules. */
  builtin: boolean;
}

/** The pack rooted at `dir`: tollgate's own policies/, or an organisation's pack with fixtures/ inside. */
export function packAt(dir: string): Pack {
  const builtin = sameDir(dir, BUILTIN_POLICIES);
  return { dir: resolve(dir), fixtures: builtin ? BUILTIN_FIXTURES : join(resolve(dir), 'fixtures'), builtin };
}

/** The organisation's pack named by the config, or a one-line error saying how to name one. */
export function configuredPack(config: Config): Pack {
  if (config.policies === undefined) {
    throw new UserError(`${config.file ?? 'no .tollgate.yaml found'}: no policy pack is configured; add \`policies: <dir>\` (the directory of your Rego rules) to .tollgate.yaml`);
  }
  return packAt(config.policies);
}

/**
 * The bundle to evaluate with: the config's `bundle`, else `<policies>/bundle` when a pack is
 * configured, else the built-in bundle. A configured bundle that is missing is a one-line error.
 */
export function bundleDirOf(config: Config): string {
  const dir = config.bundle ?? (config.policies !== undefined ? join(config.policies, 'bundle') : undefined);
  if (dir === undefined) return BUNDLE_DIR;
  for (const f of ['policy.wasm', 'data.json', 'catalog.json']) {
    if (!existsSync(join(dir, f))) throw new UserError(`${display(dir)}: no ${f} in the policy bundle named by ${config.file ?? '.tollgate.yaml'}; run \`tollgate build\` to compile it`);
  }
  return dir;
}

/**
 * Refuses a path tollgate would write that is not inside `workspace` (after resolving symbolic
 * links of the part that exists), so a config or flag cannot make it write elsewhere.
 */
export function insideWorkspace(target: string, workspace: string, what: string): string {
  const abs = resolve(target);
  const real = realExisting(abs);
  const root = realExisting(resolve(workspace));
  if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw new UserError(`${what} ${target} is outside the workspace ${display(workspace)}; choose a directory inside it`);
  }
  return abs;
}

/** A path as shown to the user: relative to the working directory, with forward slashes. */
export function display(abs: string, base = process.cwd()): string {
  return toPosix(relative(base, abs)) || '.';
}

function realExisting(p: string): string {
  let existing = p;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(existing.slice(dirname(existing).length + 1));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

function sameDir(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Exclude patterns for the configured pack: its fixtures break rules on purpose and are never scanned. */
export function packExcludes(config: Config): string[] {
  if (config.policies === undefined) return [];
  const rel = toPosix(relative(config.dir, config.policies));
  return rel && !rel.startsWith('..') ? [`/${rel}/`] : [];
}
