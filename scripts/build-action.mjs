#!/usr/bin/env node
// Builds the GitHub Action: src/github/main.ts bundled by esbuild into action/dist/index.mjs, with
// the policy bundle and the config schema copied to the places the code finds them from there
// (action/policies/bundle/, action/schema/). The output is committed; a test rebuilds it and
// fails when it is stale.
// Usage: build-action.mjs [--out <dir>]   (default: action/)
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(root, 'action');

/** Files the bundle reads at run time, relative to the repository and to the Action folder alike. */
export const RUNTIME_FILES = ['policies/bundle/policy.wasm', 'policies/bundle/data.json', 'policies/bundle/catalog.json', 'schema/config.schema.json'];

rmSync(join(out, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/github/main.ts'],
  outfile: join(out, 'dist', 'index.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // CommonJS dependencies call require(); an ESM bundle has to define it.
  banner: { js: "import { createRequire as __tollgateCreateRequire } from 'node:module';\nconst require = __tollgateCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
for (const file of RUNTIME_FILES) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(join(root, file), join(out, file));
}
