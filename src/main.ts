// The tollgate executable: runs the CLI and exits with its code.
import { run } from './cli.js';

process.exitCode = await run(process.argv.slice(2));
