// Markdown building blocks shared by the job summary and the PR comment. Pure functions of the ReportInput and a
// detail level: the callers lower the level until their size budget holds (1 MiB summary, 65,000-char comment).
import type { Diagnostic } from '../diagnostics.js';
import type { ChangeAction, ConnectionChange } from '../plan/types.js';
import { changeFacts, displayOrder, factSign, factText, plural, type Fact } from '../plan/render-diff.js';
import { codeBlock, detailsBlock, escapeMarkdown, escapeTableCell, inlineCode, table } from './markdown.js';
import { planDiffBlock } from './plan-diff.js';
import type { ApplyConnectionResult, PeeringStatus, ReportInput } from './types.js';
import { checkStatusLine, checksSuffix } from './checks.js';

export { displayOrder };

/**
 * How much detail to render. 0: everything. 1: no collapsible blocks. 2: at most a few reasons per row and a
 * capped error list. 3: reason counts only and short messages. Table rows are never dropped at any level.
 */
export type DetailLevel = 0 | 1 | 2 | 3;
export const DETAIL_LEVELS: readonly DetailLevel[] = [0, 1, 2, 3];

const REASONS_AT_LEVEL_2 = 3;
/** Lines of old → new values a table cell shows (levels 0-1, then 2) before "… and N more". */
const FACTS_IN_CELL: Record<DetailLevel, number> = { 0: 5, 1: 5, 2: 3, 3: 0 };
/** Up to this many unchanged connections get table rows; more are counted (and listed in a <details> of their own). */
export const UNCHANGED_ROWS_MAX = 5;
const DIAGNOSTICS_AT_LEVEL: Record<DetailLevel, number> = { 0: Infinity, 1: Infinity, 2: 100, 3: 20 };
const MESSAGE_CHARS_AT_LEVEL_3 = 300;

/** Text on one line (for list items): runs of whitespace with line breaks become one space. */
export function escapeInline(s: string): string {
  return escapeMarkdown(s.replace(/\s*[\r\n]+\s*/g, ' '));
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const MODE_TITLE: Record<ReportInput['mode'], string> = {
  validate: 'validate',
  plan: 'plan',
  apply: 'apply',
  export: 'export',
  check: 'check',
};

/** `## DLI connections · plan` and a line with region, project and label. */
export function titleSection(input: ReportInput, heading = '##', suffix = ''): string {
  const facts = [
    input.region ? `Region ${inlineCode(input.region)}` : undefined,
    input.projectId ? `Project ${inlineCode(input.projectId)}` : undefined,
    `Label ${inlineCode(input.label)}`,
  ].filter((x): x is string => x !== undefined);
  return `${heading} DLI connections · ${MODE_TITLE[input.mode]}${suffix ? ` · ${suffix}` : ''}\n\n${facts.join(' · ')}`;
}

/** A one-line verdict: what happened, and the failure reason when there is one. */
export function statusLine(input: ReportInput): string {
  const reason = input.failureReason ? ` (${inlineCode(input.failureReason)})` : '';
  const errors = allDiagnostics(input).filter((d) => d.severity === 'error').length;
  const errorText = errors > 0 ? plural(errors, 'error') : '';
  const failed = (details: string) => `**Failed**${reason}${details ? `: ${details}` : ''}`;
  switch (input.mode) {
    case 'validate': {
      if (input.failureReason || errors > 0) return failed(errorText);
      const n = input.connections?.length ?? 0;
      const f = input.files?.length ?? 0;
      return `**Valid**: ${plural(n, 'connection')} in ${plural(f, 'manifest file')}`;
    }
    case 'plan': {
      const counts = input.plan ? countsText(input.plan.changes) : '';
      if (input.failureReason || errors > 0) return failed([counts, errorText].filter(Boolean).join('; '));
      if (!input.plan) return '**No plan**';
      return input.plan.hasChanges ? `**Changes planned**: ${counts}` : '**No changes**';
    }
    case 'apply': {
      if (input.apply) {
        // check-failed: the apply itself is done (a rerun changes nothing); the checks part says what failed.
        const ok = input.apply.ok && (!input.failureReason || input.failureReason === 'check-failed');
        return `**${ok ? 'Applied' : 'Apply failed'}**${reason}: ${outcomeCounts(input.apply.results)}${checksSuffix(input)}`;
      }
      if (input.failureReason || errors > 0) return failed(errorText);
      return input.plan && !input.plan.hasChanges ? '**No changes**' : '**Not applied**';
    }
    case 'export': {
      if (input.failureReason || errors > 0) return failed(errorText);
      const n = input.exported?.length ?? 0;
      return `**Exported** ${plural(n, 'connection')}`;
    }
    case 'check':
      return checkStatusLine(input);
  }
}

const COUNT_ORDER: ChangeAction[] = ['create', 'update', 'adopt', 'replace', 'delete', 'blocked', 'orphan', 'unchanged'];

/** "2 create, 1 update, 5 unchanged". */
export function countsText(changes: readonly ConnectionChange[]): string {
  const counts = new Map<ChangeAction, number>();
  for (const c of changes) counts.set(c.action, (counts.get(c.action) ?? 0) + 1);
  return COUNT_ORDER.filter((a) => counts.has(a))
    .map((a) => `${counts.get(a)} ${a}`)
    .join(', ');
}

export function outcomeCounts(results: readonly ApplyConnectionResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  return [...counts.entries()].map(([o, n]) => `${n} ${o}`).join(', ') || 'nothing to do';
}

function peeringText(p: PeeringStatus): string {
  const err = p.err_msg ? `: ${p.err_msg}` : '';
  return `${p.kind} ${p.name} ${p.status}${err}`;
}

function reasonsText(reasons: readonly string[], level: DetailLevel): string {
  if (reasons.length === 0) return '';
  if (level <= 1) return reasons.join(', ');
  if (level === 2) {
    const shown = reasons.slice(0, REASONS_AT_LEVEL_2).join(', ');
    const more = reasons.length - REASONS_AT_LEVEL_2;
    return more > 0 ? `${shown}, … and ${more} more` : shown;
  }
  return plural(reasons.length, 'change');
}

/** One row of the connection table; `quiet` rows (unchanged, nothing to report) are counted past a handful. */
export interface ConnectionRow {
  name: string;
  action: ChangeAction;
  /** What changes (old → new values), or why (delete, orphan, blocked): escaped table-cell markdown. */
  changes: string;
  id: string | undefined;
  status: string;
  quiet: boolean;
}

/** `~ host kafka-lb: 192.168.0.20 → 192.168.0.99`, `+ queue q1`, `− route r1: 10.0.0.0/24` (one cell line). */
function factCellLine(f: Fact): string {
  const sign = factSign(f);
  return `${sign === '-' ? '\u2212' : sign} ${factText(f)}`;
}

/** "5 hosts, 1 queue, 1 route, 2 tags": what a new connection carries (the diff block lists the values). */
function createSummary(facts: readonly Fact[]): string {
  const n = (field: Fact['field']): number => facts.filter((f) => f.field === field).length;
  const parts = [
    plural(n('hosts'), 'host'),
    plural(n('queues'), 'queue'),
    plural(n('elastic_resource_pools'), 'pool'),
    plural(n('routes'), 'route'),
    plural(n('tags'), 'tag'),
  ];
  return parts.filter((p) => !p.startsWith('0 ')).join(', ');
}

/** The Changes cell: the values that change (cut per level), a create's summary, or the reasons. */
function changesCell(c: ConnectionChange, level: DetailLevel): string {
  const facts = changeFacts(c);
  if (c.action === 'create' && facts.length > 0) return escapeTableCell(createSummary(facts));
  const shownFacts = c.action === 'replace' ? (c.fieldChanges ?? []) : facts;
  if (shownFacts.length === 0) return escapeTableCell(reasonsText(c.reasons, level));
  const max = FACTS_IN_CELL[level];
  if (max === 0) return escapeTableCell(plural(shownFacts.length, 'change'));
  const lines = shownFacts.slice(0, max).map(factCellLine);
  if (shownFacts.length > max) lines.push(`\u2026 and ${shownFacts.length - max} more`);
  return lines.map(escapeTableCell).join('<br>');
}

/** One row per connection: plan changes merged with apply results by name (apply results win for id/status). */
function rows(input: ReportInput, level: DetailLevel): ConnectionRow[] {
  const results = new Map((input.apply?.results ?? []).map((r) => [r.name, r]));
  const names = new Set<string>();
  const out: ConnectionRow[] = [];
  for (const c of input.plan?.changes ?? []) {
    names.add(c.name);
    out.push(row(c.name, c.action, changesCell(c, level), c.connectionId, results.get(c.name), input, level));
  }
  for (const r of input.apply?.results ?? []) {
    if (!names.has(r.name)) out.push(row(r.name, r.action, '', r.connectionId, r, input, level));
  }
  return displayOrder(out);
}

function row(
  name: string,
  action: ChangeAction,
  changes: string,
  planId: string | undefined,
  result: ApplyConnectionResult | undefined,
  input: ReportInput,
  level: DetailLevel,
): ConnectionRow {
  const id = input.apply?.connectionIds[name] ?? result?.connectionId ?? planId;
  let status: string;
  if (result) {
    const parts: string[] = [result.outcome];
    if (result.error) parts.push(level >= 3 ? clip(result.error.message, 120) : result.error.message);
    const peerings = result.peerings ?? [];
    if (peerings.length > 0) {
      const shown = level >= 3 ? peerings.filter((p) => p.status !== 'ACTIVE') : peerings;
      const text = shown.map(peeringText).join(', ');
      parts.push(text || `${plural(peerings.length, 'peering')} ACTIVE`);
    }
    status = parts.join(': ');
  } else if (input.mode === 'apply' && input.apply) {
    status = 'not run';
  } else {
    status = action === 'blocked' ? 'blocked' : action === 'unchanged' || action === 'orphan' ? '' : 'planned';
  }
  // An unchanged connection whose wait found a problem is news: it keeps its row.
  const quiet = action === 'unchanged' && (!result || (result.outcome === 'unchanged' && !result.error && (result.peerings ?? []).every((p) => p.status === 'ACTIVE')));
  return { name, action, changes, id, status, quiet };
}

/** A column of the connection table: its header and its cell (escaped markdown, one line) for a row. */
export interface ConnectionColumn {
  header: string;
  cell: (row: ConnectionRow, input: ReportInput) => string;
}

/** The table's columns, in order. A report that needs another column (e.g. a connectivity check) adds one here. */
export const CONNECTION_COLUMNS: readonly ConnectionColumn[] = [
  { header: 'Connection', cell: (r) => inlineCode(r.name, { inTable: true }) },
  { header: 'Action', cell: (r) => r.action },
  { header: 'Changes', cell: (r) => r.changes },
  { header: 'ID', cell: (r) => (r.id ? inlineCode(r.id, { inTable: true }) : '\u2014') },
  { header: 'Status', cell: (r) => escapeTableCell(r.status) },
];

/**
 * The connection table: what changes, blocked items and orphans first, each with its row; unchanged connections
 * get rows while there are at most UNCHANGED_ROWS_MAX of them, else a count (and, at level 0, a <details> naming
 * them all).
 */
export function connectionTable(input: ReportInput, level: DetailLevel, columns: readonly ConnectionColumn[] = CONNECTION_COLUMNS): string | undefined {
  const all = rows(input, level);
  if (all.length === 0) return undefined;
  const quiet = all.filter((r) => r.quiet);
  const listed = quiet.length > UNCHANGED_ROWS_MAX ? all.filter((r) => !r.quiet) : all;
  const parts: string[] = [];
  if (listed.length > 0) {
    parts.push(table(columns.map((c) => c.header), listed.map((r) => columns.map((c) => c.cell(r, input)))));
  }
  if (listed.length < all.length) parts.push(unchangedSection(quiet, level));
  return parts.join('\n\n');
}

/** "195 unchanged connections", with their names in a collapsible block at level 0. */
function unchangedSection(quiet: readonly ConnectionRow[], level: DetailLevel): string {
  const title = `${plural(quiet.length, 'unchanged connection')}`;
  if (level > 0) return `_${title} (not listed)._`;
  return detailsBlock(title, quiet.map((r) => inlineCode(r.name)).join(' · '));
}

/** Validate mode: the connections found, with where they are. */
export function foundConnectionsTable(input: ReportInput): string | undefined {
  const cs = input.connections ?? [];
  if (cs.length === 0) return undefined;
  return table(
    ['Connection', 'Manifest'],
    cs.map((c) => [inlineCode(c.name, { inTable: true }), inlineCode(`${c.file}:${c.line}`, { inTable: true })]),
  );
}

/** Export mode: what was written where. */
export function exportedTable(input: ReportInput): string | undefined {
  const xs = input.exported ?? [];
  if (xs.length === 0) return undefined;
  return table(
    ['Connection', 'File', 'Status'],
    xs.map((x) => [inlineCode(x.name, { inTable: true }), inlineCode(x.file, { inTable: true }), x.status]),
  );
}

/** Every diagnostic of the run, plan problems included, each once. */
export function allDiagnostics(input: ReportInput): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...input.diagnostics, ...(input.plan?.problems ?? [])]) {
    const key = JSON.stringify([d.severity, d.message, d.position, d.hint, d.code]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

function diagnosticItem(d: Diagnostic, level: DetailLevel): string {
  const where = d.position ? ` ${inlineCode(`${d.position.file}:${d.position.line}:${d.position.col}`)}` : '';
  const message = level >= 3 ? clip(d.message, MESSAGE_CHARS_AT_LEVEL_3) : d.message;
  const hint = d.hint ? ` — fix: ${escapeInline(level >= 3 ? clip(d.hint, MESSAGE_CHARS_AT_LEVEL_3) : d.hint)}` : '';
  const code = d.code && level < 3 ? ` (${inlineCode(d.code)})` : '';
  return `- **${d.severity}**${where}: ${escapeInline(message)}${code}${hint}`;
}

/** Errors first, then warnings and notices; apply errors per connection with request id and pending steps. */
export function problemsSection(input: ReportInput, level: DetailLevel): string | undefined {
  const order = { error: 0, warning: 1, notice: 2 } as const;
  const ds = allDiagnostics(input).sort((a, b) => order[a.severity] - order[b.severity]);
  const failed = (input.apply?.results ?? []).filter((r) => r.error);
  const cap = DIAGNOSTICS_AT_LEVEL[level];
  const items = ds.slice(0, cap).map((d) => diagnosticItem(d, level));
  if (ds.length > cap) items.push(`- … ${ds.length - cap} more (see the annotations and the log)`);
  for (const r of failed.slice(0, cap)) {
    const e = r.error!;
    const extra = [
      e.code ? `code ${inlineCode(e.code)}` : undefined,
      e.requestId ? `request ${inlineCode(e.requestId)}` : undefined,
    ].filter(Boolean);
    const hint = e.hint ? ` — fix: ${escapeInline(e.hint)}` : '';
    const msg = level >= 3 ? clip(e.message, MESSAGE_CHARS_AT_LEVEL_3) : e.message;
    let item = `- **error** in ${inlineCode(r.name)}: ${escapeInline(msg)}${extra.length ? ` (${extra.join(', ')})` : ''}${hint}`;
    if (level === 0 && (r.completedSteps.length > 0 || r.pendingSteps.length > 0)) {
      item += `\n  - done: ${escapeInline(r.completedSteps.join('; ') || 'nothing')}`;
      item += `\n  - not done: ${escapeInline(r.pendingSteps.join('; ') || 'nothing')}`;
    }
    items.push(item);
  }
  if (items.length === 0) return undefined;
  return `### Problems\n\n${items.join('\n')}`;
}

/** Apply notes per connection ("adopted id=… left by an earlier run"): detail, dropped first when cutting. */
export function applyNotesSection(input: ReportInput, level: DetailLevel): string | undefined {
  if (level > 0) return undefined;
  const items = (input.apply?.results ?? []).flatMap((r) => (r.notes ?? []).map((n) => `- ${inlineCode(r.name)}: ${escapeInline(n)}`));
  return items.length > 0 ? `### Notes\n\n${items.join('\n')}` : undefined;
}

export function noticesSection(input: ReportInput): string | undefined {
  const ns = input.notices ?? [];
  if (ns.length === 0) return undefined;
  return ns.map(noticeMarkdown).join('\n>\n');
}

/**
 * One note. A multi-line one (the `permissions:` block to add, the checks after a refused OIDC exchange) goes in a
 * code block inside the quote: escaped inline text would join its lines and lose the YAML indentation.
 */
function noticeMarkdown(n: string): string {
  const text = n.trim();
  if (!/[\r\n]/.test(text)) return `> **Note:** ${escapeInline(text)}`;
  const block = codeBlock(text, 'text')
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
  return `> **Note:**\n>\n${block}`;
}

/** plan-changed: the differences between the reviewed plan file and the plan computed now. */
export function planChangesSection(input: ReportInput, level: DetailLevel): string | undefined {
  const xs = input.planFileChanges ?? [];
  if (xs.length === 0) return undefined;
  const cap = level >= 2 ? 50 : Infinity;
  const items = xs.slice(0, cap).map((x) => `- ${escapeInline(x)}`);
  if (xs.length > cap) items.push(`- … ${xs.length - cap} more`);
  return `### The plan changed since it was reviewed\n\n${items.join('\n')}`;
}

/** The full plan as a ```diff block (level 0 only; nothing when nothing changes). */
export function fullPlanSection(input: ReportInput, level: DetailLevel): string | undefined {
  if (level > 0 || !input.plan) return undefined;
  return planDiffBlock(input.plan);
}

/** Validate mode: the manifest files read (collapsible, level 0 only). */
export function filesSection(input: ReportInput, level: DetailLevel): string | undefined {
  const fs = input.files ?? [];
  if (level > 0 || fs.length === 0) return undefined;
  return detailsBlock(`Manifest files (${fs.length})`, fs.map((f) => `- ${inlineCode(f)}`).join('\n'));
}

export function cutNote(what: string, level: DetailLevel): string | undefined {
  if (level === 0) return undefined;
  const dropped = ['', 'the collapsible details', 'the collapsible details and long reason lists', 'the collapsible details, reasons and long messages'][level];
  return `_Some detail (${dropped}) was left out to keep this ${what} within its size limit; every change is still listed._`;
}
