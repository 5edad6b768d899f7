// Error classes, retries, backoff, unknown outcomes, timeouts and credential refresh, against the emulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { ApiError, UnknownOutcomeError } from '../../src/dli/errors.js';
import type { CredentialProvider, ResolvedCredentials } from '../../src/dli/credentials.js';
import { staticCredentials } from '../../src/dli/credentials.js';
import { createVpcClient } from '../../src/dli/vpc.js';
import { clientOptions, emuClient } from './helpers.js';

const VPC = '22094d8f-c310-4621-913d-4c4d655d8495';
const SUBNET = '78f2562a-36e4-4b39-95b9-f5aab22e1281';
const createBody = (name: string) => ({ name, dest_vpc_id: VPC, dest_network_id: SUBNET });

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => emu.close());
beforeEach(() => {
  emu.clearLog();
  emu.clearFaults();
});

const caught = async (p: Promise<unknown>): Promise<unknown> => p.then(() => 'no error', (e: unknown) => e);

describe('error classes', () => {
  it('a bad signature is an auth error with a key/clock hint, never retried', async () => {
    const { client } = emuClient(emu, {
      credentials: staticCredentials({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: 'wrong-secret' }),
    });
    const err = (await caught(client.listConnections())) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 401, code: 'APIGW.0301', retryable: false, operation: 'listConnections' });
    expect(err.isAuthError).toBe(true);
    expect(err.hint).toMatch(/access key\/secret key and the runner's clock/);
    expect(err.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(err.message).toContain(err.requestId!);
    expect(emu.requests).toHaveLength(1);
  });

  it('a stale X-Sdk-Date (runner clock off) is APIGW.0303 with the clock hint', async () => {
    const { client } = emuClient(emu, { now: () => Date.now() - 20 * 60_000 });
    const err = (await caught(client.listConnections())) as ApiError;
    expect(err).toMatchObject({ status: 401, code: 'APIGW.0303' });
    expect(err.hint).toMatch(/clock/);
  });

  it('a missing permission names the IAM action', async () => {
    emu.state.forbid('deleteConnection');
    const { client } = emuClient(emu);
    const err = (await caught(client.deleteConnection('9d2b6f1e-0000-4000-8000-000000000000'))) as ApiError;
    expect(err).toMatchObject({ status: 403, code: 'APIGW.0302', retryable: false });
    expect(err.hint).toBe('grant the IAM permission dli:edsconnection:delete for this operation');
  });

  it('throttling is retried, then surfaces as APIGW.0308 with a hint', async () => {
    emu.addFault({ kind: 'throttle', operation: 'listConnections', count: 10 });
    const { client, waits } = emuClient(emu, { maxRetries: 2 });
    const err = (await caught(client.listConnections())) as ApiError;
    expect(err).toMatchObject({ status: 429, code: 'APIGW.0308', retryable: true });
    expect(err.hint).toMatch(/throttled/);
    expect(emu.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('5xx and gateway 06xx answers are retried with full-jitter backoff', async () => {
    emu.addFault({ kind: 'status', status: 503, operation: 'listConnections', count: 1 });
    emu.addFault({ kind: 'status', status: 500, code: 'APIGW.0601', operation: 'listConnections', count: 1 });
    emu.addFault({ kind: 'status', status: 502, code: 'APIGW.0610', operation: 'listConnections', count: 1 });
    const { client, waits } = emuClient(emu, { maxRetries: 3, random: () => 0.999 });
    await client.listConnections();
    expect(emu.requests.map((r) => r.status)).toEqual([503, 500, 502, 200]);
    // Full jitter: uniform in [0, min(30 s, 1 s · 2^attempt)); random()≈1 gives just under each ceiling.
    expect(waits).toEqual([999, 1998, 3996]);
  });

  it('full jitter can wait zero and never exceeds the ceiling', async () => {
    emu.addFault({ kind: 'status', status: 504, operation: 'listConnections', count: 2 });
    const { client, waits } = emuClient(emu, { random: () => 0 });
    await client.listConnections();
    expect(waits).toEqual([0, 0]);
  });

  it('a gateway 06xx code with a 400 status is still retried; a DLI 400 is not', async () => {
    emu.addFault({ kind: 'status', status: 400, code: 'APIGW.0605', operation: 'listConnections', count: 1 });
    const { client } = emuClient(emu);
    await client.listConnections();
    expect(emu.requests.map((r) => r.status)).toEqual([400, 200]);

    emu.clearLog();
    emu.addFault({ kind: 'status', status: 400, code: 'DLI.0999', operation: 'listConnections', count: 1 });
    const err = (await caught(client.listConnections())) as ApiError;
    expect(err).toMatchObject({ status: 400, code: 'DLI.0999', retryable: false });
    expect(emu.requests).toHaveLength(1);
  });

  it('honours Retry-After in seconds instead of the jitter', async () => {
    emu.addFault({ kind: 'throttle', operation: 'listConnections', count: 2, retryAfterSeconds: 7 });
    const { client, waits } = emuClient(emu);
    await client.listConnections();
    expect(waits).toEqual([7000, 7000]);
  });

  it('gives up after maxRetries and reports the last answer', async () => {
    emu.addFault({ kind: 'status', status: 503, operation: 'showConnection' });
    const { client } = emuClient(emu, { maxRetries: 4 });
    const err = (await caught(client.showConnection('9d2b6f1e-0000-4000-8000-000000000000'))) as ApiError;
    expect(err).toMatchObject({ status: 503, retryable: true });
    expect(emu.requests).toHaveLength(5);
  });

  it('maxRetries 0 means one attempt', async () => {
    emu.addFault({ kind: 'status', status: 503, operation: 'listConnections', count: 1 });
    const { client } = emuClient(emu, { maxRetries: 0 });
    await expect(client.listConnections()).rejects.toBeInstanceOf(ApiError);
    expect(emu.requests).toHaveLength(1);
  });
});

describe('Create is never retried blindly', () => {
  it('a lost answer is an UnknownOutcomeError after exactly one create (which did happen)', async () => {
    emu.addFault({ kind: 'drop-response', operation: 'createConnection', count: 1 });
    const { client } = emuClient(emu);
    const err = await caught(client.createConnection(createBody('lost_answer')));
    expect(err).toBeInstanceOf(UnknownOutcomeError);
    expect((err as UnknownOutcomeError).operation).toBe('createConnection');
    expect(emu.requests.filter((r) => r.operation === 'createConnection')).toHaveLength(1);
    expect(emu.state.connectionByName('lost_answer')).toBeDefined();
  });

  it('a reset after sending is an unknown outcome too', async () => {
    emu.addFault({ kind: 'reset', operation: 'createConnection', count: 1 });
    const { client } = emuClient(emu);
    await expect(client.createConnection(createBody('reset_one'))).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(emu.requests.filter((r) => r.operation === 'createConnection')).toHaveLength(1);
  });

  it('a timeout on a create is an unknown outcome, not a retry', async () => {
    emu.addFault({ kind: 'timeout', operation: 'createConnection', count: 1, ms: 1500 });
    const { client } = emuClient(emu, { requestTimeoutMs: 200 });
    await expect(client.createConnection(createBody('timed_out'))).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(emu.requests.filter((r) => r.operation === 'createConnection')).toHaveLength(1);
  });

  it('a 503 or 429 *answer* to a create is a refusal and is retried', async () => {
    emu.addFault({ kind: 'status', status: 503, operation: 'createConnection', count: 1 });
    emu.addFault({ kind: 'throttle', operation: 'createConnection', count: 1 });
    const { client } = emuClient(emu);
    const { connection_id } = await client.createConnection(createBody('retried_create'));
    expect(emu.requests.filter((r) => r.operation === 'createConnection').map((r) => r.status)).toEqual([503, 429, 201]);
    expect(emu.state.connections().filter((c) => c.name === 'retried_create').map((c) => c.id)).toEqual([connection_id]);
  });

  it('a refused connection (nothing sent) is retried even for a create', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const { client, waits } = emuClient(emu, { endpoint: `http://127.0.0.1:${port}`, maxRetries: 2 });
    const err = (await caught(client.createConnection(createBody('nowhere')))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 0, retryable: true });
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(waits).toHaveLength(2);
  });
});

describe('timeouts', () => {
  it('a hung GET times out and is retried', async () => {
    emu.addFault({ kind: 'timeout', operation: 'listConnections', count: 1, ms: 3000 });
    const { client, logger } = emuClient(emu, { requestTimeoutMs: 250 });
    const started = Date.now();
    await client.listConnections();
    expect(Date.now() - started).toBeLessThan(2500);
    expect(emu.requests.filter((r) => r.operation === 'listConnections')).toHaveLength(2);
    expect(logger.lines.some((l) => /no answer \(no complete answer within 250 ms\)/.test(l))).toBe(true);
  });
});

describe('credential refresh', () => {
  function refreshingProvider(first: () => ResolvedCredentials, next: () => ResolvedCredentials | null) {
    let current = first();
    let refreshes = 0;
    const staleSeen: (ResolvedCredentials | undefined)[] = [];
    const provider: CredentialProvider = {
      get: async () => current,
      refresh: async (stale) => {
        refreshes++;
        staleSeen.push(stale);
        const n = next();
        if (n) current = n;
        return n;
      },
    };
    return { provider, refreshes: () => refreshes, staleSeen };
  }

  it('refreshes expired credentials once and retries with the new ones', async () => {
    const stale = emu.issueToken();
    emu.state.expireCredentials();
    const p = refreshingProvider(
      () => ({ kind: 'token', authToken: stale }),
      () => ({ kind: 'token', authToken: emu.issueToken() }),
    );
    const { client } = emuClient(emu, { credentials: p.provider });
    await client.listConnections();
    expect(p.refreshes()).toBe(1);
    // The provider is told which credentials were refused (so concurrent refusals share one exchange).
    expect(p.staleSeen).toEqual([{ kind: 'token', authToken: stale }]);
    expect(emu.requests.map((r) => r.status)).toEqual([401, 200]);
  });

  it('refreshes at most once per call when the new credentials are refused too', async () => {
    const p = refreshingProvider(
      () => ({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: 'bad' }),
      () => ({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: 'still-bad' }),
    );
    const { client } = emuClient(emu, { credentials: p.provider });
    const err = (await caught(client.listConnections())) as ApiError;
    expect(err).toMatchObject({ status: 401, code: 'APIGW.0301' });
    expect(p.refreshes()).toBe(1);
    expect(emu.requests).toHaveLength(2);
  });

  it('static credentials are not refreshable: the auth error surfaces at once', async () => {
    const { client } = emuClient(emu, {
      credentials: staticCredentials({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: 'bad' }),
    });
    await expect(client.listConnections()).rejects.toMatchObject({ code: 'APIGW.0301' });
    expect(emu.requests).toHaveLength(1);
  });
});

describe('logs', () => {
  it('log method, path, status and request id, never secrets or headers', async () => {
    const token = emu.issueToken();
    emu.addFault({ kind: 'status', status: 503, operation: 'listConnections', count: 1 });
    const a = emuClient(emu);
    await a.client.listConnections({ name: 'x' });
    await a.client.createConnection(createBody('logged_one'));
    const b = emuClient(emu, { credentials: staticCredentials({ kind: 'token', authToken: token }) });
    await b.client.listConnections();
    const lines = [...a.logger.lines, ...b.logger.lines].join('\n');
    expect(lines).toMatch(/GET \/v2\.0\/[0-9a-f]+\/datasource\/enhanced-connections\?limit=100&offset=0&name=x -> 503 APIGW\.0601 \(request id [0-9a-f]{32}\)/);
    expect(lines).toMatch(/POST \/v2\.0\/.* -> 201 \(request id [0-9a-f]{32}\)/);
    expect(lines).not.toContain(emu.sk);
    expect(lines).not.toContain(token);
    expect(lines).not.toMatch(/authorization|x-auth-token|x-security-token|SDK-HMAC/i);
    expect(lines).not.toContain(VPC); // bodies are not logged
  });
});

describe('VPC client', () => {
  const vpcId = 'a1b2c3d4-0000-4000-8000-00000000000a';
  const subnetId = 'a1b2c3d4-0000-4000-8000-00000000000b';
  const rtbId = 'a1b2c3d4-0000-4000-8000-00000000000c';
  const missing = 'a1b2c3d4-0000-4000-8000-0000000000ff';

  it('reads VPC, subnet and route table; a missing one is an ApiError with its not-found code and message', async () => {
    emu.state.seedVpc({ id: vpcId, cidr: '192.168.0.0/16' });
    emu.state.seedSubnet({ id: subnetId, vpc_id: vpcId, cidr: '192.168.1.0/24' });
    emu.state.seedRouteTable({ id: rtbId, vpc_id: vpcId, subnets: [{ id: subnetId }] });
    const vpc = createVpcClient(clientOptions(emu).opts);
    expect(await vpc.showVpc(vpcId)).toMatchObject({ id: vpcId, cidr: '192.168.0.0/16' });
    expect(await vpc.showSubnet(subnetId)).toMatchObject({ id: subnetId, vpc_id: vpcId, status: 'ACTIVE', cidr: '192.168.1.0/24' });
    expect(await vpc.showRouteTable(rtbId)).toEqual({ id: rtbId, vpc_id: vpcId, subnets: [{ id: subnetId }] });
    // The caller (preflight) needs the code to say "missing" and the message to show the user.
    await expect(vpc.showVpc(missing)).rejects.toMatchObject({ status: 404, code: 'VPC.0003', apiMessage: expect.stringContaining(missing) });
    await expect(vpc.showSubnet(missing)).rejects.toMatchObject({ status: 404, code: 'VPC.0202' });
    await expect(vpc.showRouteTable(missing)).rejects.toMatchObject({ status: 404, code: 'VPC.2808' });
    // Malformed ids (VPC.0101 / VPC.0201): 400s that preflight also reads as "not found".
    await expect(vpc.showVpc('not-a-uuid')).rejects.toMatchObject({ status: 400, code: 'VPC.0101' });
    await expect(vpc.showSubnet('not-a-uuid')).rejects.toMatchObject({ status: 400, code: 'VPC.0201' });
    expect(emu.requests.filter((r) => r.status === 404).map((r) => r.errorCode).sort()).toEqual(['VPC.0003', 'VPC.0202', 'VPC.2808']);
  });

  it('a 403 surfaces as ApiError 403, never as "missing"', async () => {
    emu.state.forbid('showSubnet');
    const vpc = createVpcClient(clientOptions(emu).opts);
    const err = (await caught(vpc.showSubnet(subnetId))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(403);
    expect(err.hint).toMatch(/vpc:subnets:get/);
  });
});
