#!/usr/bin/env node
// Builds the built-in policy bundle (policies/bundle) and the rule pages (docs/rules/<ID>.md) with
// the code of `tollgate build` (dist/pack/build.js, so run `npm run build` first; the
// build:policies script does). See buildPolicies for the steps.
// Usage: build-policies.mjs [--out <dir>] [--skip-tests] | --capabilities-out <file>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildFailure, buildPolicies } from '../dist/pack/build.js';
import { opaBinary, wasmCapabilities } from '../dist/pack/opa.js';
import { writeRuleDocs } from '../dist/rules/docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

try {
  if (option('--capabilities-out')) {
    writeFileSync(option('--capabilities-out'), JSON.stringify(wasmCapabilities(opaBinary())));
    process.exit(0);
  }
  const out = option('--out') ?? join(root, 'policies', 'bundle');
  const { rules, kinds } = buildPolicies({ out, base: root, tests: !args.includes('--skip-tests'), log: (l) => console.error(l) });
  // The pages follow the committed bundle only; a build elsewhere (--out) is a check, not a release.
  if (!option('--out')) writeRuleDocs(JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')).rules, join(root, 'docs', 'rules'));
  console.error(`build-policies: ${rules} rules, ${kinds.length} kinds -> ${relative(process.cwd(), out) || '.'}`);
} catch (e) {
  if (!(e instanceof BuildFailure) && e?.name !== 'UserError') throw e;
  for (const line of e.details ?? []) console.error(line);
  console.error(`build-policies: ${e.message}`);
  process.exit(1);
}
