// B5 / B5′ / B6: applyPlan of many creates with the real client (signing, retries, AIMD limiter) against the
// emulator, handed the observation the plan was made from, as the action does (it is the name lookup of each create).
// The connections bind no queue or pool, so no peering waits: what is measured is the calls and their pacing.
import { applyPlan } from '../../src/apply/executor.js';
import type { ApplyResult } from '../../src/apply/types.js';
import type { AimdLimiterOptions } from '../../src/dli/limiter.js';
import { loadManifests } from '../../src/manifest/index.js';
import type { ConnectionManifest } from '../../src/manifest/types.js';
import { silentLogger } from '../../src/logger.js';
import { computePlan } from '../../src/plan/diff.js';
import type { LiveState, Plan } from '../../src/plan/types.js';
import type { FaultRule } from '../../test/emulator/index.js';
import { tempDir, writeMultiDocFile } from './fixtures.js';
import { callBreakdown, LABEL, startCloud, type LimiterStats } from './emulator.js';
import { round } from './load.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

/** The `concurrency` input's default in action.yml. */
export const ACTION_DEFAULT_CONCURRENCY = 4;

export async function manifests(count: number, prefix: string): Promise<ConnectionManifest[]> {
  const tmp = tempDir('apply');
  try {
    writeMultiDocFile(tmp.dir, 'm.yaml', prefix, count, 3);
    const r = await loadManifests({ workspace: tmp.dir, patterns: ['m.yaml'] });
    if (r.diagnostics.some((d) => d.severity === 'error') || r.set.connections.length !== count) {
      throw new BenchBroken(`apply fixture rejected: ${r.diagnostics[0]?.message ?? `${r.set.connections.length} connections`}`);
    }
    // Manifest sources read their file lazily only for positions of problems; none are asked for below.
    return r.set.connections;
  } finally {
    tmp.dispose();
  }
}

/** What observe reads from an empty account: the plan's (and apply's) view of it. */
export const EMPTY_ACCOUNT: LiveState = { connections: [], owned: new Set(), tags: new Map() };

/** A plan of `count` creates, computed against an empty account (pure: no API call). */
export function createPlan(ms: ConnectionManifest[]): Plan {
  const plan = computePlan({
    manifests: ms,
    live: EMPTY_ACCOUNT,
    label: LABEL,
    region: 'cn-north-4',
    projectId: 'bench',
    prune: false,
    allowReplace: false,
  });
  if (plan.changes.length !== ms.length || plan.changes.some((c) => c.action !== 'create')) {
    throw new BenchBroken('apply fixture: the plan is not all creates');
  }
  return plan;
}

interface ApplyRun {
  ms: number;
  /** Requests answered by the operation (not refused by the throttle). */
  calls: number;
  throttled: number;
  /** Answered requests that change something (createConnection …), and the others (name lookups, reads). */
  mutating: number;
  result: ApplyResult;
  breakdown: string;
  finalRate: number;
  limiter: LimiterStats;
}

/** Exported for experiments (limiter options are not action inputs: the figures always use the defaults). */
export async function runApply(plan: Plan, faults: FaultRule[], concurrency: number, limiter?: AimdLimiterOptions): Promise<ApplyRun> {
  const cloud = await startCloud({ limiter });
  try {
    for (const f of faults) cloud.emu.addFault(f);
    const t0 = performance.now();
    const result = await applyPlan(plan, {
      api: cloud.api,
      logger: silentLogger,
      concurrency,
      wait: false,
      waitTimeoutMs: 600_000,
      label: LABEL,
      observed: EMPTY_ACCOUNT,
    });
    const ms = performance.now() - t0;
    const log = cloud.emu.requests;
    const throttled = log.filter((r) => r.status === 429).length;
    const created = cloud.emu.state.connections().length;
    if (created !== plan.changes.length && result.ok) throw new BenchBroken(`apply reported ok but ${created} connections exist`);
    const mutating = cloud.emu.mutatingRequests().filter((r) => r.status !== 429).length;
    return { ms, calls: log.length - throttled, throttled, mutating, result, breakdown: callBreakdown(log), finalRate: cloud.limiter.rate, limiter: cloud.limiterStats };
  } finally {
    await cloud.close();
  }
}

function failures(r: ApplyResult): string[] {
  return r.results.filter((x) => x.outcome !== 'done').map((x) => `${x.name}: ${x.outcome} ${x.error?.message ?? ''}`.trim());
}

const THROTTLE_RATE = 20;

/** B5 and B5′ read the same run (one run per bench process): 200 creates, 50 ms latency, 20 req/s throttle. */
let throttledRun: Promise<{ count: number; run: ApplyRun }> | undefined;
function runThrottled(ctx: BenchContext): Promise<{ count: number; run: ApplyRun }> {
  throttledRun ??= (async () => {
    const count = ctx.quick ? 40 : 200;
    const plan = createPlan(await manifests(count, 'thr'));
    const run = await runApply(
      plan,
      [{ kind: 'latency', ms: 50 }, { kind: 'throttle', ratePerSecond: THROTTLE_RATE }],
      ACTION_DEFAULT_CONCURRENCY,
    );
    ctx.log(
      `B5: ${(run.ms / 1000).toFixed(2)} s, ${run.calls} calls (${run.mutating} mutating) + ${run.throttled} × 429; ` +
        `limiter: ${run.limiter.decreases} decreases, min ${run.limiter.minRate.toFixed(1)}, mean ` +
        `${run.limiter.meanRateAtAcquire().toFixed(1)} req/s`,
    );
    return { count, run };
  })();
  return throttledRun;
}

function limiterNote(run: ApplyRun): string {
  return (
    `limiter: ${run.limiter.throttleSignals} throttle signal(s) lowered its rate ${run.limiter.decreases} time(s), ` +
    `down to ${run.limiter.minRate.toFixed(1)} req/s; mean allowed rate per request ${run.limiter.meanRateAtAcquire().toFixed(1)} req/s ` +
    `against the ${THROTTLE_RATE} req/s throttle; ${run.finalRate.toFixed(1)} req/s at the end`
  );
}

export async function benchApplyThrottled(ctx: BenchContext): Promise<FigureResult> {
  const { count, run } = await runThrottled(ctx);
  const rate = THROTTLE_RATE;
  const floorMs = (run.calls / rate) * 1000;
  const ratio = run.ms / floorMs;
  const failed = failures(run.result);
  return {
    id: 'B5',
    name: `apply ${count} creates, 50 ms latency, ${rate} req/s throttle`,
    value: round(run.ms),
    baseline: round(floorMs),
    ratio: round(ratio, 3),
    target: '≤ 1.25× the floor, 0 failures',
    pass: ratio <= 1.25 && failed.length === 0,
    unit: 'ms',
    note:
      `concurrency ${ACTION_DEFAULT_CONCURRENCY} (action default), wait off, fresh AIMD limiter (defaults); floor = ${run.calls} ` +
      `answered calls ÷ ${rate}/s (the 429 answers are not counted in the floor); requests: ${run.breakdown}; ` +
      `${failed.length} failure(s)` +
      (failed.length ? ` e.g. ${failed[0]?.slice(0, 200)}` : '') +
      `; ${limiterNote(run)}`,
  };
}

export async function benchApplyMutatingFloor(ctx: BenchContext): Promise<FigureResult> {
  const { count, run } = await runThrottled(ctx);
  const rate = THROTTLE_RATE;
  // The floor of the mutating calls alone: what the throttle allows if nothing but the creates were sent.
  const floorMs = (run.mutating / rate) * 1000;
  const ratio = run.ms / floorMs;
  const failed = failures(run.result);
  return {
    id: 'B5′',
    name: `apply ${count} creates, 50 ms latency, ${rate} req/s throttle, against the creates alone`,
    value: round(run.ms),
    baseline: round(floorMs),
    ratio: round(ratio, 3),
    target: '≤ 1.25× the mutating calls\' floor, 0 failures',
    pass: ratio <= 1.25 && failed.length === 0 && run.mutating === count,
    unit: 'ms',
    note:
      `the same run as B5; floor = ${run.mutating} mutating calls ÷ ${rate}/s; ${run.calls - run.mutating} other ` +
      `call(s): the observation the plan was made from is each create's name lookup, and a lookup is only made ` +
      `after an unknown outcome (batched); requests: ${run.breakdown}; ${failed.length} failure(s)`,
  };
}

export async function benchApplyConcurrency(ctx: BenchContext): Promise<FigureResult> {
  const count = ctx.quick ? 40 : 200;
  const sequentialCount = ctx.quick ? 8 : 40;
  const concurrency = 8;
  const latency: FaultRule[] = [{ kind: 'latency', ms: 200 }];
  const all = await manifests(count, 'par');
  // The sequential baseline runs a prefix of the same creates and is scaled per create (same calls per create).
  const seq = await runApply(createPlan(all.slice(0, sequentialCount)), latency, 1);
  const par = await runApply(createPlan(all), latency, concurrency);
  const failed = [...failures(seq.result), ...failures(par.result)];
  if (failed.length > 0) throw new BenchBroken(`B6: creates failed without any fault: ${failed[0]}`);
  const seqScaled = (seq.ms / sequentialCount) * count;
  const speedup = seqScaled / par.ms;
  ctx.log(`B6: sequential ${(seq.ms / 1000).toFixed(2)} s for ${sequentialCount}; concurrency ${concurrency}: ${(par.ms / 1000).toFixed(2)} s for ${count}`);
  return {
    id: 'B6',
    name: `apply ${count} creates, 200 ms latency, concurrency ${concurrency}`,
    value: round(par.ms),
    baseline: round(seqScaled),
    ratio: round(par.ms / seqScaled, 3),
    target: '≥ 4× faster (ratio ≤ 0.25)',
    pass: speedup >= 4,
    unit: 'ms',
    note:
      `${speedup.toFixed(2)}× faster; baseline = the same creates one after another (concurrency 1), measured on ` +
      `${sequentialCount} creates (${(seq.ms / 1000).toFixed(2)} s) and scaled per create to ${count}; ` +
      `figure requests: ${par.breakdown}; fresh AIMD limiter (defaults) per run`,
  };
}
