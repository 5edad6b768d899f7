// The job summary: pure rendering (renderSummary) kept apart from the runner I/O (writeSummary).
import * as core from '@actions/core';
import { utf8Bytes } from './markdown.js';
import {
  applyNotesSection,
  connectionTable,
  cutNote,
  DETAIL_LEVELS,
  exportedTable,
  filesSection,
  foundConnectionsTable,
  fullPlanSection,
  noticesSection,
  planChangesSection,
  problemsSection,
  statusLine,
  titleSection,
  type DetailLevel,
} from './sections.js';
import type { ReportInput } from './types.js';
import { checksSection } from './checks.js';

/** GitHub's limit for one step's summary, in bytes. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

function renderAt(input: ReportInput, level: DetailLevel): string {
  const parts: (string | undefined)[] = [
    titleSection(input),
    statusLine(input),
    noticesSection(input),
    input.mode === 'validate' ? foundConnectionsTable(input) : undefined,
    input.mode === 'validate' ? filesSection(input, level) : undefined,
    input.mode === 'plan' || input.mode === 'apply' ? connectionTable(input, level) : undefined,
    input.mode === 'export' ? exportedTable(input) : undefined,
    checksSection(input, level),
    planChangesSection(input, level),
    problemsSection(input, level),
    applyNotesSection(input, level),
    fullPlanSection(input, level),
    cutNote('summary', level),
  ];
  return `${parts.filter((p): p is string => p !== undefined && p !== '').join('\n\n')}\n`;
}

/**
 * The job summary as markdown, under `maxBytes` (UTF-8) when at all possible: detail is dropped level by level
 * (collapsible blocks, then long reason lists, then long messages), never a table row. If even the barest
 * rendering is too big (tens of thousands of connections), that rendering is returned: the caller's write
 * then fails with a warning rather than hiding connections.
 */
export function renderSummary(input: ReportInput, opts: { maxBytes?: number } = {}): string {
  const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
  let md = '';
  for (const level of DETAIL_LEVELS) {
    md = renderAt(input, level);
    if (utf8Bytes(md) <= max) return md;
  }
  return md;
}

/**
 * Appends the markdown to the job summary through core.summary (the runner's $GITHUB_STEP_SUMMARY file, or what a
 * stand-in such as local-action captures). A failure (no summary file, a write error) is a warning, never a throw.
 */
export async function writeSummary(markdown: string): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (err) {
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
