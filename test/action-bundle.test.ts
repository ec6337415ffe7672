// The committed Action (action/dist and the files beside it) is what ships: a rebuild must reproduce it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('the Action bundle', () => {
  it('is current: esbuild rebuilds action/dist and its runtime files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'tollgate-action-'));
    execFileSync(process.execPath, ['scripts/build-action.mjs', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const built = files(out);
    expect(built).toEqual(files('action').filter((f) => f !== 'action.yml'));
    for (const file of built) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join('action', file))), `action/${file} is stale: run npm run build:action and commit it`).toBe(true);
    }
  });

  it('runs on node24 from dist/index.mjs and declares the documented inputs and outputs', () => {
    const action = parse(readFileSync('action/action.yml', 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.mjs' });
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'fail-on', 'changed-only', 'annotations', 'sarif-file', 'comment', 'github-token']);
    expect(Object.keys(action.outputs)).toEqual(['findings', 'conclusion', 'sarif']);
    const readme = readFileSync('README.md', 'utf8');
    for (const input of Object.keys(action.inputs)) expect(readme, `README documents input ${input}`).toContain(`\`${input}\``);
  });
});
