// The report stage of the action: a finished run becomes annotations, outputs, the job summary and the PR comment.
// The only part of src/report/ that knows the run's shape (RunResult) and the settings; everything it calls is
// either a pure renderer or a small I/O adapter. Nothing here throws for a reporting problem: warnings only.
import type { Logger } from '../logger.js';
import type { RunResult } from '../run.js';
import type { Settings } from '../settings.js';
import { annotate } from './annotations.js';
import { commentDecision, commentStatusFor, renderComment, resolveCommentEvent } from './comment-body.js';
import { githubRunContext, type GitHubRunContext } from './github-context.js';
import { computeOutputs, setOutputs } from './outputs.js';
import { allDiagnostics, outcomeCounts } from './sections.js';
import { renderSummary, writeSummary } from './summary.js';
import type { ReportInput } from './types.js';
import { checksSuffix } from './checks.js';

export type { ReportInput } from './types.js';
export { renderSummary, writeSummary } from './summary.js';
export { computeOutputs, setOutputs } from './outputs.js';
export { annotate } from './annotations.js';

/** The ReportInput of a finished run (pure). */
export function reportInputFrom(settings: Settings, result: RunResult, runUrl?: string): ReportInput {
  return {
    mode: result.mode,
    region: settings.region || undefined,
    projectId: result.projectId || settings.projectId || undefined,
    label: settings.label,
    files: result.manifests?.files,
    connections: result.manifests?.connections.map((c) => ({ name: c.name, file: c.source.file, line: c.source.position.line })),
    diagnostics: result.diagnostics,
    plan: result.plan,
    apply: result.apply,
    failureReason: result.failureReason,
    notices: [...result.notices, ...(result.failureMessage ? [result.failureMessage] : [])],
    planFileChanges: result.planFileChanges,
    runUrl,
    planFile: result.planFilePath,
    exported: result.exported?.entries.map((e) => ({ name: e.name, file: e.file, status: e.status })),
    ...(result.checks ? { checks: result.checks } : {}),
  };
}

/** Annotations, outputs, summary, then the PR comment (plan/validate) or the applied mark (apply after merge). */
export async function reportToRunner(
  settings: Settings,
  result: RunResult,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const gh = githubRunContext(env);
  const input = reportInputFrom(settings, result, gh.runUrl);

  annotate(allDiagnostics(input), settings.workspace);
  setOutputs(computeOutputs(input));
  if (env.GITHUB_STEP_SUMMARY) await writeSummary(renderSummary(input));
  await commentOnPullRequest(settings, input, gh, logger);
}

async function commentOnPullRequest(settings: Settings, input: ReportInput, gh: GitHubRunContext, logger: Logger): Promise<void> {
  // mode check reviews no plan: its report is the job summary, never the plan comment.
  if (settings.commentOnPr === 'never' || input.mode === 'export' || input.mode === 'check') return;
  if (!settings.githubToken) {
    logger.debug('No github-token: no pull request comment.');
    return;
  }
  if (!gh.owner || !gh.repo) {
    logger.debug('GITHUB_REPOSITORY is not set: no pull request comment.');
    return;
  }
  const target = { token: settings.githubToken, apiUrl: gh.apiUrl, owner: gh.owner, repo: gh.repo, logger };
  const event = resolveCommentEvent(gh.eventName, gh.payload, settings.prNumber);
  const hasChanges = input.plan?.hasChanges ?? false;
  const { upsertPrComment, findMergedPr, markApplied } = await loadCommentIo(settings, event, hasChanges, input);
  if (!upsertPrComment) return;

  // Apply after a merge (a push, no PR in the event): mark the reviewed plan's comment on the merged PR.
  if (isAfterMerge(input, event) && gh.sha && findMergedPr && markApplied) {
    const pr = await findMergedPr({ ...target, sha: gh.sha });
    if (pr === undefined) return;
    // A failed connectivity check does not undo the apply: the comment still says applied, with the checks.
    const failed = input.failureReason !== undefined && input.failureReason !== 'check-failed';
    const ok = input.apply ? input.apply.ok && !failed : !failed;
    const result = input.apply
      ? outcomeCounts(input.apply.results) + checksSuffix(input)
      : input.failureReason
        ? `failed (${input.failureReason})`
        : 'no changes';
    await markApplied({ ...target, prNumber: pr, label: settings.label, status: ok ? 'applied' : 'failed', runUrl: gh.runUrl, result });
    return;
  }

  const decision = commentDecision(settings.commentOnPr, event, hasChanges);
  if (decision === 'skip') return;
  const body = renderComment(input, {
    label: settings.label,
    fingerprint: input.plan?.fingerprint ?? '',
    status: commentStatusFor(input),
    summaryUrl: gh.runUrl,
  });
  await upsertPrComment({ ...target, prNumber: event.prNumber, label: settings.label, body, createIfMissing: decision === 'upsert' });
}

/** An apply on a push (the merge commit): its PR is found through the commit, not the event. */
function isAfterMerge(input: ReportInput, event: ReturnType<typeof resolveCommentEvent>): boolean {
  return input.mode === 'apply' && event.eventName === 'push' && event.prNumber === 0;
}

/**
 * Loads the comment I/O (and with it octokit) only when a comment may be written: apply on a push (to find the
 * merged PR), or a run whose decision is not 'skip'.
 */
async function loadCommentIo(
  settings: Settings,
  event: ReturnType<typeof resolveCommentEvent>,
  hasChanges: boolean,
  input: ReportInput,
): Promise<Partial<typeof import('./comment.js')>> {
  if (!isAfterMerge(input, event) && commentDecision(settings.commentOnPr, event, hasChanges) === 'skip') return {};
  return import('./comment.js');
}
