// Checks every rule's METADATA and turns it into the rule catalog. Pure apart from listing files.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const OWNERS = ['infosec', 'cybersecurity', 'architecture'];
/** Standards a rule may map to, and the shape of a control id in each. */
export const STANDARDS = {
  'nist-800-53': /^[A-Z]{2}-\d+(\(\d+\))?$/,
  'cis-kubernetes': /^\d+(\.\d+)+$/,
  'cis-aws': /^\d+(\.\d+)+$/,
  'cis-gcp': /^\d+(\.\d+)+$/,
  'cis-azure': /^\d+(\.\d+)+$/,
  'cis-docker': /^\d+(\.\d+)+$/,
  'owasp-cicd': /^CICD-SEC-([1-9]|10)$/,
  slsa: /^(build|source)-l[1-4]$/,
};
const ID = /^TG-[A-Z0-9]+-\d{3}$/;

/**
 * Validates the annotations `opa inspect -a` printed for the policies directory and returns the
 * catalog (sorted by id) and every problem as "file:line: message".
 */
export function lintRules(annotations, policiesDir) {
  const problems = [];
  const catalog = [];
  const seen = new Map();
  const files = new Set();
  for (const a of annotations) {
    const path = a.path.slice(1).map((p) => p.value);
    if (a.annotations.scope !== 'package' || path[0] !== 'tollgate' || path[1] !== 'rules') continue;
    const where = `policies/${a.location.file}:${a.location.row}`;
    const m = a.annotations;
    const c = m.custom ?? {};
    const bad = (msg) => problems.push(`${where}: ${msg}`);
    files.add(a.location.file);
    if (!ID.test(c.id ?? '')) bad(`custom.id ${JSON.stringify(c.id)} must look like TG-K8S-001`);
    else if (seen.has(c.id)) bad(`custom.id ${c.id} is already used by ${seen.get(c.id)}`);
    else seen.set(c.id, where);
    if (!m.title) bad('title is missing');
    if (!m.description) bad('description is missing');
    if (!c.remediation) bad('custom.remediation is missing');
    if (!SEVERITIES.includes(c.severity)) bad(`custom.severity ${JSON.stringify(c.severity)} must be one of ${SEVERITIES.join(', ')}`);
    if (!OWNERS.includes(c.owner)) bad(`custom.owner ${JSON.stringify(c.owner)} must be one of ${OWNERS.join(', ')}`);
    if (typeof c.inline_waivers !== 'boolean') bad('custom.inline_waivers must be true or false');
    if (!Array.isArray(c.related)) bad('custom.related must be a list of peer rule ids (may be empty)');
    const standards = c.standards ?? {};
    if (Object.keys(standards).length === 0) bad('custom.standards must map at least one standard');
    for (const [std, ids] of Object.entries(standards)) {
      const shape = STANDARDS[std];
      if (!shape) bad(`custom.standards: unknown standard "${std}"; known: ${Object.keys(STANDARDS).join(', ')}`);
      else if (!Array.isArray(ids) || ids.length === 0) bad(`custom.standards.${std} must be a non-empty list`);
      else for (const id of ids) if (!shape.test(String(id))) bad(`custom.standards.${std}: "${id}" is not a ${std} control id`);
    }
    const testFile = a.location.file.replace(/\.rego$/, '_test.rego');
    if (!existsSync(join(policiesDir, testFile))) bad(`no unit tests: create policies/${testFile}`);
    catalog.push({
      id: c.id,
      title: m.title,
      severity: c.severity,
      owner: c.owner,
      kind: path[2],
      description: m.description,
      remediation: c.remediation,
      standards: Object.fromEntries(Object.entries(standards).sort(([x], [y]) => x.localeCompare(y))),
      related: c.related ?? [],
      inlineWaivers: c.inline_waivers,
      source: `policies/${a.location.file}`,
    });
  }
  // A rule file without package METADATA would evaluate but have no id, owner or severity.
  for (const kind of readdirSync(policiesDir, { withFileTypes: true })) {
    if (!kind.isDirectory() || kind.name === 'lib' || kind.name === 'bundle') continue;
    for (const f of readdirSync(join(policiesDir, kind.name))) {
      const file = `${kind.name}/${f}`;
      if (f.endsWith('.rego') && !f.endsWith('_test.rego') && f !== 'main.rego' && !files.has(file)) {
        problems.push(`policies/${file}:1: rule package has no METADATA block with custom.id`);
      }
    }
  }
  catalog.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { catalog, problems: problems.sort() };
}
