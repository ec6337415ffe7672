import type { Parameter } from '../catalog.js';

/** The organisation parameters a rule's source reads (`data.params.a.b`), with their defaults. */
export function parametersOf(rego: string, defaults: Record<string, unknown>): Parameter[] {
  const code = rego
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n');
  const names = new Set<string>();
  for (const m of code.matchAll(/\bdata\.params((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)) names.add((m[1] as string).slice(1));
  return [...names].sort().map((name) => ({ name, default: valueAt(defaults, name) ?? null }));
}

/** The value at a dotted parameter name ("kubernetes.require_image_digest"), if set. */
export function valueAt(obj: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), obj);
}
