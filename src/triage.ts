import { compareFindings, type Finding } from './finding.js';
import { severityRank } from './severity.js';

/**
 * How a finding counts: `active` ones are reported and can fail the check; `suppressed` ones were
 * accepted by a waiver or the baseline; `pre-existing` ones lie outside the changed lines in
 * --changed-only mode. Only active findings become annotations or failures.
 */
export type FindingStatus = 'active' | 'suppressed' | 'pre-existing';

/** The status of one finding; `changedOnly` is whether the scan ran in --changed-only mode. */
export function findingStatus(f: Finding, changedOnly: boolean): FindingStatus {
  if (f.suppression !== undefined) return 'suppressed';
  if (changedOnly && f.changed === false) return 'pre-existing';
  return 'active';
}

/** Most important first: severity, then findings on changed lines, then the usual file order. */
export function byImportance(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || changedRank(a) - changedRank(b) || compareFindings(a, b);
}

function changedRank(f: Finding): number {
  return f.changed === true ? 0 : 1;
}
