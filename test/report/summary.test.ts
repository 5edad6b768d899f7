import { describe, expect, it } from 'vitest';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js';
import { utf8Bytes } from '../../src/report/markdown.js';
import type { ReportInput } from '../../src/report/types.js';
import { change, plan, planInput, result } from './fixtures.js';

/** The connection table's data rows (lines starting with `| \``). */
function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('| `'));
}

describe('renderSummary: validate', () => {
  it('lists the manifests and connections found', () => {
    const md = renderSummary({
      mode: 'validate',
      label: 'default',
      diagnostics: [],
      files: ['dli/kafka.yaml', 'dli/rds.yaml'],
      connections: [
        { name: 'kafka', file: 'dli/kafka.yaml', line: 1 },
        { name: 'rds', file: 'dli/rds.yaml', line: 4 },
      ],
    });
    expect(md).toMatch(/^## DLI connections · validate/);
    expect(md).toContain('**Valid**: 2 connections in 2 manifest files');
    expect(md).toContain('| `kafka` | `dli/kafka.yaml:1` |');
    expect(md).toContain('| `rds` | `dli/rds.yaml:4` |');
    expect(md).toContain('<summary>Manifest files (2)</summary>');
  });

  it('shows each error with file:line:col, message and fix; notices too', () => {
    const md = renderSummary({
      mode: 'validate',
      label: 'default',
      diagnostics: [
        { severity: 'warning', message: 'deprecated key', position: { file: 'a.yaml', line: 2, col: 1 } },
        {
          severity: 'error',
          message: 'unknown key <b>hots</b>',
          position: { file: 'a.yaml', line: 3, col: 5 },
          hint: 'did you mean hosts?',
          code: 'unknown-key',
        },
      ],
      notices: ['no credentials: fell back to validate'],
      failureReason: 'validation-failed',
    });
        expect(md).toContain('> **Note:** no credentials\\: fell back to validate');
    expect(md).toContain('**Failed** (`validation-failed`): 1 error');
    const errorLine = md.split('\n').find((l) => l.startsWith('- **error**'))!;
    expect(errorLine).toContain('`a.yaml:3:5`');
    expect(errorLine).toContain('&lt;b&gt;hots&lt;/b&gt;');
    expect(errorLine).toContain('fix: did you mean hosts?');
    expect(errorLine).toContain('(`unknown-key`)');
    // Errors come before warnings.
    expect(md.indexOf('- **error**')).toBeLessThan(md.indexOf('- **warning**'));
  });
});

describe('renderSummary: plan', () => {
  const p = plan([
    change('kafka', 'create', { reasons: ['new connection', 'queue q1 bound'], manifest: { file: 'k.yaml', line: 1 } }),
    change('rds', 'update', {
      reasons: ['hosts +1 −1', 'route to_idc changed (10.169.0.0/24 → 10.169.1.0/24)', 'queue q2 bound'],
      steps: [{ kind: 'bind', queues: ['q2'], elastic_resource_pools: [] }],
      fieldChanges: [
        { field: 'hosts', key: 'kafka-lb', old: '192.168.0.20', new: '192.168.0.99' },
        { field: 'queues', key: 'q2', new: 'q2' },
        { field: 'routes', key: 'to_idc', old: '10.169.0.0/24', new: '10.169.1.0/24' },
      ],
    }),
    change('old', 'delete'),
    change('same', 'unchanged'),
  ]);

  it('has the title facts, the counts, a row per connection with its old → new values and ids, and the diff', () => {
    const md = renderSummary(planInput(p));
    expect(md).toContain('Region `cn-north-4` · Project `proj123` · Label `default`');
    expect(md).toContain('**Changes planned**: 1 create, 1 update, 1 delete, 1 unchanged');
    expect(md).toContain('| Connection | Action | Changes | ID | Status |');
    expect(md).toContain('| `kafka` | create | new connection, queue q1 bound | — | planned |');
    expect(md).toContain(
      '| `rds` | update | \\~ host kafka\\-lb\\: 192\\.168\\.0\\.20 → 192\\.168\\.0\\.99<br>\\+ queue q2<br>' +
        '\\~ route to\\_idc\\: 10\\.169\\.0\\.0/24 → 10\\.169\\.1\\.0/24 | `id-rds` | planned |',
    );
    expect(md).toContain('| `same` | unchanged |  | `id-same` |  |');
    expect(tableRows(md)).toHaveLength(4);
    // Changes first, unchanged last.
    expect(tableRows(md).map((r) => r.split('`')[1])).toEqual(['kafka', 'rds', 'old', 'same']);
    expect(md).toContain(
      [
        '<details open>',
        '<summary>Full plan</summary>',
        '',
        '```diff',
        '+ create kafka',
        '',
        '~ update rds [id-rds]',
        '-   host kafka-lb: 192.168.0.20',
        '+   host kafka-lb: 192.168.0.99',
        '+   queue q2',
        '-   route to_idc: 10.169.0.0/24',
        '+   route to_idc: 10.169.1.0/24',
        '',
        '- delete old (delete reason for old) [id-old]',
        '```',
      ].join('\n'),
    );
  });

  it('orders the table: changes, then blocked, then orphans, then unchanged', () => {
    const mixed = plan([
      change('a', 'unchanged'),
      change('b', 'orphan'),
      change('c', 'blocked'),
      change('d', 'update'),
      change('e', 'create'),
    ]);
    expect(tableRows(renderSummary(planInput(mixed))).map((r) => r.split('`')[1])).toEqual(['d', 'e', 'c', 'b', 'a']);
  });

  it('counts unchanged connections past a handful instead of giving each a row', () => {
    const few = plan([change('d', 'update'), ...Array.from({ length: 5 }, (_, i) => change(`same${i}`, 'unchanged'))]);
    expect(tableRows(renderSummary(planInput(few)))).toHaveLength(6);
    const many = plan([change('d', 'update'), ...Array.from({ length: 200 }, (_, i) => change(`same${i}`, 'unchanged'))]);
    const md = renderSummary(planInput(many));
    expect(tableRows(md)).toHaveLength(1);
    expect(md).toContain('<details>\n<summary>200 unchanged connections</summary>\n\n`same0` · `same1` ·');
    expect(md).toContain('`same199`');
    // The diff block says nothing of them.
    expect(md.slice(md.indexOf('```diff'))).not.toContain('same');
  });

  it('cuts a long list of changed values in a cell after five, saying how many more', () => {
    const hosts = Array.from({ length: 12 }, (_, i) => ({ field: 'hosts' as const, key: `h${i}`, new: `10.0.0.${i}` }));
    const md = renderSummary(planInput(plan([change('x', 'update', { fieldChanges: hosts })])));
    const cell = tableRows(md)[0]!.split(' | ')[2]!;
    expect(cell.split('<br>')).toHaveLength(6);
    expect(cell).toContain('h4');
    expect(cell).not.toContain('h5');
    expect(cell.endsWith('… and 7 more')).toBe(true);
  });

  it('says "1 host" and "2 hosts"', () => {
    const create = (name: string, n: number) =>
      change(name, 'create', {
        steps: [
          {
            kind: 'create',
            request: { name, dest_vpc_id: 'v', dest_network_id: 's', hosts: Array.from({ length: n }, (_, i) => ({ name: `h${i}`, ip: `10.0.0.${i}` })), queues: ['q'] },
          },
        ],
      });
    const rows = tableRows(renderSummary(planInput(plan([create('one', 1), create('two', 2)]))));
    expect(rows[0]).toContain('| 1 host, 1 queue |');
    expect(rows[1]).toContain('| 2 hosts, 1 queue |');
  });

  it('escapes hostile names and reasons in the table', () => {
    const hostile = plan([change('x|y', 'update', { reasons: ['<img src=x> @admin #1 | col'] })]);
    const md = renderSummary(planInput(hostile));
    const row = tableRows(md)[0]!;
    expect(row).toContain('`x\\|y`');
    expect(row).toContain('&lt;img src\\=x&gt;');
    expect(row).toContain('@\u200dadmin');
    expect(row).toContain('#\u200d1');
    // Exactly the 6 pipes of a 5-cell row are unescaped.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('shows the plan-changed differences', () => {
    const md = renderSummary(
      planInput(p, { mode: 'apply', failureReason: 'plan-changed', planFileChanges: ['kafka: was create, now update'] }),
    );
    expect(md).toContain('### The plan changed since it was reviewed');
    expect(md).toContain('- kafka\\: was create, now update');
    expect(md).toContain('**Failed** (`plan-changed`)');
  });
});

describe('renderSummary: apply', () => {
  it('shows outcomes, new ids, peering status and the errors with request id and pending steps', () => {
    const p = plan([change('kafka', 'create'), change('rds', 'update'), change('mq', 'create')]);
    const input: ReportInput = planInput(p, {
      mode: 'apply',
      failureReason: 'api-error',
      apply: {
        ok: false,
        connectionIds: { kafka: 'new-kafka-id', rds: 'id-rds' },
        results: [
          result('kafka', 'create', {
            connectionId: 'new-kafka-id',
            peerings: [
              { name: 'q1', kind: 'queue', status: 'ACTIVE' },
              { name: 'pool1', kind: 'pool', status: 'FAILED', err_msg: 'subnet full' },
            ],
          }),
          result('rds', 'update', {
            outcome: 'failed',
            completedSteps: ['replace-hosts'],
            pendingSteps: ['bind q2'],
            error: { message: 'queue q2 not found', code: 'DLI.0002', requestId: 'req-42', hint: 'create the queue first' },
          }),
          result('mq', 'create', { outcome: 'skipped', connectionId: undefined, notes: ['adopted id=x left by an earlier run'] }),
        ],
      },
    });
    const md = renderSummary(input);
    expect(md).toContain('**Apply failed** (`api-error`): 1 done, 1 failed, 1 skipped');
    expect(md).toContain('| `kafka` | create | create reason for kafka | `new-kafka-id` | done\\: queue q1 ACTIVE, pool pool1 FAILED\\: subnet full |');
    expect(md).toContain('| `rds` | update | update reason for rds | `id-rds` | failed\\: queue q2 not found |');
    expect(md).toContain('| `mq` | create | create reason for mq | — | skipped |');
    expect(md).toContain('- **error** in `rds`: queue q2 not found (code `DLI.0002`, request `req-42`) — fix: create the queue first');
    expect(md).toContain('### Notes\n\n- `mq`: adopted id\\=x left by an earlier run');
    expect(md).toContain('  - done: replace\\-hosts\n  - not done: bind q2');
  });
});

describe('renderSummary: export', () => {
  it('lists what was written', () => {
    const md = renderSummary({
      mode: 'export',
      label: 'default',
      region: 'r',
      diagnostics: [],
      exported: [{ name: 'kafka', file: 'dli/kafka.yaml', status: 'written' }],
    });
    expect(md).toContain('**Exported** 1 connection');
    expect(md).toContain('| `kafka` | `dli/kafka.yaml` | written |');
  });
});

describe('renderSummary: the 1 MiB limit', () => {
  const manyReasons = Array.from({ length: 20 }, (_, i) => `route r${i} to 10.${i}.0.0/16 changed`);
  const changes = Array.from({ length: 5000 }, (_, i) =>
    change(`connection-${String(i).padStart(5, '0')}`, 'update', {
      reasons: manyReasons,
      steps: manyReasons.map((_, j) => ({ kind: 'add-route' as const, route: { name: `r${j}`, cidr: `10.${j}.0.0/16` } })),
    }),
  );
  const big = plan(changes);

  it('cuts detail, never table rows, and says so', () => {
    const md = renderSummary(planInput(big));
    expect(utf8Bytes(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    const rows = tableRows(md);
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toContain('`connection-04999`');
    expect(md).not.toContain('<details');
    expect(md).toMatch(/_Some detail \(.*\) was left out to keep this summary within its size limit; every change is still listed\._/);
    // Reasons were shortened, not dropped entirely: the first ones are still there with a count of the rest.
    expect(rows[0]).toContain('… and 17 more');
  });

  it('drops only as much as needed: a limit that fits without the details keeps all reasons', () => {
    const small = plan(changes.slice(0, 50));
    const full = renderSummary(planInput(small));
    expect(full).toContain('<details>');
    const noDetails = renderSummary(planInput(small), { maxBytes: utf8Bytes(full) - 1 });
    expect(noDetails).not.toContain('<details');
    expect(noDetails).not.toContain('more');
    expect(tableRows(noDetails)).toHaveLength(50);
  });

  it('keeps every row even when no level fits', () => {
    const md = renderSummary(planInput(plan(changes.slice(0, 100))), { maxBytes: 1000 });
    expect(tableRows(md)).toHaveLength(100);
  });
});

describe('renderSummary: table rows hold for any text (property)', () => {
  /** Cells of a GFM row the way the table parser splits it: `\x` pairs are consumed, then bare pipes split. */
  function cellCount(row: string): number {
    return row.replace(/\\./g, '').split('|').length - 2;
  }

  it('every row has exactly five cells and stays on one line', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ minLength: 1 }), reasons: fc.array(fc.string()), id: fc.string() }), { minLength: 1, maxLength: 5 }),
        (specs) => {
          const uniq = specs.filter((s, i) => specs.findIndex((t) => t.name === s.name) === i);
          const p = plan(uniq.map((s) => change(s.name, 'update', { reasons: s.reasons, connectionId: s.id || undefined })));
          const md = renderSummary(planInput(p));
          const lines = md.split('\n');
          const start = lines.indexOf('| Connection | Action | Changes | ID | Status |');
          const rows = lines.slice(start + 2, start + 2 + uniq.length);
          expect(rows).toHaveLength(uniq.length);
          for (const r of rows) {
            expect(r.startsWith('| ')).toBe(true);
            expect(cellCount(r)).toBe(5);
          }
          expect(lines[start + 2 + uniq.length]).toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });
});
