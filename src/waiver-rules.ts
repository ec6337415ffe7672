import type { RuleMeta } from './catalog.js';
import type { Severity } from './severity.js';

function rule(id: string, title: string, severity: Severity, description: string, remediation: string): RuleMeta {
  return { id, title, severity, owner: 'tollgate', kinds: ['*'], description, remediation, standards: {}, related: [], inlineWaivers: false, source: 'src/waiver-rules.ts' };
}

/** Rules of tollgate itself about waivers: a waiver that does not apply is reported, never silently ignored. */
export const WAIVER_RULES = {
  invalid: rule(
    'TG-WAIVER-INVALID',
    'Invalid waiver',
    'medium',
    'A waiver tollgate cannot read (unknown directive or key, unknown rule, a date that is not YYYY-MM-DD, a file-wide waiver without rules) waives nothing.',
    'Write `tollgate:ignore RULE-ID[,RULE-ID] reason="…" expires=YYYY-MM-DD` with rule ids from the catalog and a real date.',
  ),
  noReason: rule(
    'TG-WAIVER-NO-REASON',
    'Waiver without a reason',
    'medium',
    'Accepting a risk needs a justification that reviewers and auditors can read; a waiver without one waives nothing.',
    'Add `reason="…"` saying why the risk is accepted, and ideally `expires=YYYY-MM-DD`.',
  ),
  centralOnly: rule(
    'TG-WAIVER-CENTRAL-ONLY',
    'Rule accepts only central waivers',
    'medium',
    "The rule's owning team accepts the risk only through the central waivers file, which it holds through CODEOWNERS; an inline waiver of it waives nothing.",
    "Remove the inline waiver and ask the rule's owning team for an entry in the central waivers file.",
  ),
  stale: rule(
    'TG-WAIVER-STALE',
    'Waiver suppresses nothing',
    'low',
    'A waiver that matched no finding in a full scan has outlived its reason (the finding was fixed, moved or renamed), and would silently cover a future one.',
    "Remove the waiver, or move it onto the finding's line or the line above the block it covers.",
  ),
  expiring: rule(
    'TG-WAIVER-EXPIRING',
    'Waiver expires soon',
    'info',
    'A waiver expires within the notice period (`waivers.noticeDays`); after that day its finding counts again.',
    'Fix the finding before the waiver expires, or renew the waiver with a new date and reason.',
  ),
} as const;
