// The connectivity checks in the reports: a section with one row per address (job summary and PR comment), the
// verdict of mode check, the text added to the apply verdict, and the `checks` output. Pure functions of the
// ReportInput; the run's diagnostics already carry the annotations (an error at each failing address's line).
import { checkCounts, type CheckResult, type CheckRun } from '../checks/types.js';
import { escapeTableCell, inlineCode, table } from './markdown.js';
import type { ReportInput } from './types.js';

const RESULT_TEXT: Record<CheckResult, string> = {
  reachable: '✅ reachable',
  unreachable: '❌ unreachable',
  timeout: '⏱️ no answer (timeout)',
  error: '⚠️ API error',
  'not-run': '➖ not run',
};
const DETAIL_CHARS_AT_LEVEL_3 = 160;

function fromText(r: CheckRun): string {
  if (r.source.kind === 'pool') return r.source.queue ? `pool ${r.source.name} (queue ${r.source.queue})` : `pool ${r.source.name}`;
  return r.source.name === '—' ? '' : `queue ${r.source.name}`;
}

function runText(r: CheckRun, level: number): string {
  const from = fromText(r);
  const text = `${from ? `${from}: ` : ''}${r.detail}`;
  return level >= 3 && text.length > DETAIL_CHARS_AT_LEVEL_3 ? `${text.slice(0, DETAIL_CHARS_AT_LEVEL_3 - 1)}…` : text;
}

/** `### Connectivity checks`: connection | address | check | tested from — every address gets its row. */
export function checksSection(input: ReportInput, level: number): string | undefined {
  const checks = input.checks?.checks ?? [];
  if (checks.length === 0) return undefined;
  const rows = checks.map((c) => [
    inlineCode(c.connection, { inTable: true }),
    inlineCode(c.address, { inTable: true }),
    RESULT_TEXT[c.result],
    escapeTableCell(c.runs.map((r) => runText(r, level)).join('\n')),
  ]);
  // Our own words (counts and fixed text): no user text, so no escaping.
  const lead = `${checkCounts(checks)} — DLI's address test from each bound queue (a pool through one of its queues): TCP reachability, not credentials.`;
  return `### Connectivity checks\n\n${lead}\n\n${table(['Connection', 'Address', 'Check', 'Tested from'], rows)}`;
}

/** mode check's verdict. */
export function checkStatusLine(input: ReportInput): string {
  const checks = input.checks?.checks ?? [];
  const reason = input.failureReason ? ` (${inlineCode(input.failureReason)})` : '';
  if (input.failureReason) return `**Checks failed**${reason}${checks.length ? `: ${checkCounts(checks)}` : ''}`;
  if (checks.length === 0) return '**No checks**: no manifest declares `checks`';
  return `**Checks done**: ${checkCounts(checks)}`;
}

/** Appended to apply's verdict: " · checks: 2 reachable, 1 unreachable". */
export function checksSuffix(input: ReportInput): string {
  const checks = input.checks?.checks ?? [];
  return checks.length ? ` · checks: ${checkCounts(checks)}` : '';
}

/** The `checks` output: connection → address → result (`{}` when no check ran). */
export function checksOutput(input: ReportInput): string {
  const out: Record<string, Record<string, CheckResult>> = {};
  for (const c of input.checks?.checks ?? []) (out[c.connection] ??= {})[c.address] = c.result;
  return JSON.stringify(out);
}
