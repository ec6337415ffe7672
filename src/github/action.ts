import { resolve } from 'node:path';
import * as core from '@actions/core';
import { changedSince } from '../changes/git.js';
import { EXIT, UserError } from '../errors.js';
import { toolInfo } from '../project.js';
import { escapeData as escape, formatGithubCommands } from '../report/github-commands.js';
import { formatMarkdown } from '../report/markdown.js';
import type { ReportOptions } from '../report/options.js';
import { resolveOutputPath, writeOutput } from '../report/output.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { scan, type ScanResult } from '../scan.js';
import { checkRunRequests, publishCheckRun } from './check-run.js';
import { githubClient, httpStatus, type GitHubClient } from './client.js';
import { upsertComment } from './comment.js';
import { runnerContext, type RunnerContext } from './context.js';
import { actionInputs, type ActionInputs } from './inputs.js';

type Env = Record<string, string | undefined>;

/** A PR comment must stay under GitHub's 65,536 characters, marker and notes included. */
const COMMENT_MAX_CHARS = 60_000;

/**
 * The Action: scan the workspace, report to the log, the job summary, a SARIF file, a check run
 * (or workflow commands) and the sticky PR comment, set the outputs, and return the exit code.
 * Nothing the network does fails the step: only findings (1) or a usage error (2) do.
 */
export async function runAction(env: Env = process.env): Promise<number> {
  const token = env['INPUT_GITHUB-TOKEN']?.trim() ?? '';
  // Every line goes through here: the token never reaches the log, even inside an error message.
  const redact = (s: string) => (token.length >= 4 ? s.split(token).join('***') : s);
  const print = (s: string) => process.stdout.write(redact(s));
  try {
    const inputs = actionInputs((name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '');
    const ctx = runnerContext(env);
    const debug = (m: string) => core.debug(redact(m));
    const result = await scanWorkspace(inputs, ctx, debug);
    const tool = toolInfo();
    const options: ReportOptions = { color: false, tool, blobUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}` };

    let sarifPath = '';
    if (inputs.sarifFile !== undefined) {
      writeOutput(resolveOutputPath(ctx.workspace, inputs.sarifFile, 'input sarif-file'), formatSarif(result, options));
      sarifPath = inputs.sarifFile;
    }
    const markdown = formatMarkdown(result, options);
    if (env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(redact(markdown))
        .write()
        .catch((e: Error) => print(`::warning title=tollgate::${escape(`could not write the job summary: ${e.message}`)}\n`));
    }

    const octokit = inputs.token !== undefined ? githubClient(inputs.token, ctx.apiUrl, `${tool.name}-action/${tool.version}`, debug) : undefined;
    const annotated = await annotate(inputs, ctx, result, markdown, octokit, print);
    if (!annotated) print(formatText(result, false));
    if (inputs.comment) await comment(ctx, result, options, octokit, print);

    core.setOutput('findings', String(result.summary.findings));
    core.setOutput('conclusion', result.summary.failed ? 'failure' : 'success');
    core.setOutput('sarif', sarifPath);
    return result.summary.failed ? EXIT.violations : EXIT.ok;
  } catch (e) {
    const message = e instanceof UserError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    print(`::error title=tollgate::${escape(redact(`tollgate: ${message}`))}\n`);
    return EXIT.error;
  }
}

/** The scan, with the pull request's base for changed lines (the default on pull requests). */
async function scanWorkspace(inputs: ActionInputs, ctx: RunnerContext, debug: (m: string) => void): Promise<ScanResult> {
  const pr = ctx.pullRequest;
  const changedOnly = inputs.changedOnly ?? pr !== undefined;
  if (changedOnly && pr === undefined) throw new UserError(`input changed-only: true needs a pull_request event, not ${ctx.eventName}; leave it unset to scan everything on other events`);
  let base: string | undefined;
  if (pr !== undefined) {
    const label = `the pull request's base commit ${pr.baseSha.slice(0, 12)}`;
    try {
      changedSince(ctx.workspace, pr.baseSha, label);
      base = pr.baseSha;
    } catch (e) {
      if (changedOnly) throw e;
      // Without changed-only, changed lines only order the annotations: a shallow clone loses just that.
      debug(`no changed lines for ordering: ${(e as Error).message}`);
    }
  }
  // Input paths are relative to the workspace, as in the workflow that names them.
  return scan({
    targets: inputs.paths.map((p) => resolve(ctx.workspace, p)),
    ...(inputs.config !== undefined ? { configFile: resolve(ctx.workspace, inputs.config) } : {}),
    ...(inputs.failOn !== undefined ? { failOn: inputs.failOn } : {}),
    ...(base !== undefined ? { base } : {}),
    changedOnly,
  });
}

/**
 * Annotations by the chosen mode; returns whether the log already holds the findings. A token that
 * cannot write checks (pull requests from forks get a read-only one: 403) falls back to workflow
 * commands with one notice.
 */
async function annotate(inputs: ActionInputs, ctx: RunnerContext, result: ScanResult, markdown: string, octokit: GitHubClient | undefined, print: (s: string) => void): Promise<boolean> {
  const commands = () => {
    print(formatGithubCommands(result));
    return true;
  };
  if (inputs.annotations === 'none') return false;
  if (inputs.annotations === 'workflow-commands') return commands();
  if (octokit === undefined) {
    print(`::notice title=tollgate::${escape('no github-token input, so findings are shown as workflow-command annotations instead of a check run')}\n`);
    return commands();
  }
  try {
    const run = await publishCheckRun(octokit, ctx.owner, ctx.repo, checkRunRequests(result, ctx.sha, markdown));
    print(`tollgate: check run ${run.url || run.id} has the annotations\n`);
    return false;
  } catch (e) {
    const status = httpStatus(e);
    const why =
      status === 403
        ? 'the token cannot create check runs (pull requests from forks get a read-only token; otherwise grant checks: write)'
        : `creating the check run failed (${status !== undefined ? `HTTP ${status}` : (e as Error).message})`;
    print(`::notice title=tollgate::${escape(`${why}, so findings are shown as workflow-command annotations instead`)}\n`);
    return commands();
  }
}

/** The sticky PR comment; a token that cannot comment leaves a warning, not a failure. */
async function comment(ctx: RunnerContext, result: ScanResult, options: ReportOptions, octokit: GitHubClient | undefined, print: (s: string) => void): Promise<void> {
  if (ctx.pullRequest === undefined || octokit === undefined) {
    print(`::notice title=tollgate::${escape(octokit === undefined ? 'input comment needs github-token; no comment posted' : `input comment applies to pull requests; no comment on a ${ctx.eventName} event`)}\n`);
    return;
  }
  try {
    const markdown = formatMarkdown(result, options, { maxChars: COMMENT_MAX_CHARS });
    const outcome = await upsertComment(octokit, ctx.owner, ctx.repo, ctx.pullRequest.number, markdown, result.summary.findings > 0);
    print(`tollgate: pull request comment ${outcome}\n`);
  } catch (e) {
    const status = httpStatus(e);
    print(`::warning title=tollgate::${escape(`could not write the pull request comment (${status !== undefined ? `HTTP ${status}` : (e as Error).message}); grant pull-requests: write, which forks' tokens lack`)}\n`);
  }
}
