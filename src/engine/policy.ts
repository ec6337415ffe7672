import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import * as sdk from '@open-policy-agent/opa-wasm';
import { utcDay } from '../dates.js';
import { InternalError } from '../errors.js';
import { validateResults, type RuleResult } from './result.js';

// Under ESM the SDK's named exports lack loadPolicySync (its types say otherwise); the default export
// has it. The sync path also skips the async one's `instanceof Response`, which loads Node's fetch.
const { loadPolicySync } = (sdk as unknown as { default: typeof sdk }).default;

/** The compiled policy, loaded once, with the organisation's parameters set once. */
export interface PolicyEngine {
  readonly kinds: readonly string[];
  /** Every violation of every rule of `kind` for one unit's input. */
  evaluate(kind: string, input: unknown): RuleResult[];
}

/**
 * Loads policy.wasm from a bundle directory and sets data to its defaults merged with `params`,
 * and `data.clock.today` to the UTC day of `now` (the WASM runtime has no clock builtin).
 */
export async function loadEngine(bundleDir: string, params: Record<string, unknown>, knownRules: ReadonlySet<string>, now = new Date()): Promise<PolicyEngine> {
  const wasm = readPolicy(bundleDir);
  // Compiled off the main thread (the scan reads and parses files meanwhile), then instantiated.
  return engineOf(await WebAssembly.compile(wasm), wasm.byteLength, bundleDir, params, knownRules, now);
}

/** loadEngine, synchronously: for fixtures that bring their own parameters. */
export function loadEngineSync(bundleDir: string, params: Record<string, unknown>, knownRules: ReadonlySet<string>, now = new Date()): PolicyEngine {
  const wasm = readPolicy(bundleDir);
  return engineOf(new WebAssembly.Module(wasm), wasm.byteLength, bundleDir, params, knownRules, now);
}

function readPolicy(bundleDir: string) {
  // V8's baseline compiler only: optimising OPA's large functions costs more than it saves on the
  // inputs of a scan (measured: 600 evaluations take less time without it, and far less CPU).
  setFlagsFromString('--liftoff-only');
  return readFileSync(join(bundleDir, 'policy.wasm'));
}

function engineOf(module: WebAssembly.Module, bytes: number, bundleDir: string, params: Record<string, unknown>, knownRules: ReadonlySet<string>, now: Date): PolicyEngine {
  const defaults = JSON.parse(readFileSync(join(bundleDir, 'data.json'), 'utf8')) as { params?: Record<string, unknown> };
  // The SDK's default memory (5 pages of 64 KiB) is too small for the data segments of a large
  // policy ("data segment is out of bounds"); they never exceed the file, and memory grows from there.
  const policy = loadPolicySync(module, { initial: Math.ceil(bytes / 65536) + 5 });
  policy.setData({ ...defaults, params: mergeParams(defaults.params ?? {}, params), clock: { today: utcDay(now) } });
  const entrypoints = policy.entrypoints as Record<string, number>;
  const kinds = Object.keys(entrypoints)
    .map((e) => /^tollgate\/(.+)\/violations$/.exec(e)?.[1])
    .filter((k): k is string => k !== undefined)
    .sort();
  return {
    kinds,
    evaluate(kind, input) {
      const entrypoint = `tollgate/${kind}/violations`;
      if (!(entrypoint in entrypoints)) throw new InternalError(`the policy bundle has no entrypoint ${entrypoint}`);
      // The SDK treats a falsy input as no input at all; rules always get a document.
      const resultSet = policy.evaluate(input ?? {}, entrypoint) as Array<{ result: unknown }>;
      return validateResults(resultSet[0]?.result, entrypoint, knownRules);
    },
  };
}

/** Organisation parameters over the defaults: objects merge key by key, anything else replaces. */
export function mergeParams(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(b) && isPlainObject(v) ? mergeParams(b, v) : v;
  }
  return out;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
