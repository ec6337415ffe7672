import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/** The REST client tollgate's Action uses: retries of 5xx and rate limits handled by Octokit's plugins. */
export const GitHub = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHub>;

/** Where the client's own log lines go; only message strings are passed, never request options. */
export type LogLine = (message: string) => void;

/**
 * A client for `apiUrl` with `token`. Octokit logs request options (with headers) as a second
 * argument: only the first, a plain message, reaches `debug`.
 */
export function githubClient(token: string, apiUrl: string, userAgent: string, debug: LogLine): GitHubClient {
  const line = (message: unknown) => {
    if (typeof message === 'string') debug(message);
  };
  return new GitHub({
    auth: token,
    baseUrl: apiUrl.replace(/\/+$/, ''),
    userAgent,
    log: { debug: line, info: line, warn: line, error: line },
    throttle: {
      // GitHub's guidance: wait and retry a primary rate limit a couple of times, a secondary one once.
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        debug(`rate limited on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        debug(`secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        return retryCount < 1;
      },
    },
  });
}

/** The HTTP status of an Octokit error, if it has one. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
