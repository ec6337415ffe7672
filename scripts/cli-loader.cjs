#!/usr/bin/env node
// tollgate's executable: runs the CLI bundle (cli.cjs beside it) compiled with V8's code cache.
// Node 20 caches no compiled code of its own, and compiling the bundle's top level and the functions
// a check calls is a good part of a pre-commit run; from the cache V8 takes the bytecode as it was.
// The first run writes the cache to the package's node_modules/.cache/tollgate, or to the directory
// in NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node 22's own switches). A run
// that cannot write there (a read-only install) just compiles. The cache holds this package's code
// only, never anything from a scan, and a stale or damaged one is rejected by V8 and rewritten.
'use strict';
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

/** The bundle's content hash, set by scripts/build-cli.mjs: V8 checks a cache against the source's length only. */
const BUNDLE_ID = '%BUNDLE_ID%';
const BUNDLE = join(__dirname, 'cli.cjs');

// V8 takes a cache only under the flags it was made with, and the engine turns Liftoff-only on for
// the policy (src/engine/policy.ts) during a run: on from the start, every run has the same flags.
setFlagsFromString('--liftoff-only');
// Release builds of V8 check a cache's header only, and crash on a damaged body: checksum it too.
setFlagsFromString('--verify-snapshot-checksum');

const cacheDir = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : resolve(process.env.NODE_COMPILE_CACHE || join(__dirname, '..', 'node_modules', '.cache', 'tollgate'));
// The commands run over and over (check by hooks, test and build by policy authors) have a cache
// each, so that a command's own first run, not another's, decides what its cache holds.
const command = ['check', 'test', 'build'].includes(process.argv[2]) ? process.argv[2] : 'other';
const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, `cli-${BUNDLE_ID}-${command}-${process.version}-${process.arch}.v8`);
const cachedData = cacheFile === undefined ? undefined : readIfAny(cacheFile);
// esbuild writes ASCII only, so latin1 reads the same text, faster than UTF-8 decoding.
const source = readFileSync(BUNDLE, 'latin1');
// Strict, as the ES modules it is bundled from (the bundle's own "use strict" follows its banner).
const script = new Script(`(function (exports, require, module, __filename, __dirname) {'use strict';${source}\n})`, { filename: BUNDLE, cachedData });
// Written at exit, so that it holds the functions the run compiled too, not only the top level.
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => save(cacheFile));
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, BUNDLE, __dirname);

/** The file's bytes; undefined when it cannot be read. */
function readIfAny(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole: renamed into place, as hook runs start in parallel. */
function save(file) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
  } catch {
    // No cache this time; the run's result does not depend on it.
  }
}
