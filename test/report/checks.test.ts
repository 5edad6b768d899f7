// The checks in the reports: one row per address with its result and sources, escaped names, the `checks` output,
// mode check's verdict, and apply's verdict staying "Applied" when only checks failed.
import { describe, expect, it } from 'vitest';
import { checksOutput, checksSection, checkStatusLine } from '../../src/report/checks.js';
import { statusLine } from '../../src/report/sections.js';
import { computeOutputs } from '../../src/report/outputs.js';
import type { ReportInput } from '../../src/report/types.js';
import type { ChecksReport } from '../../src/checks/types.js';
import { expectGfmWellFormed, renderedText } from './gfm.js';

const report: ChecksReport = {
  timeoutSeconds: 120,
  failed: true,
  checks: [
    { connection: 'kafka_a', address: 'kafka-1:9092', result: 'reachable', runs: [{ source: { kind: 'queue', name: 'q1', queue: 'q1' }, result: 'reachable', detail: 'REACHABLE' }] },
    {
      connection: 'kafka_a',
      address: 'db_1:3306',
      result: 'unreachable',
      runs: [
        { source: { kind: 'queue', name: 'q1', queue: 'q1' }, result: 'reachable', detail: 'REACHABLE' },
        { source: { kind: 'pool', name: 'p|1', queue: 'pq' }, result: 'unreachable', detail: 'UNREACHABLE <b>@team</b>' },
      ],
    },
  ],
};
const input = (extra: Partial<ReportInput> = {}): ReportInput => ({ mode: 'apply', label: 'l', diagnostics: [], checks: report, ...extra });

describe('checks in the reports', () => {
  it('renders a row per address with the result and where each test ran, text escaped', () => {
    const md = checksSection(input(), 0)!;
    expect(md).toContain('### Connectivity checks');
    expect(md).toContain('1 reachable, 1 unreachable');
    expect(md).toContain('| `kafka_a` | `kafka-1:9092` | ✅ reachable | queue q1\\: REACHABLE |');
    const row = md.split('\n').find((l) => l.includes('db_1:3306'))!;
    expect(row).toContain('❌ unreachable');
    expect(row).toContain('queue q1\\: REACHABLE<br>pool p\\|1 \\(queue pq\\)\\: UNREACHABLE &lt;b&gt;@\u200dteam&lt;/b&gt;');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6); // the `|` in the pool name does not split the row
    expect(checksSection(input({ checks: undefined }), 0)).toBeUndefined();
    // As GitHub renders it: one table, one row per address, the hostile text shown literally.
    const [t] = expectGfmWellFormed(md, 'checks section');
    expect(t!.header).toEqual(['Connection', 'Address', 'Check', 'Tested from']);
    expect(t!.rows).toHaveLength(2);
    expect(renderedText(md)).toContain('pool p|1 (queue pq): UNREACHABLE <b>@\u200dteam</b>');
  });

  it('the checks output maps connection → address → result', () => {
    expect(JSON.parse(checksOutput(input()))).toEqual({ kafka_a: { 'kafka-1:9092': 'reachable', 'db_1:3306': 'unreachable' } });
    expect(computeOutputs(input({ failureReason: 'check-failed' })).checks).toBe(checksOutput(input()));
  });

  it('apply with failing checks is still Applied; other failures are not', () => {
    const apply = { ok: true, connectionIds: {}, results: [{ name: 'kafka_a', action: 'create' as const, outcome: 'done' as const, completedSteps: [], pendingSteps: [] }] };
    expect(statusLine(input({ apply, failureReason: 'check-failed' }))).toBe('**Applied** (`check-failed`): 1 done · checks: 1 reachable, 1 unreachable');
    expect(statusLine(input({ apply, failureReason: 'api-error' }))).toMatch(/^\*\*Apply failed\*\*/);
  });

  it("mode check's verdict", () => {
    expect(checkStatusLine(input({ mode: 'check', failureReason: 'check-failed' }))).toBe('**Checks failed** (`check-failed`): 1 reachable, 1 unreachable');
    expect(checkStatusLine(input({ mode: 'check', checks: { ...report, failed: false, checks: [report.checks[0]!] } }))).toBe('**Checks done**: 1 reachable');
    expect(checkStatusLine(input({ mode: 'check', checks: undefined }))).toContain('No checks');
  });
});

describe('checks in the PR comment', () => {
  it('an apply comment carries the same checks section as the summary', async () => {
    const { renderComment } = await import('../../src/report/comment-body.js');
    const body = renderComment(input(), { label: 'l', fingerprint: 'f', status: 'applied' });
    expect(body).toContain('### Connectivity checks');
    expect(body).toContain('| `kafka_a` | `kafka-1:9092` | ✅ reachable |');
  });
});
