import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';
import { tempRepo, tollgate } from './helpers/cli.js';

const SHA = 'a'.repeat(40);
const FILES = ['.tollgate.yaml', '.github/workflows/tollgate.yml', '.pre-commit-config.yaml'];
const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;

describe('tollgate init', () => {
  it('writes a valid config, a workflow that passes every rule, and a pre-commit entry; one line per file', () => {
    const dir = tempRepo({});
    const r = tollgate(['init', '--action', `acme/tollgate/action@${SHA}`], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('created .tollgate.yaml\ncreated .github/workflows/tollgate.yml\ncreated .pre-commit-config.yaml\n');
    expect(loadConfig(join(dir, '.tollgate.yaml'), dir)).toMatchObject({ failOn: 'high', exclude: [] });
    const workflow = parse(read(dir, '.github/workflows/tollgate.yml'));
    expect(workflow.jobs.tollgate.steps[1].uses).toBe(`acme/tollgate/action@${SHA}`);
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.tollgate.permissions).toEqual({ contents: 'read', checks: 'write' });
    const checked = JSON.parse(tollgate(['check', '--fail-on', 'info', '--format', 'json'], { cwd: dir }).stdout);
    expect(checked.findings).toEqual([]);
    expect(checked.summary.files).toBe(1);
    expect(parse(read(dir, '.pre-commit-config.yaml'))).toEqual({ repos: [{ repo: expect.stringMatching(/^https:\/\//), rev: 'v0.1.0', hooks: [{ id: 'tollgate' }] }] });
    if (hasPreCommit) expect(spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], { cwd: dir }).status).toBe(0);
  });

  it('never overwrites without --force, and never adds the hook twice', () => {
    const dir = tempRepo({});
    expect(tollgate(['init', dir]).code).toBe(0);
    writeFileSync(join(dir, '.tollgate.yaml'), 'failOn: low\n');
    const before = FILES.map((f) => read(dir, f));
    const again = tollgate(['init', dir]);
    expect(again.stdout).toBe(
      'skipped .tollgate.yaml: it exists; --force overwrites it\nskipped .github/workflows/tollgate.yml: it exists; --force overwrites it\nskipped .pre-commit-config.yaml: it already runs the tollgate hook\n',
    );
    expect(FILES.map((f) => read(dir, f))).toEqual(before);
    const forced = tollgate(['init', dir, '--force', '--action', `acme/tollgate/action@${SHA}`]);
    expect(forced.stdout.split('\n').slice(0, 2)).toEqual(['overwrote .tollgate.yaml', 'overwrote .github/workflows/tollgate.yml']);
    expect(read(dir, '.tollgate.yaml')).toMatch(/^failOn: high$/m);
    expect(read(dir, '.pre-commit-config.yaml')).toBe(before[2]);
  });

  it('appends to an existing pre-commit config, keeping its bytes, comments and indentation', () => {
    const existing = [
      '# hooks of this repository',
      'default_stages: [pre-commit]',
      'repos:',
      '-   repo: https://github.com/pre-commit/pre-commit-hooks',
      '    rev: v5.0.0  # pinned',
      '    hooks:',
      '    -   id: trailing-whitespace',
      '    -   id: check-yaml',
      '        args: [--allow-multiple-documents]',
      '# keep this comment',
      'ci:',
      '    autofix_prs: false',
      '',
    ].join('\n');
    const dir = tempRepo({ '.pre-commit-config.yaml': existing });
    expect(tollgate(['init', dir]).stdout).toMatch(/\nadded the tollgate hook to \.pre-commit-config\.yaml\n$/);
    const text = read(dir, '.pre-commit-config.yaml');
    const cut = existing.indexOf('# keep this comment');
    expect(text.startsWith(existing.slice(0, cut))).toBe(true);
    expect(text.endsWith(existing.slice(cut))).toBe(true);
    expect(text.slice(cut, text.length - (existing.length - cut))).toMatch(/^- {3}repo: https:\/\/\S+\n {4}rev: v0\.1\.0\n {4}hooks:\n {6}- id: tollgate\n$/);
    const config = parse(text);
    expect(config.repos.map((r: { hooks: { id: string }[] }) => r.hooks.map((h) => h.id))).toEqual([['trailing-whitespace', 'check-yaml'], ['tollgate']]);
    expect(config.ci).toEqual({ autofix_prs: false });
    if (hasPreCommit) expect(spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], { cwd: dir }).status).toBe(0);
  });

  it.each([
    ['repos: []\n', [['tollgate']]],
    ['default_stages: [pre-commit]\n', [['tollgate']]],
    ['repos:\n  - repo: local\n    hooks: [{id: lint, name: lint, entry: make lint, language: system}]\n', [['lint'], ['tollgate']]],
  ])('adds the hook to %j', (existing, hooks) => {
    const dir = tempRepo({ '.pre-commit-config.yaml': existing });
    expect(tollgate(['init', dir]).code).toBe(0);
    expect(parse(read(dir, '.pre-commit-config.yaml')).repos.map((r: { hooks: { id: string }[] }) => r.hooks.map((h) => h.id))).toEqual(hooks);
  });

  it.each([
    [{ '.pre-commit-config.yaml': 'repos:\n  - [unclosed\n' }, [], /^tollgate: \.pre-commit-config\.yaml:\d+:\d+: .*; fix the YAML, then run tollgate init again\n$/],
    [{ '.pre-commit-config.yaml': 'repos: {a: 1}\n' }, [], /^tollgate: \.pre-commit-config\.yaml: `repos` is not a list; fix it, then run tollgate init again\n$/],
    [{}, ['--action', 'acme/tollgate/action@v1'], /^tollgate: --action acme\/tollgate\/action@v1: pin the Action to a full commit SHA, as owner\/repo\/action@<40-hex sha> \(rule TG-GHA-001\)\n$/],
  ])('refuses %j %j with one line and exit 2', (files, args, message) => {
    const dir = tempRepo(files as Record<string, string>);
    const before = existsSync(join(dir, '.pre-commit-config.yaml')) ? read(dir, '.pre-commit-config.yaml') : undefined;
    const r = tollgate(['init', dir, ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    if (before !== undefined) expect(read(dir, '.pre-commit-config.yaml')).toBe(before);
  });

  it('never writes through a symbolic link out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'tollgate-outside-'));
    const dir = tempRepo({});
    symlinkSync(outside, join(dir, '.github'));
    const r = tollgate(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tollgate: .github is a symbolic link; tollgate init writes only real files inside ${dir}, so remove the link first\n`);
    expect(existsSync(join(outside, 'workflows'))).toBe(false);
    expect(existsSync(join(dir, '.tollgate.yaml'))).toBe(false);
  });

  it('says the default Action pin must be set', () => {
    const r = tollgate(['init', tempRepo({})]);
    expect(r.stdout).toMatch(/^created \.github\/workflows\/tollgate\.yml \(set the commit SHA of the tollgate Action on its uses: line, or pass --action\)$/m);
  });
});
