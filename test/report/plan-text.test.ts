import { describe, expect, it } from 'vitest';
import { describeStep, planText } from '../../src/report/plan-text.js';
import { change, plan } from './fixtures.js';

describe('plan text', () => {
  it('describes each step kind', () => {
    expect(
      describeStep({
        kind: 'create',
        request: { name: 'k', dest_vpc_id: 'vpc-1', dest_network_id: 'sub-1', routetable_id: 'rt-1', queues: ['q1'], hosts: [{ name: 'h', ip: '1.1.1.1' }], tags: [{ key: 'team', value: 'x' }] },
      }),
    ).toBe('create connection (vpc vpc-1; subnet sub-1; route table rt-1; queues q1; 1 hosts; tags team)');
    expect(describeStep({ kind: 'unbind', queues: [], elastic_resource_pools: ['p1'] })).toBe('unbind queues (none); pools p1');
    expect(describeStep({ kind: 'add-route', route: { name: 'r', cidr: '10.0.0.0/8' } })).toBe('add route r 10.0.0.0/8');
    expect(describeStep({ kind: 'delete-tags', tags: [{ key: 'a', value: '1' }] })).toBe('delete tags a');
  });

  it('never prints a 20,000-host list: the first ten and a count', () => {
    const hosts = Array.from({ length: 20_000 }, (_, i) => ({ name: `h${i}`, ip: `10.0.${i >> 8}.${i & 255}` }));
    const line = describeStep({ kind: 'replace-hosts', hosts, added: hosts, removed: [{ name: 'gone', ip: '1.1.1.1' }] });
    expect(line).toContain('replace hosts (20000 total): added h0=10.0.0.0');
    expect(line).toContain('… 19990 more; removed gone');
    expect(line.length).toBeLessThan(400);
  });

  it('one block per change, unchanged on one line', () => {
    const text = planText(plan([change('a', 'create'), change('b', 'unchanged')]));
    expect(text.split('\n')).toEqual([
      `Plan for label default, region cn-north-4, project proj123 (fingerprint ${'f'.repeat(64)})`,
      '',
      '+ a (create)',
      '    # create reason for a',
      '  b (unchanged)',
    ]);
  });
});
