// The check runner on a fake API and a fake clock: which queue each test runs from (a pool through one of its
// queues), what is not run and why, polling to a final answer or the deadline, 403 vs other errors, concurrency.
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/logger.js';
import { ApiError } from '../../src/dli/errors.js';
import type { DliQueue, LiveConnection } from '../../src/dli/types.js';
import { queueOfPool, runChecks, type CheckApi, type CheckTarget } from '../../src/checks/run-checks.js';
import { checkDiagnostics, targetsAfterApply, targetsFromLive } from '../../src/checks/index.js';
import type { ConnectionManifest } from '../../src/manifest/types.js';

const denied = (operation: string) =>
  new ApiError(`${operation} failed: HTTP 403 APIGW.0302`, { operation, status: 403, code: 'APIGW.0302', retryable: false });
const serverError = (operation: string) =>
  new ApiError(`${operation} failed: HTTP 500 DLI.0999`, { operation, status: 500, code: 'DLI.0999', retryable: true });

/** Answers per address: a list of connectivity values read one after another (the last one repeats). */
function fakeApi(opts: {
  answers?: Record<string, string[]>;
  startError?: Record<string, Error>;
  queues?: DliQueue[];
  show?: () => Promise<LiveConnection>;
  onStart?: () => Promise<void>;
}) {
  const calls: string[] = [];
  const reads = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const api: CheckApi = {
    async startConnectivityTest(queue, address) {
      calls.push(`start ${queue} ${address}`);
      const e = opts.startError?.[address];
      if (e) throw e;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await opts.onStart?.();
      return { taskId: `${queue}|${address}` };
    },
    async showConnectivityTest(_queue, taskId) {
      const address = taskId.split('|')[1]!;
      const seq = opts.answers?.[address] ?? ['UNREACHABLE'];
      const n = reads.get(taskId) ?? 0;
      reads.set(taskId, n + 1);
      const value = seq[Math.min(n, seq.length - 1)]!;
      if (value === 'REACHABLE' || value === 'UNREACHABLE') inFlight--;
      return { connectivity: value };
    },
    async listQueues() {
      calls.push('listQueues');
      return opts.queues ?? [];
    },
    async showConnection(id) {
      calls.push(`show ${id}`);
      if (!opts.show) throw new Error('unexpected showConnection');
      return opts.show();
    },
  };
  return { api, calls, maxInFlight: () => maxInFlight };
}

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

const manifest = (checks: string[], queues: string[] = ['q1'], pools: string[] = []) => ({ name: 'conn', checks, queues, elastic_resource_pools: pools });
const active = (name: string, kind: 'queue' | 'pool' = 'queue') => ({ name, kind, status: 'ACTIVE' });

describe('runChecks', () => {
  it('tests every address from each bound queue, and a pool through its first queue by name', async () => {
    const f = fakeApi({
      answers: { 'a:1': ['CHECKING', 'REACHABLE'], 'b:2': ['UNREACHABLE'] },
      queues: [
        { queue_name: 'zq', elastic_resource_pool_name: 'POOL' },
        { queue_name: 'pq', elastic_resource_pool_name: 'pool' },
        { queue_name: 'other' },
      ],
    });
    const clock = fakeClock();
    const report = await runChecks(
      [{ manifest: manifest(['a:1', 'b:2'], ['q1'], ['pool']), connectionId: 'id1', peerings: [active('q1'), active('pool', 'pool')] }],
      { api: f.api, logger: memoryLogger(), concurrency: 4, timeoutMs: 60_000, ...clock },
    );
    expect(f.calls.filter((c) => c.startsWith('start')).sort()).toEqual(['start pq a:1', 'start pq b:2', 'start q1 a:1', 'start q1 b:2']);
    expect(f.calls.filter((c) => c === 'listQueues')).toHaveLength(1);
    expect(report.checks.map((c) => [c.address, c.result])).toEqual([
      ['a:1', 'reachable'],
      ['b:2', 'unreachable'],
    ]);
    expect(report.failed).toBe(true);
    const pool = report.checks[0]!.runs.find((r) => r.source.kind === 'pool');
    expect(pool?.source).toEqual({ kind: 'pool', name: 'pool', queue: 'pq' });
  });

  it('does not test from a peering that is not ACTIVE, nor from a pool without a queue, and says why', async () => {
    const f = fakeApi({ queues: [] });
    const report = await runChecks(
      [{ manifest: manifest(['a:1'], ['q1'], ['empty']), connectionId: 'id1', peerings: [{ name: 'q1', kind: 'queue', status: 'CREATING' }, active('empty', 'pool')] }],
      { api: f.api, logger: memoryLogger(), concurrency: 2, timeoutMs: 1000, ...fakeClock() },
    );
    expect(f.calls.filter((c) => c.startsWith('start'))).toEqual([]);
    const c = report.checks[0]!;
    expect(c.result).toBe('not-run');
    expect(c.runs.map((r) => r.detail).sort()).toEqual([
      'peering of queue q1 is CREATING, not ACTIVE',
      'pool empty has no queue: DLI tests addresses from queues only',
    ]);
    expect(report.failed).toBe(false);
  });

  it('a test with no final answer ends at the deadline as a timeout, with the last value', async () => {
    const f = fakeApi({ answers: { 'slow:1': ['CHECKING'] } });
    const clock = fakeClock();
    const report = await runChecks([{ manifest: manifest(['slow:1']), connectionId: 'id1', peerings: [active('q1')] }], {
      api: f.api,
      logger: memoryLogger(),
      concurrency: 1,
      timeoutMs: 30_000,
      ...clock,
    });
    const run = report.checks[0]!.runs[0]!;
    expect(run.result).toBe('timeout');
    expect(run.detail).toContain('no final answer after 30 s (last: CHECKING');
    // Polls back off (1, 2, 4, 8, 10 … s) and the last poll is at the deadline, not after it.
    expect(clock.now()).toBe(30_000);
    expect(report.failed).toBe(true);
  });

  it('a 403 is not-run with the IAM action; another API error is an error', async () => {
    const f = fakeApi({ startError: { 'x:1': denied('startConnectivityTest'), 'y:2': serverError('startConnectivityTest') } });
    const report = await runChecks([{ manifest: manifest(['x:1', 'y:2']), connectionId: 'id1', peerings: [active('q1')] }], {
      api: f.api,
      logger: memoryLogger(),
      concurrency: 2,
      timeoutMs: 1000,
      ...fakeClock(),
    });
    const [x, y] = report.checks;
    expect(x!.result).toBe('not-run');
    expect(x!.runs[0]!.deniedAction).toBe('dli:queue:checkConnection');
    expect(y!.result).toBe('error');
    expect(y!.runs[0]!.detail).toContain('HTTP 500');
    const ds = checkDiagnostics(report);
    expect(ds.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'check-permission-denied'],
      ['error', 'check-error'],
    ]);
    expect(ds[0]!.hint).toContain('dli:queue:checkConnection');
  });

  it('runs at most `concurrency` tests at once', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const f = fakeApi({ answers: {}, onStart: () => gate });
    const addresses = Array.from({ length: 6 }, (_, i) => `h${i}:1`);
    const done = runChecks([{ manifest: manifest(addresses, ['q1', 'q2']), connectionId: 'id1', peerings: [active('q1'), active('q2')] }], {
      api: f.api,
      logger: memoryLogger(),
      concurrency: 3,
      timeoutMs: 1000,
      ...fakeClock(),
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(f.maxInFlight()).toBe(3);
    release();
    const report = await done;
    expect(report.checks).toHaveLength(6);
    expect(f.maxInFlight()).toBe(3);
  });

  it('reads the connection once when the peerings are not known (apply without wait)', async () => {
    const live = { id: 'id1', name: 'conn', status: 'ACTIVE', available_queue_info: [], elastic_resource_pools: [{ name: 'q1', status: 'ACTIVE' }] } as unknown as LiveConnection;
    const f = fakeApi({ answers: { 'a:1': ['REACHABLE'] }, show: async () => live });
    const report = await runChecks([{ manifest: manifest(['a:1']), connectionId: 'id1' }], { api: f.api, logger: memoryLogger(), concurrency: 1, timeoutMs: 1000, ...fakeClock() });
    expect(f.calls.filter((c) => c.startsWith('show'))).toEqual(['show id1']);
    expect(report.checks[0]!.result).toBe('reachable');
  });
});

describe('check targets', () => {
  const m = (name: string, checks?: string[]) => ({ name, checks, queues: ['q1'], elastic_resource_pools: [], hosts: [], routes: [], tags: {} }) as unknown as ConnectionManifest;

  it('after apply: skip connections whose apply did not finish, keep the peerings the wait saw', () => {
    const targets: CheckTarget[] = targetsAfterApply([m('a', ['x:1']), m('b', ['x:1']), m('c')], {
      ok: false,
      connectionIds: { a: 'ia', b: 'ib' },
      results: [
        { name: 'a', action: 'create', outcome: 'done', completedSteps: [], pendingSteps: [], peerings: [active('q1')] },
        { name: 'b', action: 'update', outcome: 'failed', completedSteps: [], pendingSteps: [] },
      ],
    });
    expect(targets.map((t) => [t.manifest.name, t.connectionId, t.skip, t.peerings?.length])).toEqual([
      ['a', 'ia', undefined, 1],
      ['b', undefined, 'apply did not finish for this connection (failed)', undefined],
    ]);
  });

  it('mode check: the live connection of each name; none or two are reasons not to test', () => {
    const live = (id: string, name: string) => ({ id, name, status: 'ACTIVE', available_queue_info: [{ name: 'q1', status: 'ACTIVE' }], elastic_resource_pools: [] }) as unknown as LiveConnection;
    const targets = targetsFromLive([m('a', ['x:1']), m('b', ['x:1']), m('d', ['x:1'])], [live('1', 'a'), live('2', 'd'), live('3', 'd')]);
    expect(targets.map((t) => [t.manifest.name, t.connectionId, t.skip])).toEqual([
      ['a', '1', undefined],
      ['b', undefined, 'no live connection is named b: apply first'],
      ['d', undefined, '2 live connections are named d'],
    ]);
    expect(targets[0]!.peerings).toEqual([{ name: 'q1', kind: 'queue', status: 'ACTIVE' }]);
  });

  it('queueOfPool picks the first queue of the pool by name, case-blind', () => {
    expect(queueOfPool([{ queue_name: 'b', elastic_resource_pool_name: 'P' }, { queue_name: 'a', elastic_resource_pool_name: 'p' }], 'p')).toBe('a');
    expect(queueOfPool([{ queue_name: 'b' }], 'p')).toBeUndefined();
  });
});
