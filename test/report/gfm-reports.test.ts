// The job summary and the PR comment held to how GitHub renders them (a GFM renderer, see gfm.ts): tables keep
// their columns in every row, <details> are balanced, code fences close — for an ordinary plan, a 1,000-connection
// plan, and the hostile names and API texts of the reliability suite. Plans come from the real diff.
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment-body.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Plan } from '../../src/plan/types.js';
import type { ReportInput } from '../../src/report/types.js';
import { liveConn, liveState, manifest, own, peering, plan } from '../plan/helpers.js';
import { MARKUP, ONE_LINE, PAYLOAD } from '../reliability/payloads.js';
import { expectGfmWellFormed, renderedText } from './gfm.js';
import { planInput } from './fixtures.js';

const COLUMNS = ['Connection', 'Action', 'Changes', 'ID', 'Status'];

/** Both reports of `input`, each checked; returns their connection tables (the first table with our header). */
function checkedReports(input: ReportInput, maxChars?: number): { summary: string; comment: string; rows: string[][][] } {
  const summary = renderSummary(input);
  const comment = renderComment(input, { label: input.label, fingerprint: input.plan?.fingerprint ?? 'f', status: 'planned', summaryUrl: 'https://github.com/o/r/actions/runs/1', maxChars });
  const rows: string[][][] = [];
  for (const [where, md] of [['summary', summary], ['comment', comment]] as const) {
    const tables = expectGfmWellFormed(md, where);
    const table = tables.find((t) => t.header.join() === COLUMNS.join());
    // Only the comment's last-resort cut may drop the whole table, and it then points to the summary.
    if (!table && where === 'comment' && maxChars !== undefined) {
      expect(md).toMatch(/more connections?: see the/);
      rows.push([]);
      continue;
    }
    expect(table, `${where}: connection table`).toBeDefined();
    for (const r of table!.rows) expect(r).toHaveLength(COLUMNS.length);
    rows.push(table!.rows);
  }
  return { summary, comment, rows };
}

/** A plan with every action: create, update (hosts, routes, tags, bindings), adopt, replace, delete, orphan, blocked, unchanged. */
function ordinaryPlan(): Plan {
  const manifests = [
    manifest('kafka_prod', {
      hosts: [{ name: 'kafka-1', ip: '192.168.0.11' }, { name: 'kafka-lb', ip: '192.168.0.99' }, { name: 'kafka-9', ip: '192.168.0.19' }],
      routes: [{ name: 'to_idc', cidr: '10.169.1.0/24' }],
      queues: ['q_reporting'],
      tags: { env: 'prod', team: 'data' },
    }),
    manifest('new_one', { hosts: [{ name: 'a', ip: '10.0.0.1' }], elastic_resource_pools: ['pool_etl'], routes: [{ name: 'r', cidr: '10.1.0.0/16' }] }),
    manifest('moved', { dest_vpc_id: 'vpc-2' }),
    manifest('adoptee', { tags: { team: 'x' } }),
    manifest('stuck', { dest_network_id: 'net-9' }),
    ...Array.from({ length: 8 }, (_, i) => manifest(`same_${i}`)),
  ];
  const live = liveState(
    [
      liveConn('kafka_prod', {
        hosts: [{ name: 'kafka-1', ip: '192.168.0.11' }, { name: 'kafka-lb', ip: '192.168.0.20' }, { name: 'kafka-3', ip: '192.168.0.13' }],
        routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }, { name: 'old_route', cidr: '10.50.0.0/16' }],
        elastic_resource_pools: [peering('pool_old')],
      }),
      liveConn('moved'),
      liveConn('adoptee'),
      liveConn('stuck', { id: 'id-stuck' }),
      liveConn('gone'),
      ...Array.from({ length: 8 }, (_, i) => liveConn(`same_${i}`)),
    ],
    {
      owned: ['id-kafka_prod', 'id-moved', 'id-gone', ...Array.from({ length: 8 }, (_, i) => `id-same_${i}`)],
      tags: { 'id-kafka_prod': [own(), { key: 'env', value: 'dev' }, { key: 'team', value: 'data' }], 'id-adoptee': [], 'id-stuck': [own('other')] },
    },
  );
  return plan(manifests, live, { allowReplace: true, prune: true });
}

describe('reports render cleanly as GFM', () => {
  it('an ordinary plan: every row whole, old → new readable, the diff closed, unchanged ones counted', () => {
    const { summary, comment, rows } = checkedReports(planInput(ordinaryPlan()));
    for (const md of [summary, comment]) {
      const text = renderedText(md);
      expect(text).toContain('~ host kafka-lb: 192.168.0.20 → 192.168.0.99');
      expect(text).toContain('− host kafka-3: 192.168.0.13');
      expect(text).toContain('+ host kafka-9: 192.168.0.19');
      // Past five values a cell is cut; the diff has them all.
      expect(text).toContain('\u2026 and 3 more');
      expect(text).toContain('-   route to_idc: 10.169.0.0/24\n+   route to_idc: 10.169.1.0/24');
      expect(text).toContain('-   tag env: dev\n+   tag env: prod');
      expect(text).toContain('8 unchanged connections');
      expect(md).toContain('```diff\n');
    }
    // Changes, then blocked; the 8 unchanged are not rows.
    expect(rows[0]!.map((r) => r[0])).toEqual(['`adoptee`', '`gone`', '`kafka_prod`', '`moved`', '`new_one`', '`stuck`']);
    expect(rows[0]!.map((r) => r[1])).toEqual(['adopt', 'delete', 'update', 'replace', 'create', 'blocked']);
    expect(renderedText(summary)).toContain('~ vpc: vpc-1 → vpc-2');
  });

  it('a 1,000-connection plan: the summary keeps every changed row; the comment is cut cleanly', () => {
    const manifests = Array.from({ length: 1000 }, (_, i) =>
      manifest(`conn_${String(i).padStart(4, '0')}`, {
        hosts: Array.from({ length: 8 }, (_, h) => ({ name: `host-${i}-${h}`, ip: `10.${i % 250}.${h}.${i % 200}` })),
        routes: [{ name: `route_${i}`, cidr: `10.${i % 250}.0.0/24` }],
        tags: { owner: `team-${i}` },
      }),
    );
    // A third exist with other hosts (update), a third are new (create), a third unchanged.
    const live = liveState(
      manifests
        .filter((_, i) => i % 3 !== 1)
        .map((m, j) => liveConn(m.name, { hosts: j % 2 === 0 ? m.hosts.slice(1) : m.hosts, routes: m.routes })),
      { owned: manifests.map((m) => `id-${m.name}`), tags: Object.fromEntries(manifests.map((m) => [`id-${m.name}`, [own(), { key: 'owner', value: m.tags.owner! }]])) },
    );
    const big = plan(manifests, live);
    const changed = big.changes.filter((c) => c.action !== 'unchanged').length;
    const { comment, rows } = checkedReports(planInput(big));
    expect(rows[0]).toHaveLength(changed);
    expect(comment.length).toBeLessThanOrEqual(64_000);
    expect(rows[1]!.length).toBeGreaterThan(0);
    // A comment too small for everything still renders cleanly at every cut.
    for (const maxChars of [30_000, 8_000, 3_000]) checkedReports(planInput(big), maxChars);
  });

  it('hostile names, hosts, routes, tags, API errors and err_msg stay inside their cells and blocks', () => {
    const manifests = [
      manifest('kafka_prod', {
        hosts: [{ name: ONE_LINE.slice(0, 60), ip: '10.0.0.1' }],
        routes: [{ name: ONE_LINE.slice(0, 40), cidr: '10.9.0.0/16' }],
        tags: { team: PAYLOAD.slice(0, 250), [ONE_LINE.slice(0, 120)]: '```\n| x |' },
      }),
      manifest('rds_orders', { tags: { team: 'x' } }),
    ];
    const live = liveState(
      [
        liveConn('kafka_prod', {
          hosts: [{ name: `${ONE_LINE}\n| a | b |`, ip: '10.0.0.9' }],
          routes: [{ name: `\`\`\`\n${MARKUP}`, cidr: '10.1.0.0/16' }],
        }),
        liveConn('rds_orders'),
        liveConn(ONE_LINE, { id: `id|${MARKUP}` }),
        liveConn(`x\n::set-output name=pwn::PWN\n${MARKUP}`, { id: 'id-2' }),
      ],
      {
        owned: ['id-kafka_prod', `id|${MARKUP}`, 'id-2'],
        tags: { 'id-kafka_prod': [own(), { key: ONE_LINE.slice(0, 100), value: PAYLOAD.slice(0, 200) }], 'id-rds_orders': [{ key: 'managed-by-dli-connections', value: `${MARKUP} | \`\`\`` }] },
      },
    );
    const hostile = plan(manifests, live);
    expect(hostile.changes.map((c) => c.action).sort()).toEqual(['blocked', 'orphan', 'orphan', 'update']);
    const input = planInput(hostile, {
      mode: 'apply',
      failureReason: 'api-error',
      apply: {
        ok: false,
        connectionIds: {},
        results: [
          { name: 'kafka_prod', action: 'update', outcome: 'failed', completedSteps: [], pendingSteps: [PAYLOAD], error: { message: PAYLOAD, code: 'DLI.0001' }, peerings: [{ name: 'q', kind: 'queue', status: 'FAILED', err_msg: PAYLOAD }] },
        ],
      },
    });
    const { summary, comment } = checkedReports(input);
    for (const md of [summary, comment]) {
      expect(renderedText(md)).toContain('PWN');
      expect(md).toContain('```diff');
    }
    for (const maxChars of [4_000, 1_500]) checkedReports(input, maxChars);
  });
});
