// B4: how many API calls a plan costs over 1,000 live connections this label owns, manifests declaring no tags,
// against the "one read per connection" refresh (how Terraform does it): 1,000 calls.
// B4′: the same plan with every request taking 250 ms: its wall time in round trips (pages side by side once the
// first page tells the total, both lists at once), and its calls again.
import { computePlan } from '../../src/plan/diff.js';
import { observe } from '../../src/plan/observe.js';
import { OWNERSHIP_TAG_KEY } from '../../src/ownership.js';
import { loadManifests } from '../../src/manifest/index.js';
import { silentLogger } from '../../src/logger.js';
import { DEST_NETWORK_ID, DEST_VPC_ID, hostAt, tempDir, writeMultiDocFile } from './fixtures.js';
import type { RequestLogEntry } from '../../test/emulator/index.js';
import { callBreakdown, LABEL, startCloud } from './emulator.js';
import { round } from './load.js';
import { median } from './stats.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

const TARGET = 1 / 50;
const N = 1_000;
/** B4′: every request answered after this long (a far-away region, a slow gateway). */
const ROUND_TRIP_MS = 250;
const MAX_ROUND_TRIPS = 3;

interface PlanRun {
  calls: number;
  ms: number;
  unchanged: number;
  requests: RequestLogEntry[];
}

/**
 * observe + computePlan over `n` owned live twins of `n` manifests (all "unchanged"), timed, calls counted: `warmups`
 * unmeasured runs, then `samples` measured ones, on the same emulator.
 */
async function planOverOwned(n: number, latencyMs: number, samples = 1, warmups = 0): Promise<PlanRun[]> {
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
    if (latencyMs > 0) cloud.emu.addFault({ kind: 'latency', ms: latencyMs });
    const runs: PlanRun[] = [];
    for (let i = 0; i < warmups + samples; i++) {
      cloud.emu.clearLog();
      const t0 = performance.now();
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
      const ms = performance.now() - t0;
      const unchanged = plan.changes.filter((c) => c.action === 'unchanged').length;
      if (unchanged !== n) {
        throw new BenchBroken(`B4: expected ${n} unchanged connections, plan has ${plan.changes.map((c) => c.action).join(',').slice(0, 200)}`);
      }
      runs.push({ calls: cloud.emu.requests.length, ms, unchanged, requests: [...cloud.emu.requests] });
      // A quiet second between runs, as between two runs of the action (the limiter's burst refills).
      if (i + 1 < warmups + samples) await new Promise((r) => setTimeout(r, 1000));
    }
    return runs.slice(warmups);
  } finally {
    await cloud.close();
    tmp.dispose();
  }
}

export async function benchPlanCalls(ctx: BenchContext): Promise<FigureResult> {
  const n = N;
  const [{ calls, unchanged, requests }] = (await planOverOwned(n, 0)) as [PlanRun];
  const ratio = calls / n;
  const paging = describePaging(requests, n);
  ctx.log(`B4: ${calls} calls (${callBreakdown(requests)})`);
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
      `emulator request log of observe + computePlan (${unchanged} unchanged): ${callBreakdown(requests)}; ` +
      `${paging}; baseline = one read per connection; target = at most ${Math.floor(n * TARGET)} calls`,
  };
}

export async function benchPlanRoundTrips(ctx: BenchContext): Promise<FigureResult> {
  const n = N;
  const samples = ctx.quick ? 1 : 3;
  // The first plan of a process is also JIT-compiling the client, the parser and the emulator (both run in this
  // process): measured apart, then `samples` plans whose median is the figure.
  const [cold] = (await planOverOwned(n, ROUND_TRIP_MS, 1)) as [PlanRun];
  const runs = await planOverOwned(n, ROUND_TRIP_MS, samples, 1);
  const ms = median(runs.map((r) => r.ms));
  const run = runs.find((r) => r.ms === ms) ?? (runs[0] as PlanRun);
  const roundTrips = ms / ROUND_TRIP_MS;
  const callRatio = run.calls / n;
  const chain = Math.max(...runs.map((r) => longestChain(r.requests)));
  ctx.log(`B4′: ${ms.toFixed(0)} ms = ${roundTrips.toFixed(2)} round trips (cold: ${cold.ms.toFixed(0)} ms), ${run.calls} calls, chain ${chain}`);
  return {
    id: 'B4′',
    name: `plan over 1,000 live connections, ${ROUND_TRIP_MS} ms per request: wall time in round trips`,
    value: round(ms),
    baseline: ROUND_TRIP_MS,
    ratio: round(roundTrips, 3),
    target: `≤ ${MAX_ROUND_TRIPS} round trips, calls ≤ 1/50`,
    pass: roundTrips <= MAX_ROUND_TRIPS && callRatio <= TARGET && chain <= MAX_ROUND_TRIPS,
    unit: 'ms',
    note:
      `observe + computePlan with the emulator answering every request after ${ROUND_TRIP_MS} ms (real client, default ` +
      `limiter); median of ${runs.length} plan(s) after one unmeasured (a first plan in a fresh process, JIT ` +
      `included, took ${round(cold.ms)} ms = ${(cold.ms / ROUND_TRIP_MS).toFixed(2)} round trips); baseline = one ` +
      `request's round trip; longest chain of requests each sent after the previous one's answer: ${chain}; ` +
      `${run.calls} calls (${(n / run.calls).toFixed(1)} connections per call, target ≥ 50): ${callBreakdown(run.requests)}; ` +
      `${describePaging(run.requests, n)}; ${describeOverlap(run.requests)}`,
  };
}

/**
 * Round trips in a row, from the request log alone: the longest sequence of requests in which each was sent after
 * the previous one was answered (insensitive to how busy the machine is).
 */
function longestChain(log: readonly RequestLogEntry[]): number {
  const spans = [...log].map((r) => ({ start: r.time, end: r.time + r.durationMs })).sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  spans.forEach((s, i) => {
    let best = 0;
    for (let j = 0; j < i; j++) if ((spans[j] as { end: number }).end <= s.start) best = Math.max(best, depth[j] as number);
    depth.push(best + 1);
  });
  return Math.max(0, ...depth);
}

/** "requests in flight at once: up to 18; first page of each list, then the rest side by side". */
function describeOverlap(log: readonly RequestLogEntry[]): string {
  const spans = log.map((r) => ({ start: r.time, end: r.time + r.durationMs }));
  let most = 0;
  for (const s of spans) most = Math.max(most, spans.filter((o) => o.start <= s.start && o.end > s.start).length);
  return `up to ${most} requests in flight at once`;
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
