// Waiting for the VPC peerings of the connections' bound queues and pools: each moves CREATING → ACTIVE | FAILED
// asynchronously. One PeeringWatcher per apply serves every connection waiting at once: a sweep reads the status of
// all of them — one list call (the List answer carries each connection's peerings) when that is cheaper than a Show
// per connection — so waits overlap instead of adding up, and the calls do not grow with the number of waits.
// Sweeps are at least `initial` (2 s) apart, so no connection's status is read more often than that; they back off
// (doubling, never more than 10 s apart, docs/reliability.md) while nothing changes, and come back to 2 s as soon as a
// peering moves or a new wait begins. Progress is logged at most every ~10 s per connection, each wait stops at its
// own deadline. Time and sleeping are injected so tests run on a fake clock.
import type { DliApi, LiveConnection, Peering, Tag } from '../dli/types.js';
import { DEFAULT_PAGE_SIZE } from '../dli/paging.js';
import type { Logger } from '../logger.js';
import { runPool } from '../pool.js';
import { ConnectionApplyError } from './errors.js';
import type { PeeringResult } from './types.js';

/** Hard ceiling between two polls, whatever the caller asks for. */
export const MAX_POLL_INTERVAL_MS = 10_000;
/** The least time between two status reads of one connection (the first sweep interval after any change). */
export const MIN_STATUS_READ_INTERVAL_MS = 2_000;
export const DEFAULT_POLL_INTERVAL_MS = { initial: MIN_STATUS_READ_INTERVAL_MS, max: MAX_POLL_INTERVAL_MS } as const;
/** Progress lines at most this often (the first one comes at the first poll that is not settled). */
export const PROGRESS_LOG_INTERVAL_MS = 10_000;
/** Status shown for a bound name the connection does not list (yet). */
export const NOT_LISTED = 'NOT_LISTED';
/** Shows in flight at once when a sweep reads connections one by one. */
const SHOW_CONCURRENCY = 8;

export interface WaitOptions {
  api: DliApi;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Per connection, from the start of its wait. */
  timeoutMs: number;
  pollIntervalMs?: { initial: number; max: number };
  /**
   * The ownership tag every connection waited for carries once its steps ran: a sweep lists only those. A waited
   * connection the list leaves out (its tag removed meanwhile) is read with Show.
   */
  ownershipTag?: Tag;
  /** How many connections carry that tag, as last observed: the list's pages, against one Show per waiting one. */
  knownOwned?: number;
}

export interface WaitOutcome {
  /** active: all ACTIVE; failed: all settled, at least one FAILED; timeout: some still not settled at the deadline. */
  state: 'active' | 'failed' | 'timeout';
  peerings: PeeringResult[];
  elapsedMs: number;
  /** The first read already found every peering settled (nothing was waited for). */
  settledAtFirstRead: boolean;
}

type Bindings = { queues: string[]; elastic_resource_pools: string[] };

interface Waiter {
  name: string;
  id: string;
  bindings: Bindings;
  start: number;
  deadline: number;
  lastReadAt: number;
  lastLog: number;
  /** The statuses of the last read, to tell whether anything moved. */
  lastSeen: string;
  reads: number;
  resolve(outcome: WaitOutcome): void;
  reject(error: unknown): void;
}

/** One per apply: `wait()` for each connection, all served by the same sweeps. */
export class PeeringWatcher {
  private readonly waiters = new Set<Waiter>();
  private readonly initial: number;
  private readonly max: number;
  private running = false;
  /** A wait began or a peering moved since the last sweep: the next sleep is the short one again. */
  private activity = false;
  private knownOwned: number | undefined;

  constructor(private readonly opts: WaitOptions) {
    const clamp = (v: number, lo: number) => Math.min(Math.max(v, lo), MAX_POLL_INTERVAL_MS);
    this.initial = clamp(opts.pollIntervalMs?.initial ?? DEFAULT_POLL_INTERVAL_MS.initial, 1);
    this.max = clamp(opts.pollIntervalMs?.max ?? MAX_POLL_INTERVAL_MS, this.initial);
    this.knownOwned = opts.knownOwned;
  }

  /** Resolves when every bound peering of `id` is ACTIVE or FAILED, or at its deadline. Read errors reject. */
  wait(name: string, id: string, bindings: Bindings): Promise<WaitOutcome> {
    return new Promise((resolve, reject) => {
      const start = this.opts.now();
      this.waiters.add({
        name,
        id,
        bindings,
        start,
        deadline: start + Math.max(0, this.opts.timeoutMs),
        lastReadAt: Number.NEGATIVE_INFINITY,
        lastLog: Number.NEGATIVE_INFINITY,
        lastSeen: '',
        reads: 0,
        resolve,
        reject,
      });
      this.activity = true;
      if (!this.running) {
        this.running = true;
        void this.loop();
      }
    });
  }

  private async loop(): Promise<void> {
    let interval = this.initial;
    try {
      while (this.waiters.size > 0) {
        await this.sweep();
        if (this.waiters.size === 0) break;
        if (this.activity) interval = this.initial;
        this.activity = false;
        const t = this.opts.now();
        const nextDeadline = Math.min(...[...this.waiters].map((w) => w.deadline));
        // Never sleep past a deadline: the last poll of a wait happens at its deadline, not up to 10 s after it.
        await this.opts.sleep(Math.max(0, Math.min(interval, nextDeadline - t)));
        interval = Math.min(interval * 2, this.max);
      }
    } catch (error) {
      // sweep() settles its own errors; anything else must not leave a wait hanging.
      for (const w of this.waiters) w.reject(error);
      this.waiters.clear();
    } finally {
      this.running = false;
    }
  }

  /** Reads every wait that is due (read at least `initial` ago, or at its deadline) and settles what it can. */
  private async sweep(): Promise<void> {
    const t = this.opts.now();
    const due = [...this.waiters].filter((w) => t >= w.deadline || t - w.lastReadAt >= this.initial);
    if (due.length === 0) return;
    const reads = await this.read(due);
    const now = this.opts.now();
    for (const w of due) {
      w.lastReadAt = t;
      const read = reads.get(w);
      try {
        if (!read || 'error' in read) throw read?.error ?? new Error(`no status read for connection id=${w.id}`);
        this.settle(w, read.live, now);
      } catch (error) {
        this.finish(w);
        w.reject(error);
      }
    }
  }

  private settle(w: Waiter, live: LiveConnection, now: number): void {
    if (live.status === 'DELETED') {
      throw new ConnectionApplyError(`connection id=${w.id} was deleted while waiting for its peerings`);
    }
    const peerings = peeringsOf(live, w.bindings);
    const elapsedMs = now - w.start;
    w.reads++;
    const seen = peerings.map((p) => p.status).join(',');
    if (seen !== w.lastSeen) this.activity = true;
    w.lastSeen = seen;
    const unsettled = peerings.filter((p) => !isSettled(p.status));
    if (unsettled.length === 0) {
      const failed = peerings.some((p) => p.status === 'FAILED');
      this.finish(w);
      w.resolve({ state: failed ? 'failed' : 'active', peerings, elapsedMs, settledAtFirstRead: w.reads === 1 });
      return;
    }
    if (now >= w.deadline) {
      this.finish(w);
      w.resolve({ state: 'timeout', peerings, elapsedMs, settledAtFirstRead: false });
      return;
    }
    if (now - w.lastLog >= PROGRESS_LOG_INTERVAL_MS) {
      w.lastLog = now;
      const n = peerings.length;
      this.opts.logger.info(
        `waiting for ${n} peering${n === 1 ? '' : 's'} of ${w.name}: ` +
          `${peerings.map((p) => `${p.name} ${p.status}`).join(', ')} ` +
          `(${Math.round(elapsedMs / 1000)} s of ${Math.round(this.opts.timeoutMs / 1000)} s)`,
      );
    }
  }

  private finish(w: Waiter): void {
    this.waiters.delete(w);
    this.activity = true;
  }

  /**
   * The live state of each due connection: one list of the owned connections when its pages cost fewer calls than
   * a Show per connection, then a Show for any the list left out; a failed read is that connection's error.
   */
  private async read(due: Waiter[]): Promise<Map<Waiter, { live: LiveConnection } | { error: unknown }>> {
    const out = new Map<Waiter, { live: LiveConnection } | { error: unknown }>();
    let rest = due;
    const pages = Math.floor((this.knownOwned ?? 0) / DEFAULT_PAGE_SIZE) + 1;
    if (this.opts.ownershipTag && due.length > 1 && pages < due.length) {
      try {
        const listed = await this.opts.api.listConnections({ tags: [this.opts.ownershipTag] });
        this.knownOwned = listed.length;
        const byId = new Map(listed.map((c) => [c.id, c]));
        for (const w of due) {
          const live = byId.get(w.id);
          if (live) out.set(w, { live });
        }
        rest = due.filter((w) => !out.has(w));
      } catch (error) {
        for (const w of due) out.set(w, { error });
        return out;
      }
    }
    await runPool(rest, SHOW_CONCURRENCY, async (w) => {
      try {
        out.set(w, { live: await this.opts.api.showConnection(w.id) });
      } catch (error) {
        out.set(w, { error });
      }
    });
    return out;
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
