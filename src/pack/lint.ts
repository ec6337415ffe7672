import type { Owner, RuleMeta } from '../catalog.js';
import { isSeverity, SEVERITIES } from '../severity.js';

/** A package METADATA block as `opa inspect -a` reports it, with its file as shown to the user. */
export interface Annotation {
  file: string;
  row: number;
  /** Package path without `data`: ["tollgate", "rules", "kubernetes", "privileged_container"]. */
  path: string[];
  title?: string;
  description?: string;
  custom?: Record<string, unknown>;
}

/** Kinds of the fixtures that fail and pass for one rule. */
export interface FixtureKinds {
  failing: Set<string>;
  passing: Set<string>;
}

/** What the metadata lint sees of one pack (built-in or an organisation's). */
export interface LintInput {
  annotations: readonly Annotation[];
  /** Every package of the pack (dotted, without `data.`) and the files that define it. */
  packages: ReadonlyMap<string, readonly string[]>;
  /** Unit kinds tollgate has an entrypoint for. */
  kinds: readonly string[];
  builtin: boolean;
  /** Rule ids and packages defined outside this pack (the built-in rules, for a custom pack), with where. */
  takenIds: ReadonlyMap<string, string>;
  takenPackages: ReadonlyMap<string, string>;
  /** Unit-test files of the pack, as shown. */
  testFiles: ReadonlySet<string>;
  fixtures: ReadonlyMap<string, FixtureKinds>;
  /** The fixtures directory as shown, for the hint. */
  fixturesDir: string;
}

/** A catalog entry before the build adds parameters and an example, with every file of the rule. */
export type LintedRule = Omit<RuleMeta, 'parameters' | 'example'> & { files: string[] };

const OWNERS: readonly Owner[] = ['infosec', 'cybersecurity', 'architecture'];
/** Standards a rule may map to, and the shape of a control id in each. */
export const STANDARDS: Record<string, RegExp> = {
  'nist-800-53': /^[A-Z]{2}-\d+(\(\d+\))?$/,
  'cis-kubernetes': /^\d+(\.\d+)+$/,
  'cis-aws': /^\d+(\.\d+)+$/,
  'cis-gcp': /^\d+(\.\d+)+$/,
  'cis-azure': /^\d+(\.\d+)+$/,
  'cis-docker': /^\d+(\.\d+)+$/,
  'owasp-cicd': /^CICD-SEC-([1-9]|10)$/,
  slsa: /^(build|source)-l[1-4]$/,
};
/** Built-in ids: TG-<AREA>-<NNN>. */
export const BUILTIN_ID = /^TG-[A-Z0-9]+-\d{3}$/;
/** Any rule id: <PREFIX>-<AREA>-<NNN>; TG- is reserved for the built-in rules. */
export const RULE_ID = /^[A-Z][A-Z0-9]*-[A-Z0-9]+-\d{3}$/;

/**
 * Checks every rule's METADATA and fixtures and turns them into catalog entries (sorted by id),
 * with every problem as "file:line: message" (sorted).
 *
 * One standard may be checked in several kinds (an S3 rule in Terraform and CloudFormation): its
 * METADATA is written once, in full, in one package; the package of each further kind holds a
 * METADATA block with `custom.id` alone, which adds that kind to the rule.
 */
export function lintPack(input: LintInput): { rules: LintedRule[]; problems: string[] } {
  const problems: string[] = [];
  const rules: LintedRule[] = [];
  const extensions: Array<{ id: string; kind: string; file: string; where: string }> = [];
  const seen = new Map(input.takenIds);
  const annotated = new Set<string>();
  for (const a of input.annotations) {
    const [ns, sub, kind, name] = a.path;
    if (ns !== 'tollgate' || sub !== 'rules' || kind === undefined || name === undefined) continue;
    const where = `${a.file}:${a.row}`;
    const bad = (msg: string) => problems.push(`${where}: ${msg}`);
    const c = a.custom ?? {};
    const id = typeof c.id === 'string' ? c.id : '';
    annotated.add(a.path.join('.'));
    if (!input.kinds.includes(kind)) bad(`package ${a.path.join('.')}: tollgate has no ${kind} kind; put the rule under tollgate.rules.<kind> with one of ${input.kinds.join(', ')}`);
    checkFixtures(input, id, kind, bad);
    if (!input.testFiles.has(testFileOf(a.file))) bad(`no unit tests: create ${testFileOf(a.file)}`);
    if (isExtension(a)) {
      extensions.push({ id, kind, file: a.file, where });
      continue;
    }
    checkId(id, input.builtin, seen, where, bad);
    for (const [field, value] of [['title', a.title], ['description', a.description], ['custom.remediation', c.remediation]] as const) {
      if (typeof value !== 'string' || value.trim() === '') bad(`${field} is missing`);
      else if (/\bTODO\b/.test(value)) bad(`${field} still holds the scaffold's TODO; write it`);
    }
    if (!isSeverity(c.severity)) bad(`custom.severity ${JSON.stringify(c.severity)} must be one of ${SEVERITIES.join(', ')}`);
    if (!OWNERS.includes(c.owner as Owner)) bad(`custom.owner ${JSON.stringify(c.owner)} must be one of ${OWNERS.join(', ')}`);
    if (typeof c.inline_waivers !== 'boolean') bad('custom.inline_waivers must be true or false');
    if (!Array.isArray(c.related)) bad('custom.related must be a list of peer rule ids (may be empty)');
    const standards = checkStandards(c.standards, bad);
    rules.push({
      id,
      title: a.title ?? '',
      severity: c.severity as RuleMeta['severity'],
      owner: c.owner as Owner,
      kinds: [kind],
      description: a.description ?? '',
      remediation: typeof c.remediation === 'string' ? c.remediation : '',
      standards,
      related: Array.isArray(c.related) ? c.related.map(String) : [],
      inlineWaivers: c.inline_waivers === true,
      source: a.file,
      files: [a.file],
      builtin: input.builtin,
    });
  }
  for (const e of extensions.sort((x, y) => (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0))) {
    const rule = rules.find((r) => r.id === e.id);
    if (!rule) problems.push(`${e.where}: custom.id ${JSON.stringify(e.id || undefined)} names no rule of this pack; write the rule's METADATA in full (title, description, severity, owner, ...) in one of its packages, and custom.id alone in the others`);
    else if (rule.kinds.includes(e.kind)) problems.push(`${e.where}: ${e.id} already has a ${e.kind} package (${rule.files.join(', ')}); put the ${e.kind} part of the rule in one package`);
    else {
      rule.kinds.push(e.kind);
      rule.files.push(e.file);
    }
  }
  for (const [pkg, files] of input.packages) {
    const file = files[0] ?? '?';
    const other = input.takenPackages.get(pkg);
    // Rego merges packages of the same name: a pack could change a built-in rule or entrypoint unseen.
    if (other !== undefined) problems.push(`${file}:1: package ${pkg} is already defined by ${other}; rename it`);
    const [ns, sub, kind, name, ...rest] = pkg.split('.');
    const isRule = ns === 'tollgate' && sub === 'rules' && kind !== undefined && name !== undefined && rest.length === 0 && !name.endsWith('_test');
    // A rule package without METADATA would evaluate but have no id, owner or severity.
    if (isRule && !annotated.has(pkg)) problems.push(`${file}:1: rule package ${pkg} has no METADATA block with custom.id`);
  }
  rules.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { rules, problems: problems.sort() };
}

/** A METADATA block with custom.id alone: the rule is defined in full elsewhere, this package adds a kind. */
function isExtension(a: Annotation): boolean {
  return a.title === undefined && a.description === undefined && Object.keys(a.custom ?? {}).join() === 'id';
}

function testFileOf(file: string): string {
  return file.replace(/\.rego$/, '_test.rego');
}

/** A failing and a passing fixture of the kind, for each kind a rule checks. */
function checkFixtures(input: LintInput, id: string, kind: string, bad: (m: string) => void): void {
  const fx = input.fixtures.get(id);
  for (const role of ['failing', 'passing'] as const) {
    if (id && !fx?.[role].has(kind)) bad(`no ${role} fixture of kind ${kind}: add one under ${input.fixturesDir}/${id}/ with "# ${role === 'failing' ? 'expect' : 'ok'}: ${id}" above the line it is about`);
  }
}

function checkId(id: string, builtin: boolean, seen: Map<string, string>, where: string, bad: (m: string) => void): void {
  if (builtin ? !BUILTIN_ID.test(id) : !RULE_ID.test(id)) {
    bad(`custom.id ${JSON.stringify(id || undefined)} must look like ${builtin ? 'TG-K8S-001' : 'ACME-K8S-001 (PREFIX-AREA-NNN)'}`);
  } else if (seen.has(id)) {
    bad(`custom.id ${id} is already used by ${seen.get(id)}; give each rule its own id`);
  } else if (!builtin && id.startsWith('TG-')) {
    bad(`custom.id ${id}: the TG- prefix is reserved for tollgate's built-in rules; use your organisation's prefix, like ACME-K8S-001`);
  } else {
    seen.set(id, where);
  }
}

function checkStandards(raw: unknown, bad: (m: string) => void): Record<string, string[]> {
  const standards = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (Object.keys(standards).length === 0) bad('custom.standards must map at least one standard');
  for (const [std, ids] of Object.entries(standards)) {
    const shape = STANDARDS[std];
    if (!shape) bad(`custom.standards: unknown standard "${std}"; known: ${Object.keys(STANDARDS).join(', ')}`);
    else if (!Array.isArray(ids) || ids.length === 0) bad(`custom.standards.${std} must be a non-empty list`);
    else for (const id of ids) if (!shape.test(String(id))) bad(`custom.standards.${std}: "${String(id)}" is not a ${std} control id`);
  }
  const sorted = Object.entries(standards).sort(([x], [y]) => x.localeCompare(y));
  return Object.fromEntries(sorted.map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []]));
}
