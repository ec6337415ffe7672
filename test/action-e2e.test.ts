// The bundled Action, run as GitHub's runner runs it: Node 24, the runner's variables and files, a
// real git repository with base and head commits, real pull_request payloads, and a local GitHub
// API that checks every request against GitHub's OpenAPI description.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVILEGED_POD, tempRepo } from './helpers/cli.js';
import { pullRequestEvent, runActionBundle, type ActionRun, type RunOptions } from './helpers/action.js';
import { commit, git, initRepo } from './helpers/git.js';
import { GitHubServer } from './helpers/github-server.js';
import { sarifErrors } from './helpers/schemas.js';

const OWNER = 'acme';
const REPO = 'ml-platform';
const TOKEN = 'ghs_tollgateE2EsecretTOKEN0123456789';

/** `n` privileged pods in one multi-document file: one high finding each, on its own line. */
function pods(n: number, prefix: string, privileged = (_: number) => true): string {
  return Array.from({ length: n }, (_, i) => PRIVILEGED_POD.replace('name: trainer', `name: ${prefix}-${i}`).replace('privileged: true', `privileged: ${privileged(i)}`)).join('---\n');
}

let server: GitHubServer;
let apiUrl: string;

beforeAll(async () => {
  server = new GitHubServer();
  apiUrl = await server.start();
});

afterAll(async () => {
  await server.stop();
});

/** A repository whose PR adds `headFiles` on a branch over a base with one pre-existing finding. */
function pullRequestRepo(headFiles: Record<string, string>) {
  const dir = tempRepo({});
  initRepo(dir);
  const baseSha = commit(dir, { 'k8s/legacy.yaml': PRIVILEGED_POD, '.tollgate.yaml': 'failOn: high\n' }, 'base');
  git(dir, ['checkout', '-q', '-b', 'feature']);
  const headSha = commit(dir, headFiles, 'head');
  return { dir, baseSha, headSha };
}

/** Runs the Action; whatever happens, the token must not be in anything it wrote. */
async function run(o: Omit<RunOptions, 'apiUrl' | 'token' | 'repository' | 'eventName'> & { eventName?: string }): Promise<ActionRun> {
  const r = await runActionBundle({ apiUrl, token: TOKEN, repository: `${OWNER}/${REPO}`, eventName: 'pull_request', ...o });
  const sarif = o.inputs?.['sarif-file'] ? readFileSync(join(o.workspace, o.inputs['sarif-file']), 'utf8') : '';
  for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), sarif]) expect(text).not.toContain(TOKEN);
  return r;
}

function invalidRequests() {
  return server.requests.filter((r) => r.errors.length > 0 || r.operationId.startsWith('unknown') || r.authorization !== `token ${TOKEN}`);
}

describe('the Action on a pull request', () => {
  it('annotates more than 50 findings through a check run, writes outputs, summary, SARIF and one sticky comment that later pushes update', async () => {
    const { dir, baseSha, headSha } = pullRequestRepo({ 'k8s/gpu pods ü.yaml': pods(60, 'train') });
    const event = pullRequestEvent('opened', { number: 7, baseSha, headSha, owner: OWNER, repo: REPO });
    const before = server.requests.length;
    const r = await run({ workspace: dir, event, sha: git(dir, ['rev-parse', 'HEAD']), inputs: { comment: 'true', 'sarif-file': 'reports/tollgate.sarif' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ findings: '60', conclusion: 'failure', sarif: 'reports/tollgate.sarif' });

    // The check run: 50 annotations on creation, 10 in the update that completes it.
    const requests = server.requests.slice(before);
    expect(requests.map((q) => q.operationId)).toEqual(['checks/create', 'checks/update', 'issues/list-comments', 'issues/create-comment']);
    expect(invalidRequests()).toEqual([]);
    const [create, update] = requests.map((q) => q.body as { head_sha: string; status: string; conclusion?: string; output: { title: string; annotations: Array<{ path: string; start_line: number; annotation_level: string }> } });
    expect(create).toMatchObject({ name: 'tollgate', head_sha: headSha, status: 'in_progress', output: { title: '60 findings: 60 high' } });
    expect(create!.output.annotations).toHaveLength(50);
    expect(update).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(update!.output.annotations).toHaveLength(10);
    const annotations = [...create!.output.annotations, ...update!.output.annotations];
    expect(new Set(annotations.map((a) => a.path))).toEqual(new Set(['k8s/gpu pods ü.yaml']));
    expect(annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 60 }, (_, i) => 12 + i * 16));
    expect(annotations[0]).toMatchObject({ annotation_level: 'failure', start_column: 9, end_column: 24, title: 'TG-K8S-001 Privileged container' });

    // The log names the check run and lists findings; no workflow commands are needed.
    expect(r.stdout).toContain('check run https://github.example/runs/');
    expect(r.stdout).not.toMatch(/^::error file=/m);
    expect(r.stdout).toMatch(/60 findings \(60 high\) \(not counted: 1 pre-existing outside the changed lines\)/);

    // Job summary, SARIF and the comment.
    expect(r.summary).toMatch(/❌ \*\*failing\*\*: findings at or above high — 60 findings on the changed lines in 2 files checked\./);
    expect(r.summary).toContain('1 pre-existing finding outside the changed lines is not counted.');
    expect(r.summary).toContain(`[k8s/gpu pods ü.yaml:12](https://github.com/${OWNER}/${REPO}/blob/${headSha}/k8s/gpu%20pods%20%C3%BC.yaml#L12)`);
    const sarif = readFileSync(join(dir, 'reports/tollgate.sarif'), 'utf8');
    expect(sarifErrors(sarif)).toEqual([]);
    expect(JSON.parse(sarif).runs[0].results.map((x: { baselineState: string }) => x.baselineState).filter((s: string) => s === 'unchanged')).toHaveLength(1);
    expect(server.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    const [comment] = server.comments.filter((c) => c.issue === 7);
    expect(comment!.body).toMatch(/^<!-- tollgate:sticky-comment -->\n### tollgate\n/);

    // A second push fixes 20 pods: the same comment is edited, none is added.
    const head2 = commit(dir, { 'k8s/gpu pods ü.yaml': pods(60, 'train', (i) => i >= 40) }, 'fix 40');
    const sync = pullRequestEvent('synchronize', { number: 7, baseSha, headSha: head2, owner: OWNER, repo: REPO });
    const mark = server.requests.length;
    const r2 = await run({ workspace: dir, event: sync, sha: head2, inputs: { comment: 'true' } });
    expect(r2.outputs.findings).toBe('20');
    expect(server.requests.slice(mark).map((q) => q.operationId)).toEqual(['checks/create', 'issues/list-comments', 'issues/update-comment']);
    expect(server.comments.filter((c) => c.issue === 7).map((c) => c.id)).toEqual([comment!.id]);
    expect(server.comments.find((c) => c.id === comment!.id)!.body).toContain('20 findings on the changed lines');
    expect((server.requests.at(-3)!.body as { conclusion: string; output: { annotations: unknown[] } })).toMatchObject({ conclusion: 'failure', output: { annotations: expect.any(Array) } });

    // The last push fixes everything: the comment says so, the check passes.
    const head3 = commit(dir, { 'k8s/gpu pods ü.yaml': pods(60, 'train', () => false) }, 'fix all');
    const r3 = await run({ workspace: dir, event: pullRequestEvent('synchronize', { number: 7, baseSha, headSha: head3, owner: OWNER, repo: REPO }), sha: head3, inputs: { comment: 'true' } });
    expect(r3.code).toBe(0);
    expect(r3.outputs).toMatchObject({ findings: '0', conclusion: 'success' });
    expect(server.comments.filter((c) => c.issue === 7)).toHaveLength(1);
    expect(server.comments.find((c) => c.id === comment!.id)!.body).toMatch(/✅ \*\*passing\*\*: no findings[\s\S]*resolved/);
    expect(invalidRequests()).toEqual([]);
  });

  it('falls back to workflow commands with one notice when the token cannot create check runs (403)', async () => {
    const { dir, baseSha, headSha } = pullRequestRepo({ 'k8s/pods.yaml': pods(12, 'fork') });
    server.faults = { 'checks/create': { status: 403 } };
    const mark = server.requests.length;
    try {
      const r = await run({ workspace: dir, event: pullRequestEvent('opened', { number: 8, baseSha, headSha, owner: OWNER, repo: REPO }), sha: headSha });
      expect(r.code).toBe(1);
      const lines = r.stdout.split('\n');
      expect(lines.filter((l) => l.startsWith('::notice'))).toEqual([
        '::notice title=tollgate::the token cannot create check runs (pull requests from forks get a read-only token; otherwise grant checks: write), so findings are shown as workflow-command annotations instead',
      ]);
      expect(lines.filter((l) => l.startsWith('::error file=k8s/pods.yaml,'))).toHaveLength(9);
      expect(lines).toContain('::error title=tollgate%3A more findings::3 more error findings are not shown as annotations (GitHub shows 10 per level in a step and 50 in a job); they are listed in the log and the job summary');
      expect(lines.filter((l) => l.startsWith('  k8s/pods.yaml:'))).toHaveLength(3);
      expect(r.outputs.conclusion).toBe('failure');
      // One attempt, not retried, and nothing else written.
      expect(server.requests.slice(mark).map((q) => `${q.operationId} ${q.status}`)).toEqual(['checks/create 403']);
    } finally {
      server.faults = {};
    }
  });

  it('checks Terraform from a copy of the Action without node_modules: the HCL parser WASM ships beside the bundle', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'tollgate-action-copy-'));
    cpSync('action', copy, { recursive: true });
    const notebook = 'resource "aws_sagemaker_notebook_instance" "nb" {\n  name          = "nb"\n  role_arn      = "arn:aws:iam::111122223333:role/nb"\n  instance_type = "ml.t3.medium"\n  direct_internet_access = "Enabled"\n}\n';
    const { dir, baseSha, headSha } = pullRequestRepo({ 'infra/main.tf': notebook });
    const before = server.requests.length;
    const r = await run({ workspace: dir, event: pullRequestEvent('opened', { number: 12, baseSha, headSha, owner: OWNER, repo: REPO }), sha: headSha, entry: join(copy, 'dist', 'index.mjs') });
    expect(r.stderr).toBe('');
    const create = server.requests.slice(before).find((q) => q.operationId === 'checks/create')!.body as { output: { annotations: Array<{ path: string; start_line: number; title: string }> } };
    // Other SageMaker rules may report the notebook too; the one it was written for must be there.
    expect(create.output.annotations).toContainEqual(expect.objectContaining({ path: 'infra/main.tf', start_line: 5, title: 'TG-AWS-003 SageMaker notebook with direct internet access' }));
    expect(r.outputs.findings).toBe(String(create.output.annotations.length));
  });

  it('retries a 5xx and then succeeds', async () => {
    const { dir, baseSha, headSha } = pullRequestRepo({ 'k8s/pod.yaml': pods(1, 'one') });
    server.faults = { 'checks/create': { status: 502, times: 1 } };
    const mark = server.requests.length;
    const r = await run({ workspace: dir, event: pullRequestEvent('opened', { number: 9, baseSha, headSha, owner: OWNER, repo: REPO }), sha: headSha });
    expect(server.requests.slice(mark).map((q) => `${q.operationId} ${q.status}`)).toEqual(['checks/create 502', 'checks/create 201']);
    expect(r.stdout).not.toContain('::notice');
    expect(r.code).toBe(1);
    server.faults = {};
  });

  it('stops with one clear error when the base commit is not in the clone (a shallow checkout)', async () => {
    const { dir, headSha } = pullRequestRepo({ 'k8s/pod.yaml': pods(1, 'shallow') });
    const mark = server.requests.length;
    const r = await run({ workspace: dir, event: pullRequestEvent('opened', { number: 11, baseSha: 'f'.repeat(40), headSha, owner: OWNER, repo: REPO }), sha: headSha });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(`::error title=tollgate::tollgate: the pull request's base commit ffffffffffff: no such commit in ${dir}; fetch it first (with actions/checkout set fetch-depth: 0)\n`);
    expect(server.requests.length).toBe(mark);
    // Without changed-only the same clone is scanned whole.
    const whole = await run({ workspace: dir, event: pullRequestEvent('opened', { number: 11, baseSha: 'f'.repeat(40), headSha, owner: OWNER, repo: REPO }), sha: headSha, inputs: { 'changed-only': 'false', annotations: 'none' } });
    expect(whole.outputs.findings).toBe('2');
  });

  it('never prints the token, with debug logging on and the API failing with an error that echoes it', async () => {
    const { dir, baseSha, headSha } = pullRequestRepo({ 'k8s/pod.yaml': pods(2, 'dbg') });
    // Statuses Octokit does not retry, so the test does not wait for back-offs.
    server.faults = { 'checks/create': { status: 422, echoAuthorization: true }, 'issues/list-comments': { status: 401, echoAuthorization: true } };
    try {
      const r = await run({ workspace: dir, event: pullRequestEvent('opened', { number: 10, baseSha, headSha, owner: OWNER, repo: REPO }), sha: headSha, debug: true, inputs: { comment: 'true', 'sarif-file': 'out.sarif' } });
      // Debug lines did come out (so the check below looked at them), and nothing failed the step but the findings.
      expect(r.stdout).toMatch(/^::debug::POST \/repos\/acme\/ml-platform\/check-runs - 422/m);
      expect(r.stdout).toContain('creating the check run failed (HTTP 422)');
      expect(r.stdout).toContain('::warning title=tollgate::could not write the pull request comment (HTTP 401)');
      expect(r.code).toBe(1);
      // A usage error names the input, not the token.
      const bad = await run({ workspace: dir, event: {}, eventName: 'push', sha: headSha, debug: true, inputs: { 'fail-on': `severe ${TOKEN}` } });
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('::error title=tollgate::tollgate: input fail-on: "severe ***" is not a severity; use critical, high, medium, low or info\n');
    } finally {
      server.faults = {};
    }
  });
});
