import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, diffPlans, fingerprintBasis, fingerprintPlan } from '../../src/plan/fingerprint.js';
import type { Plan } from '../../src/plan/types.js';
import { liveConn, liveState, manifest, own, peering, plan } from './helpers.js';

const hostsA = [
  { name: 'a', ip: '10.0.0.1' },
  { name: 'b', ip: '10.0.0.2' },
  { name: 'c', ip: '10.0.0.3' },
];

function scenario(order: 'forward' | 'reverse', hosts = hostsA): Plan {
  const rev = <T>(xs: T[]): T[] => (order === 'reverse' ? [...xs].reverse() : xs);
  const manifests = rev([
    manifest('m1', { hosts: rev(hosts), queues: rev(['q1', 'q2']), tags: order === 'forward' ? { a: '1', b: '2' } : { b: '2', a: '1' } }),
    manifest('m2', { routes: [{ name: 'r', cidr: '10.9.0.0/24' }] }),
    manifest('m3', { hosts: rev(hosts) }),
  ]);
  const live = liveState(
    rev([
      liveConn('m1', { hosts: rev([{ name: 'z', ip: '10.0.0.26' }]), available_queue_info: [peering('q1')] }),
      liveConn('m3', { hosts: rev(hosts) }),
      liveConn('orphan'),
    ]),
    { owned: rev(['id-m1', 'id-m3', 'id-orphan']), tags: { 'id-m1': rev([own(), { key: 'c', value: '3' }]) } },
  );
  return plan(manifests, live);
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: undefined, b: null } })).toBe('{"a":{"b":null,"d":[3,1]},"b":1}');
  });

  it('is independent of key insertion order and round-trips through JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        const shuffled = JSON.parse(JSON.stringify(v), function (_k, val: unknown) {
          if (val && typeof val === 'object' && !Array.isArray(val)) {
            return Object.fromEntries(Object.entries(val).reverse());
          }
          return val;
        }) as unknown;
        expect(canonicalJson(shuffled)).toBe(text);
      }),
    );
  });
});

describe('fingerprintPlan', () => {
  it('same state in different orders → same plan hash', () => {
    const a = scenario('forward');
    const b = scenario('reverse');
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(diffPlans(a, b)).toEqual([]);
  });

  it('is pinned: the same state hashes the same on every machine and run', () => {
    // Changes only when the plan format or its canonical form changes on purpose (then reviewed plan files made by
    // an older version stop matching: say so in the release notes).
    const p = plan([manifest('c1', { hosts: [{ name: 'a', ip: '1.2.3.4' }] })], liveState([]));
    expect(fingerprintBasis(p)).toBe(
      '{"blocking":[],"changes":[{"action":"create","bindings":{"elastic_resource_pools":[],"queues":[]},"name":"c1","reasons":["new connection","1 host"],"steps":[{"kind":"create","request":{"dest_network_id":"net-1","dest_vpc_id":"vpc-1","hosts":[{"ip":"1.2.3.4","name":"a"}],"name":"c1","tags":[{"key":"managed-by-dli-connections","value":"default"}]}}]}],"label":"default","projectId":"proj-1","region":"cn-north-4","version":1}',
    );
    expect(p.fingerprint).toBe('250ce20b9ae8d5a4d573dbf1e1b0e1eab7d668197ffc47b37d39861305191ead');
  });

  it('is stable across runs (a pinned value would change only with the plan format)', () => {
    expect(scenario('forward').fingerprint).toBe(scenario('forward').fingerprint);
    expect(fingerprintPlan(scenario('forward'))).toBe(scenario('forward').fingerprint);
  });

  it('a changed host → a different hash, and diffPlans says where', () => {
    const a = scenario('forward');
    const b = scenario('forward', [...hostsA.slice(0, 2), { name: 'c', ip: '10.0.0.99' }]);
    expect(b.fingerprint).not.toBe(a.fingerprint);
    const lines = diffPlans(a, b);
    // m1's reasons stay "hosts +3 −1": the line says which value differs, as each plan has it.
    expect(lines).toEqual(['m1: reviewed: + host c: 10.0.0.3; now: + host c: 10.0.0.99']);
    // A plan file written before plans carried old → new values: the line names the step that differs.
    const strip = (p: Plan): Plan => ({ ...p, changes: p.changes.map(({ fieldChanges: _, ...c }) => c) });
    expect(diffPlans(strip(a), b)).toEqual(['m1: replace-hosts differs']);
  });

  it('a live IP that moved between review and apply: diffPlans shows both old → new', () => {
    const manifests = [manifest('m1', { hosts: [{ name: 'kafka-lb', ip: '192.168.0.99' }] })];
    const at = (ip: string): Plan => plan(manifests, liveState([liveConn('m1', { hosts: [{ name: 'kafka-lb', ip } ] })], { owned: ['id-m1'] }));
    expect(diffPlans(at('192.168.0.20'), at('192.168.0.30'))).toEqual([
      'm1: reviewed: ~ host kafka-lb: 192.168.0.20 → 192.168.0.99; now: ~ host kafka-lb: 192.168.0.30 → 192.168.0.99',
    ]);
  });

  it('survives a JSON round trip (the plan file)', () => {
    const a = scenario('forward');
    const back = JSON.parse(JSON.stringify(a)) as Plan;
    expect(fingerprintPlan(back)).toBe(a.fingerprint);
    expect(diffPlans(a, back)).toEqual([]);
  });

  it('ignores the fingerprint field itself and manifest positions', () => {
    const a = scenario('forward');
    const moved: Plan = {
      ...a,
      fingerprint: 'x',
      changes: a.changes.map((c) => (c.manifest ? { ...c, manifest: { ...c.manifest, line: c.manifest.line + 10 } } : c)),
    };
    expect(fingerprintPlan(moved)).toBe(a.fingerprint);
  });

  it('ignores volatile keys should a step carry them', () => {
    const a = scenario('forward');
    const withTime: Plan = {
      ...a,
      changes: a.changes.map((c) => ({
        ...c,
        steps: c.steps.map((s) => (s.kind === 'add-route' ? { ...s, route: { ...s.route, create_time: Date.now() } } : s)),
      })),
    };
    expect(fingerprintBasis(withTime)).toBe(fingerprintBasis(a));
  });

  it('depends on label, region, project, action and blocking problems', () => {
    const base = scenario('forward');
    expect(fingerprintPlan({ ...base, label: 'other' })).not.toBe(base.fingerprint);
    expect(fingerprintPlan({ ...base, region: 'ap-southeast-1' })).not.toBe(base.fingerprint);
    expect(fingerprintPlan({ ...base, projectId: 'p2' })).not.toBe(base.fingerprint);
    expect(
      fingerprintPlan({ ...base, problems: [{ severity: 'error', code: 'replace-blocked', message: 'x' }] }),
    ).not.toBe(base.fingerprint);
    // Warnings do not block: they do not count.
    expect(fingerprintPlan({ ...base, problems: [{ severity: 'warning', code: 'w', message: 'x' }] })).toBe(base.fingerprint);
  });
});

describe('diffPlans', () => {
  it('explains action changes, new and vanished connections, and context changes', () => {
    const a = plan([manifest('x', { queues: ['q1'] })], liveState([liveConn('x')], { owned: ['id-x'] }));
    const b = plan(
      [manifest('x'), manifest('y')],
      liveState([liveConn('x')], { owned: ['id-x'] }),
      { region: 'eu-west-101' },
    );
    const lines = diffPlans(a, b);
    expect(lines).toContain('region: "cn-north-4" → "eu-west-101"');
    expect(lines).toContain('x: action update → unchanged');
    expect(lines).toContain('x: no longer: queue q1 bound');
    expect(lines.some((l) => l.startsWith('y: now "create"'))).toBe(true);
    expect(diffPlans(b, a).some((l) => l.startsWith('y: was "create"'))).toBe(true);
  });

  it('reports a different live connection id', () => {
    const a = plan([manifest('x')], liveState([liveConn('x', { id: 'one' })], { owned: ['one'] }));
    const b = plan([manifest('x')], liveState([liveConn('x', { id: 'two' })], { owned: ['two'] }));
    expect(diffPlans(a, b)).toEqual(['x: live connection one → two']);
  });
});

describe('fingerprint and the old → new values (fieldChanges)', () => {
  it('are not part of it: a plan file written before they existed keeps its fingerprint', () => {
    const p = plan(
      [manifest('m1', { hosts: [{ name: 'lb', ip: '10.0.0.9' }], routes: [{ name: 'r', cidr: '10.9.1.0/24' }] })],
      liveState([liveConn('m1', { hosts: [{ name: 'lb', ip: '10.0.0.1' }], routes: [{ name: 'r', cidr: '10.9.0.0/24' }] })], { owned: ['id-m1'] }),
    );
    expect(p.changes[0]!.fieldChanges?.length).toBe(2);
    const without: Plan = { ...p, changes: p.changes.map(({ fieldChanges: _, ...c }) => c) };
    expect(fingerprintPlan(without)).toBe(p.fingerprint);
    expect(diffPlans(without, p)).toEqual([]);
  });
});
