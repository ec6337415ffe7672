import { fileURLToPath } from 'node:url';

/** The committed policy bundle (policy.wasm, data.json, catalog.json), beside src/ and dist/. */
export const BUNDLE_DIR = fileURLToPath(new URL('../policies/bundle/', import.meta.url));

/** The JSON Schema of .tollgate.yaml. */
export const CONFIG_SCHEMA = fileURLToPath(new URL('../schema/config.schema.json', import.meta.url));

/** The JSON Schema of the central waivers file. */
export const WAIVERS_SCHEMA = fileURLToPath(new URL('../schema/waivers.schema.json', import.meta.url));

/** JSON Schemas of the in-house kinds tollgate ships (`<kind>.schema.json`), used when config names none. */
export const KIND_SCHEMA_DIR = fileURLToPath(new URL('../schema/kinds/', import.meta.url));
