// The Action's inputs and runner context, parsed from what the runner passes (INPUT_* and GITHUB_*).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runnerContext } from '../src/github/context.js';
import { actionInputs } from '../src/github/inputs.js';
import { pullRequestEvent } from './helpers/action.js';

const inputs = (values: Record<string, string>) => actionInputs((name) => values[name] ?? '');

describe('Action inputs', () => {
  it('split paths on whitespace, or on newlines when there are several lines', () => {
    expect(inputs({ paths: 'deploy  .github' }).paths).toEqual(['deploy', '.github']);
    expect(inputs({ paths: 'my dir\n  other dir \n' }).paths).toEqual(['my dir', 'other dir']);
    expect(inputs({}).paths).toEqual(['.']);
  });

  it('leave changed-only to the event on auto, and parse booleans and modes', () => {
    expect(inputs({ 'changed-only': 'auto' })).not.toHaveProperty('changedOnly');
    expect(inputs({ 'changed-only': 'false', comment: 'true', annotations: 'none' })).toMatchObject({ changedOnly: false, comment: true, annotations: 'none' });
  });

  it.each([
    [{ 'fail-on': 'severe' }, 'input fail-on: "severe" is not a severity; use critical, high, medium, low or info'],
    [{ annotations: 'all' }, 'input annotations: "all" is not a mode; use auto, check-run, workflow-commands, none'],
    [{ comment: 'maybe' }, 'input comment: "maybe" is not a boolean; use true or false'],
  ])('refuse %j in one line', (values, message) => {
    expect(() => inputs(values)).toThrow(message);
  });
});

describe('runner context', () => {
  it('takes the pull request head as the commit, and its base, from a real payload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-event-'));
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(pullRequestEvent('synchronize', { number: 3, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), owner: 'o', repo: 'r' })));
    const ctx = runnerContext({ GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_WORKSPACE: dir, GITHUB_SHA: 'm'.repeat(40) });
    expect(ctx).toMatchObject({ owner: 'o', repo: 'r', sha: 'h'.repeat(40), pullRequest: { number: 3, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) }, apiUrl: 'https://api.github.com' });
  });

  it('names a missing variable', () => {
    expect(() => runnerContext({ GITHUB_REPOSITORY: 'o/r' })).toThrow('GITHUB_EVENT_NAME is not set; run tollgate\'s Action inside a GitHub Actions job');
  });
});
