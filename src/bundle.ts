import { fileURLToPath } from 'node:url';

/** The committed policy bundle (policy.wasm, data.json, catalog.json), beside src/ and dist/. */
export const BUNDLE_DIR = fileURLToPath(new URL('../policies/bundle/', import.meta.url));

/** The JSON Schema of .tollgate.yaml. */
export const CONFIG_SCHEMA = fileURLToPath(new URL('../schema/config.schema.json', import.meta.url));

/** The JSON Schema of the central waivers file. */
export const WAIVERS_SCHEMA = fileURLToPath(new URL('../schema/waivers.schema.json', import.meta.url));

/** JSON Schemas of the in-house kinds tollgate ships (`<kind>.schema.json`), used when config names none. */
export const KIND_SCHEMA_DIR = fileURLToPath(new URL('../schema/kinds/', import.meta.url));

/** The installed tollgate package (bin/, policies/, schema/, scripts/): this module is one level below it, as is the CLI bundle. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** tollgate's own package.json (its version names the release that `tollgate init` pins). */
export const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));
