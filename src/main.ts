// The tollgate executable: runs the CLI and exits with its code. No top-level await: the CLI bundle
// is CommonJS (scripts/build-cli.mjs).
import { run } from './cli.js';

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
