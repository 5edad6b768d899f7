// Waiting for peerings, on a fake clock.
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/executor.js';
import { MAX_POLL_INTERVAL_MS, peeringsOf } from '../../src/apply/wait.js';
import type { LiveConnection } from '../../src/dli/types.js';
import type { ConnectionChange } from '../../src/plan/types.js';
import { apiError, FakeDliApi } from './fake-api.js';
import { createChange, deps, OWN, plan } from './helpers.js';

const withBindings = (name: string, queues: string[], pools: string[]) =>
  createChange(name, { request: { queues, elastic_resource_pools: pools } });

describe('wait for peerings', () => {
  it('polls until every peering is ACTIVE, with growing intervals', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING', 'CREATING', 'CREATING', 'ACTIVE']);
    api.scriptPeering('pool_etl', ['CREATING', 'ACTIVE']);
    const { deps: d, clock, logger } = deps(api, { wait: true });
    const res = await applyPlan(plan([withBindings('kafka_prod', ['q1'], ['pool_etl'])]), d);

    expect(res.ok).toBe(true);
    expect(res.results[0]!.outcome).toBe('done');
    expect(res.results[0]!.peerings).toEqual([
      { name: 'q1', kind: 'queue', status: 'ACTIVE' },
      { name: 'pool_etl', kind: 'pool', status: 'ACTIVE' },
    ]);
    expect(api.count('showConnection')).toBe(4);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(logger.lines).toContain('waiting for 2 peerings of kafka_prod: q1 CREATING, pool_etl CREATING (0 s of 600 s)');
  });

  it('a FAILED peering fails the connection with its err_msg', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING', { status: 'FAILED', err_msg: 'CIDR 172.16.0.0/12 overlaps the queue' }]);
    api.scriptPeering('q2', ['ACTIVE']);
    const { deps: d, logger } = deps(api, { wait: true });
    const res = await applyPlan(plan([withBindings('kafka', ['q1', 'q2'], [])]), d);

    expect(res.ok).toBe(false);
    expect(res.failureReason).toBe('api-error');
    const r = res.results[0]!;
    expect(r.outcome).toBe('failed');
    expect(r.error!.message).toContain('q1: CIDR 172.16.0.0/12 overlaps the queue');
    expect(r.peerings).toEqual([
      { name: 'q1', kind: 'queue', status: 'FAILED', err_msg: 'CIDR 172.16.0.0/12 overlaps the queue' },
      { name: 'q2', kind: 'queue', status: 'ACTIVE' },
    ]);
    // The steps themselves all ran; the connection exists and its id is still handed out.
    expect(r.completedSteps).toEqual(['create']);
    expect(r.pendingSteps).toEqual([]);
    expect(res.connectionIds.kafka).toBe(r.connectionId);
    expect(logger.lines.some((l) => l.startsWith('error: kafka: peering FAILED'))).toBe(true);
  });

  it('times out on the fake clock: outcome timeout, reason timeout, never more than 10 s between polls', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING']);
    const { deps: d, clock, logger } = deps(api, { wait: true, waitTimeoutMs: 120_000 });
    const start = clock.now();
    const res = await applyPlan(plan([withBindings('kafka', ['q1'], [])]), d);

    expect(res.ok).toBe(false);
    expect(res.failureReason).toBe('timeout');
    const r = res.results[0]!;
    expect(r.outcome).toBe('timeout');
    expect(r.peerings).toEqual([{ name: 'q1', kind: 'queue', status: 'CREATING' }]);
    expect(r.error!.message).toMatch(/not ACTIVE after 120 s: q1 CREATING/);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(MAX_POLL_INTERVAL_MS);
    expect(clock.sleeps.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
    // Gave up at the deadline, not before and not long after.
    expect(clock.now() - start).toBe(120_000);
    // Progress at most every 10 s: 120 s of waiting → at most 13 lines.
    const progress = logger.lines.filter((l) => l.startsWith('waiting for 1 peering of kafka'));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.length).toBeLessThanOrEqual(13);
    expect(progress).toContain('waiting for 1 peering of kafka: q1 CREATING (35 s of 120 s)');
  });

  it('caps the poll interval at 10 s even when asked for more', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING']);
    const { deps: d, clock } = deps(api, {
      wait: true,
      waitTimeoutMs: 100_000,
      pollIntervalMs: { initial: 5_000, max: 60_000 },
    });
    await applyPlan(plan([withBindings('kafka', ['q1'], [])]), d);
    expect(clock.sleeps.slice(0, 3)).toEqual([5000, 10000, 10000]);
    expect(Math.max(...clock.sleeps)).toBe(10_000);
  });

  it('an api-error elsewhere wins over a timeout', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING']);
    api.inject('createConnection', apiError('createConnection', 400, 'DLI.1028', 'quota'), {
      when: (a) => (a[0] as { name: string }).name === 'b',
    });
    const { deps: d } = deps(api, { wait: true, waitTimeoutMs: 30_000 });
    const res = await applyPlan(plan([withBindings('a', ['q1'], []), createChange('b')]), d);
    expect(res.results.map((r) => r.outcome)).toEqual(['timeout', 'failed']);
    expect(res.failureReason).toBe('api-error');
  });

  it('finds a bound queue listed under elastic_resource_pools, names case-insensitively', async () => {
    const api = new FakeDliApi({ queuesListedAsPools: true });
    api.scriptPeering('Q_Reporting', ['CREATING', 'ACTIVE']);
    const { deps: d } = deps(api, { wait: true });
    const res = await applyPlan(plan([withBindings('kafka', ['q_reporting'], [])]), d);
    expect(res.ok).toBe(true);
    expect(api.byName('kafka')[0]!.available_queue_info).toEqual([]);
    expect(res.results[0]!.peerings).toEqual([{ name: 'q_reporting', kind: 'queue', status: 'ACTIVE' }]);
  });

  it('waits for the peerings of several connections concurrently', async () => {
    const api = new FakeDliApi();
    for (const q of ['qa', 'qb', 'qc']) api.scriptPeering(q, ['CREATING', 'CREATING', 'ACTIVE']);
    const { deps: d } = deps(api, { wait: true, concurrency: 3 });
    let inSleep = 0;
    let maxInSleep = 0;
    d.sleep = async () => {
      inSleep++;
      maxInSleep = Math.max(maxInSleep, inSleep);
      await new Promise((r) => setImmediate(r));
      inSleep--;
    };
    const res = await applyPlan(
      plan([withBindings('a', ['qa'], []), withBindings('b', ['qb'], []), withBindings('c', ['qc'], [])]),
      d,
    );
    expect(res.ok).toBe(true);
    expect(maxInSleep).toBe(3);
  });

  it('waits after an update that binds a new queue, and for unchanged connections (rerun after a timeout)', async () => {
    const api = new FakeDliApi();
    const upd = api.seed({ name: 'upd', tags: [OWN] });
    const same = api.seed({ name: 'same', tags: [OWN], queues: ['q_same'], peeringStatus: 'CREATING' });
    api.scriptPeering('q_new', ['CREATING', 'ACTIVE']);
    api.scriptPeering('q_same', ['CREATING', 'ACTIVE']);
    const changes: ConnectionChange[] = [
      { name: 'same', action: 'unchanged', connectionId: same, reasons: [], steps: [], bindings: { queues: ['q_same'], elastic_resource_pools: [] } },
      {
        name: 'upd',
        action: 'update',
        connectionId: upd,
        reasons: ['queue q_new bound'],
        steps: [{ kind: 'bind', queues: ['q_new'], elastic_resource_pools: [] }],
        bindings: { queues: ['q_new'], elastic_resource_pools: [] },
      },
    ];
    const { deps: d } = deps(api, { wait: true });
    const res = await applyPlan(plan(changes), d);
    expect(res.results.map((r) => [r.name, r.outcome, r.peerings?.[0]?.status])).toEqual([
      ['same', 'unchanged', 'ACTIVE'],
      ['upd', 'done', 'ACTIVE'],
    ]);

    const api2 = new FakeDliApi();
    api2.seed({ id: same, name: 'same', tags: [OWN], queues: ['q_same'] });
    const res2 = await applyPlan(plan([changes[0]!]), deps(api2, { wait: true, waitUnchanged: false }).deps);
    expect(res2.ok).toBe(true);
    expect(api2.calls).toEqual([]);
  });

  it('does not wait without bindings, and not at all with wait off', async () => {
    const api = new FakeDliApi();
    const { deps: d } = deps(api, { wait: true });
    await applyPlan(plan([createChange('nobind')]), d);
    expect(api.count('showConnection')).toBe(0);

    const api2 = new FakeDliApi();
    await applyPlan(plan([withBindings('x', ['q1'], [])]), deps(api2, { wait: false }).deps);
    expect(api2.count('showConnection')).toBe(0);
  });

  it('a connection deleted while waiting fails instead of waiting until the timeout', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING']);
    const { deps: d, clock } = deps(api, { wait: true });
    d.sleep = async (ms) => {
      await clock.sleep(ms);
      for (const c of api.live()) c.status = 'DELETED';
    };
    // Show of a DELETED connection still answers (the API keeps them visible for a while).
    api.showConnection = async (id) => structuredClone(api.connections.get(id)!);
    const res = await applyPlan(plan([withBindings('x', ['q1'], [])]), d);
    expect(res.results[0]!.outcome).toBe('failed');
    expect(res.results[0]!.error!.message).toMatch(/was deleted while waiting/);
    expect(clock.sleeps).toHaveLength(1);
  });

  it('an error while polling fails the connection with that error', async () => {
    const api = new FakeDliApi();
    api.inject('showConnection', apiError('showConnection', 400, 'DLI.0999', 'server error'));
    const { deps: d } = deps(api, { wait: true });
    const res = await applyPlan(plan([withBindings('x', ['q1'], [])]), d);
    expect(res.results[0]!.outcome).toBe('failed');
    expect(res.results[0]!.error).toMatchObject({ code: 'DLI.0999' });
    expect(res.results[0]!.error!.message).toMatch(/while waiting for peerings/);
  });
});

describe('peeringsOf', () => {
  const live = (q: LiveConnection['available_queue_info'], p: LiveConnection['elastic_resource_pools']): LiveConnection => ({
    id: 'i',
    name: 'n',
    status: 'ACTIVE',
    dest_vpc_id: 'v',
    dest_network_id: 'n',
    hosts: [],
    routes: [],
    available_queue_info: q,
    elastic_resource_pools: p,
  });

  it('reports a bound name the connection does not list as NOT_LISTED', () => {
    expect(peeringsOf(live([], []), { queues: ['q'], elastic_resource_pools: ['p'] })).toEqual([
      { name: 'q', kind: 'queue', status: 'NOT_LISTED' },
      { name: 'p', kind: 'pool', status: 'NOT_LISTED' },
    ]);
  });

  it('prefers a settled entry when a name is listed twice', () => {
    const res = peeringsOf(
      live([{ name: 'q', status: 'CREATING', update_time: 5 }], [{ name: 'Q', status: 'ACTIVE', update_time: 1 }]),
      { queues: ['q'], elastic_resource_pools: [] },
    );
    expect(res).toEqual([{ name: 'q', kind: 'queue', status: 'ACTIVE' }]);
  });
});
