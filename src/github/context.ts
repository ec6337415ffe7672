import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/** What the runner tells a step about its run, from GITHUB_* variables and the event payload. */
export interface RunnerContext {
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The commit findings belong to: the pull request's head, else GITHUB_SHA. */
  sha: string;
  pullRequest?: { number: number; baseSha: string; headSha: string };
}

type Env = Record<string, string | undefined>;

/** Reads the context from the runner's environment; a missing variable is a UserError naming it. */
export function runnerContext(env: Env, readEvent: (path: string) => unknown = readJson): RunnerContext {
  const need = (name: string) => {
    const v = env[name];
    if (v === undefined || v === '') throw new UserError(`${name} is not set; run tollgate's Action inside a GitHub Actions job`);
    return v;
  };
  const [owner, repo] = need('GITHUB_REPOSITORY').split('/');
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY ${JSON.stringify(env.GITHUB_REPOSITORY)} is not owner/repo`);
  const eventName = need('GITHUB_EVENT_NAME');
  const event = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : {};
  const pullRequest = pullRequestOf(event);
  return {
    workspace: need('GITHUB_WORKSPACE'),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    owner,
    repo,
    eventName,
    sha: pullRequest?.headSha ?? need('GITHUB_SHA'),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
  };
}

/** The pull request of a `pull_request` or `pull_request_target` payload. */
function pullRequestOf(event: unknown): RunnerContext['pullRequest'] {
  const pr = (event as { pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } } | null)?.pull_request;
  if (!pr || typeof pr.number !== 'number' || typeof pr.base?.sha !== 'string' || typeof pr.head?.sha !== 'string') return undefined;
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload (${(e as Error).message})`);
  }
}
