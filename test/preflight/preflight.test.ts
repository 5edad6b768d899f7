import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { UnexpectedResponseError } from '../../src/dli/errors.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import type { ConnectionManifest } from '../../src/manifest/types.js';
import { runPreflight, selectPreflightTargets } from '../../src/plan/preflight.js';
import type { ConnectionChange } from '../../src/plan/types.js';
import {
  apiError,
  createChange,
  FakeCloud,
  healthyCloud,
  manifest,
  NEUTRON_SUBNET_ID,
  plan,
  positionOf,
  SUBNET_ID,
  VPC_ID,
} from './fakes.js';

async function preflight(cloud: FakeCloud, manifests: ConnectionManifest[], changes?: ConnectionChange[]) {
  return runPreflight({
    plan: plan(changes ?? manifests.map(createChange)),
    manifests,
    vpc: cloud,
    dli: cloud,
    logger: silentLogger,
  });
}

/** The one diagnostic with this code (fails when there are none or several). */
function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, `diagnostics with code ${code}: ${JSON.stringify(diagnostics, null, 1)}`).toHaveLength(1);
  return found[0]!;
}

const at = (name: string, ...path: (string | number)[]) => positionOf(`connections/${name}.yaml`, path);

describe('runPreflight: a healthy connection', () => {
  it('passes with no diagnostics and reports it as checked', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { routetable_id: 'rt-1', queues: ['q_reporting'], elastic_resource_pools: ['pool_etl'] });
    const result = await preflight(cloud, [m]);
    expect(result).toEqual({ diagnostics: [], checked: ['kafka'] });
    expect(cloud.calls.sort()).toEqual(
      [`showVpc:${VPC_ID}`, `showSubnet:${SUBNET_ID}`, 'showRouteTable:rt-1', 'listQueues', 'listElasticResourcePools'].sort(),
    );
  });
});

describe('runPreflight: one test per check', () => {
  it('missing VPC → error at dest_vpc_id', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { dest_vpc_id: 'vpc-nope' });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-vpc-missing');
    expect(d.severity).toBe('error');
    expect(d.message).toBe('connection "kafka": VPC "vpc-nope" (dest_vpc_id) does not exist in project proj-1 (cn-north-4).');
    expect(d.position).toEqual(at('kafka', 'dest_vpc_id'));
    expect(d.hint).toMatch(/VPC ID/);
    // The subnet exists but is in the real VPC: that is said too, naming the VPC to use.
    expect(only(diagnostics, 'preflight-subnet-other-vpc').hint).toContain(`set dest_vpc_id to "${VPC_ID}"`);
  });

  it('missing subnet → error at dest_network_id that explains the Neutron "Subnet ID" mix-up', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { dest_network_id: NEUTRON_SUBNET_ID });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-subnet-missing');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'dest_network_id'));
    expect(d.message).toContain(`subnet "${NEUTRON_SUBNET_ID}" (dest_network_id) does not exist in project proj-1`);
    expect(d.message).toContain(`console's "Subnet ID" (the Neutron subnet id)`);
    expect(d.message).toContain(`the console shows as "Network ID"`);
    expect(d.hint).toContain('copy "Network ID" (not "Subnet ID") into dest_network_id');
    expect(diagnostics).toHaveLength(1);
  });

  it('a malformed subnet id (400 VPC.0201) counts as missing', async () => {
    const cloud = healthyCloud();
    cloud.failures.set('showSubnet', apiError(400, 'VPC.0201'));
    const { diagnostics } = await preflight(cloud, [manifest('kafka')]);
    expect(only(diagnostics, 'preflight-subnet-missing').severity).toBe('error');
  });

  it('a "not found" answer keeps the API\'s message in the finding (the user\'s evidence)', async () => {
    const cloud = healthyCloud();
    cloud.failures.set('showSubnet', apiError(404, 'VPC.0202'));
    const { diagnostics } = await preflight(cloud, [manifest('kafka')]);
    expect(only(diagnostics, 'preflight-subnet-missing').message).toMatch(/The API said: "VPC\.0202 message"\.$/);
  });

  it('subnet in another VPC → error naming both VPCs', async () => {
    const cloud = healthyCloud();
    cloud.vpcs.set('vpc-other', { id: 'vpc-other', cidr: '10.8.0.0/16' });
    cloud.subnets.set('subnet-x', { id: 'subnet-x', vpc_id: 'vpc-other', cidr: '10.8.1.0/24', status: 'ACTIVE' });
    const m = manifest('kafka', { dest_network_id: 'subnet-x' });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-subnet-other-vpc');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'dest_network_id'));
    expect(d.message).toBe(
      `connection "kafka": subnet "subnet-x" (dest_network_id) belongs to VPC "vpc-other", not to dest_vpc_id "${VPC_ID}".`,
    );
    expect(d.hint).toBe(`set dest_vpc_id to "vpc-other", or pick a subnet of VPC "${VPC_ID}"`);
    expect(diagnostics).toHaveLength(1);
  });

  it('subnet not ACTIVE → error with its status', async () => {
    const cloud = healthyCloud();
    cloud.subnets.get(SUBNET_ID)!.status = 'ERROR';
    const { diagnostics } = await preflight(cloud, [manifest('kafka')]);
    const d = only(diagnostics, 'preflight-subnet-not-active');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'dest_network_id'));
    expect(d.message).toBe(`connection "kafka": subnet "${SUBNET_ID}" (dest_network_id) is ERROR, not ACTIVE: DLI cannot peer with it.`);
  });

  it('route table in another VPC → error at routetable_id naming both VPCs', async () => {
    const cloud = healthyCloud();
    cloud.routeTables.set('rt-9', { id: 'rt-9', vpc_id: 'vpc-other', subnets: [] });
    const m = manifest('kafka', { routetable_id: 'rt-9' });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-routetable-other-vpc');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'routetable_id'));
    expect(d.message).toBe(
      `connection "kafka": route table "rt-9" (routetable_id) belongs to VPC "vpc-other", not to dest_vpc_id "${VPC_ID}".`,
    );
    expect(diagnostics).toHaveLength(1);
  });

  it('missing route table → error; route table of the VPC without the subnet → warning', async () => {
    const cloud = healthyCloud();
    cloud.routeTables.set('rt-2', { id: 'rt-2', vpc_id: VPC_ID, subnets: [{ id: 'subnet-other' }] });
    const { diagnostics } = await preflight(cloud, [
      manifest('a', { routetable_id: 'rt-gone' }),
      manifest('b', { routetable_id: 'rt-2' }),
    ]);
    const missing = only(diagnostics, 'preflight-routetable-missing');
    expect(missing.severity).toBe('error');
    expect(missing.position).toEqual(at('a', 'routetable_id'));
    const unassociated = only(diagnostics, 'preflight-routetable-subnet');
    expect(unassociated.severity).toBe('warning');
    expect(unassociated.position).toEqual(at('b', 'routetable_id'));
  });

  it('missing queue → error at that queue with close names suggested', async () => {
    const cloud = healthyCloud();
    cloud.queues.push({ queue_name: 'q_reports', cidr_in_vpc: '10.9.0.0/16' });
    const m = manifest('kafka', { queues: ['q_reporting', 'q_reportin'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-queue-missing');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'queues', 1));
    expect(d.message).toBe(
      'connection "kafka": queue "q_reportin" does not exist in project proj-1 (cn-north-4). Did you mean "q_reporting", "q_reports"?',
    );
    expect(diagnostics).toHaveLength(1);
  });

  it('queue names are compared in lowercase', async () => {
    const cloud = healthyCloud();
    const { diagnostics } = await preflight(cloud, [manifest('kafka', { queues: ['Q_Reporting'] })]);
    expect(diagnostics).toEqual([]);
  });

  it('the `default` queue → error at that queue, without listing queues', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { queues: ['default'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-queue-default');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'queues', 0));
    expect(d.message).toContain('the queue "default" cannot be bound to an enhanced connection');
    expect(cloud.count('listQueues')).toBe(0);
  });

  it('missing pool → error at that pool with suggestions', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { elastic_resource_pools: ['pool_etl', 'pool_et'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-pool-missing');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'elastic_resource_pools', 1));
    expect(d.message).toBe(
      'connection "kafka": elastic resource pool "pool_et" does not exist in project proj-1 (cn-north-4). Did you mean "pool_etl"?',
    );
  });

  it('pool not AVAILABLE → error with its status and fail reason', async () => {
    const cloud = healthyCloud();
    cloud.pools.push({ elastic_resource_pool_name: 'pool_bad', cidr_in_vpc: '10.1.0.0/16', status: 'FAILED', fail_reason: 'quota exceeded' });
    const m = manifest('kafka', { elastic_resource_pools: ['pool_bad'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-pool-not-available');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'elastic_resource_pools', 0));
    expect(d.message).toBe('connection "kafka": elastic resource pool "pool_bad" is FAILED, not AVAILABLE (quota exceeded).');
    expect(d.hint).toMatch(/FAILED pool cannot be bound/);
  });

  it('a queue whose pool is not AVAILABLE → error at the queue', async () => {
    const cloud = healthyCloud();
    cloud.pools[0]!.status = 'SCALING';
    const { diagnostics } = await preflight(cloud, [manifest('kafka', { queues: ['q_reporting'] })]);
    const d = only(diagnostics, 'preflight-pool-not-available');
    expect(d.position).toEqual(at('kafka', 'queues', 0));
    expect(d.message).toBe(
      'connection "kafka": queue "q_reporting" runs in elastic resource pool "pool_etl", which is SCALING, not AVAILABLE.',
    );
  });

  it('overlap with a pool on the default 172.16.0.0/12 → error saying the pool CIDR can never change', async () => {
    const cloud = healthyCloud();
    cloud.subnets.get(SUBNET_ID)!.cidr = '172.16.5.0/24';
    cloud.vpcs.get(VPC_ID)!.cidr = '172.16.0.0/16';
    cloud.pools.push({ elastic_resource_pool_name: 'pool_default', cidr_in_vpc: '172.16.0.0/12', status: 'AVAILABLE' });
    const m = manifest('kafka', { elastic_resource_pools: ['pool_default'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-cidr-overlap');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'elastic_resource_pools', 0));
    expect(d.message).toBe(
      'connection "kafka": elastic resource pool "pool_default" has CIDR 172.16.0.0/12, which overlaps the CIDR ' +
        `172.16.5.0/24 of subnet "${SUBNET_ID}" (dest_network_id): DLI cannot peer overlapping ranges, so the ` +
        'connection would fail. 172.16.0.0/12 is the default pool CIDR, and a pool\'s CIDR can never change: this ' +
        'subnet can never be reached from pool "pool_default".',
    );
    expect(d.hint).toContain('pick a subnet outside 172.16.0.0/12, or bind another pool');
    // The subnet overlap is the error; the VPC overlap is not repeated as a warning.
    expect(diagnostics).toHaveLength(1);
  });

  it('overlap with a legacy queue (no pool) → error at the queue with its own CIDR', async () => {
    const cloud = healthyCloud();
    cloud.queues.push({ queue_name: 'q_legacy', cidr_in_vpc: '192.168.0.0/20' });
    const m = manifest('kafka', { queues: ['q_reporting', 'q_legacy'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-cidr-overlap');
    expect(d.severity).toBe('error');
    expect(d.position).toEqual(at('kafka', 'queues', 1));
    expect(d.message).toContain(
      'queue "q_legacy" (not in an elastic resource pool) has CIDR 192.168.0.0/20, which overlaps the CIDR 192.168.1.0/24',
    );
    expect(d.message).not.toContain('never change');
    expect(d.hint).toContain('Modify CIDR Block');
  });

  it("overlap through a queue's pool → error at the queue naming the pool", async () => {
    const cloud = healthyCloud();
    cloud.pools.push({ elastic_resource_pool_name: 'pool_wide', cidr_in_vpc: '192.168.0.0/17', status: 'AVAILABLE' });
    // The queue's own cidr_in_vpc is ignored: binding the queue binds its pool.
    cloud.queues.push({ queue_name: 'q_in_wide', elastic_resource_pool_name: 'pool_wide', cidr_in_vpc: '10.200.0.0/16' });
    const m = manifest('kafka', { queues: ['q_in_wide'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-cidr-overlap');
    expect(d.position).toEqual(at('kafka', 'queues', 0));
    expect(d.message).toContain(
      'elastic resource pool "pool_wide" (the pool of queue "q_in_wide") has CIDR 192.168.0.0/17, which overlaps the CIDR 192.168.1.0/24',
    );
    expect(d.message).toContain('a pool\'s CIDR can never change: this subnet can never be reached from pool "pool_wide"');
    expect(d.message).not.toContain('default pool CIDR');
  });

  it('overlap with the VPC CIDR but not the subnet → only a warning', async () => {
    const cloud = healthyCloud();
    cloud.pools.push({ elastic_resource_pool_name: 'pool_near', cidr_in_vpc: '192.168.128.0/17', status: 'AVAILABLE' });
    const m = manifest('kafka', { elastic_resource_pools: ['pool_near'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-cidr-overlap-vpc');
    expect(d.severity).toBe('warning');
    expect(d.position).toEqual(at('kafka', 'elastic_resource_pools', 0));
    expect(d.message).toContain(`overlaps the CIDR 192.168.0.0/16 of VPC "${VPC_ID}" (not subnet "${SUBNET_ID}")`);
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('runPreflight: answers that say nothing', () => {
  it('a subnet or pool without a status, or a CIDR that cannot be parsed, is not an error', async () => {
    const cloud = healthyCloud();
    delete cloud.subnets.get(SUBNET_ID)!.status;
    cloud.pools.push({ elastic_resource_pool_name: 'pool_odd', cidr_in_vpc: 'not-a-cidr' });
    const { diagnostics } = await preflight(cloud, [manifest('kafka', { elastic_resource_pools: ['pool_odd'] })]);
    expect(diagnostics).toEqual([]);
  });

  it('an update that binds a new queue checks that queue and its pool only', async () => {
    const cloud = healthyCloud();
    cloud.queues.push({ queue_name: 'q_new', elastic_resource_pool_name: 'pool_gone' });
    const m = manifest('kafka', { queues: ['q_old_missing', 'q_new'] });
    const change: ConnectionChange = {
      name: 'kafka',
      action: 'update',
      connectionId: 'conn-1',
      reasons: [],
      steps: [{ kind: 'bind', queues: ['q_new'], elastic_resource_pools: [] }],
    };
    const { diagnostics } = await preflight(cloud, [m], [change]);
    expect(diagnostics.map((d) => d.code)).toEqual(['preflight-pool-missing']);
    expect(diagnostics[0]!.position).toEqual(at('kafka', 'queues', 1));
    expect(diagnostics[0]!.message).toBe(
      'connection "kafka": queue "q_new" runs in elastic resource pool "pool_gone", which does not exist in project proj-1 (cn-north-4).',
    );
  });
});

describe('runPreflight: checks that cannot run', () => {
  it('a 403 on the VPC read only warns, naming the IAM action; the other checks still run', async () => {
    const cloud = healthyCloud();
    cloud.failures.set('showVpc', apiError(403, 'APIGW.0302', 'showVpc'));
    const m = manifest('kafka', { elastic_resource_pools: ['pool_missing'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-permission-denied');
    expect(d.severity).toBe('warning');
    expect(d.position).toEqual(at('kafka', 'dest_vpc_id'));
    expect(d.message).toContain(`could not verify that VPC "${VPC_ID}" exists`);
    expect(d.hint).toContain('grant the IAM action vpc:vpcs:get');
    expect(diagnostics.some((x) => x.code === 'preflight-vpc-missing')).toBe(false);
    // Independent checks are not skipped.
    expect(only(diagnostics, 'preflight-pool-missing').severity).toBe('error');
  });

  it.each([
    ['showSubnet', 'vpc:subnets:get', 'dest_network_id'],
    ['showRouteTable', 'vpc:routeTables:get', 'routetable_id'],
    ['listQueues', 'dli:queue:list', 'queues'],
    ['listElasticResourcePools', 'dli:elasticresourcepool:list', 'elastic_resource_pools'],
  ])('a 403 on %s warns with %s and never errors', async (operation, action, field) => {
    const cloud = healthyCloud();
    cloud.failures.set(operation, apiError(403, 'DLI.0013', operation));
    // Pools whose CIDR overlaps the subnet: the overlap error must be skipped when the subnet or pools are unknown.
    cloud.pools[0]!.cidr_in_vpc = '192.168.0.0/16';
    const m = manifest('kafka', { routetable_id: 'rt-1', queues: ['q_reporting'], elastic_resource_pools: ['pool_etl'] });
    const { diagnostics } = await preflight(cloud, [m]);
    const d = only(diagnostics, 'preflight-permission-denied');
    expect(d.hint).toContain(`grant the IAM action ${action}`);
    expect(d.position?.line).toBe(positionOf('x', [field]).line + (field === 'queues' || field === 'elastic_resource_pools' ? 1 : 0));
    if (operation === 'showSubnet' || operation === 'listElasticResourcePools') {
      expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    }
  });

  it('the same refused read warns once, not once per connection', async () => {
    const cloud = healthyCloud();
    cloud.failures.set('listQueues', apiError(403, 'APIGW.0302', 'listQueues'));
    const ms = ['a', 'b', 'c'].map((n) => manifest(n, { queues: ['q_reporting'] }));
    const { diagnostics } = await preflight(cloud, ms);
    expect(only(diagnostics, 'preflight-permission-denied').position).toEqual(at('a', 'queues', 0));
    expect(cloud.count('listQueues')).toBe(1);
  });

  it('a 5xx after retries or an unreadable answer is a "could not verify" warning, not an error', async () => {
    const cloud = healthyCloud();
    cloud.failures.set('showVpc', apiError(503, 'APIGW.0601', 'showVpc'));
    cloud.failures.set('listElasticResourcePools', new UnexpectedResponseError('listElasticResourcePools', 'bad json'));
    const m = manifest('kafka', { elastic_resource_pools: ['pool_etl'] });
    const { diagnostics } = await preflight(cloud, [m]);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'preflight-unverified'],
      ['warning', 'preflight-unverified'],
    ]);
    expect(diagnostics[0]!.message).toContain('HTTP 503, APIGW.0601');
    expect(diagnostics[1]!.message).toContain('bad json');
  });

  it('a bug (not an API error) is not swallowed', async () => {
    const cloud = healthyCloud();
    cloud.failures.set('showSubnet', new TypeError('boom'));
    await expect(preflight(cloud, [manifest('kafka')])).rejects.toThrow('boom');
  });
});

describe('runPreflight: what is checked, and how often the cloud is read', () => {
  it('100 connections in one VPC/subnet → 1 VPC read, 1 subnet read, 1 queue list, 1 pool list', async () => {
    const cloud = healthyCloud();
    const ms = Array.from({ length: 100 }, (_, i) =>
      manifest(`c${String(i).padStart(3, '0')}`, { queues: ['q_reporting'], elastic_resource_pools: ['pool_etl'] }),
    );
    const result = await preflight(cloud, ms);
    expect(result.diagnostics).toEqual([]);
    expect(result.checked).toHaveLength(100);
    expect(cloud.count('showVpc')).toBe(1);
    expect(cloud.count('showSubnet')).toBe(1);
    expect(cloud.count('listQueues')).toBe(1);
    expect(cloud.count('listElasticResourcePools')).toBe(1);
    expect(cloud.calls).toHaveLength(4);
  });

  it('one read per distinct VPC and subnet; no list when nothing is bound', async () => {
    const cloud = healthyCloud();
    cloud.vpcs.set('vpc-2', { id: 'vpc-2', cidr: '10.50.0.0/16' });
    cloud.subnets.set('subnet-2', { id: 'subnet-2', vpc_id: 'vpc-2', cidr: '10.50.1.0/24', status: 'ACTIVE' });
    const ms = [
      manifest('a'),
      manifest('b'),
      manifest('c', { dest_vpc_id: 'vpc-2', dest_network_id: 'subnet-2' }),
      manifest('d', { dest_vpc_id: 'vpc-2', dest_network_id: 'subnet-2' }),
    ];
    const { diagnostics } = await preflight(cloud, ms);
    expect(diagnostics).toEqual([]);
    expect(cloud.calls.sort()).toEqual(['showSubnet:subnet-2', `showSubnet:${SUBNET_ID}`, 'showVpc:vpc-2', `showVpc:${VPC_ID}`].sort());
  });

  it('unchanged, delete, orphan, blocked and host-only updates are not checked', async () => {
    const cloud = healthyCloud();
    const ms = ['u', 'del', 'orph', 'blk', 'hosts'].map((n) => manifest(n, { dest_vpc_id: 'vpc-nope', queues: ['nope'] }));
    const changes: ConnectionChange[] = [
      { name: 'u', action: 'unchanged', reasons: [], steps: [] },
      { name: 'del', action: 'delete', connectionId: 'id1', reasons: [], steps: [{ kind: 'delete', connectionId: 'id1' }] },
      { name: 'orph', action: 'orphan', connectionId: 'id2', reasons: [], steps: [] },
      { name: 'blk', action: 'blocked', connectionId: 'id3', reasons: [], steps: [] },
      {
        name: 'hosts',
        action: 'update',
        connectionId: 'id4',
        reasons: ['hosts +1'],
        steps: [{ kind: 'replace-hosts', hosts: [], added: [], removed: [] }, { kind: 'unbind', queues: ['nope'], elastic_resource_pools: [] }],
      },
    ];
    const logger = memoryLogger();
    const result = await runPreflight({ plan: plan(changes), manifests: ms, vpc: cloud, dli: cloud, logger });
    expect(result).toEqual({ diagnostics: [], checked: [] });
    expect(cloud.calls).toEqual([]);
    expect(logger.lines.join('\n')).toContain('preflight: nothing to check');
  });

  it('an update that binds a new pool checks only that pool (and its overlap with the live subnet)', async () => {
    const cloud = healthyCloud();
    cloud.pools.push({ elastic_resource_pool_name: 'pool_new', cidr_in_vpc: '192.168.1.0/24', status: 'AVAILABLE' });
    // Already bound (not in the bind step): broken on purpose, and must not be looked at.
    const m = manifest('kafka', { queues: ['q_gone'], elastic_resource_pools: ['pool_gone', 'pool_new'], routetable_id: 'rt-gone' });
    const change: ConnectionChange = {
      name: 'kafka',
      action: 'update',
      connectionId: 'conn-1',
      reasons: ['pool pool_new bound'],
      steps: [{ kind: 'bind', queues: [], elastic_resource_pools: ['pool_new'] }],
    };
    const result = await preflight(cloud, [m], [change]);
    expect(result.checked).toEqual(['kafka']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['preflight-cidr-overlap']);
    expect(result.diagnostics[0]!.position).toEqual(at('kafka', 'elastic_resource_pools', 1));
    // The subnet is read for its CIDR; the VPC, route table and queue list are not.
    expect(cloud.calls.sort()).toEqual(['listElasticResourcePools', `showSubnet:${SUBNET_ID}`]);
  });

  it('an update whose subnet vanished warns that the overlap could not be checked', async () => {
    const cloud = healthyCloud();
    cloud.subnets.clear();
    const m = manifest('kafka', { elastic_resource_pools: ['pool_etl'] });
    const change: ConnectionChange = {
      name: 'kafka',
      action: 'update',
      connectionId: 'conn-1',
      reasons: [],
      steps: [{ kind: 'bind', queues: [], elastic_resource_pools: ['pool_etl'] }],
    };
    const { diagnostics } = await preflight(cloud, [m], [change]);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'preflight-unverified']]);
  });

  it('a replace is checked in full', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { dest_network_id: 'subnet-gone' });
    const change: ConnectionChange = { ...createChange(m), action: 'replace', connectionId: 'old' };
    const { diagnostics, checked } = await preflight(cloud, [m], [change]);
    expect(checked).toEqual(['kafka']);
    expect(only(diagnostics, 'preflight-subnet-missing').severity).toBe('error');
  });

  it('without manifests (a plan file), a create is checked from its request, positioned at the manifest line', async () => {
    const cloud = healthyCloud();
    const m = manifest('kafka', { dest_vpc_id: 'vpc-nope' });
    const targets = selectPreflightTargets(plan([createChange(m)]), []);
    expect(targets).toHaveLength(1);
    const { diagnostics } = await runPreflight({ plan: plan([createChange(m)]), manifests: [], vpc: cloud, dli: cloud, logger: silentLogger });
    const d = only(diagnostics, 'preflight-vpc-missing');
    expect(d.position).toEqual({ file: 'connections/kafka.yaml', line: 1, col: 1 });
  });

  it('diagnostics come in plan order whatever order the reads finish in', async () => {
    const cloud = healthyCloud();
    const slow = cloud.showVpc.bind(cloud);
    cloud.showVpc = async (id: string) => {
      await new Promise((r) => setTimeout(r, id === 'vpc-a' ? 30 : 1));
      return slow(id);
    };
    const ms = [manifest('a', { dest_vpc_id: 'vpc-a' }), manifest('b', { dest_vpc_id: 'vpc-b' })];
    const { diagnostics } = await preflight(cloud, ms);
    const vpcErrors = diagnostics.filter((d) => d.code === 'preflight-vpc-missing');
    expect(vpcErrors.map((d) => d.position?.file)).toEqual(['connections/a.yaml', 'connections/b.yaml']);
  });
});
