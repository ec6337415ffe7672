import { globFiles } from '../glob.js';
import { compileKindSchema } from '../kind-schema.js';
import { parseDockerfile } from './dockerfile.js';
import type { Parsers } from './files.js';
import { parseJson, parseLenient } from './json.js';

/**
 * Every parser but HCL's (which loads WebAssembly asynchronously), loaded with this module: for the
 * policy build and fixture runs, which may read any file and are never on a pre-commit hook's path.
 */
export const EAGER_PARSERS: Parsers = { dockerfile: parseDockerfile, json: { parse: parseJson, lenient: parseLenient }, schema: compileKindSchema, glob: globFiles };
