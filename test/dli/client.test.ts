// The typed client against the emulator: every operation, paging, and the shapes it returns.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ApiError } from '../../src/dli/errors.js';
import { staticCredentials } from '../../src/dli/credentials.js';
import { emuClient } from './helpers.js';

const VPC = '22094d8f-c310-4621-913d-4c4d655d8495';
const SUBNET = '78f2562a-36e4-4b39-95b9-f5aab22e1281';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ peeringDelayMs: 50 });
  emu.state.seedQueue({ queue_name: 'q1', elastic_resource_pool_name: 'pool1', queue_type: 'general' });
  emu.state.seedQueue({ queue_name: 'sqlq', cidr_in_vpc: '172.16.0.0/18' });
  emu.state.seedPool({ elastic_resource_pool_name: 'pool1', cidr_in_vpc: '172.16.0.0/12' });
  emu.state.seedPool({ elastic_resource_pool_name: 'pool2' });
});
afterAll(async () => emu.close());
beforeEach(() => emu.clearLog());

describe('DLI client against the emulator', () => {
  it('creates, shows, lists, changes and deletes a connection', async () => {
    const { client } = emuClient(emu);
    const { connection_id: id } = await client.createConnection({
      name: 'conn_a',
      dest_vpc_id: VPC,
      dest_network_id: SUBNET,
      elastic_resource_pools: ['pool1'],
      hosts: [{ name: 'db1', ip: '10.0.0.5' }],
      tags: [{ key: 'owner', value: 'ci' }],
    });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(emu.requests.find((r) => r.operation === 'createConnection')?.status).toBe(201);

    const shown = await client.showConnection(id);
    expect(shown).toMatchObject({ id, name: 'conn_a', status: 'ACTIVE', dest_vpc_id: VPC, dest_network_id: SUBNET });
    expect(shown.hosts).toEqual([{ name: 'db1', ip: '10.0.0.5' }]);
    expect(shown.elastic_resource_pools.map((p) => p.name)).toEqual(['pool1']);
    expect(shown.routes).toEqual([]);
    // The flattened Show answer's envelope fields are not part of the connection.
    expect(shown).not.toHaveProperty('is_success');

    const listed = await client.listConnections({ name: 'conn_a' });
    expect(listed.map((c) => c.id)).toEqual([id]);
    expect(emu.requests.at(-1)?.query).toMatchObject({ name: 'conn_a', limit: '100', offset: '0' });

    await client.associateQueues(id, { elastic_resource_pools: ['pool2'] });
    await client.disassociateQueues(id, { elastic_resource_pools: ['pool2'] });
    await client.replaceHosts(id, [{ name: 'db2', ip: '10.0.0.6' }]);
    expect((await client.showConnection(id)).hosts).toEqual([{ name: 'db2', ip: '10.0.0.6' }]);
    await client.replaceHosts(id, []);
    expect((await client.showConnection(id)).hosts).toEqual([]);

    await client.addRoute(id, { name: 'r1', cidr: '10.1.0.0/16' });
    expect((await client.showConnection(id)).routes.map((r) => [r.name, r.cidr])).toEqual([['r1', '10.1.0.0/16']]);
    const addRoute = emu.requests.find((r) => r.operation === 'addRoute')!;
    expect(addRoute.path).toBe(`/v3/${emu.projectId}/datasource/enhanced-connections/${id}/routes`);
    await client.deleteRoute(id, 'r1');
    expect(emu.requests.find((r) => r.operation === 'deleteRoute')!.path).toMatch(/^\/v3\/.*\/routes\/r1$/);

    expect(await client.listTags(id)).toEqual([{ key: 'owner', value: 'ci' }]);
    await client.createTags(id, [{ key: 'env', value: 'prod' }]); // emulator answers 204 without a body
    expect((await client.listTags(id)).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'owner', value: 'ci' },
    ]);
    await client.deleteTags(id, [{ key: 'owner', value: 'ci' }]);
    expect(await client.listTags(id)).toEqual([{ key: 'env', value: 'prod' }]);

    const privileges = await client.showPrivileges(id);
    expect(Array.isArray(privileges.privileges)).toBe(true);

    // A connection cannot be deleted while a peering is CREATING (50 ms here): on a fast machine the calls above
    // take less than that, so wait for the peerings to settle first, as apply does.
    for (let i = 0; i < 100; i++) {
      const c = await client.showConnection(id);
      if (![...c.elastic_resource_pools, ...c.available_queue_info].some((p) => p.status === 'CREATING')) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await client.deleteConnection(id);
    const after = await client.listConnections({ name: 'conn_a', status: 'ACTIVE' });
    expect(after).toEqual([]);
    const all = await client.listConnections({ name: 'conn_a' });
    expect(all.map((c) => c.status)).toEqual(['DELETED']);

    // GETs never carry a body; every request was signed (the emulator would have answered 401 otherwise).
    expect(emu.requests.filter((r) => r.method === 'GET' && r.body !== undefined)).toEqual([]);
    expect(emu.requests.every((r) => r.status < 300)).toBe(true);
  });

  it('pages 250 connections in three calls of limit=100 and never trusts count', async () => {
    for (let i = 0; i < 250; i++) {
      emu.state.seedConnection({ name: `page_${String(i).padStart(3, '0')}`, dest_vpc_id: VPC, dest_network_id: SUBNET });
    }
    emu.clearLog();
    const { client } = emuClient(emu);
    const got = (await client.listConnections()).filter((c) => c.name.startsWith('page_'));
    expect(got).toHaveLength(250);
    expect(new Set(got.map((c) => c.id)).size).toBe(250);
    const calls = emu.requests.filter((r) => r.operation === 'listConnections');
    const total = emu.state.connections({ includeDeleted: true }).length;
    expect(calls.map((c) => c.query.offset)).toEqual(
      Array.from({ length: Math.floor(total / 100) + 1 }, (_, i) => String(i * 100)),
    );
    expect(calls.every((c) => c.query.limit === '100')).toBe(true);
  });

  it('filters List by tags as k=v,k=v and by status', async () => {
    const id = emu.state.seedConnection({
      name: 'tagged',
      dest_vpc_id: VPC,
      dest_network_id: SUBNET,
      tags: [
        { key: 'managed-by', value: 'dli-connections' },
        { key: 'label', value: 'x' },
      ],
    });
    const { client } = emuClient(emu);
    const got = await client.listConnections({
      status: 'ACTIVE',
      tags: [
        { key: 'managed-by', value: 'dli-connections' },
        { key: 'label', value: 'x' },
      ],
    });
    expect(got.map((c) => c.id)).toEqual([id]);
    expect(emu.requests.at(-1)?.query).toMatchObject({ tags: 'managed-by=dli-connections,label=x', status: 'ACTIVE' });
  });

  it('lists queues with queue_type=all and pages the elastic resource pools', async () => {
    const { client } = emuClient(emu);
    const queues = await client.listQueues();
    expect(queues.map((q) => q.queue_name).sort()).toEqual(['q1', 'sqlq']);
    expect(queues.find((q) => q.queue_name === 'q1')?.elastic_resource_pool_name).toBe('pool1');
    expect(emu.requests.at(-1)?.query).toEqual({ queue_type: 'all' });

    const pools = await client.listElasticResourcePools();
    expect(pools.map((p) => p.elastic_resource_pool_name).sort()).toEqual(['pool1', 'pool2']);
    expect(pools.find((p) => p.elastic_resource_pool_name === 'pool1')?.queues).toContain('q1');
    const poolCalls = emu.requests.filter((r) => r.operation === 'listPools');
    expect(poolCalls.map((r) => r.query)).toEqual([{ limit: '100', offset: '0' }]);
  });

  it('pages pools until a short page', async () => {
    const local = await startEmulator();
    try {
      for (let i = 0; i < 205; i++) local.state.seedPool({ elastic_resource_pool_name: `p${i}` });
      const { client } = emuClient(local);
      expect(await client.listElasticResourcePools()).toHaveLength(205);
      expect(local.requests.filter((r) => r.operation === 'listPools').map((r) => r.query.offset)).toEqual(['0', '100', '200']);
    } finally {
      await local.close();
    }
  });

  it('says not found for an unknown connection id', async () => {
    const { client } = emuClient(emu);
    const err = await client.showConnection('9d2b6f1e-0000-4000-8000-000000000000').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).notFound).toBe(true);
    expect((err as ApiError).retryable).toBe(false);
    expect((err as ApiError).hint).toMatch(/not found/);
    expect((err as ApiError).requestId).toBeTruthy();
    expect(emu.requests).toHaveLength(1);
  });

  it('sends X-Auth-Token instead of a signature with a token credential', async () => {
    const token = emu.issueToken();
    const { client } = emuClient(emu, { credentials: staticCredentials({ kind: 'token', authToken: token }) });
    await client.listConnections({ name: 'nothing' });
    expect(emu.requests.at(-1)?.status).toBe(200);
  });
});
