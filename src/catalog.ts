import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from './severity.js';
import { WAIVER_RULES } from './waiver-rules.js';

export type Owner = 'infosec' | 'cybersecurity' | 'architecture' | 'tollgate';

/** A rule's METADATA, as the policy build extracted it (policies/bundle/catalog.json). */
export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  owner: Owner;
  /** Kinds of input the rule checks; ['*'] for tollgate's own rules, which apply to every file. */
  kinds: string[];
  description: string;
  remediation: string;
  standards: Record<string, string[]>;
  related: string[];
  inlineWaivers: boolean;
  source: string;
  /** Organisation parameters the rule reads (`data.params.<name>`), with their defaults. */
  parameters?: Parameter[];
  /** tollgate's own rule, or one of an organisation's pack. */
  builtin?: boolean;
  /** An offending snippet from the rule's failing fixture. */
  example?: Example;
}

/** A parameter a rule reads, by its dotted name under `parameters:` in .tollgate.yaml. */
export interface Parameter {
  name: string;
  default: unknown;
}

/** Lines of a failing fixture around a line the rule reports. */
export interface Example {
  file: string;
  /** The reported line, in the fixture. */
  line: number;
  text: string;
}

export interface Catalog {
  opaVersion: string;
  kinds: string[];
  rules: Map<string, RuleMeta>;
}

/** Rules of tollgate itself: they report files it could not check. */
export const PARSE_RULE: RuleMeta = {
  id: 'TG-PARSE',
  title: 'File could not be checked',
  // Critical so that it fails at any --fail-on: an unreadable file may hide any violation.
  severity: 'critical',
  owner: 'tollgate',
  kinds: ['*'],
  description: 'The file could not be read or parsed, so none of the rules could check it.',
  remediation: 'Fix the syntax error at the reported position, or exclude the file in .tollgate.yaml if it is not meant to be scanned.',
  standards: {},
  related: [],
  inlineWaivers: false,
  source: 'src/catalog.ts',
};

/** A file of a kind declared with a JSON Schema that breaks it: each schema error is a finding. */
export const SCHEMA_RULE: RuleMeta = {
  id: 'TG-SCHEMA',
  title: 'File does not match the schema of its kind',
  // High: a request that breaks its schema cannot be trusted to mean what the rules read.
  severity: 'high',
  owner: 'tollgate',
  kinds: ['*'],
  description: 'The file is of a kind declared in .tollgate.yaml with a JSON Schema, and breaks that schema at this place.',
  remediation: 'Change the value so that it matches the schema named in .tollgate.yaml (the message says what the schema expects).',
  standards: {},
  related: [],
  inlineWaivers: false,
  source: 'src/catalog.ts',
};

/** tollgate's own rules, by id. */
export const TOOL_RULES: ReadonlyMap<string, RuleMeta> = new Map([PARSE_RULE, SCHEMA_RULE].map((r) => [r.id, r]));

/** Reads the rule catalog of a bundle directory and adds tollgate's own rules. */
export function loadCatalog(bundleDir: string): Catalog {
  const raw = JSON.parse(readFileSync(join(bundleDir, 'catalog.json'), 'utf8')) as {
    opaVersion: string;
    kinds: string[];
    rules: RuleMeta[];
  };
  const rules = new Map<string, RuleMeta>([...TOOL_RULES.values(), ...Object.values(WAIVER_RULES)].map((r) => [r.id, r]));
  for (const r of raw.rules) rules.set(r.id, r);
  return { opaVersion: raw.opaVersion, kinds: raw.kinds, rules };
}
