// Never create twice; a rerun after any crash converges.
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/executor.js';
import { CREATE_LOOKUP_DELAYS_MS } from '../../src/apply/create.js';
import { ApiError, UnknownOutcomeError } from '../../src/dli/errors.js';
import type { ConnectionChange } from '../../src/plan/types.js';
import { apiError, authError, FakeDliApi } from './fake-api.js';
import { createChange, deps, OWN, plan } from './helpers.js';

const lost = () => new UnknownOutcomeError('createConnection');
const networkError = (op: string) =>
  new ApiError(`${op}: socket hang up`, { operation: op, status: 0, retryable: true });

describe('create: unknown outcome', () => {
  it('is resolved by looking the name up: one connection, one create call, remaining steps run', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', lost(), { afterEffect: true });
    const { deps: d, logger } = deps(api);
    const res = await applyPlan(
      plan([createChange('kafka', { more: [{ kind: 'add-route', route: { name: 'r', cidr: '10.0.0.0/8' } }] })]),
      d,
    );
    expect(res.ok).toBe(true);
    expect(api.count('createConnection')).toBe(1);
    const all = api.byName('kafka');
    expect(all).toHaveLength(1);
    expect(res.connectionIds).toEqual({ kafka: all[0]!.id });
    expect(all[0]!.routes).toHaveLength(1);
    expect(res.results[0]!.notes).toEqual([`create outcome resolved by lookup: id=${all[0]!.id}`]);
    expect(logger.lines.some((l) => l.includes('no answer came back'))).toBe(true);
  });

  it('retries the lookup with backoff when the new connection is only visible later', async () => {
    const api = new FakeDliApi();
    // The create is lost and its connection appears only after the second backoff sleep.
    api.inject('createConnection', lost());
    const { deps: d, clock } = deps(api);
    let sleeps = 0;
    d.sleep = async (ms) => {
      await clock.sleep(ms);
      if (++sleeps === 2) api.seed({ name: 'kafka', tags: [OWN] });
    };
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.ok).toBe(true);
    expect(api.count('createConnection')).toBe(1);
    expect(api.byName('kafka')).toHaveLength(1);
    expect(res.connectionIds.kafka).toBe(api.byName('kafka')[0]!.id);
    // 1 lookup before the create, then immediate + after 1 s + after 2 s.
    expect(api.count('listConnections')).toBe(4);
    expect(clock.sleeps).toEqual([CREATE_LOOKUP_DELAYS_MS[0], CREATE_LOOKUP_DELAYS_MS[1]]);
  });

  it('fails clearly when the lookup never finds it, and never creates twice', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', lost());
    const { deps: d, clock } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.ok).toBe(false);
    expect(res.failureReason).toBe('api-error');
    expect(res.results[0]!.outcome).toBe('failed');
    expect(res.results[0]!.error!.message).toMatch(/outcome unknown/);
    expect(res.results[0]!.error!.message).toMatch(/rerun/);
    expect(res.results[0]!.pendingSteps).toEqual(['create']);
    expect(api.count('createConnection')).toBe(1);
    expect(api.count('listConnections')).toBe(1 + 1 + CREATE_LOOKUP_DELAYS_MS.length);
    expect(clock.sleeps).toEqual([...CREATE_LOOKUP_DELAYS_MS]);
    expect(res.connectionIds).toEqual({});
  });

  it('keeps looking when a lookup itself fails, and says so', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', lost(), { afterEffect: true });
    api.inject('listConnections', networkError('listConnections'), { times: 2, when: () => api.count('createConnection') > 0 });
    api.inject('listTags', networkError('listTags'), { times: 1 });
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.ok).toBe(true);
    expect(api.byName('kafka')).toHaveLength(1);
    expect(api.count('createConnection')).toBe(1);
    // pre-create lookup, 2 failed lookups, 1 found whose tag read failed, 1 found and owned
    expect(api.count('listConnections')).toBe(5);
    expect(api.count('listTags')).toBe(2);
  });

  it('does not take over a same-named connection that lacks the ownership tag', async () => {
    const api = new FakeDliApi();
    // Someone else's connection shows up between the lookup and the lost create.
    api.inject('createConnection', lost());
    const { deps: d, clock } = deps(api);
    d.sleep = async (ms) => {
      await clock.sleep(ms);
      if (api.byName('kafka').length === 0) api.seed({ name: 'kafka', tags: [{ key: 'owner', value: 'bob' }] });
    };
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.results[0]!.outcome).toBe('failed');
    expect(res.results[0]!.error!.message).toMatch(/not managed by this action/);
    expect(res.connectionIds).toEqual({});
  });
});

describe('create: already exists (DLI.0006)', () => {
  it('is resolved by lookup like an unknown outcome', async () => {
    const api = new FakeDliApi();
    // Our create went through on an earlier attempt inside the client's retries; this answer says "exists".
    api.inject('createConnection', apiError('createConnection', 400, 'DLI.0006', 'already exists'), { afterEffect: true });
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.ok).toBe(true);
    expect(api.byName('kafka')).toHaveLength(1);
    expect(res.connectionIds.kafka).toBe(api.byName('kafka')[0]!.id);
  });

  it('fails with the code and request id when nothing is visible', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', apiError('createConnection', 400, 'DLI.0006', 'already exists'));
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.results[0]!.error).toMatchObject({ code: 'DLI.0006', requestId: 'req-createConnection' });
    expect(res.results[0]!.error!.message).toMatch(/already exists/);
  });
});

describe('create: existing connection found before creating', () => {
  it('adopts a live connection carrying our ownership tag (an earlier run crashed after create)', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'kafka', tags: [OWN] });
    api.seed({ name: 'kafka', status: 'DELETED', tags: [OWN] }); // an old deleted one is ignored
    const { deps: d } = deps(api);
    const res = await applyPlan(
      plan([createChange('kafka', { more: [{ kind: 'add-route', route: { name: 'r', cidr: '10.0.0.0/8' } }] })]),
      d,
    );
    expect(res.ok).toBe(true);
    expect(api.count('createConnection')).toBe(0);
    expect(res.connectionIds).toEqual({ kafka: id });
    expect(api.connections.get(id)!.routes.map((r) => r.name)).toEqual(['r']);
    expect(res.results[0]!.notes).toEqual([`adopted id=${id} left by an earlier run`]);
  });

  it('refuses a live connection of that name that is not ours', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'kafka', tags: [{ key: 'managed-by-dli-connections', value: 'other-label' }] });
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.ok).toBe(false);
    expect(api.count('createConnection')).toBe(0);
    expect(res.results[0]!.error!.message).toContain(`id=${id}`);
    expect(res.results[0]!.error!.message).toMatch(/appeared after the plan was made/);
    expect(res.connectionIds).toEqual({});
  });

  it('refuses to guess between two live connections of that name', async () => {
    const api = new FakeDliApi({ rejectDuplicateNames: false });
    const a = api.seed({ name: 'kafka', tags: [OWN] });
    const b = api.seed({ name: 'kafka', tags: [OWN] });
    const { deps: d } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.results[0]!.error!.message).toContain(a);
    expect(res.results[0]!.error!.message).toContain(b);
    expect(api.count('createConnection')).toBe(0);
  });
});

describe('rerun after a crash converges', () => {
  it('create + routes + tags: the second run adopts, treats the existing route as done, finishes the rest', async () => {
    const api = new FakeDliApi();
    const change = createChange('kafka', {
      more: [
        { kind: 'add-route', route: { name: 'r1', cidr: '10.1.0.0/16' } },
        { kind: 'add-route', route: { name: 'r2', cidr: '10.2.0.0/16' } },
        { kind: 'add-tags', tags: [{ key: 'team', value: 'data' }] },
      ],
    });
    // First run: route r2 is added but its answer is lost.
    api.inject('addRoute', networkError('addRoute'), {
      afterEffect: true,
      when: (a) => (a[1] as { name: string }).name === 'r2',
    });
    const first = await applyPlan(plan([change]), deps(api).deps);
    expect(first.results[0]).toMatchObject({
      outcome: 'failed',
      completedSteps: ['create', 'add route r1 (10.1.0.0/16)'],
      pendingSteps: ['add route r2 (10.2.0.0/16)', 'add tags team'],
    });

    const second = await applyPlan(plan([change]), deps(api).deps);
    expect(second.ok).toBe(true);
    expect(api.count('createConnection')).toBe(1);
    const all = api.byName('kafka');
    expect(all).toHaveLength(1);
    expect(all[0]!.routes.map((r) => r.name)).toEqual(['r1', 'r2']);
    expect(all[0]!.tags).toEqual([OWN, { key: 'team', value: 'data' }]);
    expect(second.results[0]!.notes).toEqual([
      `adopted id=${all[0]!.id} left by an earlier run`,
      'route r1 was already present',
      'route r2 was already present',
    ]);
  });

  it('update: a route already gone and a route already added are both success', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'rds', tags: [OWN], routes: [{ name: 'old', cidr: '10.9.0.0/16' }] });
    const change: ConnectionChange = {
      name: 'rds',
      action: 'update',
      connectionId: id,
      reasons: ['route old changed'],
      steps: [
        { kind: 'delete-route', name: 'old' },
        { kind: 'add-route', route: { name: 'old', cidr: '10.8.0.0/16' } },
        { kind: 'add-tags', tags: [{ key: 'x', value: 'y' }] },
      ],
    };
    // First run crashes on tags.
    api.inject('createTags', networkError('createTags'));
    const first = await applyPlan(plan([change]), deps(api).deps);
    expect(first.results[0]!.pendingSteps).toEqual(['add tags x']);

    const second = await applyPlan(plan([change]), deps(api).deps);
    expect(second.ok).toBe(true);
    expect(second.results[0]!.completedSteps).toHaveLength(3);
    expect(api.connections.get(id)!.routes).toEqual([{ name: 'old', cidr: '10.8.0.0/16', create_time: 1 }]);
    expect(api.connections.get(id)!.tags).toContainEqual({ key: 'x', value: 'y' });
  });

  it('a same-named route with another CIDR is a conflict, not success', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'rds', tags: [OWN], routes: [{ name: 'r', cidr: '10.9.0.0/16' }] });
    const change: ConnectionChange = {
      name: 'rds',
      action: 'update',
      connectionId: id,
      reasons: [],
      steps: [{ kind: 'add-route', route: { name: 'r', cidr: '10.8.0.0/16' } }],
    };
    const res = await applyPlan(plan([change]), deps(api).deps);
    expect(res.results[0]!.outcome).toBe('failed');
    expect(res.results[0]!.error!.message).toMatch(/exists with CIDR 10\.9\.0\.0\/16/);
  });

  it('an auth error while resolving a lost create stops retrying and is auth-failed', async () => {
    const api = new FakeDliApi();
    api.inject('createConnection', lost());
    api.inject('listConnections', authError('listConnections'), { times: 10, when: () => api.count('createConnection') > 0 });
    const { deps: d, clock } = deps(api);
    const res = await applyPlan(plan([createChange('kafka')]), d);
    expect(res.failureReason).toBe('auth-failed');
    expect(res.results[0]!.error!.message).toMatch(/outcome unknown/);
    expect(clock.sleeps).toEqual([]);
  });

  it('bind answered "already exists" and unbind answered "not found" count as done', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'rds', tags: [OWN], queues: ['q_old'] });
    api.inject('associateQueues', apiError('associateQueues', 400, 'DLI.0006', 'Queue q1 already exists in the connection'));
    api.inject('disassociateQueues', apiError('disassociateQueues', 400, 'DLI.0002', 'Queue q_gone does not exist'));
    const change: ConnectionChange = {
      name: 'rds',
      action: 'update',
      connectionId: id,
      reasons: [],
      steps: [
        { kind: 'bind', queues: ['q1'], elastic_resource_pools: [] },
        { kind: 'unbind', queues: ['q_gone'], elastic_resource_pools: [] },
      ],
    };
    const res = await applyPlan(plan([change]), deps(api).deps);
    expect(res.ok).toBe(true);
    expect(res.results[0]!.notes).toEqual(['q1 already bound', 'q_gone already unbound']);
  });

  it('a bind refused for another reason fails', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'rds', tags: [OWN] });
    api.inject('associateQueues', apiError('associateQueues', 400, 'DLI.0012', 'queue q1 is unavailable'));
    const change: ConnectionChange = {
      name: 'rds',
      action: 'update',
      connectionId: id,
      reasons: [],
      steps: [{ kind: 'bind', queues: ['q1'], elastic_resource_pools: [] }],
    };
    const res = await applyPlan(plan([change]), deps(api).deps);
    expect(res.results[0]).toMatchObject({ outcome: 'failed', pendingSteps: ['bind q1'], error: { code: 'DLI.0012' } });
  });
});

describe('defensive', () => {
  it('a step kind it does not know fails instead of being reported as done', async () => {
    const api = new FakeDliApi();
    const id = api.seed({ name: 'rds', tags: [OWN] });
    const change = {
      name: 'rds',
      action: 'update',
      connectionId: id,
      reasons: [],
      steps: [{ kind: 'rename', to: 'x' }],
    } as unknown as ConnectionChange;
    const res = await applyPlan(plan([change]), deps(api).deps);
    expect(res.results[0]).toMatchObject({ outcome: 'failed', completedSteps: [], pendingSteps: ['unknown step rename'] });
    expect(res.results[0]!.error!.message).toMatch(/unknown plan step kind "rename"/);
  });
});
