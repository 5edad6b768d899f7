// The connectivity checks: for every connection with `checks`, DLI's address test (docs/reference/dli-api.md,
// operations 12/13) runs each address from each bound queue whose peering is ACTIVE, and from one queue of each bound
// pool (the API has no pool-level test). Tests run side by side within `concurrency`; each one polls its task with
// backoff until a final answer or its deadline. Every call goes through the client, so the limiter, timeouts and
// retries of all other calls apply. Never throws for an API failure: every outcome is in the report.
import { setTimeout as sleepFor } from 'node:timers/promises';
import { ApiError } from '../dli/errors.js';
import type { ConnectivityTestApi, DliApi, DliQueue, DliResourceApi } from '../dli/types.js';
import type { Logger } from '../logger.js';
import type { ConnectionManifest } from '../manifest/types.js';
import type { PeeringResult } from '../apply/types.js';
import { isPermissionDenied } from '../plan/preflight-lookups.js';
import { runPool } from '../pool.js';
import { peeringsOf } from '../apply/wait.js';
import type { AddressCheck, CheckResult, CheckRun, CheckSource, ChecksReport } from './types.js';
import { checkCounts, FAILING_RESULTS } from './types.js';

/** The IAM action each call of a check needs (Huawei's DLI API reference), for the 403 warning. */
export const CHECK_IAM_ACTIONS: Readonly<Record<string, string>> = {
  startConnectivityTest: 'dli:queue:checkConnection',
  showConnectivityTest: 'dli:queue:getConnection',
  listQueues: 'dli:queue:list',
  showConnection: 'dli:edsconnection:get',
};

export type CheckApi = ConnectivityTestApi & Pick<DliApi, 'showConnection'> & Pick<DliResourceApi, 'listQueues'>;

/** One connection to check. */
export interface CheckTarget {
  manifest: Pick<ConnectionManifest, 'name' | 'checks' | 'queues' | 'elastic_resource_pools'> & {
    source?: Pick<ConnectionManifest['source'], 'locate'>;
  };
  connectionId?: string;
  /** The last known peering of each binding (apply's wait, observe's list); absent: read once with Show. */
  peerings?: PeeringResult[];
  /** Set when no test may run for this connection (apply failed, no live connection …): the reason shown. */
  skip?: string;
}

export interface CheckDeps {
  api: CheckApi;
  logger: Logger;
  /** Tests in flight at once (< 1 counts as 1). */
  concurrency: number;
  /** Per test, from its start: a test with no final answer by then is a `timeout`. */
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Poll backoff; default 1 s doubling up to 10 s (as the peering wait). */
  pollIntervalMs?: { initial: number; max: number };
}

const RANK: Record<CheckResult, number> = { unreachable: 4, timeout: 3, error: 2, 'not-run': 1, reachable: 0 };

/** One test to run: an address from a source, or a source that cannot test (its reason). */
interface Planned {
  check: AddressCheck;
  source: CheckSource;
  notRun?: { detail: string; deniedAction?: string };
}

export async function runChecks(targets: readonly CheckTarget[], deps: CheckDeps): Promise<ChecksReport> {
  const queues = memo(() => deps.api.listQueues());
  const planned: Planned[] = [];
  const checks: AddressCheck[] = [];
  for (const target of targets) {
    const addresses = target.manifest.checks ?? [];
    if (addresses.length === 0) continue;
    const mine = addresses.map((address, i) => {
      const position = target.manifest.source?.locate(['checks', i]);
      const check: AddressCheck = { connection: target.manifest.name, address, result: 'not-run', runs: [], ...(position ? { position } : {}) };
      checks.push(check);
      return check;
    });
    const sources = await sourcesOf(target, deps, queues);
    for (const check of mine) for (const s of sources) planned.push({ check, ...s });
  }

  await runPool(planned, deps.concurrency, async (p) => {
    const run: CheckRun = p.notRun
      ? { source: p.source, result: 'not-run', ...p.notRun }
      : await testOnce(p.check, p.source, deps);
    p.check.runs.push(run);
  });

  for (const c of checks) {
    if (c.runs.length === 0) continue;
    c.result = c.runs.reduce<CheckResult>((worst, r) => (RANK[r.result] > RANK[worst] ? r.result : worst), 'reachable');
  }
  deps.logger.info(`checks: ${checkCounts(checks) || 'none'}`);
  return { checks, failed: checks.some((c) => FAILING_RESULTS.has(c.result)), timeoutSeconds: Math.round(deps.timeoutMs / 1000) };
}

type SourcePlan = Omit<Planned, 'check'>;

/** The sources of one connection: its bound queues and pools, each runnable or with the reason it is not. */
async function sourcesOf(target: CheckTarget, deps: CheckDeps, queues: () => Promise<DliQueue[]>): Promise<SourcePlan[]> {
  const m = target.manifest;
  const bound: CheckSource[] = [
    ...m.queues.map((name) => ({ kind: 'queue' as const, name })),
    ...m.elastic_resource_pools.map((name) => ({ kind: 'pool' as const, name })),
  ];
  if (target.skip !== undefined) {
    const source: CheckSource = bound[0] ?? { kind: 'queue', name: '—' };
    return [{ source, notRun: { detail: target.skip } }];
  }
  if (bound.length === 0) return [{ source: { kind: 'queue', name: '—' }, notRun: { detail: 'no queue or pool is bound: nothing to test from' } }];

  let peerings = target.peerings;
  if (!peerings && target.connectionId) {
    try {
      peerings = peeringsOf(await deps.api.showConnection(target.connectionId), { queues: m.queues, elastic_resource_pools: m.elastic_resource_pools });
    } catch (error) {
      return bound.map((source) => ({ source, notRun: refusal('could not read the connection', error) }));
    }
  }
  const statusOf = (s: CheckSource) => peerings?.find((p) => p.kind === s.kind && p.name.toLowerCase() === s.name.toLowerCase())?.status ?? 'unknown';

  const out: SourcePlan[] = [];
  for (const source of bound) {
    const status = statusOf(source);
    if (status !== 'ACTIVE') {
      out.push({ source, notRun: { detail: `peering of ${source.kind} ${source.name} is ${status}, not ACTIVE` } });
      continue;
    }
    if (source.kind === 'queue') {
      out.push({ source: { ...source, queue: source.name } });
      continue;
    }
    try {
      const queue = queueOfPool(await queues(), source.name);
      if (queue) out.push({ source: { ...source, queue } });
      else out.push({ source, notRun: { detail: `pool ${source.name} has no queue: DLI tests addresses from queues only` } });
    } catch (error) {
      out.push({ source, notRun: refusal(`could not list the queues of pool ${source.name}`, error) });
    }
  }
  return out;
}

/** The first queue (by name) that the queue list places in the pool: the API has no pool-level test. */
export function queueOfPool(queues: readonly DliQueue[], pool: string): string | undefined {
  return queues
    .filter((q) => q.elastic_resource_pool_name?.toLowerCase() === pool.toLowerCase())
    .map((q) => q.queue_name)
    .sort()[0];
}

/** Start the test, then read it until REACHABLE / UNREACHABLE or the deadline. */
async function testOnce(check: AddressCheck, source: CheckSource, deps: CheckDeps): Promise<CheckRun> {
  const sleep = deps.sleep ?? sleepFor;
  const now = deps.now ?? Date.now;
  const queue = source.queue as string;
  const from = source.kind === 'pool' ? `queue ${queue} of pool ${source.name}` : `queue ${queue}`;
  const max = Math.min(deps.pollIntervalMs?.max ?? 10_000, 10_000);
  let interval = Math.min(deps.pollIntervalMs?.initial ?? 1_000, max);
  const start = now();
  const deadline = start + Math.max(0, deps.timeoutMs);
  try {
    const { taskId } = await deps.api.startConnectivityTest(queue, check.address);
    for (;;) {
      const answer = await deps.api.showConnectivityTest(queue, taskId);
      const last = answer.connectivity.toUpperCase();
      const secs = Math.round((now() - start) / 1000);
      if (last === 'REACHABLE' || last === 'UNREACHABLE') {
        const reachable = last === 'REACHABLE';
        deps.logger[reachable ? 'info' : 'warning'](`${check.connection}: ${check.address} ${last} from ${from} (${secs} s)`);
        // The answer's message is the API's receipt ("Get node connectivity status successfully …"): log only.
        if (answer.message) deps.logger.debug(`${check.connection}: ${check.address} from ${from}: ${answer.message}`);
        return { source, result: reachable ? 'reachable' : 'unreachable', detail: last };
      }
      const t = now();
      if (t >= deadline) {
        const detail = `no final answer after ${Math.round(deps.timeoutMs / 1000)} s (last: ${last || 'none'}, task ${taskId}): raise check-timeout or test again later`;
        deps.logger.warning(`${check.connection}: ${check.address} from ${from}: ${detail}`);
        return { source, result: 'timeout', detail };
      }
      await sleep(Math.max(0, Math.min(interval, deadline - t)));
      interval = Math.min(interval * 2, max);
    }
  } catch (error) {
    const refused = refusal(`the test of ${check.address} from ${from} could not run`, error);
    if (refused.deniedAction) return { source, result: 'not-run', ...refused };
    deps.logger.warning(`${check.connection}: ${refused.detail}`);
    return { source, result: 'error', detail: refused.detail };
  }
}

/** An API failure as a reason, with the IAM action when it was a 403. Non-API errors are bugs: rethrown. */
function refusal(what: string, error: unknown): { detail: string; deniedAction?: string } {
  if (isPermissionDenied(error)) {
    const action = CHECK_IAM_ACTIONS[(error as ApiError).operation] ?? 'required';
    return { detail: `${what}: permission refused (IAM action ${action})`, deniedAction: action };
  }
  if (error instanceof ApiError || (error instanceof Error && error.name === 'UnexpectedResponseError')) {
    return { detail: `${what}: ${error.message}` };
  }
  throw error;
}

/** A call made at most once, shared by everyone who asks (also while it is in flight). */
function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}
