import { describe, expect, it } from 'vitest';
import type { ConnectionManifest } from '../../src/manifest/types.js';
import { STEP_ORDER } from '../../src/plan/diff.js';
import { FIELD_TABLE, fieldsUpdatedBy } from '../../src/plan/fields.js';
import { OWNERSHIP_TAG_KEY } from '../../src/ownership.js';
import type { ChangeAction, LiveState, PlanStep } from '../../src/plan/types.js';
import { KEY_LINES, liveConn, liveState, manifest, own, peering, plan } from './helpers.js';

const ID = 'id-c1';

/** A connection that matches `manifest('c1')` exactly, owned by label "default". */
function ownedState(over: Parameters<typeof liveConn>[1] = {}, tags?: Record<string, { key: string; value: string }[]>): LiveState {
  return liveState([liveConn('c1', over)], { owned: [ID], ...(tags ? { tags } : {}) });
}

interface Case {
  title: string;
  manifests: ConnectionManifest[];
  live: LiveState;
  opts?: { prune?: boolean; allowReplace?: boolean; label?: string };
  action: ChangeAction | 'none';
  reasons?: string[];
  steps?: PlanStep[];
  problems?: string[];
}

const cases: Case[] = [
  {
    title: 'identical owned connection → unchanged',
    manifests: [manifest('c1', { hosts: [{ name: 'a', ip: '10.0.0.1' }] })],
    live: ownedState({ hosts: [{ name: 'a', ip: '10.0.0.1' }] }),
    action: 'unchanged',
    reasons: [],
    steps: [],
  },
  {
    title: 'hosts reordered only → unchanged',
    manifests: [
      manifest('c1', {
        hosts: [
          { name: 'b', ip: '10.0.0.2' },
          { name: 'a', ip: '10.0.0.1' },
        ],
      }),
    ],
    live: ownedState({
      hosts: [
        { name: 'a', ip: '10.0.0.1' },
        { name: 'b', ip: '10.0.0.2' },
      ],
    }),
    action: 'unchanged',
    steps: [],
  },
  {
    title: 'hosts +2 −1 → one replace-hosts with the full list',
    manifests: [
      manifest('c1', {
        hosts: [
          { name: 'a', ip: '10.0.0.1' },
          { name: 'c', ip: '10.0.0.3' },
          { name: 'd', ip: '10.0.0.4' },
        ],
      }),
    ],
    live: ownedState({
      hosts: [
        { name: 'a', ip: '10.0.0.1' },
        { name: 'b', ip: '10.0.0.2' },
      ],
    }),
    action: 'update',
    reasons: ['hosts +2 \u22121'],
    steps: [
      {
        kind: 'replace-hosts',
        hosts: [
          { name: 'a', ip: '10.0.0.1' },
          { name: 'c', ip: '10.0.0.3' },
          { name: 'd', ip: '10.0.0.4' },
        ],
        added: [
          { name: 'c', ip: '10.0.0.3' },
          { name: 'd', ip: '10.0.0.4' },
        ],
        removed: [{ name: 'b', ip: '10.0.0.2' }],
      },
    ],
  },
  {
    title: 'same host name, new ip → +1 −1',
    manifests: [manifest('c1', { hosts: [{ name: 'a', ip: '10.0.0.9' }] })],
    live: ownedState({ hosts: [{ name: 'a', ip: '10.0.0.1' }] }),
    action: 'update',
    reasons: ['hosts +1 \u22121'],
  },
  {
    title: 'all hosts removed → replace-hosts with []',
    manifests: [manifest('c1')],
    live: ownedState({ hosts: [{ name: 'a', ip: '10.0.0.1' }] }),
    action: 'update',
    reasons: ['hosts \u22121'],
    steps: [{ kind: 'replace-hosts', hosts: [], added: [], removed: [{ name: 'a', ip: '10.0.0.1' }] }],
  },
  {
    title: 'queue added → bind; queue removed → unbind',
    manifests: [manifest('c1', { queues: ['q_new'] })],
    live: ownedState({ available_queue_info: [peering('q_old')] }),
    action: 'update',
    reasons: ['queue q_old unbound', 'queue q_new bound'],
    steps: [
      { kind: 'unbind', queues: ['q_old'], elastic_resource_pools: [] },
      { kind: 'bind', queues: ['q_new'], elastic_resource_pools: [] },
    ],
  },
  {
    title: 'queue bound but listed under elastic_resource_pools → unchanged',
    manifests: [manifest('c1', { queues: ['q1'] })],
    live: ownedState({ elastic_resource_pools: [peering('q1')] }),
    action: 'unchanged',
    steps: [],
  },
  {
    title: 'pool listed under available_queue_info → unchanged',
    manifests: [manifest('c1', { elastic_resource_pools: ['p1'] })],
    live: ownedState({ available_queue_info: [peering('p1')] }),
    action: 'unchanged',
  },
  {
    title: 'names compare case-insensitively (DLI stores lowercase)',
    manifests: [manifest('c1', { queues: ['Q_Reporting'], elastic_resource_pools: ['Pool_ETL'] })],
    live: ownedState({ available_queue_info: [peering('q_reporting')], elastic_resource_pools: [peering('pool_etl')] }),
    action: 'unchanged',
  },
  {
    title: 'live names in another case still match (both sides are folded)',
    manifests: [manifest('c1', { queues: ['q1'] })],
    live: ownedState({ elastic_resource_pools: [peering('Q1')] }),
    action: 'unchanged',
  },
  {
    title: 'a removed queue found under elastic_resource_pools is unbound under elastic_resource_pools',
    manifests: [manifest('c1')],
    live: ownedState({ elastic_resource_pools: [peering('q_gone')] }),
    action: 'update',
    reasons: ['pool q_gone unbound'],
    steps: [{ kind: 'unbind', queues: [], elastic_resource_pools: ['q_gone'] }],
  },
  {
    title: 'a FAILED peering still counts as bound (status is not compared)',
    manifests: [manifest('c1', { queues: ['q1'] })],
    live: ownedState({ available_queue_info: [peering('q1', 'FAILED')] }),
    action: 'unchanged',
  },
  {
    title: 'pool bind and unbind',
    manifests: [manifest('c1', { elastic_resource_pools: ['p_new', 'p_keep'] })],
    live: ownedState({ elastic_resource_pools: [peering('p_keep'), peering('p2')] }),
    action: 'update',
    reasons: ['pool p2 unbound', 'pool p_new bound'],
    steps: [
      { kind: 'unbind', queues: [], elastic_resource_pools: ['p2'] },
      { kind: 'bind', queues: [], elastic_resource_pools: ['p_new'] },
    ],
  },
  {
    title: 'route added',
    manifests: [manifest('c1', { routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }] })],
    live: ownedState(),
    action: 'update',
    reasons: ['route to_idc added'],
    steps: [{ kind: 'add-route', route: { name: 'to_idc', cidr: '10.169.0.0/24' } }],
  },
  {
    title: 'route removed',
    manifests: [manifest('c1')],
    live: ownedState({ routes: [{ name: 'r1', cidr: '10.0.0.0/24', create_time: 1 }] }),
    action: 'update',
    reasons: ['route r1 removed'],
    steps: [{ kind: 'delete-route', name: 'r1' }],
  },
  {
    title: 'route cidr changed → delete + add',
    manifests: [manifest('c1', { routes: [{ name: 'r2', cidr: '10.0.1.0/24' }] })],
    live: ownedState({ routes: [{ name: 'r2', cidr: '10.0.0.0/24', create_time: 1 }] }),
    action: 'update',
    reasons: ['route r2 changed (10.0.0.0/24 \u2192 10.0.1.0/24)'],
    steps: [
      { kind: 'delete-route', name: 'r2' },
      { kind: 'add-route', route: { name: 'r2', cidr: '10.0.1.0/24' } },
    ],
  },
  {
    title: 'route unchanged (create_time ignored)',
    manifests: [manifest('c1', { routes: [{ name: 'r2', cidr: '10.0.0.0/24' }] })],
    live: ownedState({ routes: [{ name: 'r2', cidr: '10.0.0.0/24', create_time: 99 }] }),
    action: 'unchanged',
  },
  {
    title: 'tags: add, change, remove; the ownership tag stays',
    manifests: [manifest('c1', { tags: { team: 'data', env: 'prod' } })],
    live: ownedState({}, { [ID]: [own(), { key: 'team', value: 'ops' }, { key: 'old', value: 'x' }] }),
    action: 'update',
    reasons: ['tag old removed', 'tag env added', 'tag team changed'],
    steps: [
      {
        kind: 'delete-tags',
        tags: [
          { key: 'old', value: 'x' },
          { key: 'team', value: 'ops' },
        ],
      },
      {
        kind: 'add-tags',
        tags: [
          { key: 'env', value: 'prod' },
          { key: 'team', value: 'data' },
        ],
      },
    ],
  },
  {
    title: 'tags declared empty → extra user tags deleted, ownership kept',
    manifests: [manifest('c1', { tags: {}, tagsDeclared: true })],
    live: ownedState({}, { [ID]: [own(), { key: 'team', value: 'ops' }] }),
    action: 'update',
    reasons: ['tag team removed'],
    steps: [{ kind: 'delete-tags', tags: [{ key: 'team', value: 'ops' }] }],
  },
  {
    title: 'tags not declared → user tags untouched',
    manifests: [manifest('c1')],
    live: ownedState({}, { [ID]: [own(), { key: 'team', value: 'ops' }] }),
    action: 'unchanged',
    steps: [],
  },
  {
    title: 'tags equal → unchanged',
    manifests: [manifest('c1', { tags: { team: 'data' } })],
    live: ownedState({}, { [ID]: [{ key: 'team', value: 'data' }, own()] }),
    action: 'unchanged',
  },
  {
    title: 'routetable_id never diffs (the API never returns it)',
    manifests: [manifest('c1', { routetable_id: 'rtb-1' })],
    live: ownedState(),
    action: 'unchanged',
    steps: [],
  },
  {
    title: 'adopt: not owned, no other label → ownership tag + steps to the manifest',
    manifests: [manifest('c1', { queues: ['q1'] })],
    live: liveState([liveConn('c1')], { tags: { [ID]: [{ key: 'team', value: 'x' }] } }),
    action: 'adopt',
    reasons: ['not managed yet: ownership tag added', 'queue q1 bound'],
    steps: [
      { kind: 'bind', queues: ['q1'], elastic_resource_pools: [] },
      { kind: 'add-tags', tags: [own()] },
    ],
  },
  {
    title: 'adopt with declared tags: one add-tags with user tags and ownership',
    manifests: [manifest('c1', { tags: { team: 'data' } })],
    live: liveState([liveConn('c1')], { tags: { [ID]: [] } }),
    action: 'adopt',
    steps: [{ kind: 'add-tags', tags: [{ key: 'team', value: 'data' }, own()] }],
  },
  {
    title: 'not in owned list but tagged with this label (tags read) → owned',
    manifests: [manifest('c1')],
    live: liveState([liveConn('c1')], { tags: { [ID]: [own()] } }),
    action: 'unchanged',
  },
  {
    title: 'adopt blocked: owned by another label',
    manifests: [manifest('c1')],
    live: liveState([liveConn('c1')], { tags: { [ID]: [own('team-b')] } }),
    action: 'blocked',
    reasons: ['owned by label "team-b"'],
    steps: [],
    problems: ['owned-by-other-label'],
  },
  {
    title: 'adopting a connection that already holds 10 tags → blocked (the ownership tag would be an 11th)',
    manifests: [manifest('c1')],
    live: liveState([liveConn('c1')], { tags: { [ID]: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: 'v' })) } }),
    action: 'blocked',
    reasons: ['would carry 11 tags (at most 10)'],
    steps: [],
    problems: ['too-many-tags'],
  },
  {
    title: 'adopting a connection with 10 tags while declaring fewer → adopt within the limit',
    manifests: [manifest('c1', { tags: { k0: 'v' } })],
    live: liveState([liveConn('c1')], { tags: { [ID]: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: 'v' })) } }),
    action: 'adopt',
  },
  {
    title: 'vpc changed without allow-replace → blocked',
    manifests: [manifest('c1', { dest_vpc_id: 'vpc-2' })],
    live: ownedState(),
    action: 'blocked',
    reasons: ['vpc changed: replace needs allow-replace'],
    steps: [],
    problems: ['replace-blocked'],
  },
  {
    title: 'subnet changed with allow-replace → replace: delete, create, routes',
    manifests: [manifest('c1', { dest_network_id: 'net-2', routes: [{ name: 'r1', cidr: '10.0.0.0/24' }] })],
    live: ownedState({ routes: [{ name: 'r1', cidr: '10.0.0.0/24' }] }),
    opts: { allowReplace: true },
    action: 'replace',
    reasons: ['subnet changed: replace'],
    steps: [
      { kind: 'delete', connectionId: ID },
      {
        kind: 'create',
        request: { name: 'c1', dest_vpc_id: 'vpc-1', dest_network_id: 'net-2', tags: [own()] },
      },
      { kind: 'add-route', route: { name: 'r1', cidr: '10.0.0.0/24' } },
    ],
  },
  {
    title: 'DELETED live connection is ignored → create',
    manifests: [manifest('c1')],
    live: liveState([liveConn('c1', { status: 'deleted' })], { owned: [ID] }),
    action: 'create',
  },
  {
    title: 'owned, no manifest, prune off → orphan',
    manifests: [],
    live: ownedState(),
    action: 'orphan',
    steps: [],
  },
  {
    title: 'owned, no manifest, prune on → delete',
    manifests: [],
    live: ownedState(),
    opts: { prune: true },
    action: 'delete',
    steps: [{ kind: 'delete', connectionId: ID }],
  },
  {
    title: 'owned by another label (tags known), no manifest, prune on → untouched',
    manifests: [],
    live: liveState([liveConn('c1')], { tags: { [ID]: [own('other')] } }),
    opts: { prune: true },
    action: 'none',
  },
  {
    title: 'unowned, no manifest, prune on → untouched and not reported',
    manifests: [],
    live: liveState([liveConn('c1')]),
    opts: { prune: true },
    action: 'none',
  },
  {
    title: 'owned under label "blue" with label "blue" → unchanged',
    manifests: [manifest('c1')],
    live: liveState([liveConn('c1')], { owned: [ID] }),
    opts: { label: 'blue' },
    action: 'unchanged',
  },
];

describe('computePlan: one rule per row', () => {
  it.each(cases)('$title', (c) => {
    const p = plan(c.manifests, c.live, c.opts);
    const change = p.changes.find((x) => x.name === 'c1');
    if (c.action === 'none') {
      expect(p.changes).toEqual([]);
      expect(p.hasChanges).toBe(false);
      return;
    }
    expect(change?.action).toBe(c.action);
    if (c.reasons) expect(change?.reasons).toEqual(c.reasons);
    if (c.steps) expect(change?.steps).toEqual(c.steps);
    const errorCodes = p.problems.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(errorCodes).toEqual(c.problems ?? []);
    expect(p.hasChanges).toBe(c.action !== 'unchanged' && c.action !== 'orphan');
  });
});

describe('computePlan: details', () => {
  it('create carries everything; routes follow as add-route; ownership tag in the body', () => {
    const m = manifest('kafka_prod', {
      routetable_id: 'rtb-1',
      queues: ['q1'],
      elastic_resource_pools: ['pool_etl'],
      hosts: [
        { name: 'kafka-1', ip: '192.168.0.11' },
        { name: 'kafka-2', ip: '192.168.0.12' },
      ],
      routes: [
        { name: 'to_idc', cidr: '10.169.0.0/24' },
        { name: 'to_b', cidr: '10.170.0.0/24' },
      ],
      tags: { team: 'data', env: 'prod' },
    });
    const p = plan([m], liveState([]), { label: 'blue' });
    expect(p.changes).toHaveLength(1);
    const c = p.changes[0]!;
    expect(c.action).toBe('create');
    expect(c.connectionId).toBeUndefined();
    expect(c.manifest).toEqual({ file: 'connections/kafka_prod.yaml', line: 2 });
    expect(c.bindings).toEqual({ queues: ['q1'], elastic_resource_pools: ['pool_etl'] });
    expect(c.steps).toEqual([
      {
        kind: 'create',
        request: {
          name: 'kafka_prod',
          dest_vpc_id: 'vpc-1',
          dest_network_id: 'net-1',
          routetable_id: 'rtb-1',
          queues: ['q1'],
          elastic_resource_pools: ['pool_etl'],
          hosts: [
            { name: 'kafka-1', ip: '192.168.0.11' },
            { name: 'kafka-2', ip: '192.168.0.12' },
          ],
          tags: [
            { key: 'env', value: 'prod' },
            { key: 'team', value: 'data' },
            { key: OWNERSHIP_TAG_KEY, value: 'blue' },
          ],
        },
      },
      { kind: 'add-route', route: { name: 'to_idc', cidr: '10.169.0.0/24' } },
      { kind: 'add-route', route: { name: 'to_b', cidr: '10.170.0.0/24' } },
    ]);
    expect(p.hasChanges).toBe(true);
    expect(p.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a minimal create omits empty optional fields', () => {
    const p = plan([manifest('c1')], liveState([]));
    expect(p.changes[0]!.steps).toEqual([
      { kind: 'create', request: { name: 'c1', dest_vpc_id: 'vpc-1', dest_network_id: 'net-1', tags: [own()] } },
    ]);
  });

  it('duplicate live names → blocked, the error names both ids and points at the name', () => {
    const live = liveState([liveConn('c1', { id: 'id-b' }), liveConn('c1', { id: 'id-a' })], { owned: ['id-a', 'id-b'] });
    const p = plan([manifest('c1')], live, { prune: true });
    expect(p.changes).toHaveLength(1);
    expect(p.changes[0]!.action).toBe('blocked');
    expect(p.changes[0]!.steps).toEqual([]);
    expect(p.problems).toHaveLength(1);
    const d = p.problems[0]!;
    expect(d.code).toBe('duplicate-live-name');
    expect(d.severity).toBe('error');
    expect(d.message).toContain('id-a');
    expect(d.message).toContain('id-b');
    expect(d.position).toEqual({ file: 'connections/c1.yaml', line: KEY_LINES.name, col: 1 });
    expect(p.hasChanges).toBe(true);
  });

  it('a duplicate name where one twin is DELETED is no duplicate', () => {
    const live = liveState([liveConn('c1', { id: 'old', status: 'DELETED' }), liveConn('c1')], { owned: [ID] });
    const p = plan([manifest('c1')], live);
    expect(p.changes[0]!.action).toBe('unchanged');
    expect(p.problems).toEqual([]);
  });

  it('blocked replace points at dest_vpc_id and says how to allow it', () => {
    const p = plan([manifest('c1', { dest_vpc_id: 'vpc-2' })], ownedState());
    const d = p.problems[0]!;
    expect(d.code).toBe('replace-blocked');
    expect(d.position?.line).toBe(KEY_LINES.dest_vpc_id);
    expect(d.message).toContain('replacing breaks running jobs');
    expect(d.message).toContain('allow-replace: true');
    expect(d.message).toContain('vpc-1');
    expect(d.message).toContain('vpc-2');
    expect(p.changes[0]!.connectionId).toBe(ID);
  });

  it('both vpc and subnet changed: one reason naming both; replace create carries hosts, bindings, tags', () => {
    const m = manifest('c1', {
      dest_vpc_id: 'vpc-2',
      dest_network_id: 'net-2',
      hosts: [{ name: 'h', ip: '1.2.3.4' }],
      queues: ['q1'],
      tags: { team: 'data' },
    });
    const p = plan([m], ownedState({ available_queue_info: [peering('q1')] }), { allowReplace: true });
    const c = p.changes[0]!;
    expect(c.action).toBe('replace');
    expect(c.reasons).toEqual(['vpc and subnet changed: replace']);
    expect(c.steps.map((s) => s.kind)).toEqual(['delete', 'create']);
    const create = c.steps[1] as Extract<PlanStep, { kind: 'create' }>;
    expect(create.request.hosts).toEqual([{ name: 'h', ip: '1.2.3.4' }]);
    expect(create.request.queues).toEqual(['q1']);
    expect(create.request.tags).toEqual([{ key: 'team', value: 'data' }, own()]);
  });

  it('adopting a connection owned by another label points at the name and names the label', () => {
    const p = plan([manifest('c1')], liveState([liveConn('c1')], { tags: { [ID]: [own('green')] } }));
    const d = p.problems[0]!;
    expect(d.message).toContain('"green"');
    expect(d.position?.line).toBe(KEY_LINES.name);
  });

  it('the ownership tag is never deleted, even when tags are declared without it', () => {
    const p = plan([manifest('c1', { tags: { a: '1' } })], ownedState({}, { [ID]: [own(), { key: 'b', value: '2' }] }));
    const all = p.changes[0]!.steps.flatMap((s) => (s.kind === 'delete-tags' ? s.tags : []));
    expect(all).toEqual([{ key: 'b', value: '2' }]);
    expect(all.some((t) => t.key === OWNERSHIP_TAG_KEY)).toBe(false);
  });

  it('an ownership tag in the manifest is ignored with a warning (not an error)', () => {
    const p = plan([manifest('c1', { tags: { [OWNERSHIP_TAG_KEY]: 'evil' } })], ownedState({}, { [ID]: [own()] }));
    expect(p.changes[0]!.action).toBe('unchanged');
    expect(p.problems.map((d) => [d.severity, d.code])).toEqual([['warning', 'ownership-tag-in-manifest']]);
  });

  it("a FAILED peering of a managed connection is a warning quoting DLI's err_msg, at the manifest's binding list", () => {
    const failed = { ...peering('p1', 'FAILED'), err_msg: 'route conflict\n::error::x' };
    const p = plan([manifest('c1', { elastic_resource_pools: ['p1'] })], ownedState({ elastic_resource_pools: [failed, peering('p2')] }));
    expect(p.changes[0]!.action).toBe('update'); // p2 unbound; the FAILED p1 stays bound
    const warnings = p.problems.filter((d) => d.code === 'peering-failed');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.message).toMatch(/peering of pool "p1" is FAILED: route conflict/);
    // One line, and no `::` left for a log line to start a command with.
    expect(warnings[0]!.message).not.toMatch(/[\r\n]|::/);
    expect(warnings[0]!.position).toBeDefined();
    // A warning: it does not block apply.
    expect(p.problems.some((d) => d.severity === 'error')).toBe(false);
  });

  it('no peering-failed warning for a connection of another label (blocked) or for ACTIVE peerings', () => {
    const p = plan([manifest('c1', { queues: ['q1'] })], ownedState({ available_queue_info: [peering('q1')] }));
    expect(p.problems.filter((d) => d.code === 'peering-failed')).toEqual([]);
  });

  it('steps follow STEP_ORDER: hosts, unbind, bind, delete-route, add-route, delete-tags, add-tags', () => {
    const m = manifest('c1', {
      hosts: [{ name: 'h2', ip: '1.1.1.2' }],
      queues: ['q_new'],
      routes: [
        { name: 'r_new', cidr: '10.1.0.0/24' },
        { name: 'r_ch', cidr: '10.2.0.0/24' },
      ],
      tags: { team: 'new' },
    });
    const live = liveState([
      liveConn('c1', {
        hosts: [{ name: 'h1', ip: '1.1.1.1' }],
        available_queue_info: [peering('q_old')],
        routes: [
          { name: 'r_ch', cidr: '10.3.0.0/24' },
          { name: 'r_old', cidr: '10.4.0.0/24' },
        ],
      }),
    ], { tags: { [ID]: [{ key: 'team', value: 'old' }] } });
    const c = plan([m], live).changes[0]!;
    expect(c.action).toBe('adopt');
    expect(c.steps.map((s) => s.kind)).toEqual([
      'replace-hosts',
      'unbind',
      'bind',
      'delete-route',
      'delete-route',
      'add-route',
      'add-route',
      'delete-tags',
      'add-tags',
    ]);
    const kinds = c.steps.map((s) => STEP_ORDER.indexOf(s.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    // Removed routes first (by name), then the changed one; adds in manifest order.
    expect(c.steps.filter((s) => s.kind === 'delete-route').map((s) => (s as { name: string }).name)).toEqual(['r_old', 'r_ch']);
    expect(c.steps.filter((s) => s.kind === 'add-route').map((s) => (s as { route: { name: string } }).route.name)).toEqual([
      'r_new',
      'r_ch',
    ]);
    expect(c.steps.at(-1)).toEqual({ kind: 'add-tags', tags: [{ key: 'team', value: 'new' }, own()] });
  });

  it('changes are sorted by name; orphans and managed connections together', () => {
    const live = liveState([liveConn('zeta'), liveConn('alpha'), liveConn('mid')], { owned: ['id-zeta', 'id-alpha', 'id-mid'] });
    const p = plan([manifest('mid'), manifest('beta')], live);
    expect(p.changes.map((c) => [c.name, c.action])).toEqual([
      ['alpha', 'orphan'],
      ['beta', 'create'],
      ['mid', 'unchanged'],
      ['zeta', 'orphan'],
    ]);
  });

  it('orphans and deletes carry no manifest position', () => {
    const p = plan([], ownedState(), { prune: true });
    expect(p.changes[0]!.manifest).toBeUndefined();
    expect(p.changes[0]!.connectionId).toBe(ID);
  });

  it('hasChanges is false when everything is unchanged or orphaned', () => {
    const live = liveState([liveConn('c1'), liveConn('c2')], { owned: ['id-c1', 'id-c2'] });
    const p = plan([manifest('c1')], live);
    expect(p.changes.map((c) => c.action)).toEqual(['unchanged', 'orphan']);
    expect(p.hasChanges).toBe(false);
  });

  it('bindings are the desired names, lowercased and deduplicated', () => {
    const p = plan([manifest('c1', { queues: ['Q2', 'q1', 'q2'], elastic_resource_pools: ['P'] })], liveState([]));
    expect(p.changes[0]!.bindings).toEqual({ queues: ['q1', 'q2'], elastic_resource_pools: ['p'] });
  });

  it('is pure: the input is not mutated and the result is deterministic', () => {
    const m = [manifest('b', { hosts: [{ name: 'x', ip: '1.1.1.1' }] }), manifest('a')];
    const live = ownedState({ hosts: [{ name: 'y', ip: '2.2.2.2' }] });
    const before = JSON.stringify({ m: m.map((x) => ({ ...x, source: undefined })), c: live.connections });
    const p1 = plan(m, live);
    const p2 = plan(m, live);
    expect(JSON.stringify({ m: m.map((x) => ({ ...x, source: undefined })), c: live.connections })).toBe(before);
    expect(p1).toEqual(p2);
    expect(m.map((x) => x.name)).toEqual(['b', 'a']);
  });

  it('the plan is JSON-serialisable as is (the plan file)', () => {
    const p = plan([manifest('c1', { queues: ['q'] })], ownedState({ hosts: [{ name: 'a', ip: '1.1.1.1' }] }));
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });
});

describe('the field table drives the diff', () => {
  it('dest_vpc_id and dest_network_id are the replace fields; routetable_id is create-only', () => {
    expect(fieldsUpdatedBy('replace')).toEqual(['dest_vpc_id', 'dest_network_id']);
    expect(fieldsUpdatedBy('create-only')).toEqual(['routetable_id']);
    expect(FIELD_TABLE.routetable_id.live).toBeNull();
    expect(FIELD_TABLE.tags.live).toBe('tags-api');
    expect(fieldsUpdatedBy('in-place: bind/unbind')).toEqual(['queues', 'elastic_resource_pools']);
  });

  it('every update kind used by some field, every field with an operation', () => {
    for (const [field, rule] of Object.entries(FIELD_TABLE)) {
      expect(rule.operation, field).not.toBe('');
      expect(rule.reasonWord, field).not.toBe('');
    }
    const kinds = new Set(Object.values(FIELD_TABLE).map((r) => r.update));
    expect([...kinds].sort()).toEqual(
      ['create-only', 'in-place: add/delete route', 'in-place: bind/unbind', 'in-place: replace-hosts', 'in-place: tags', 'replace'].sort(),
    );
  });
});

describe('computePlan: old → new values for the reader (fieldChanges)', () => {
  it('pairs a host that moved to another IP; lists added and removed hosts with their IPs', () => {
    const m = manifest('c1', { hosts: [{ name: 'keep', ip: '10.0.0.1' }, { name: 'kafka-lb', ip: '192.168.0.99' }, { name: 'new', ip: '10.0.0.7' }] });
    const live = ownedState({ hosts: [{ name: 'keep', ip: '10.0.0.1' }, { name: 'kafka-lb', ip: '192.168.0.20' }, { name: 'gone', ip: '10.0.0.5' }] });
    expect(plan([m], live).changes[0]!.fieldChanges).toEqual([
      { field: 'hosts', key: 'gone', old: '10.0.0.5' },
      { field: 'hosts', key: 'kafka-lb', old: '192.168.0.20', new: '192.168.0.99' },
      { field: 'hosts', key: 'new', new: '10.0.0.7' },
    ]);
  });

  it('a name with two IPs on one side is not a move: each record is listed', () => {
    const m = manifest('c1', { hosts: [{ name: 'h', ip: '10.0.0.2' }, { name: 'h', ip: '10.0.0.3' }] });
    const live = ownedState({ hosts: [{ name: 'h', ip: '10.0.0.1' }] });
    expect(plan([m], live).changes[0]!.fieldChanges).toEqual([
      { field: 'hosts', key: 'h', old: '10.0.0.1' },
      { field: 'hosts', key: 'h', new: '10.0.0.2' },
      { field: 'hosts', key: 'h', new: '10.0.0.3' },
    ]);
  });

  it('routes (changed and removed, with their CIDRs), tags (old → new value) and bindings', () => {
    const m = manifest('c1', { routes: [{ name: 'to_idc', cidr: '10.169.1.0/24' }], tags: { env: 'prod' }, queues: ['q1'] });
    const live = ownedState(
      { routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }, { name: 'old', cidr: '10.50.0.0/16' }], elastic_resource_pools: [peering('p_old')] },
      { [ID]: [own(), { key: 'env', value: 'dev' }, { key: 'drop', value: 'x' }] },
    );
    expect(plan([m], live).changes[0]!.fieldChanges).toEqual([
      { field: 'elastic_resource_pools', key: 'p_old', old: 'p_old' },
      { field: 'queues', key: 'q1', new: 'q1' },
      { field: 'routes', key: 'old', old: '10.50.0.0/16' },
      { field: 'routes', key: 'to_idc', old: '10.169.0.0/24', new: '10.169.1.0/24' },
      { field: 'tags', key: 'drop', old: 'x' },
      { field: 'tags', key: 'env', old: 'dev', new: 'prod' },
    ]);
  });

  it('a replace carries the VPC old → new; an adoption the ownership tag it gets; unchanged carries nothing', () => {
    const replaced = plan([manifest('c1', { dest_vpc_id: 'vpc-2' })], ownedState(), { allowReplace: true }).changes[0]!;
    expect(replaced.fieldChanges).toEqual([{ field: 'dest_vpc_id', old: 'vpc-1', new: 'vpc-2' }]);
    const adopted = plan([manifest('c1')], liveState([liveConn('c1')], { tags: { [ID]: [] } })).changes[0]!;
    expect(adopted.action).toBe('adopt');
    expect(adopted.fieldChanges).toEqual([{ field: 'tags', key: OWNERSHIP_TAG_KEY, new: 'default' }]);
    expect(plan([manifest('c1')], ownedState()).changes[0]!.fieldChanges).toBeUndefined();
  });
});
