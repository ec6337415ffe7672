import type { RuleMeta } from './catalog.js';
import { scanComments, type Comment, type CommentFormat } from './comments.js';
import { pathKey, type PositionIndex } from './position.js';
import { checkWaiver, directiveOf, parseTerms, type Place, type Waiver, type WaiverReporter, type WaiverScope } from './waiver.js';
import { WAIVER_RULES } from './waiver-rules.js';

/** The Kubernetes annotation that waives rules for the object it annotates. */
export const IGNORE_ANNOTATION = 'tollgate.dev/ignore';

/** A parsed file, as the inline-waiver reader needs it. */
export interface WaiverSource {
  /** Relative to the scan root, with forward slashes. */
  file: string;
  format: CommentFormat;
  /** The unit kind the file was evaluated as (kubernetes, github_actions, …). */
  kind: string;
  text: string;
  documents: readonly unknown[];
  /** Positions of the file's nodes; keys start with the document index. */
  index: PositionIndex;
}

/** Whether a file's text can hold a waiver at all: most files cannot, and are not tokenized again. */
export function mayHoldWaivers(text: string): boolean {
  return text.includes('tollgate:') || text.includes(IGNORE_ANNOTATION);
}

/**
 * The waivers written in a file: `tollgate:ignore` comments (on the finding's line, or on their
 * own line above the block they cover), `tollgate:ignore-file` comments, and for Kubernetes the
 * `tollgate.dev/ignore` annotation of an object. Problems go to `report`.
 */
export function inlineWaivers(src: WaiverSource, rules: ReadonlyMap<string, RuleMeta | null>, report: WaiverReporter): Waiver[] {
  if (!mayHoldWaivers(src.text)) return [];
  const waivers: Waiver[] = [];
  const add = (body: string, at: Place, scope: WaiverScope) => {
    const terms = parseTerms(body);
    if ('problem' in terms) return report(WAIVER_RULES.invalid, at, `cannot read the waiver: ${terms.problem}, so it waives nothing; write tollgate:ignore RULE-ID reason="…" expires=YYYY-MM-DD`);
    if (scope.type === 'file' && terms.rules.length === 0) {
      return report(WAIVER_RULES.invalid, at, 'tollgate:ignore-file names no rule, so it waives nothing; a file-wide waiver must list its rules, like tollgate:ignore-file TG-K8S-008 reason="…"');
    }
    const w = checkWaiver('inline', terms, at, scope, rules, report);
    if (w) waivers.push(w);
  };

  const comments = scanComments(src.format, src.text);
  const blocks = blockEnds(src.index);
  const commentLines = new Set(comments.filter((c) => c.ownLine).map((c) => c.line));
  for (const c of comments) {
    const d = directiveOf(c.text);
    if (!d || d.name === '') continue;
    const at: Place = { file: src.file, line: c.line, column: c.column, endLine: c.line, endColumn: c.endColumn };
    if (d.name === 'ignore') add(d.body, at, { type: 'lines', file: src.file, ...commentScope(c, commentLines, blocks) });
    else if (d.name === 'ignore-file') add(d.body, at, { type: 'file', file: src.file });
    else report(WAIVER_RULES.invalid, at, `unknown directive "tollgate:${d.name}", so it waives nothing; write tollgate:ignore or tollgate:ignore-file`);
  }
  if (src.kind === 'kubernetes') {
    src.documents.forEach((doc, d) => annotationWaivers(src, doc, d, add, report));
  }
  return waivers;
}

/**
 * A trailing comment covers its line. A comment on its own line covers the block that starts on
 * the next line that is not a comment (so waivers can be stacked): the largest node starting
 * there, and never more.
 */
function commentScope(c: Comment, commentLines: ReadonlySet<number>, blocks: ReadonlyMap<number, number>): { from: number; to: number } {
  if (!c.ownLine) return { from: c.line, to: c.line };
  let target = c.line + 1;
  while (commentLines.has(target)) target++;
  return { from: target, to: Math.max(target, blocks.get(target) ?? target) };
}

/** For each line where a node starts, the last line of the largest node starting there. */
function blockEnds(index: PositionIndex): Map<number, number> {
  const ends = new Map<number, number>();
  for (const r of index.values()) ends.set(r.line, Math.max(ends.get(r.line) ?? r.endLine, r.endLine));
  return ends;
}

/** `metadata.annotations["tollgate.dev/ignore"]` of one object: one waiver per line of its value, scoped to the object. */
function annotationWaivers(src: WaiverSource, doc: unknown, d: number, add: (body: string, at: Place, scope: WaiverScope) => void, report: WaiverReporter): void {
  const annotations = (doc as { metadata?: { annotations?: unknown } } | null)?.metadata?.annotations;
  if (typeof annotations !== 'object' || annotations === null || !(IGNORE_ANNOTATION in annotations)) return;
  const value = (annotations as Record<string, unknown>)[IGNORE_ANNOTATION];
  const pos = src.index.get(pathKey([d, 'metadata', 'annotations', IGNORE_ANNOTATION]));
  const object = src.index.get(pathKey([d]));
  if (!pos || !object) return;
  const at: Place = { file: src.file, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn };
  if (typeof value !== 'string') {
    return report(WAIVER_RULES.invalid, at, `the ${IGNORE_ANNOTATION} annotation is not a string, so it waives nothing; write ${IGNORE_ANNOTATION}: 'RULE-ID reason="…" expires=YYYY-MM-DD'`);
  }
  for (const line of value.split('\n')) {
    const body = line.trim().replace(/^tollgate:ignore\s+/, '');
    if (body) add(body, at, { type: 'lines', file: src.file, from: object.line, to: object.endLine });
  }
}
