import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempRepo, tollgate } from './cli.js';

/** A fresh git repository of an organisation whose .tollgate.yaml names a policy pack in policy/. */
export function orgRepo(files: Record<string, string> = {}): string {
  const dir = tempRepo({ '.tollgate.yaml': 'policies: policy\n', ...files });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** Scaffolds a rule with the CLI and fills what the author would: the example condition and the METADATA texts. */
export function scaffoldAndFill(dir: string, id: string, kind: string): void {
  const r = tollgate(['new', 'rule', id, '--kind', kind], { cwd: dir });
  if (r.code !== 0) throw new Error(r.stderr);
  const file = join(dir, 'policy', kind, `${id.toLowerCase().replaceAll('-', '_')}.rego`);
  fillRule(file);
}

/** Replaces the scaffold's TODO texts and (with `logic`) its `false` with the example condition it suggests. */
export function fillRule(file: string, { logic = true } = {}): void {
  const rego = readFileSync(file, 'utf8');
  const example = /for example\n\t#\s+(.*)\n/.exec(rego)?.[1];
  if (example === undefined) throw new Error(`no example condition in ${file}`);
  writeFileSync(
    file,
    rego
      .replace('\tfalse\n', logic ? `\t${example}\n` : '\tfalse\n')
      .replace(/TODO a short title.*/, 'Writable root file system')
      .replace(/TODO why this matters.*/, 'A writable root file system lets an intruder persist tools.')
      .replace(/TODO how to fix.*/, 'Set securityContext.readOnlyRootFilesystem to true.'),
  );
}
