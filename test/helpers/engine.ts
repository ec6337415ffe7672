import { BUNDLE_DIR } from '../../src/bundle.js';
import { loadCatalog } from '../../src/catalog.js';
import { loadConfig } from '../../src/config.js';
import { loadEngine } from '../../src/engine/policy.js';
import { loadHclParser } from '../../src/parse/hcl.js';
import { effectiveRules } from '../../src/scan.js';

/** The committed bundle, loaded once per test file, with default parameters, and the parsers that need loading. */
export async function committedEngine(dir = process.cwd()) {
  const catalog = loadCatalog(BUNDLE_DIR);
  const config = loadConfig(undefined, dir);
  const engine = await loadEngine(BUNDLE_DIR, config.parameters, new Set(catalog.rules.keys()));
  return { catalog, config, engine, rules: effectiveRules(catalog, config), parsers: { hcl: await loadHclParser() } };
}
