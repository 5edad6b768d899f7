import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/executor.js';
import type { ConnectionChange } from '../../src/plan/types.js';
import { apiError, authError, FakeDliApi } from './fake-api.js';
import { createChange, deps, LABEL, OWN, plan } from './helpers.js';

describe('applyPlan: create', () => {
  it('creates with the ownership tag, then adds routes and extra tags, and reports the id', async () => {
    const api = new FakeDliApi();
    const { deps: d, logger } = deps(api);
    const change = createChange('kafka_prod', {
      request: { queues: ['q1'], elastic_resource_pools: ['pool_etl'], hosts: [{ name: 'k1', ip: '192.168.0.1' }] },
      more: [
        { kind: 'add-route', route: { name: 'to_idc', cidr: '10.169.0.0/24' } },
        { kind: 'add-route', route: { name: 'to_dc2', cidr: '10.170.0.0/24' } },
        { kind: 'add-tags', tags: [{ key: 'team', value: 'data' }] },
      ],
    });

    const res = await applyPlan(plan([change]), d);

    expect(res.ok).toBe(true);
    expect(res.failureReason).toBeUndefined();
    const [conn] = api.byName('kafka_prod');
    expect(conn).toBeDefined();
    expect(res.connectionIds).toEqual({ kafka_prod: conn!.id });
    expect(res.results[0]).toMatchObject({
      name: 'kafka_prod',
      action: 'create',
      connectionId: conn!.id,
      outcome: 'done',
      completedSteps: ['create', 'add route to_idc (10.169.0.0/24)', 'add route to_dc2 (10.170.0.0/24)', 'add tags team'],
      pendingSteps: [],
    });
    expect(conn!.routes.map((r) => r.name)).toEqual(['to_idc', 'to_dc2']);
    expect(conn!.tags).toEqual([OWN, { key: 'team', value: 'data' }]);
    expect(conn!.available_queue_info.map((p) => p.name)).toEqual(['q1']);
    expect(conn!.elastic_resource_pools.map((p) => p.name)).toEqual(['pool_etl']);
    expect(api.count('createConnection')).toBe(1);
    // Routes only after the create, in order.
    expect(api.calls.map((c) => c.method)).toEqual([
      'listConnections',
      'createConnection',
      'addRoute',
      'addRoute',
      'createTags',
    ]);
    expect(logger.lines).toContain(`kafka_prod: created id=${conn!.id}`);
    expect(logger.lines).toContain('kafka_prod: route to_idc added');
  });
});

describe('applyPlan: update', () => {
  it('runs every update step kind in order against the live id', async () => {
    const api = new FakeDliApi();
    const id = api.seed({
      name: 'rds',
      hosts: [{ name: 'old', ip: '10.0.0.1' }],
      queues: ['q_old'],
      routes: [{ name: 'r_old', cidr: '10.1.0.0/16' }],
      tags: [OWN, { key: 'team', value: 'a' }, { key: 'gone', value: 'x' }],
    });
    const change: ConnectionChange = {
      name: 'rds',
      action: 'update',
      connectionId: id,
      reasons: ['several'],
      steps: [
        { kind: 'replace-hosts', hosts: [{ name: 'new', ip: '10.0.0.2' }], added: [{ name: 'new', ip: '10.0.0.2' }], removed: [{ name: 'old', ip: '10.0.0.1' }] },
        { kind: 'bind', queues: ['q_new'], elastic_resource_pools: ['pool_a'] },
        { kind: 'unbind', queues: ['q_old'], elastic_resource_pools: [] },
        { kind: 'delete-route', name: 'r_old' },
        { kind: 'add-route', route: { name: 'r_new', cidr: '10.2.0.0/16' } },
        { kind: 'delete-tags', tags: [{ key: 'gone', value: 'x' }] },
        { kind: 'add-tags', tags: [{ key: 'team', value: 'b' }] },
      ],
    };

    const { deps: d, logger } = deps(api);
    const res = await applyPlan(plan([change]), d);

    expect(res.ok).toBe(true);
    expect(res.results[0]!.outcome).toBe('done');
    expect(res.results[0]!.completedSteps).toEqual([
      'replace hosts (1 records, +1 −1)',
      'bind q_new, pool_a',
      'unbind q_old',
      'delete route r_old',
      'add route r_new (10.2.0.0/16)',
      'delete tags gone',
      'add tags team',
    ]);
    const c = api.connections.get(id)!;
    expect(c.hosts).toEqual([{ name: 'new', ip: '10.0.0.2' }]);
    expect(c.available_queue_info.map((p) => p.name)).toEqual(['q_new']);
    expect(c.elastic_resource_pools.map((p) => p.name)).toEqual(['pool_a']);
    expect(c.routes.map((r) => r.name)).toEqual(['r_new']);
    expect(c.tags).toEqual([OWN, { key: 'team', value: 'b' }]);
    // The unbind body carries only the non-empty list.
    expect(api.calls.find((x) => x.method === 'disassociateQueues')!.args).toEqual([id, { queues: ['q_old'] }]);
    expect(api.calls.every((x) => x.args[0] === id)).toBe(true);
    expect(res.connectionIds).toEqual({ rds: id });
    expect(logger.lines).toContain('rds: route r_old deleted');
    expect(logger.lines).toContain('rds: bound q_new, pool_a');
  });
});

describe('applyPlan: replace and prune', () => {
  it('replace deletes the old connection, then creates the new one; ids point to the new one', async () => {
    const api = new FakeDliApi();
    const oldId = api.seed({ name: 'kafka', dest_vpc_id: 'vpc-old', tags: [OWN] });
    const change: ConnectionChange = {
      name: 'kafka',
      action: 'replace',
      connectionId: oldId,
      reasons: ['dest_vpc_id changed'],
      steps: [
        { kind: 'delete', connectionId: oldId },
        { kind: 'create', request: { name: 'kafka', dest_vpc_id: 'vpc-new', dest_network_id: 'net-1', tags: [OWN] } },
        { kind: 'add-route', route: { name: 'r', cidr: '10.0.0.0/8' } },
      ],
    };
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([change]), d);

    expect(res.ok).toBe(true);
    expect(api.connections.get(oldId)!.status).toBe('DELETED');
    const [fresh] = api.byName('kafka');
    expect(fresh!.dest_vpc_id).toBe('vpc-new');
    expect(fresh!.id).not.toBe(oldId);
    expect(res.results[0]!.connectionId).toBe(fresh!.id);
    expect(res.connectionIds).toEqual({ kafka: fresh!.id });
    const order = api.calls.map((c) => c.method).filter((m) => m === 'deleteConnection' || m === 'createConnection');
    expect(order).toEqual(['deleteConnection', 'createConnection']);
  });

  it('replace does not mistake the connection it just deleted for one to adopt, even while still listed live', async () => {
    const api = new FakeDliApi({ rejectDuplicateNames: false });
    const oldId = api.seed({ name: 'kafka', tags: [OWN] });
    // Deletion that is not yet visible: the API still lists the old one as ACTIVE.
    api.deleteConnection = async () => {};
    const change: ConnectionChange = {
      name: 'kafka',
      action: 'replace',
      connectionId: oldId,
      reasons: ['dest_vpc_id changed'],
      steps: [
        { kind: 'delete', connectionId: oldId },
        { kind: 'create', request: { name: 'kafka', dest_vpc_id: 'vpc-new', dest_network_id: 'net-1', tags: [OWN] } },
      ],
    };
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([change]), d);
    expect(api.count('createConnection')).toBe(1);
    expect(res.results[0]!.connectionId).not.toBe(oldId);
  });

  it('prune deletes, and deleted connections are not in connectionIds', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'old_one', tags: [OWN] });
    const change: ConnectionChange = {
      name: 'old_one',
      action: 'delete',
      connectionId: id,
      reasons: ['no manifest, prune on'],
      steps: [{ kind: 'delete', connectionId: id }],
    };
    const { deps: d, logger } = deps(api);
    const res = await applyPlan(plan([change]), d);
    expect(res.ok).toBe(true);
    expect(res.results[0]).toMatchObject({ outcome: 'done', connectionId: id, completedSteps: [`delete ${id}`] });
    expect(api.connections.get(id)!.status).toBe('DELETED');
    expect(res.connectionIds).toEqual({});
    expect(logger.lines).toContain(`old_one: deleted id=${id}`);
  });

  it('deleting a connection that is already gone counts as done (rerun after a crash)', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'old_one', tags: [OWN], status: 'DELETED' });
    const change: ConnectionChange = {
      name: 'old_one',
      action: 'delete',
      connectionId: id,
      reasons: [],
      steps: [{ kind: 'delete', connectionId: id }],
    };
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([change]), d);
    expect(res.ok).toBe(true);
    expect(res.results[0]!.notes).toEqual([`id=${id} was already gone`]);
  });
});

describe('applyPlan: concurrency', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      createChange(`c${i}`, { more: [{ kind: 'add-route', route: { name: 'r', cidr: `10.${i}.0.0/16` } }] }),
    );

  it.each([1, 2, 3])('never has more than %i connections in flight', async (concurrency) => {
    const api = new FakeDliApi();
    const { deps: d } = deps(api, { concurrency });
    const res = await applyPlan(plan(many(7)), d);
    expect(res.ok).toBe(true);
    expect(api.live()).toHaveLength(7);
    expect(api.maxInFlight).toBe(concurrency); // reached, never exceeded
    // Steps of one connection never overlap.
    for (const n of api.maxInFlightPerId.values()) expect(n).toBe(1);
  });

  it('treats a concurrency below 1 as 1', async () => {
    const api = new FakeDliApi();
    const { deps: d } = deps(api, { concurrency: 0 });
    const res = await applyPlan(plan(many(3)), d);
    expect(res.ok).toBe(true);
    expect(api.maxInFlight).toBe(1);
  });

  it('keeps results in plan order whatever finishes first', async () => {
    const api = new FakeDliApi();
    const { deps: d } = deps(api, { concurrency: 5 });
    const res = await applyPlan(plan(many(5)), d);
    expect(res.results.map((r) => r.name)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });
});

describe('applyPlan: failures', () => {
  it('a failed step stops only its own connection, and the result says what was done and what not', async () => {
    const api = new FakeDliApi();
    api.inject('addRoute', apiError('addRoute', 400, 'DLI.0001', 'bad cidr'), {
      when: (args) => (args[1] as { name: string }).name === 'r_b',
    });
    const changes = ['a', 'b', 'c'].map((n) =>
      createChange(n, {
        more: [
          { kind: 'add-route', route: { name: `r_${n}`, cidr: `10.${n.charCodeAt(0)}.0.0/16` } },
          { kind: 'add-tags', tags: [{ key: 'team', value: n }] },
        ],
      }),
    );
    const { deps: d, logger } = deps(api, { concurrency: 1 });
    const res = await applyPlan(plan(changes), d);

    expect(res.ok).toBe(false);
    expect(res.failureReason).toBe('api-error');
    const [a, b, c] = res.results;
    expect(a!.outcome).toBe('done');
    expect(c!.outcome).toBe('done');
    expect(b).toMatchObject({
      outcome: 'failed',
      completedSteps: ['create'],
      pendingSteps: [`add route r_b (10.98.0.0/16)`, 'add tags team'],
      error: { code: 'DLI.0001', requestId: 'req-addRoute' },
    });
    expect(b!.error!.message).toContain('bad cidr');
    // The connection exists (created), so its id is still handed out.
    expect(b!.connectionId).toBe(api.byName('b')[0]!.id);
    expect(res.connectionIds).toHaveProperty('b', api.byName('b')[0]!.id);
    expect(api.byName('b')[0]!.tags).toEqual([OWN]);
    expect(logger.lines.some((l) => l.startsWith('error: b: add route r_b') && l.includes('request id req-addRoute'))).toBe(
      true,
    );
  });

  it('a failed create leaves no id and all steps pending', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', apiError('createConnection', 400, 'DLI.1028', 'insufficient quota'));
    const { deps: d } = deps(api);
    const res = await applyPlan(
      plan([createChange('x', { more: [{ kind: 'add-route', route: { name: 'r', cidr: '10.0.0.0/8' } }] })]),
      d,
    );
    expect(res.results[0]).toMatchObject({
      outcome: 'failed',
      completedSteps: [],
      pendingSteps: ['create', 'add route r (10.0.0.0/8)'],
    });
    expect(res.results[0]!.connectionId).toBeUndefined();
    expect(res.connectionIds).toEqual({});
  });

  it('auth errors give auth-failed, which wins over api-error', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', authError('createConnection'), { when: (a) => (a[0] as { name: string }).name === 'a' });
    api.inject('createConnection', apiError('createConnection', 400, 'DLI.0999', 'boom'), {
      when: (a) => (a[0] as { name: string }).name === 'b',
    });
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('a'), createChange('b'), createChange('c')]), d);
    expect(res.ok).toBe(false);
    expect(res.failureReason).toBe('auth-failed');
    expect(res.results.map((r) => r.outcome)).toEqual(['failed', 'failed', 'done']);
    expect(res.results[0]!.error).toMatchObject({ code: 'APIGW.0301' });
    expect(res.results[0]!.error!.hint).toMatch(/credentials/);
  });

  it('an auth error on the pre-create lookup is auth-failed too', async () => {
    const api = new FakeDliApi();
    api.inject('listConnections', authError('listConnections'));
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('a')]), d);
    expect(res.failureReason).toBe('auth-failed');
    expect(api.count('createConnection')).toBe(0);
  });

  it('non-auth errors give api-error', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', apiError('createConnection', 503, 'APIGW.0613', 'IAM unavailable'));
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('a')]), d);
    expect(res.failureReason).toBe('api-error');
  });

  it('blocked changes are never executed', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'kafka', tags: [OWN] });
    const blocked: ConnectionChange = {
      name: 'kafka',
      action: 'blocked',
      connectionId: id,
      reasons: ['dest_vpc_id changed; allow-replace is off'],
      steps: [
        { kind: 'delete', connectionId: id },
        { kind: 'create', request: { name: 'kafka', dest_vpc_id: 'v2', dest_network_id: 'n', tags: [OWN] } },
      ],
    };
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([blocked, createChange('other')]), d);
    expect(res.results[0]).toMatchObject({
      outcome: 'skipped',
      completedSteps: [],
      pendingSteps: [`delete ${id}`, 'create'],
    });
    expect(api.connections.get(id)!.status).toBe('ACTIVE');
    expect(api.calls.some((c) => c.args[0] === id)).toBe(false);
    expect(res.results[1]!.outcome).toBe('done');
    expect(res.ok).toBe(false);
    expect(res.failureReason).toBe('replace-blocked');
    expect(res.connectionIds).toEqual({ other: api.byName('other')[0]!.id });
  });
});

describe('applyPlan: connectionIds', () => {
  it('covers created, updated, adopted and unchanged connections; not deleted, orphaned or blocked ones', async () => {
    const api = new FakeDliApi();
    const upd = api.seed({ name: 'upd', tags: [OWN] });
    const same = api.seed({ name: 'same', tags: [OWN] });
    const adopted = api.seed({ name: 'adopted', tags: [] });
    const gone = api.seed({ name: 'gone', tags: [OWN] });
    const orphan = api.seed({ name: 'orphan', tags: [OWN] });
    const blocked = api.seed({ name: 'blocked', tags: [] });
    const changes: ConnectionChange[] = [
      { name: 'adopted', action: 'adopt', connectionId: adopted, reasons: [], steps: [{ kind: 'add-tags', tags: [OWN] }] },
      { name: 'blocked', action: 'blocked', connectionId: blocked, reasons: [], steps: [] },
      createChange('fresh'),
      { name: 'gone', action: 'delete', connectionId: gone, reasons: [], steps: [{ kind: 'delete', connectionId: gone }] },
      { name: 'orphan', action: 'orphan', connectionId: orphan, reasons: [], steps: [] },
      { name: 'same', action: 'unchanged', connectionId: same, reasons: [], steps: [] },
      { name: 'upd', action: 'update', connectionId: upd, reasons: [], steps: [{ kind: 'add-tags', tags: [{ key: 'k', value: 'v' }] }] },
    ];
    const { deps: d } = deps(api);
    const res = await applyPlan(plan(changes), d);
    expect(res.connectionIds).toEqual({
      adopted,
      fresh: api.byName('fresh')[0]!.id,
      same,
      upd,
    });
    expect(res.results.map((r) => [r.name, r.outcome])).toEqual([
      ['adopted', 'done'],
      ['blocked', 'skipped'],
      ['fresh', 'done'],
      ['gone', 'done'],
      ['orphan', 'unchanged'],
      ['same', 'unchanged'],
      ['upd', 'done'],
    ]);
    expect(api.connections.get(adopted)!.tags).toEqual([{ key: 'managed-by-dli-connections', value: LABEL }]);
  });

  it('a no-op plan is success and makes no API calls without wait', async () => {
    const api = new FakeDliApi();
    const same = api.seed({ name: 'same', tags: [OWN], queues: ['q1'] });
    const { deps: d } = deps(api);
    const res = await applyPlan(
      plan([{ name: 'same', action: 'unchanged', connectionId: same, reasons: [], steps: [], bindings: { queues: ['q1'], elastic_resource_pools: [] } }]),
      d,
    );
    expect(res).toEqual({
      ok: true,
      connectionIds: { same },
      results: [{ name: 'same', action: 'unchanged', connectionId: same, outcome: 'unchanged', completedSteps: [], pendingSteps: [] }],
    });
    expect(api.calls).toEqual([]);
  });
});
