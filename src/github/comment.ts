import type { GitHubClient } from './client.js';

/** Hidden marker that identifies tollgate's sticky comment among a pull request's comments. */
export const COMMENT_MARKER = '<!-- tollgate:sticky-comment -->';

/** What happened to the sticky comment. */
export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not needed';

/** The comment's body: the marker, then the report, then a resolved note when nothing is left. */
export function commentBody(markdown: string, resolved: boolean): string {
  return `${COMMENT_MARKER}\n${markdown}${resolved ? '\nEverything an earlier push of this pull request was flagged for is resolved.\n' : ''}`;
}

/**
 * Creates or updates the one tollgate comment of a pull request, found again by its marker, so a
 * later push edits it in place and it is never posted twice. With nothing to report and no
 * earlier comment, nothing is posted; with nothing to report and an earlier comment, it is
 * rewritten as resolved.
 */
export async function upsertComment(octokit: GitHubClient, owner: string, repo: string, issueNumber: number, markdown: string, hasFindings: boolean): Promise<CommentOutcome> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const existing = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(COMMENT_MARKER));
  const body = commentBody(markdown, existing !== undefined && !hasFindings);
  if (existing === undefined) {
    if (!hasFindings) return 'not needed';
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return 'updated';
}
