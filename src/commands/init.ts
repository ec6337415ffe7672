import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { PACKAGE_JSON } from '../bundle.js';
import { CONFIG_NAME } from '../config.js';
import { UserError } from '../errors.js';
import { addHookRepo } from '../init/precommit-config.js';
import { DEFAULT_ACTION, hookRepo, starterConfig, workflow } from '../init/templates.js';
import { checkWritable, writeInside } from '../init/write.js';
import type { CliContext } from './context.js';

const WORKFLOW = '.github/workflows/tollgate.yml';
const PRE_COMMIT = '.pre-commit-config.yaml';

interface InitFlags {
  force?: boolean;
  action: string;
  rev?: string;
}

/** `tollgate init [dir]`: writes a starter config, a GitHub workflow and a pre-commit hook entry. */
export function registerInit(cli: Command, ctx: CliContext): void {
  cli
    .command('init')
    .description(`write a starter ${CONFIG_NAME}, a GitHub workflow (${WORKFLOW}) and a ${PRE_COMMIT} hook entry`)
    .argument('[dir]', 'repository to set up', '.')
    .option('--force', `overwrite an existing ${CONFIG_NAME} and workflow`)
    .option('--action <ref>', 'the tollgate Action the workflow uses, pinned to a commit: owner/repo/action@<40-hex sha>', DEFAULT_ACTION)
    .option('--rev <ref>', 'the tollgate release the pre-commit hook runs (default: this version, v<version>)')
    .action((dir: string, flags: InitFlags) => {
      const root = resolve(dir);
      if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${dir}: no such directory; pass the repository to set up`);
      if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(flags.action)) {
        throw new UserError(`--action ${flags.action}: pin the Action to a full commit SHA, as owner/repo/action@<40-hex sha> (rule TG-GHA-001)`);
      }
      const rev = flags.rev ?? `v${(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version}`;
      if (!/^[\w./-]+$/.test(rev)) throw new UserError(`--rev ${rev}: not a git tag or commit; pass a release tag such as v1.2.0`);
      const say = (line: string) => ctx.out.write(`${line}\n`);
      // Every path is checked before anything is written, so a refusal leaves the repository as it was.
      for (const rel of [CONFIG_NAME, WORKFLOW, PRE_COMMIT]) checkWritable(root, rel);

      say(report(CONFIG_NAME, writeInside(root, CONFIG_NAME, starterConfig(), flags.force === true)));
      const wrote = report(WORKFLOW, writeInside(root, WORKFLOW, workflow(flags.action), flags.force === true));
      say(flags.action === DEFAULT_ACTION && !wrote.startsWith('skipped') ? `${wrote} (set the commit SHA of the tollgate Action on its uses: line, or pass --action)` : wrote);
      say(addHook(root, rev));
    });
}

function report(rel: string, outcome: 'created' | 'overwrote' | 'exists'): string {
  return outcome === 'exists' ? `skipped ${rel}: it exists; --force overwrites it` : `${outcome === 'created' ? 'created' : 'overwrote'} ${rel}`;
}

/** Adds the tollgate hook to .pre-commit-config.yaml, keeping what the file already holds. */
function addHook(root: string, rev: string): string {
  let text: string | undefined;
  try {
    text = readFileSync(resolve(root, PRE_COMMIT), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UserError(`cannot read ${PRE_COMMIT}: ${(e as NodeJS.ErrnoException).code}; check its permissions`);
  }
  const updated = addHookRepo(text ?? '', hookRepo(rev), PRE_COMMIT);
  if (updated === undefined) return `skipped ${PRE_COMMIT}: it already runs the tollgate hook`;
  writeInside(root, PRE_COMMIT, updated, text !== undefined);
  return text === undefined ? `created ${PRE_COMMIT}` : `added the tollgate hook to ${PRE_COMMIT}`;
}
