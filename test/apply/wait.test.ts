// Waiting for peerings, on a fake clock.
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/executor.js';
import { MAX_POLL_INTERVAL_MS, MIN_STATUS_READ_INTERVAL_MS, peeringsOf } from '../../src/apply/wait.js';
import type { LiveConnection } from '../../src/dli/types.js';
import type { ConnectionChange } from '../../src/plan/types.js';
import { apiError, FakeDliApi } from './fake-api.js';
import { createChange, deps, OWN, plan } from './helpers.js';

const withBindings = (name: string, queues: string[], pools: string[]) =>
  createChange(name, { request: { queues, elastic_resource_pools: pools } });

describe('wait for peerings', () => {
  it('polls until every peering is ACTIVE, 2 s apart at first, then backing off', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING', 'CREATING', 'CREATING', 'ACTIVE']);
    api.scriptPeering('pool_etl', ['CREATING', 'CREATING', 'CREATING', 'ACTIVE']);
    const { deps: d, clock, logger } = deps(api, { wait: true });
    const res = await applyPlan(plan([withBindings('kafka_prod', ['q1'], ['pool_etl'])]), d);

    expect(res.ok).toBe(true);
    expect(res.results[0]!.outcome).toBe('done');
    expect(res.results[0]!.peerings).toEqual([
      { name: 'q1', kind: 'queue', status: 'ACTIVE' },
      { name: 'pool_etl', kind: 'pool', status: 'ACTIVE' },
    ]);
    // One connection waiting: its own Show (no list call besides the name lookup before the create).
    expect(api.count('showConnection')).toBe(4);
    expect(api.calls.filter((c) => c.method === 'listConnections' && (c.args[0] as { tags?: unknown }).tags)).toEqual([]);
    expect(clock.sleeps).toEqual([MIN_STATUS_READ_INTERVAL_MS, 4000, 8000]);
    expect(logger.lines).toContain('waiting for 2 peerings of kafka_prod: q1 CREATING, pool_etl CREATING (0 s of 600 s)');
  });

  it('comes back to the 2 s interval as soon as a peering moves', async () => {
    const api = new FakeDliApi();
    api.scriptPeering('q1', ['CREATING', 'CREATING', 'CREATING', 'CREATING', 'CREATING', 'ACTIVE']);
    api.scriptPeering('q2', ['CREATING', 'CREATING', 'CREATING', 'ACTIVE']);
    const { deps: d, clock } = deps(api, { wait: true });
    const res = await applyPlan(plan([withBindings('kafka', ['q1', 'q2'], [])]), d);
    expect(res.ok).toBe(true);
    // Reads at 0, 2, 6, 14 s (q2 ACTIVE: moved), then 16, 20 s.
    expect(clock.sleeps).toEqual([2000, 4000, 8000, 2000, 4000]);
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
    expect(clock.sleeps.slice(0, 6)).toEqual([2000, 4000, 8000, 10000, 10000, 10000]);
    // Gave up at the deadline, not before and not long after.
    expect(clock.now() - start).toBe(120_000);
    // Progress at most every 10 s: 120 s of waiting → at most 13 lines.
    const progress = logger.lines.filter((l) => l.startsWith('waiting for 1 peering of kafka'));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.length).toBeLessThanOrEqual(13);
    expect(progress).toContain('waiting for 1 peering of kafka: q1 CREATING (34 s of 120 s)');
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

  it('one list call per sweep serves every waiting connection; the waits overlap', async () => {
    const api = new FakeDliApi();
    for (const q of ['qa', 'qb', 'qc']) api.scriptPeering(q, ['CREATING', 'CREATING', 'ACTIVE']);
    const { deps: d, clock } = deps(api, { wait: true, concurrency: 3 });
    const res = await applyPlan(
      plan([withBindings('a', ['qa'], []), withBindings('b', ['qb'], []), withBindings('c', ['qc'], [])]),
      d,
    );
    expect(res.ok).toBe(true);
    expect(res.results.map((r) => r.peerings?.[0]?.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    // The status reads: lists filtered by the ownership tag, each answering for all three connections.
    const lists = api.calls.filter((c) => c.method === 'listConnections' && (c.args[0] as { tags?: unknown }).tags);
    expect(lists.map((c) => c.args[0])).toEqual(lists.map(() => ({ tags: [OWN] })));
    expect(api.count('showConnection') + lists.length).toBeLessThanOrEqual(4);
    // One sleeper for all of them, not one per connection.
    expect(clock.sleeps.length).toBeLessThanOrEqual(3);
  });

  it('more waits than workers: a worker is free once its steps ran, so later creates do not queue behind waits', async () => {
    const api = new FakeDliApi();
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const n of names) api.scriptPeering(`q_${n}`, ['CREATING']);
    // The peerings only become ACTIVE once the last connection is created: workers that sat in their waits
    // (2 workers, 6 connections) would never get there and time out.
    const create = api.createConnection.bind(api);
    api.createConnection = async (body) => {
      const answer = await create(body);
      if (api.count('createConnection') === names.length) for (const n of names) api.scriptPeering(`q_${n}`, ['ACTIVE']);
      return answer;
    };
    const { deps: d } = deps(api, { wait: true, concurrency: 2 });
    const res = await applyPlan(plan(names.map((n) => withBindings(n, [`q_${n}`], []))), d);
    expect(res.results.map((r) => r.outcome)).toEqual(names.map(() => 'done'));
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
