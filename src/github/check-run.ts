import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { byImportance, findingStatus } from '../triage.js';
import type { GitHubClient } from './client.js';

/** The Checks API takes at most 50 annotations per request; the rest go in updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Beyond this many, findings are counted in the summary instead (each request is a rate-limited write). */
export const MAX_ANNOTATIONS = 1000;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice', info: 'notice' };

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
}

/** The request bodies of one check run: a create, then updates that add annotations and finish it. */
interface CheckOutput {
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

interface Completion {
  status?: 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure';
}

export interface CheckRunRequests {
  create: Completion & { name: string; head_sha: string; output: CheckOutput };
  updates: Array<Completion & { output: CheckOutput }>;
}

/**
 * The check run for a scan: active findings as annotations (most important first, 50 a request),
 * the conclusion from --fail-on, a title with the counts and `summary` (Markdown) as its summary.
 * The last request completes the run.
 */
export function checkRunRequests(result: ScanResult, headSha: string, summary: string, name = 'tollgate'): CheckRunRequests {
  const active = result.findings.filter((f) => findingStatus(f, result.changedOnly) === 'active').sort(byImportance);
  const annotations = active.slice(0, MAX_ANNOTATIONS).map(annotation);
  const left = active.length - annotations.length;
  const output = { title: checkTitle(result), summary: left > 0 ? `${summary}\n${left} more findings are not annotated here (the Checks API takes ${MAX_ANNOTATIONS}).\n` : summary };
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const done = { status: 'completed', conclusion: result.summary.failed ? 'failure' : 'success' } as const;
  const [first = [], ...rest] = batches;
  const create = { name, head_sha: headSha, ...(rest.length === 0 ? done : { status: 'in_progress' as const }), output: { ...output, annotations: first } };
  const updates = rest.map((batch, i) => ({ ...(i === rest.length - 1 ? done : {}), output: { ...output, annotations: batch } }));
  return { create, updates };
}

/** "2 findings: 1 critical, 1 high" or "No findings". */
export function checkTitle(result: ScanResult): string {
  const s = result.summary;
  if (s.findings === 0) return result.changedOnly ? 'No findings on the changed lines' : 'No findings';
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  return `${s.findings} finding${s.findings === 1 ? '' : 's'}: ${counts.join(', ')}`;
}

function annotation(f: Finding): CheckAnnotation {
  const sameLine = f.line === f.endLine;
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    // The API takes columns only on a single line.
    ...(sameLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn - 1) } : {}),
    annotation_level: LEVEL[f.severity],
    message: `${f.message} [${f.severity}, ${f.owner}]`.slice(0, 64_000),
    title: `${f.rule} ${f.title}`.slice(0, 255),
  };
}

/** Sends the requests; returns the check run's id and address. */
export async function publishCheckRun(octokit: GitHubClient, owner: string, repo: string, requests: CheckRunRequests): Promise<{ id: number; url: string }> {
  const created = await octokit.rest.checks.create({ ...requests.create, owner, repo });
  const id = created.data.id;
  for (const body of requests.updates) {
    await octokit.rest.checks.update({ ...body, owner, repo, check_run_id: id });
  }
  return { id, url: created.data.html_url ?? '' };
}
