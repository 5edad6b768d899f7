// Waiting for the VPC peerings of a connection's bound queues and pools: each moves CREATING → ACTIVE | FAILED
// asynchronously. Poll Show with exponential backoff (never more than 10 s apart), log progress at most
// every ~10 s, stop at the deadline. Time and sleeping are injected so tests run on a fake clock.
import type { DliApi, LiveConnection, Peering } from '../dli/types.js';
import type { Logger } from '../logger.js';
import { ConnectionApplyError } from './errors.js';
import type { PeeringResult } from './types.js';

/** Hard ceiling between two polls, whatever the caller asks for. */
export const MAX_POLL_INTERVAL_MS = 10_000;
export const DEFAULT_POLL_INTERVAL_MS = { initial: 1_000, max: MAX_POLL_INTERVAL_MS } as const;
/** Progress lines at most this often (the first one comes at the first poll that is not settled). */
export const PROGRESS_LOG_INTERVAL_MS = 10_000;
/** Status shown for a bound name the connection does not list (yet). */
export const NOT_LISTED = 'NOT_LISTED';

export interface WaitOptions {
  api: DliApi;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  timeoutMs: number;
  pollIntervalMs?: { initial: number; max: number };
}

export interface WaitOutcome {
  /** active: all ACTIVE; failed: all settled, at least one FAILED; timeout: some still not settled at the deadline. */
  state: 'active' | 'failed' | 'timeout';
  peerings: PeeringResult[];
  elapsedMs: number;
}

/** Polls until every bound peering is ACTIVE or FAILED, or the timeout passes. Errors from Show propagate. */
export async function waitForPeerings(
  name: string,
  id: string,
  bindings: { queues: string[]; elastic_resource_pools: string[] },
  opts: WaitOptions,
): Promise<WaitOutcome> {
  const { api, logger, sleep, now } = opts;
  const clamp = (v: number, lo: number) => Math.min(Math.max(v, lo), MAX_POLL_INTERVAL_MS);
  const initial = clamp(opts.pollIntervalMs?.initial ?? DEFAULT_POLL_INTERVAL_MS.initial, 1);
  const max = clamp(opts.pollIntervalMs?.max ?? MAX_POLL_INTERVAL_MS, initial);
  const start = now();
  const deadline = start + Math.max(0, opts.timeoutMs);
  let interval = initial;
  let lastLog = -Infinity;

  for (;;) {
    const live = await api.showConnection(id);
    if (live.status === 'DELETED') {
      throw new ConnectionApplyError(`connection id=${id} was deleted while waiting for its peerings`);
    }
    const peerings = peeringsOf(live, bindings);
    const t = now();
    const elapsedMs = t - start;
    const unsettled = peerings.filter((p) => !isSettled(p.status));
    if (unsettled.length === 0) {
      const failed = peerings.some((p) => p.status === 'FAILED');
      return { state: failed ? 'failed' : 'active', peerings, elapsedMs };
    }
    if (t >= deadline) return { state: 'timeout', peerings, elapsedMs };
    if (t - lastLog >= PROGRESS_LOG_INTERVAL_MS) {
      lastLog = t;
      const n = peerings.length;
      logger.info(
        `waiting for ${n} peering${n === 1 ? '' : 's'} of ${name}: ` +
          `${peerings.map((p) => `${p.name} ${p.status}`).join(', ')} ` +
          `(${Math.round(elapsedMs / 1000)} s of ${Math.round(opts.timeoutMs / 1000)} s)`,
      );
    }
    // Never sleep past the deadline: the last poll happens at the deadline, not up to 10 s after it.
    await sleep(Math.max(0, Math.min(interval, deadline - t)));
    interval = Math.min(interval * 2, max);
  }
}

function isSettled(status: string): boolean {
  return status === 'ACTIVE' || status === 'FAILED';
}

/**
 * The peering of each bound name. A bound queue may be listed under `elastic_resource_pools` (and the reverse is
 * harmless), so both lists are searched, names case-insensitively. When both list a name, a settled entry wins
 * over a CREATING one, and the most recently updated wins among equals.
 */
export function peeringsOf(
  live: LiveConnection,
  bindings: { queues: string[]; elastic_resource_pools: string[] },
): PeeringResult[] {
  const all = [...(live.available_queue_info ?? []), ...(live.elastic_resource_pools ?? [])];
  const wanted: { name: string; kind: 'queue' | 'pool' }[] = [
    ...bindings.queues.map((name) => ({ name, kind: 'queue' as const })),
    ...bindings.elastic_resource_pools.map((name) => ({ name, kind: 'pool' as const })),
  ];
  return wanted.map(({ name, kind }) => {
    const matches = all.filter((p) => p.name.toLowerCase() === name.toLowerCase());
    const best = pickBest(matches);
    if (!best) return { name, kind, status: NOT_LISTED };
    const status = String(best.status).toUpperCase();
    const out: PeeringResult = { name, kind, status };
    if (status === 'FAILED' && best.err_msg) out.err_msg = best.err_msg;
    return out;
  });
}

function pickBest(matches: Peering[]): Peering | undefined {
  const rank = (p: Peering) => (isSettled(String(p.status).toUpperCase()) ? 1 : 0);
  return [...matches].sort((a, b) => rank(b) - rank(a) || (b.update_time ?? 0) - (a.update_time ?? 0))[0];
}
