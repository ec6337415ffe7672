// The Action's entry point (bundled into action/dist/index.mjs): runs the Action, exits with its code.
import { runAction } from './action.js';

process.exitCode = await runAction();
