// The sticky PR comment's I/O: find our comment (marker label + our own author) across all pages, update it or
// create it, and after a merge mark it applied. @actions/github (octokit) is imported lazily, only here, so a
// validate run never loads it. Every failure is a warning through the logger: commenting never fails a run.
import type { getOctokit } from '@actions/github';
import type { Logger } from '../logger.js';
import { inertLogText } from './markdown.js';
import { markAppliedBody, parseMarker } from './comment-body.js';

export {
  COMMENT_MAX_CHARS,
  commentDecision,
  commentStatusFor,
  markAppliedBody,
  parseMarker,
  renderComment,
  renderMarker,
  resolveCommentEvent,
  shouldComment,
} from './comment-body.js';
export type { CommentDecision, CommentEvent, CommentMarker, CommentOptions } from './comment-body.js';

type Octokit = ReturnType<typeof getOctokit>;

/** The login GITHUB_TOKEN comments as; GET /user answers 403 for it (it is an installation token). */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export interface GitHubTarget {
  token: string;
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string;
  owner: string;
  repo: string;
  logger: Logger;
  /** Skip the GET /user lookup and match comments of this login (a GitHub App's `<slug>[bot]`, say). */
  authorLogin?: string;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'skipped' | 'failed';
  commentId?: number;
  url?: string;
}

interface FoundComment {
  id: number;
  body: string;
  url: string;
}

async function client(t: GitHubTarget): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(t.token, { baseUrl: (t.apiUrl || 'https://api.github.com').replace(/\/+$/, '') });
}

function describe(err: unknown): string {
  const status = (err as { status?: unknown })?.status;
  const message = err instanceof Error ? err.message : String(err);
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}

function warn(logger: Logger, what: string, err: unknown): void {
  const status = (err as { status?: unknown })?.status;
  const why =
    status === 403
      ? ' (the token may lack `pull-requests: write` / `issues: write`, or this is a pull request from a fork)'
      : '';
  logger.warning(inertLogText(`Could not ${what}: ${describe(err)}${why}. The run goes on.`));
}

/**
 * Whose comments are ours. A personal access token answers GET /user with its login; GITHUB_TOKEN and other
 * installation tokens get 403 (or 401/404 on some servers), and comment as github-actions[bot].
 */
export async function resolveOwnLogin(octokit: Octokit, t: GitHubTarget): Promise<string> {
  if (t.authorLogin) return t.authorLogin;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    const status = (err as { status?: unknown })?.status;
    if (status === 403 || status === 401 || status === 404) {
      t.logger.debug(`GET /user answered ${String(status)}: matching comments of ${GITHUB_ACTIONS_BOT}`);
      return GITHUB_ACTIONS_BOT;
    }
    throw err;
  }
}

/** Our comment for `label` on the PR: the first one, page by page, that carries the marker and is ours. */
async function findOwnComment(octokit: Octokit, t: GitHubTarget, prNumber: number, label: string): Promise<FoundComment | undefined> {
  const own = (await resolveOwnLogin(octokit, t)).toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: prNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const c of page.data) {
      if (c.user?.login?.toLowerCase() !== own) continue;
      if (parseMarker(c.body)?.label !== label) continue;
      return { id: c.id, body: c.body ?? '', url: c.html_url };
    }
  }
  return undefined;
}

/** Finds our comment without changing anything (for changes-only: does a comment exist?). */
export async function findPrComment(t: GitHubTarget & { prNumber: number; label: string }): Promise<FoundComment | undefined> {
  try {
    return await findOwnComment(await client(t), t, t.prNumber, t.label);
  } catch (err) {
    warn(t.logger, `read the comments of pull request #${t.prNumber}`, err);
    return undefined;
  }
}

/**
 * Updates our comment for `label` in place, or creates it (unless `createIfMissing` is false: changes-only with
 * no changes). Never throws.
 */
export async function upsertPrComment(
  t: GitHubTarget & { prNumber: number; label: string; body: string; createIfMissing?: boolean },
): Promise<CommentResult> {
  try {
    const octokit = await client(t);
    const existing = await findOwnComment(octokit, t, t.prNumber, t.label);
    if (existing) {
      if (existing.body === t.body) return { action: 'skipped', commentId: existing.id, url: existing.url };
      const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body: t.body });
      t.logger.info(`Updated the pull request comment: ${data.html_url}`);
      return { action: 'updated', commentId: data.id, url: data.html_url };
    }
    if (t.createIfMissing === false) return { action: 'skipped' };
    const { data } = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, body: t.body });
    t.logger.info(`Commented on the pull request: ${data.html_url}`);
    return { action: 'created', commentId: data.id, url: data.html_url };
  } catch (err) {
    warn(t.logger, `comment on pull request #${t.prNumber}`, err);
    return { action: 'failed' };
  }
}

/**
 * The pull request a pushed commit came from (apply on merge): among the commit's associated pull requests, the
 * merged one whose merge commit is `sha`, else any merged one, else undefined. Never throws.
 */
export async function findMergedPr(t: GitHubTarget & { sha: string }): Promise<number | undefined> {
  try {
    const octokit = await client(t);
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: t.owner,
      repo: t.repo,
      commit_sha: t.sha,
      per_page: 100,
    });
    const merged = data.filter((p) => p.merged_at);
    return (merged.find((p) => p.merge_commit_sha === t.sha) ?? merged[0])?.number;
  } catch (err) {
    warn(t.logger, `find the pull request of commit ${t.sha}`, err);
    return undefined;
  }
}

/**
 * After apply: rewrites our comment on the merged PR to status applied (or failed) with the run link and the
 * result. Does nothing (action 'skipped') when the PR has no comment of ours. Never throws.
 */
export async function markApplied(
  t: GitHubTarget & { prNumber: number; label: string; status?: 'applied' | 'failed'; runUrl?: string; result: string },
): Promise<CommentResult> {
  try {
    const octokit = await client(t);
    const existing = await findOwnComment(octokit, t, t.prNumber, t.label);
    if (!existing) {
      t.logger.info(`No plan comment for label ${t.label} on pull request #${t.prNumber}: nothing to mark`);
      return { action: 'skipped' };
    }
    const body = markAppliedBody(existing.body, { status: t.status ?? 'applied', runUrl: t.runUrl, result: t.result });
    const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body });
    t.logger.info(`Marked the pull request comment as ${t.status ?? 'applied'}: ${data.html_url}`);
    return { action: 'updated', commentId: data.id, url: data.html_url };
  } catch (err) {
    warn(t.logger, `mark the comment on pull request #${t.prNumber}`, err);
    return { action: 'failed' };
  }
}
