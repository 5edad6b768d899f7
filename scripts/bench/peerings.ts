// B9 / B10: applyPlan with `wait` on, against the emulator in real time (no clock scaling: the waits are sleeps, so a
// busy machine hardly moves them).
// B9: how soon a peering that became ACTIVE is noticed, and how often each connection's status is read.
// B10: a full apply whose creates and peering waits overlap, against the creates' floor plus one peering delay.
import { applyPlan } from '../../src/apply/executor.js';
import type { ApplyResult } from '../../src/apply/types.js';
import type { Logger } from '../../src/logger.js';
import { silentLogger } from '../../src/logger.js';
import type { ConnectionManifest } from '../../src/manifest/types.js';
import type { FaultRule, RequestLogEntry } from '../../test/emulator/index.js';
import { ACTION_DEFAULT_CONCURRENCY, createPlan, EMPTY_ACCOUNT, manifests } from './apply.js';
import { callBreakdown, LABEL, startCloud, type BenchCloud } from './emulator.js';
import { round } from './load.js';
import { median } from './stats.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

const B9_TARGET_MS = 2_000;
const MIN_READ_GAP_MS = 2_000;
const LATENCY: FaultRule = { kind: 'latency', ms: 50 };

/** A deterministic generator (mulberry32): the same delays every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The manifests with `queues` queues bound each (names unique per connection, so each is its own peering). */
function withQueues(ms: ConnectionManifest[], queues: number): ConnectionManifest[] {
  return ms.map((m) => ({ ...m, queues: Array.from({ length: queues }, (_, i) => `q${i}_${m.name}`) }));
}

/** A logger that notes when each "<name>: N peering(s) ACTIVE after …" line is written. */
function noticeLogger(): { logger: Logger; noticedAt: Map<string, number> } {
  const noticedAt = new Map<string, number>();
  const logger: Logger = {
    ...silentLogger,
    info: (m) => {
      const hit = /^(\w+): \d+ peering\(s\) ACTIVE after/.exec(m);
      if (hit) noticedAt.set(hit[1] as string, Date.now());
    },
  };
  return { logger, noticedAt };
}

interface WaitRun {
  ms: number;
  result: ApplyResult;
  noticedAt: Map<string, number>;
  log: RequestLogEntry[];
  cloud: BenchCloud;
}

async function applyAndWait(ms: ConnectionManifest[], faults: FaultRule[], setup: (cloud: BenchCloud) => void): Promise<WaitRun> {
  const cloud = await startCloud();
  for (const f of faults) cloud.emu.addFault(f);
  setup(cloud);
  const { logger, noticedAt } = noticeLogger();
  const t0 = performance.now();
  const result = await applyPlan(createPlan(ms), {
    api: cloud.api,
    logger,
    concurrency: ACTION_DEFAULT_CONCURRENCY,
    wait: true,
    waitTimeoutMs: 600_000,
    label: LABEL,
    observed: EMPTY_ACCOUNT,
  });
  const elapsed = performance.now() - t0;
  const failed = result.results.filter((r) => r.outcome !== 'done');
  if (failed.length > 0) {
    await cloud.close();
    throw new BenchBroken(`${failed.length} connection(s) not done, e.g. ${failed[0]?.name}: ${failed[0]?.outcome} ${failed[0]?.error?.message ?? ''}`);
  }
  return { ms: elapsed, result, noticedAt, log: [...cloud.emu.requests], cloud };
}

/**
 * Per connection, the times its status was read: each Show of its id, and each list call that answered for it (a
 * list filtered by the ownership tag answers for every connection of the label). Returns the smallest gap between
 * two reads of one connection.
 */
function smallestReadGap(log: readonly RequestLogEntry[], ids: readonly string[]): number {
  const listTimes = log.filter((r) => r.operation === 'listConnections' && r.query.tags).map((r) => r.time);
  let smallest = Number.POSITIVE_INFINITY;
  for (const id of ids) {
    const shows = log.filter((r) => r.operation === 'showConnection' && r.path.endsWith(`/${id}`)).map((r) => r.time);
    const times = [...shows, ...listTimes].sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) smallest = Math.min(smallest, (times[i] as number) - (times[i - 1] as number));
  }
  return smallest;
}

export async function benchPeeringNotice(ctx: BenchContext): Promise<FigureResult> {
  const count = ctx.quick ? 10 : 50;
  const maxDelayS = ctx.quick ? 6 : 60;
  const random = seededRandom(17);
  const ms = withQueues(await manifests(count, 'peer'), 1);
  const delays = new Map(ms.map((m) => [m.name, Math.round((1 + random() * (maxDelayS - 1)) * 1000)]));
  const run = await applyAndWait(ms, [LATENCY], (cloud) => {
    for (const [name, delay] of delays) cloud.emu.state.setPeeringDelayOf(name, delay);
  });
  try {
    const lags: number[] = [];
    for (const c of run.cloud.emu.state.connections()) {
      // The emulator settles a peering lazily but stamps it with the moment it became ACTIVE.
      const activeAt = Math.max(...[...c.available_queue_info, ...c.elastic_resource_pools].map((p) => p.update_time));
      const noticed = run.noticedAt.get(c.name);
      if (noticed === undefined) throw new BenchBroken(`B9: ${c.name} was never reported ACTIVE`);
      lags.push(noticed - activeAt);
    }
    const lag = median(lags);
    const ids = run.result.results.map((r) => r.connectionId as string);
    const gap = smallestReadGap(run.log, ids);
    const reads = run.log.filter((r) => r.operation === 'showConnection' || (r.operation === 'listConnections' && r.query.tags));
    ctx.log(`B9: median ${lag.toFixed(0)} ms, max ${Math.max(...lags).toFixed(0)} ms, smallest read gap ${gap} ms, ${reads.length} status reads`);
    return {
      id: 'B9',
      name: `peering noticed after ACTIVE, median over ${count} peerings of 1–${maxDelayS} s`,
      value: round(lag),
      baseline: B9_TARGET_MS,
      ratio: round(lag / B9_TARGET_MS, 3),
      target: '≤ 2 s median, ≤ 1 status read per connection per 2 s',
      pass: lag <= B9_TARGET_MS && gap >= MIN_READ_GAP_MS,
      unit: 'ms',
      note:
        `${count} creates of one queue each (concurrency ${ACTION_DEFAULT_CONCURRENCY}, 50 ms latency), each peering ` +
        `ACTIVE after a seeded random 1–${maxDelayS} s; lag = the apply's "ACTIVE after" log line − the moment the ` +
        `emulator made the peering ACTIVE; lags: median ${round(lag)} ms, 90th ${round(percentile(lags, 0.9))} ms, ` +
        `max ${round(Math.max(...lags))} ms; baseline = the 2 s target; status reads: ${reads.length} in ` +
        `${(run.ms / 1000).toFixed(1)} s (${callBreakdown(reads)}), smallest gap between two reads of one connection ` +
        `${gap} ms (a tag-filtered list reads every connection of the label)`,
    };
  } finally {
    await run.cloud.close();
  }
}

export async function benchOverlappedApply(ctx: BenchContext): Promise<FigureResult> {
  const count = ctx.quick ? 20 : 200;
  const peeringMs = ctx.quick ? 3_000 : 30_000;
  const rate = 20;
  const ms = withQueues(await manifests(count, 'ovl'), 2);
  const run = await applyAndWait(ms, [LATENCY, { kind: 'throttle', ratePerSecond: rate }], (cloud) =>
    cloud.emu.state.setPeeringDelay(peeringMs),
  );
  try {
    const creates = run.log.filter((r) => r.operation === 'createConnection' && r.status === 201).length;
    const createFloorMs = (creates / rate) * 1000;
    const baseline = createFloorMs + peeringMs;
    const ratio = run.ms / baseline;
    const lastCreate = Math.max(...run.log.filter((r) => r.operation === 'createConnection').map((r) => r.time + r.durationMs));
    const firstRequest = Math.min(...run.log.map((r) => r.time));
    ctx.log(`B10: ${(run.ms / 1000).toFixed(1)} s against ${(baseline / 1000).toFixed(1)} s`);
    return {
      id: 'B10',
      name: `apply ${count} connections × 2 queues, peerings of ${peeringMs / 1000} s, ${rate} req/s throttle`,
      value: round(run.ms),
      baseline: round(baseline),
      ratio: round(ratio, 3),
      target: '≤ 1.25× (create floor + one peering delay)',
      pass: ratio <= 1.25,
      unit: 'ms',
      note:
        `wait on, concurrency ${ACTION_DEFAULT_CONCURRENCY}, 50 ms latency, ${rate} req/s throttle, every peering ACTIVE ` +
        `${peeringMs / 1000} s after its create (real time); baseline = ${creates} creates ÷ ${rate}/s ` +
        `(${(createFloorMs / 1000).toFixed(1)} s) + ${peeringMs / 1000} s; the last create was answered ` +
        `${((lastCreate - firstRequest) / 1000).toFixed(1)} s in; requests: ${callBreakdown(run.log)}`,
    };
  } finally {
    await run.cloud.close();
  }
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
}
