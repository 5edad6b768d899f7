// The sticky PR comment's text (pure): the hidden marker that identifies it, the body under GitHub's size limit,
// the "applied" rewrite after merge, and the decision whether to comment at all. I/O lives in comment.ts.
import type { CommentMode } from '../settings.js';
import {
  connectionTable,
  escapeInline,
  allDiagnostics,
  cutNote,
  DETAIL_LEVELS,
  displayOrder,
  exportedTable,
  foundConnectionsTable,
  fullPlanSection,
  noticesSection,
  planChangesSection,
  problemsSection,
  statusLine,
  titleSection,
  type DetailLevel,
} from './sections.js';
import { inlineCode, link } from './markdown.js';
import { plural } from '../plan/render-diff.js';
import type { CommentStatus, ReportInput } from './types.js';
import { checksSection } from './checks.js';

/**
 * Bodies are kept under this many characters. GitHub refuses more than 65,536; the rest is headroom for the
 * "applied" banner that markApplied inserts later.
 */
export const COMMENT_MAX_CHARS = 64_000;
/** The banner's result text is clipped so that body + banner stays under GitHub's limit. */
const BANNER_RESULT_MAX_CHARS = 500;

export interface CommentMarker {
  label: string;
  fingerprint: string;
  status: CommentStatus;
}

const MARKER_PREFIX = '<!-- dli-connections ';
const MARKER_RE = /^<!-- dli-connections (\{.*?\}) -->/;

/**
 * The hidden first line. JSON, with `<`, `>`, `&` and `-` written as \u escapes so that no label can close the
 * HTML comment (`-->`) or open markup; JSON.parse reads them back unchanged.
 */
export function renderMarker(m: CommentMarker): string {
  const json = JSON.stringify({ label: m.label, fingerprint: m.fingerprint, status: m.status }).replace(
    /[<>&-]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${MARKER_PREFIX}${json} -->`;
}

const STATUSES: readonly CommentStatus[] = ['planned', 'applied', 'failed', 'no-changes'];

/** The marker at the very start of a comment body, or undefined (someone else's comment, or a quote of ours). */
export function parseMarker(body: string | null | undefined): CommentMarker | undefined {
  const m = MARKER_RE.exec(body ?? '');
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]!) as Partial<CommentMarker>;
    if (typeof v.label !== 'string' || typeof v.fingerprint !== 'string') return undefined;
    if (!STATUSES.includes(v.status as CommentStatus)) return undefined;
    return { label: v.label, fingerprint: v.fingerprint, status: v.status as CommentStatus };
  } catch {
    return undefined;
  }
}

export interface CommentOptions {
  label: string;
  fingerprint: string;
  status: CommentStatus;
  /** The run's page, where the job summary is; linked when the body had to be cut, and in the footer. */
  summaryUrl?: string;
  maxChars?: number;
}

const STATUS_TEXT: Record<CommentStatus, string> = {
  planned: 'Plan ready for review',
  applied: 'Applied',
  failed: 'Failed',
  'no-changes': 'No changes',
};

function summaryPointer(url: string | undefined): string {
  return url ? `the ${link('job summary', url)}` : 'the job summary of this run';
}

function bodyAt(input: ReportInput, o: CommentOptions, level: DetailLevel, droppedRows: number): string {
  const parts: (string | undefined)[] = [
    renderMarker(o),
    titleSection(input, '###', STATUS_TEXT[o.status]),
    statusLine(input),
    noticesSection(input),
    input.mode === 'validate' ? foundConnectionsTable(input) : undefined,
    input.mode === 'plan' || input.mode === 'apply' ? connectionTable(input, level) : undefined,
    input.mode === 'export' ? exportedTable(input) : undefined,
    checksSection(input, level),
    droppedRows > 0 ? `_… and ${plural(droppedRows, 'more connection')}: see ${summaryPointer(o.summaryUrl)}._` : undefined,
    planChangesSection(input, level),
    problemsSection(input, level),
    fullPlanSection(input, level),
    level > 0 ? `${cutNote('comment', level)} The full report is in ${summaryPointer(o.summaryUrl)}.` : undefined,
    o.summaryUrl && level === 0 ? `<sub>Plan fingerprint ${inlineCode(o.fingerprint)} · ${link('run', o.summaryUrl)}</sub>` : undefined,
  ];
  return parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n');
}

/** The same input with only the first `n` connections (for the last-resort cut of a comment). */
function firstConnections(input: ReportInput, n: number): ReportInput {
  // In table order, so the rows kept are the ones the table shows first (changes, blocked, orphans).
  const ordered = input.plan ? displayOrder(input.plan.changes) : input.apply ? displayOrder(input.apply.results) : (input.connections ?? []);
  const keep = new Set(ordered.slice(0, n).map((c) => c.name));
  return {
    ...input,
    plan: input.plan ? { ...input.plan, changes: input.plan.changes.filter((c) => keep.has(c.name)) } : undefined,
    apply: input.apply ? { ...input.apply, results: input.apply.results.filter((r) => keep.has(r.name)) } : undefined,
    connections: input.connections?.filter((c) => keep.has(c.name)),
    exported: input.exported?.slice(0, n),
  };
}

function connectionCount(input: ReportInput): number {
  if (input.mode === 'validate') return input.connections?.length ?? 0;
  if (input.mode === 'export') return input.exported?.length ?? 0;
  const names = new Set([...(input.plan?.changes ?? []), ...(input.apply?.results ?? [])].map((c) => c.name));
  return names.size;
}

/**
 * The comment body: marker first, then the same table as the summary. Kept under `maxChars` (default
 * COMMENT_MAX_CHARS) by dropping detail level by level and, unlike the summary, finally table rows — the summary
 * keeps them all, and the comment points there.
 */
export function renderComment(input: ReportInput, o: CommentOptions): string {
  const max = o.maxChars ?? COMMENT_MAX_CHARS;
  for (const level of DETAIL_LEVELS) {
    const body = bodyAt(input, o, level, 0);
    if (body.length <= max) return body;
  }
  // Keep as many rows as fit: binary search on the number of connections shown.
  const total = connectionCount(input);
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const body = bodyAt(firstConnections(input, mid), o, 3, total - mid);
    if (body.length <= max) lo = mid;
    else hi = mid - 1;
  }
  const body = bodyAt(firstConnections(input, lo), o, 3, total - lo);
  // Pathological (huge notices or problems): a hard cut, still with the marker and the pointer.
  if (body.length <= max) return body;
  const pointer = `\n\n_Cut to fit a comment: the full report is in ${summaryPointer(o.summaryUrl)}._`;
  return body.slice(0, Math.max(0, max - pointer.length)) + pointer;
}

const BANNER_START = '<!-- dli-connections-result -->';
const BANNER_END = '<!-- /dli-connections-result -->';

/**
 * Rewrites a comment after apply: the marker's status becomes `status` and a banner with the run link and the
 * result goes right under it (replacing an earlier banner, so a re-run does not stack them). The plan below is
 * kept: it is what was reviewed.
 */
export function markAppliedBody(body: string, o: { status: 'applied' | 'failed'; runUrl?: string; result: string }): string {
  const marker = parseMarker(body);
  if (!marker) return body;
  const rest = body
    .replace(MARKER_RE, '')
    .replace(new RegExp(`^\\s*${BANNER_START}[\\s\\S]*?${BANNER_END}`), '')
    .replace(/^\s+/, '');
  const result = o.result.length > BANNER_RESULT_MAX_CHARS ? `${o.result.slice(0, BANNER_RESULT_MAX_CHARS - 1)}…` : o.result;
  const verb = o.status === 'applied' ? '**Applied**' : '**Apply failed**';
  const where = o.runUrl ? ` in ${link('this run', o.runUrl)}` : '';
  const banner = `${BANNER_START}\n> ${verb}${where}: ${escapeInline(result)}\n${BANNER_END}`;
  return `${renderMarker({ ...marker, status: o.status })}\n${banner}\n\n${rest}`;
}

/** The marker status that fits a run's result. */
export function commentStatusFor(input: ReportInput): CommentStatus {
  if (input.failureReason || allDiagnostics(input).some((d) => d.severity === 'error')) return 'failed';
  if (input.mode === 'apply' && input.apply) return input.apply.ok ? 'applied' : 'failed';
  return input.plan?.hasChanges ? 'planned' : 'no-changes';
}

/** Where a comment could go: the event, and the PR number when one is known (0 when none). */
export interface CommentEvent {
  eventName: string;
  prNumber: number;
  /** The number came from the `pr-number` input rather than the event. */
  prNumberFromInput?: boolean;
}

export type CommentDecision = 'upsert' | 'update-only' | 'skip';

function isPullRequestEvent(name: string): boolean {
  return name === 'pull_request' || name === 'pull_request_target';
}

/**
 * Whether to comment, before knowing if a comment exists:
 * - never: no; no PR number: nowhere to comment;
 * - auto: on pull_request events, or when the PR number was given explicitly;
 * - always: whenever a PR number is known, whatever the event;
 * - changes-only: create or update when there are changes; without changes only update an existing comment (to
 *   "no changes"), so a stale plan never lingers.
 */
export function commentDecision(mode: CommentMode, event: CommentEvent, hasChanges: boolean): CommentDecision {
  if (mode === 'never' || event.prNumber <= 0) return 'skip';
  switch (mode) {
    case 'auto':
      return isPullRequestEvent(event.eventName) || event.prNumberFromInput ? 'upsert' : 'skip';
    case 'always':
      return 'upsert';
    case 'changes-only':
      return hasChanges ? 'upsert' : 'update-only';
  }
}

/** commentDecision once it is known whether our comment already exists. */
export function shouldComment(mode: CommentMode, event: CommentEvent, hasChanges: boolean, existingCommentFound: boolean): boolean {
  const d = commentDecision(mode, event, hasChanges);
  return d === 'upsert' || (d === 'update-only' && existingCommentFound);
}

/** The PR number of a pull_request(-ish) event payload, else the explicit input, else 0. */
export function resolveCommentEvent(eventName: string, payload: { pull_request?: { number?: number } } | undefined, inputPrNumber: number): CommentEvent {
  if (inputPrNumber > 0) return { eventName, prNumber: inputPrNumber, prNumberFromInput: true };
  const n = payload?.pull_request?.number;
  return { eventName, prNumber: typeof n === 'number' && n > 0 ? n : 0, prNumberFromInput: false };
}
