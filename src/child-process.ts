import { createRequire } from 'node:module';

/**
 * node:child_process, loaded on first use: loading it (and the net, stream and dgram modules it
 * brings) would cost every pre-commit run, most of which never run git.
 */
export function childProcess(): typeof import('node:child_process') {
  return createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
}
