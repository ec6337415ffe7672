// The pre-commit hook, end to end with the real framework: pre-commit installs this repository's
// hook with npm as it would from GitHub, and a real `git commit` runs it on the staged files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLEAN_POD, PRIVILEGED_POD } from './helpers/cli.js';
import { cleanEnv, git, gitRepo, projectSnapshot } from './helpers/git.js';

// .ci/run installs pre-commit, so CI never skips this; a developer without it may.

// The controls of a bucket that main.tf declares: rules TG-AWS-001 and TG-AWS-002 join them to it.
const CONTROLS_TF = `resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;
const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;

describe.runIf(hasPreCommit)('pre-commit hook', () => {
  it('blocks a commit of a violating file with the finding at file:line, and lets the fixed file through', () => {
    const project = projectSnapshot();
    const env = cleanEnv({ PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'tollgate-pre-commit-home-')) });
    // Code committed before the hook: violations in it are not the next commit's business.
    const repo = gitRepo({
      'k8s/other.yaml': PRIVILEGED_POD,
      'infra/controls.tf': CONTROLS_TF,
      'infra/logs.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "ml-logs"\n}\n',
    });
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${project.dir}\n    rev: ${project.rev}\n    hooks:\n      - id: tollgate\n`);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'existing code']);
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
    expect(run('pre-commit', ['validate-config', '.pre-commit-config.yaml']).status).toBe(0);
    expect(run('pre-commit', ['install']).status).toBe(0);

    writeFileSync(join(repo, 'k8s/pod.yaml'), PRIVILEGED_POD);
    git(repo, ['add', 'k8s/pod.yaml']);
    const blocked = run('git', ['commit', '-m', 'add a privileged pod']);
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.status, output).not.toBe(0);
    expect(output).toMatch(/tollgate\.+Failed/);
    expect(output).toMatch(/k8s\/pod\.yaml:12:9 +high +TG-K8S-001 +Privileged container/);
    expect(output).not.toContain('k8s/other.yaml');
    expect(git(repo, ['log', '--format=%s'])).toBe('existing code');

    // The fix, and a bucket whose controls are in another file of its module (a Terraform unit is
    // the module directory): no false finding for it, and logs.tf's own findings stay unreported.
    writeFileSync(join(repo, 'k8s/pod.yaml'), CLEAN_POD);
    writeFileSync(join(repo, 'infra/main.tf'), 'resource "aws_s3_bucket" "data" {\n  bucket = "ml-data"\n}\n');
    git(repo, ['add', 'k8s/pod.yaml', 'infra/main.tf']);
    const passed = run('git', ['commit', '-m', 'add a pod and a bucket']);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/tollgate\.+Passed/);
    expect(git(repo, ['log', '--format=%s'])).toBe('add a pod and a bucket\nexisting code');
  });

  it('has a manifest the framework accepts: a node hook on YAML and Terraform files that runs the package bin', () => {
    expect(spawnSync('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], { encoding: 'utf8' }).status).toBe(0);
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h.id)).toEqual(['tollgate']);
    expect(hooks[0]).toMatchObject({ entry: 'tollgate check', language: 'node', types_or: ['yaml', 'terraform'] });
    expect(JSON.parse(readFileSync('package.json', 'utf8')).bin).toEqual({ tollgate: 'bin/tollgate.cjs' });
  });
});
