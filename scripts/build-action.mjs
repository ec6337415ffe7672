#!/usr/bin/env node
// Builds the GitHub Action: src/github/main.ts bundled by esbuild into action/dist/index.mjs, with
// the policy bundle and the config schema copied to the places the code finds them from there
// (action/policies/bundle/, action/schema/). The output is committed; a test rebuilds it and
// fails when it is stale.
// Usage: build-action.mjs [--out <dir>]   (default: action/)
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : join(root, 'action');

/** Files the bundle reads at run time, relative to the repository and to the Action folder alike. */
export const RUNTIME_FILES = ['policies/bundle/policy.wasm', 'policies/bundle/data.json', 'policies/bundle/catalog.json', 'schema/config.schema.json', 'schema/waivers.schema.json'];

/** WebAssembly of dependencies (the HCL parser), copied beside the bundle, where src/parse/hcl.ts looks without node_modules. */
export const WASM_DEPENDENCIES = ['web-tree-sitter/web-tree-sitter.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'];

rmSync(join(out, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/github/main.ts'],
  outfile: join(out, 'dist', 'index.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // jsonc-parser's main build is UMD, which requires its parts at run time; the Action has no
  // node_modules to find them in, so its ESM build is bundled instead.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // CommonJS dependencies call require(); an ESM bundle has to define it.
  banner: { js: "import { createRequire as __tollgateCreateRequire } from 'node:module';\nconst require = __tollgateCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
for (const file of RUNTIME_FILES) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  copyFileSync(join(root, file), join(out, file));
}
const require = createRequire(import.meta.url);
for (const spec of WASM_DEPENDENCIES) copyFileSync(require.resolve(spec), join(out, 'dist', basename(spec)));
