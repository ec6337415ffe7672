import type { Finding } from '../finding.js';
import type { ScanResult } from '../scan.js';
import type { Severity } from '../severity.js';
import { byImportance, findingStatus } from '../triage.js';
import { oneLine, type ReportOptions } from './options.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Workflow-command level of each severity. */
export const COMMAND_LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

/** How many annotations GitHub shows: per level in one step, and in one job. */
export interface AnnotationLimits {
  perLevel: number;
  perJob: number;
}

export const GITHUB_LIMITS: AnnotationLimits = { perLevel: 10, perJob: 50 };

const LEVELS: AnnotationLevel[] = ['error', 'warning', 'notice'];

/**
 * GitHub workflow commands (`::error file=…,line=…::…`) for the active findings, most important
 * first (severity, then changed lines). Where a level has more than GitHub shows, its last slot
 * becomes a summary annotation and the findings that did not fit follow as plain log lines.
 */
export function formatGithubCommands(result: ScanResult, _options?: ReportOptions, limits: AnnotationLimits = GITHUB_LIMITS): string {
  const active = result.findings.filter((f) => findingStatus(f, result.changedOnly) === 'active').sort(byImportance);
  const { shown, hidden, summarized } = selectAnnotations(active, limits);
  const lines = shown.map(command);
  for (const level of summarized) {
    const n = hidden.filter((f) => COMMAND_LEVEL[f.severity] === level).length;
    const why = `GitHub shows ${limits.perLevel} per level in a step and ${limits.perJob} in a job`;
    lines.push(`::${level} title=${escapeProperty('tollgate: more findings')}::${escapeData(`${n} more ${level} finding${n === 1 ? ' is' : 's are'} not shown as annotations (${why}); they are listed in the log and the job summary`)}`);
  }
  if (hidden.length > 0) {
    lines.push(`Findings not shown as annotations (${hidden.length}):`);
    for (const f of hidden) lines.push(`  ${oneLine(`${f.file}:${f.line}:${f.column}`)}  ${f.severity}  ${f.rule}  ${oneLine(`${f.title}: ${f.message}`)}`);
  }
  const s = result.summary;
  const also = [s.suppressed > 0 ? `${s.suppressed} suppressed` : '', s.preExisting > 0 ? `${s.preExisting} pre-existing outside the changed lines` : ''].filter(Boolean);
  lines.push(`tollgate: ${s.findings} finding${s.findings === 1 ? '' : 's'}${also.length > 0 ? ` (not counted: ${also.join(', ')})` : ''}; ${s.failed ? `failing: findings at or above ${s.failOn}` : `passing: nothing at or above ${s.failOn}`}`);
  return lines.join('\n') + '\n';
}

/**
 * Which findings (already in importance order) fit the limits. A level that overflows keeps one
 * slot for its summary annotation, and the job-wide limit counts those slots too.
 */
export function selectAnnotations(findings: readonly Finding[], limits: AnnotationLimits): { shown: Finding[]; hidden: Finding[]; summarized: AnnotationLevel[] } {
  const byLevel = new Map<AnnotationLevel, Finding[]>(LEVELS.map((l) => [l, findings.filter((f) => COMMAND_LEVEL[f.severity] === l)]));
  let budget = limits.perJob;
  const keep = new Set<Finding>();
  const summarized: AnnotationLevel[] = [];
  for (const level of LEVELS) {
    const list = byLevel.get(level)!;
    const room = Math.min(limits.perLevel, budget);
    if (list.length === 0 || room === 0) continue;
    const fits = list.length <= room ? list.length : room - 1;
    for (const f of list.slice(0, fits)) keep.add(f);
    if (fits < list.length) summarized.push(level);
    budget -= fits < list.length ? room : fits;
  }
  return { shown: findings.filter((f) => keep.has(f)), hidden: findings.filter((f) => !keep.has(f)), summarized };
}

function command(f: Finding): string {
  const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`];
  // GitHub takes columns only for a single-line annotation.
  if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
  props.push(`title=${escapeProperty(`${f.rule} ${f.title}`)}`);
  return `::${COMMAND_LEVEL[f.severity]} ${props.join(',')}::${escapeData(`${f.message} [${f.severity}, ${f.owner}]`)}`;
}

/** Escapes a command's message as the runner expects: %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property: as data, plus the separators `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
