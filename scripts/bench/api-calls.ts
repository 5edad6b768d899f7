// B4: how many API calls a plan costs over 1,000 live connections this label owns, manifests declaring no tags,
// against the "one read per connection" refresh (how Terraform does it): 1,000 calls.
import { computePlan } from '../../src/plan/diff.js';
import { observe } from '../../src/plan/observe.js';
import { OWNERSHIP_TAG_KEY } from '../../src/ownership.js';
import { loadManifests } from '../../src/manifest/index.js';
import { silentLogger } from '../../src/logger.js';
import { DEST_NETWORK_ID, DEST_VPC_ID, hostAt, tempDir, writeMultiDocFile } from './fixtures.js';
import type { RequestLogEntry } from '../../test/emulator/index.js';
import { callBreakdown, LABEL, startCloud } from './emulator.js';
import { round } from './load.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

const TARGET = 1 / 50;

export async function benchPlanCalls(ctx: BenchContext): Promise<FigureResult> {
  const n = 1_000;
  const hostsEach = 2;
  const tmp = tempDir('b4');
  const cloud = await startCloud();
  try {
    writeMultiDocFile(tmp.dir, 'manifests/all.yaml', 'live', n, hostsEach);
    const loaded = await loadManifests({ workspace: tmp.dir, patterns: ['manifests/*.yaml'] });
    if (loaded.diagnostics.some((d) => d.severity === 'error') || loaded.set.connections.length !== n) {
      throw new BenchBroken(`B4 fixture: ${loaded.set.connections.length} connections, ${loaded.diagnostics.length} diagnostics`);
    }
    // Live twins of the manifests, owned by the label: the plan should be all "unchanged".
    const hosts = Array.from({ length: hostsEach }, (_, i) => hostAt(i));
    for (let i = 0; i < n; i++) {
      cloud.emu.state.seedConnection({
        name: `live_${i}`,
        dest_vpc_id: DEST_VPC_ID,
        dest_network_id: DEST_NETWORK_ID,
        hosts,
        tags: [{ key: OWNERSHIP_TAG_KEY, value: LABEL }],
      });
    }
    cloud.emu.clearLog();
    const live = await observe(cloud.api, loaded.set.connections, { label: LABEL, logger: silentLogger });
    const plan = computePlan({
      manifests: loaded.set.connections,
      live,
      label: LABEL,
      region: cloud.emu.region,
      projectId: cloud.emu.projectId,
      prune: false,
      allowReplace: false,
    });
    const calls = cloud.emu.requests.length;
    const unchanged = plan.changes.filter((c) => c.action === 'unchanged').length;
    if (unchanged !== n) {
      throw new BenchBroken(`B4: expected ${n} unchanged connections, plan has ${plan.changes.map((c) => c.action).join(',').slice(0, 200)}`);
    }
    const ratio = calls / n;
    const paging = describePaging(cloud.emu.requests, n);
    ctx.log(`B4: ${calls} calls (${callBreakdown(cloud.emu.requests)})`);
    return {
      id: 'B4',
      name: 'API calls for a plan over 1,000 live connections, no tags declared',
      value: calls,
      baseline: n,
      ratio: round(ratio, 4),
      target: '≤ 1/50',
      pass: ratio <= TARGET,
      unit: 'calls',
      note:
        `emulator request log of observe + computePlan (${unchanged} unchanged): ${callBreakdown(cloud.emu.requests)}; ` +
        `${paging}; baseline = one read per connection; target = at most ${Math.floor(n * TARGET)} calls`,
    };
  } finally {
    await cloud.close();
    tmp.dispose();
  }
}

/**
 * How the list calls paged: "unfiltered list: 11 pages of 100 (last one empty); ownership-filtered list: …".
 * Every one of the `n` seeded connections matches both lists, so a page at offset ≥ n came back empty.
 */
function describePaging(log: readonly RequestLogEntry[], n: number): string {
  const lists = new Map<string, RequestLogEntry[]>();
  for (const r of log) {
    if (r.operation !== 'listConnections') continue;
    const kind = r.query.tags ? 'ownership-filtered list' : r.query.name ? 'by-name lookups' : 'unfiltered list';
    lists.set(kind, [...(lists.get(kind) ?? []), r]);
  }
  return [...lists]
    .map(([kind, rs]) => {
      const limits = [...new Set(rs.map((r) => r.query.limit ?? '(default)'))].join('/');
      const empty = rs.filter((r) => Number(r.query.offset ?? 0) >= n).length;
      return `${kind}: ${rs.length} page(s) of limit ${limits}${empty ? `, ${empty} of them empty (the end is only seen on a short or empty page)` : ''}`;
    })
    .join('; ');
}
