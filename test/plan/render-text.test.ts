import { describe, expect, it } from 'vitest';
import { renderPlanText, summarizePlan } from '../../src/plan/render-text.js';
import { inertText } from '../../src/untrusted-text.js';
import { liveConn, liveState, manifest, peering, plan } from './helpers.js';

function mixedPlan() {
  const hosts = Array.from({ length: 50 }, (_, i) => ({ name: `h${i}`, ip: `10.0.0.${i + 1}` }));
  const manifests = [
    manifest('kafka_prod', { hosts, routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }] }),
    manifest('x', {
      hosts: [...hosts.slice(0, 3), { name: 'new1', ip: '10.1.0.1' }, { name: 'new2', ip: '10.1.0.2' }, { name: 'new3', ip: '10.1.0.3' }],
      queues: ['q1'],
    }),
    manifest('z', { dest_vpc_id: 'vpc-2' }),
    manifest('w', { dest_network_id: 'net-9' }),
    manifest('same'),
    manifest('adoptee', { tags: { team: 'data' } }),
  ];
  const live = liveState(
    [
      liveConn('x', { hosts: [...hosts.slice(0, 3), { name: 'old', ip: '10.2.0.1' }], available_queue_info: [] }),
      liveConn('z', { elastic_resource_pools: [peering('p')] }),
      liveConn('w'),
      liveConn('same'),
      liveConn('y'),
      liveConn('adoptee'),
    ],
    { owned: ['id-x', 'id-z', 'id-w', 'id-same', 'id-y'], tags: { 'id-adoptee': [] } },
  );
  return { manifests, live };
}

describe('renderPlanText', () => {
  it('renders a mixed plan concisely (snapshot)', () => {
    const { manifests, live } = mixedPlan();
    const p = plan(manifests, live, { prune: true, allowReplace: false });
    expect(renderPlanText(p)).toMatchInlineSnapshot(`
      "~ adopt adoptee (not managed yet) [id-adoptee]
      +   tag team: data
      +   tag managed-by-dli-connections: default
      + create kafka_prod
      +   vpc vpc-1
      +   subnet net-1
      +   host h0: 10.0.0.1
      +   host h1: 10.0.0.2
      +   host h2: 10.0.0.3
      +   host h3: 10.0.0.4
      +   host h4: 10.0.0.5
      +   host h5: 10.0.0.6
      +   host h6: 10.0.0.7
      +   host h7: 10.0.0.8
      +   host h8: 10.0.0.9
      +   host h9: 10.0.0.10
      +   host h10: 10.0.0.11
      +   host h11: 10.0.0.12
      +   host h12: 10.0.0.13
      +   host h13: 10.0.0.14
      +   host h14: 10.0.0.15
      +   host h15: 10.0.0.16
      +   host h16: 10.0.0.17
      +   host h17: 10.0.0.18
          … and 33 more
      ! blocked w (subnet changed: replace needs allow-replace) [id-w]
      ~ update x [id-x]
      +   host new1: 10.1.0.1
      +   host new2: 10.1.0.2
      +   host new3: 10.1.0.3
      -   host old: 10.2.0.1
      +   queue q1
      - delete y (no manifest; prune is on) [id-y]
      ! blocked z (vpc changed: replace needs allow-replace) [id-z]
      Plan: 1 to create, 2 to update, 0 to replace, 1 to delete, 1 unchanged. 2 blocked."
    `);
  });

  it('replace and orphan lines (snapshot)', () => {
    const { manifests, live } = mixedPlan();
    const p = plan(manifests, live, { prune: false, allowReplace: true });
    expect(renderPlanText(p)).toMatchInlineSnapshot(`
      "~ adopt adoptee (not managed yet) [id-adoptee]
      +   tag team: data
      +   tag managed-by-dli-connections: default
      + create kafka_prod
      +   vpc vpc-1
      +   subnet net-1
      +   host h0: 10.0.0.1
      +   host h1: 10.0.0.2
      +   host h2: 10.0.0.3
      +   host h3: 10.0.0.4
      +   host h4: 10.0.0.5
      +   host h5: 10.0.0.6
      +   host h6: 10.0.0.7
      +   host h7: 10.0.0.8
      +   host h8: 10.0.0.9
      +   host h9: 10.0.0.10
      +   host h10: 10.0.0.11
      +   host h11: 10.0.0.12
      +   host h12: 10.0.0.13
      +   host h13: 10.0.0.14
      +   host h14: 10.0.0.15
      +   host h15: 10.0.0.16
      +   host h16: 10.0.0.17
      +   host h17: 10.0.0.18
          … and 33 more
      -/+ replace w [id-w]
      -   subnet net-1
      +   subnet net-9
      ~ update x [id-x]
      +   host new1: 10.1.0.1
      +   host new2: 10.1.0.2
      +   host new3: 10.1.0.3
      -   host old: 10.2.0.1
      +   queue q1
      ? orphan y (no manifest; prune is off) [id-y]
      -/+ replace z [id-z]
      -   vpc vpc-1
      +   vpc vpc-2
      Plan: 1 to create, 2 to update, 2 to replace, 0 to delete, 1 unchanged. 1 orphaned (prune is off)."
    `);
  });

  it('cuts a long host list after 20 values, saying how many more', () => {
    const { manifests, live } = mixedPlan();
    const text = renderPlanText(plan(manifests, live, { allowReplace: true }));
    // kafka_prod: vpc, subnet, route and 50 hosts are 53 values; 20 shown.
    expect(text).toContain('+   host h17: 10.0.0.18');
    expect(text).not.toContain('h18:');
    expect(text).toContain('    \u2026 and 33 more');
  });

  it('shows a moved host as its old and its new line, and a changed route and tag likewise', () => {
    const m = manifest('x', { hosts: [{ name: 'kafka-lb', ip: '192.168.0.99' }], routes: [{ name: 'to_idc', cidr: '10.169.1.0/24' }], tags: { env: 'prod' } });
    const live = liveState(
      [liveConn('x', { hosts: [{ name: 'kafka-lb', ip: '192.168.0.20' }], routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }] })],
      { owned: ['id-x'], tags: { 'id-x': [{ key: 'env', value: 'dev' }] } },
    );
    expect(renderPlanText(plan([m], live)).split('\n')).toEqual([
      '~ update x [id-x]',
      '-   host kafka-lb: 192.168.0.20',
      '+   host kafka-lb: 192.168.0.99',
      '-   route to_idc: 10.169.0.0/24',
      '+   route to_idc: 10.169.1.0/24',
      '-   tag env: dev',
      '+   tag env: prod',
      'Plan: 0 to create, 1 to update, 0 to replace, 0 to delete, 0 unchanged.',
    ]);
  });

  it('says so when nothing changes', () => {
    const p = plan([manifest('a')], liveState([liveConn('a')], { owned: ['id-a'] }));
    expect(renderPlanText(p)).toBe(
      'No changes: the live connections match the manifests.\nPlan: 0 to create, 0 to update, 0 to replace, 0 to delete, 1 unchanged.',
    );
  });

  it('neutralises workflow commands in names echoed from the API', () => {
    // Orphan names come straight from the API: the diff never validated them.
    const evil = '::set-output name=x::1';
    const p = plan([], liveState([liveConn('n', { name: evil, id: 'i1' }), liveConn('m', { name: 'a\n::error::pwned', id: 'i2' })], { owned: ['i1', 'i2'] }));
    const text = renderPlanText(p);
    for (const line of text.split(/\r?\n/)) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(text).not.toContain('::');
    expect(text).toContain('set-output');
  });

  it('summarizePlan counts adopt as update', () => {
    const { manifests, live } = mixedPlan();
    expect(summarizePlan(plan(manifests, live, { prune: true }))).toEqual({
      create: 1,
      update: 2,
      replace: 0,
      delete: 1,
      unchanged: 1,
      orphan: 0,
      blocked: 2,
    });
  });
});

describe('inertText', () => {
  it.each([
    ['::error::x', ':\u200b:error:\u200b:x'],
    ['  ::warning file=a::b', '  :\u200b:warning file=a:\u200b:b'],
    ['ok\n::group::g', 'ok\n:\u200b:group:\u200b:g'],
    ['##[set-env name=A]B', '#\u200b#[set-env name=A]B'],
    ['plain text: fine', 'plain text: fine'],
    [':::', ':\u200b:\u200b:'],
  ])('%j → %j', (input, expected) => {
    expect(inertText(input)).toBe(expected);
  });

  it('no line of the output starts a command, whatever the input', () => {
    const samples = ['::', ':::x', '\n::a', '\r\n::b', 'x\n  ::c::d', '::::'];
    for (const s of samples) {
      for (const line of inertText(s).split(/\r?\n|\r/)) expect(line.trimStart().startsWith('::')).toBe(false);
    }
  });

  it('leaves no `::` anywhere and is idempotent', () => {
    for (const s of ['a::b', ':::::', 'x:\n:y', '##[##[']) {
      const once = inertText(s);
      expect(once).not.toContain('::');
      expect(once).not.toContain('##[');
      expect(inertText(once)).toBe(once);
    }
  });
});
