// The connectivity-test calls of the client (docs/reference/dli-api.md, operations 12/13) against the emulator's
// address test: the SDK's paths and fields, the in-progress value, the reachability map with its delay and faults, and
// the peering rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ApiError } from '../../src/dli/errors.js';
import { emuClient } from './helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({
    peeringDelayMs: 0,
    reachability: {
      'db:3306': { reachable: true },
      'slow:1': { reachable: true, delayMs: 200 },
      'never:1': { fault: 'never-finishes' },
      'denied:1': { fault: 'forbidden' },
      'broken:1': { fault: 'server-error' },
    },
  });
  emu.state.seedQueue({ queue_name: 'q1', elastic_resource_pool_name: 'pool1' });
  emu.state.seedQueue({ queue_name: 'lonely' });
  emu.state.seedPool({ elastic_resource_pool_name: 'pool1' });
  emu.state.seedConnection({ name: 'c1', elastic_resource_pools: ['pool1'] });
});
afterAll(async () => emu.close());

describe('connectivity test client + emulator', () => {
  it('POSTs {address} to the queue and reads the task back by id (SDK paths)', async () => {
    const { client } = emuClient(emu);
    const { taskId } = await client.startConnectivityTest('q1', 'db:3306');
    expect(taskId).toMatch(/^\d+$/);
    const start = emu.requests.find((r) => r.operation === 'createConnectivityTask')!;
    expect(start.method).toBe('POST');
    expect(start.path).toBe(`/v1.0/${emu.projectId}/queues/q1/connection-test`);
    expect(start.body).toEqual({ address: 'db:3306' });
    expect(await client.showConnectivityTest('q1', taskId)).toMatchObject({ connectivity: 'REACHABLE' });
    expect(emu.requests.at(-1)?.path).toBe(`/v1.0/${emu.projectId}/queues/q1/connection-test/${taskId}`);
  });

  it('reads CHECKING until the delay has passed; never-finishes stays CHECKING', async () => {
    const { client } = emuClient(emu);
    const slow = await client.startConnectivityTest('q1', 'slow:1');
    expect((await client.showConnectivityTest('q1', slow.taskId)).connectivity).toBe('CHECKING');
    await new Promise((r) => setTimeout(r, 250));
    expect((await client.showConnectivityTest('q1', slow.taskId)).connectivity).toBe('REACHABLE');
    const never = await client.startConnectivityTest('q1', 'never:1');
    await new Promise((r) => setTimeout(r, 50));
    expect((await client.showConnectivityTest('q1', never.taskId)).connectivity).toBe('CHECKING');
  });

  it('unlisted addresses, and queues without an ACTIVE peering, are UNREACHABLE', async () => {
    const { client } = emuClient(emu);
    const other = await client.startConnectivityTest('q1', 'nowhere:80');
    expect((await client.showConnectivityTest('q1', other.taskId)).connectivity).toBe('UNREACHABLE');
    const unpeered = await client.startConnectivityTest('lonely', 'db:3306');
    expect((await client.showConnectivityTest('lonely', unpeered.taskId)).connectivity).toBe('UNREACHABLE');
  });

  it('fault modes: 403 names the IAM action; 500 is retried, then an ApiError; unknown queue and task are refused', async () => {
    const { client } = emuClient(emu, { maxRetries: 1 });
    const denied = await client.startConnectivityTest('q1', 'denied:1').catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(ApiError);
    expect((denied as ApiError).status).toBe(403);
    expect((denied as ApiError).hint).toContain('dli:queue:checkConnection');
    emu.clearLog();
    const broken = await client.startConnectivityTest('q1', 'broken:1').catch((e: unknown) => e);
    expect((broken as ApiError).status).toBe(500);
    expect(emu.requests.filter((r) => r.operation === 'createConnectivityTask')).toHaveLength(2);
    await expect(client.startConnectivityTest('nope', 'db:3306')).rejects.toMatchObject({ status: 400, code: 'DLI.0002' });
    await expect(client.showConnectivityTest('q1', '999999')).rejects.toMatchObject({ status: 400, code: 'DLI.0002' });
  });
});
