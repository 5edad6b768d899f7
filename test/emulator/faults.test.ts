// Fault injection: latency, throttle (count and rate), status, reset, drop-response, timeout; rule matching and
// counting; and the CLI entry point.
import { describe, it, expect, afterEach } from 'vitest';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from './index.js';
import { call, connPath } from './helpers.js';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

const create = (name: string) => call(emu, 'POST', connPath(emu), { body: { name, dest_vpc_id: 'v', dest_network_id: 'n' } });

describe('faults', () => {
  it('latency delays matching calls only', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: 'listConnections', kind: 'latency', ms: 300, count: 1 });
    expect((await call(emu, 'GET', connPath(emu))).status).toBe(200);
    await call(emu, 'GET', connPath(emu));
    await call(emu, 'GET', '/v3/projects', { projectId: null });
    // Server-side durations: only the first matching call waited.
    const [first, second, other] = emu.requests.map((r) => r.durationMs);
    expect(first).toBeGreaterThanOrEqual(295);
    expect(second).toBeLessThan(150);
    expect(other).toBeLessThan(150);
  });

  it('throttle with count: the next N calls get 429 APIGW.0308 (+ Retry-After when set), then normal answers', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: 'createConnection', kind: 'throttle', count: 2, retryAfterSeconds: 3 });
    const a = await create('a');
    expect(a.status).toBe(429);
    expect(a.headers['retry-after']).toBe('3');
    expect(a.json).toMatchObject({ error_code: 'APIGW.0308', error_msg: expect.stringMatching(/^policy user over ratelimit,limit:\d+,time:1 minute$/) });
    expect((a.json as { request_id: string }).request_id).toBe(a.headers['x-request-id']);
    expect((await create('a')).status).toBe(429);
    expect((await create('a')).status).toBe(201);
    expect(emu.state.connections()).toHaveLength(1);
    expect(emu.requests.map((r) => r.fault)).toEqual(['throttle', 'throttle', undefined]);
    // Other operations were never affected.
  });

  it('throttle with ratePerSecond: above the rate within a 1 s window → 429', async () => {
    emu = await startEmulator();
    emu.addFault({ kind: 'throttle', ratePerSecond: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(emu, 'GET', connPath(emu))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    await new Promise((r) => setTimeout(r, 1050));
    expect((await call(emu, 'GET', connPath(emu))).status).toBe(200);
  });

  it('status: any status and code, defaulting to 500 APIGW.0601; does not perform the operation', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: 'createConnection', kind: 'status', status: 503, code: 'APIGW.0613', message: 'IAM unavailable', count: 1 });
    emu.addFault({ operation: 'listConnections', kind: 'status', count: 1 });
    const r = await create('s');
    expect(r.status).toBe(503);
    expect(r.json).toMatchObject({ error_code: 'APIGW.0613', error_msg: 'IAM unavailable' });
    expect(emu.state.connections()).toHaveLength(0);
    expect((await call(emu, 'GET', connPath(emu))).json).toMatchObject({ error_code: 'APIGW.0601' });
    expect((await create('s')).status).toBe(201);
  });

  it('reset: the socket is destroyed without an answer and nothing happens', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: 'createConnection', kind: 'reset', count: 1 });
    await expect(create('r')).rejects.toThrow();
    expect(emu.state.connections()).toHaveLength(0);
    expect(emu.requests[0]).toMatchObject({ operation: 'createConnection', status: 0, fault: 'reset' });
  });

  it('drop-response: the create happens but its answer is lost', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: 'createConnection', kind: 'drop-response', count: 1 });
    await expect(create('lost')).rejects.toThrow();
    expect(emu.state.connectionByName('lost')).toBeDefined();
    expect(emu.mutatingRequests()).toEqual([expect.objectContaining({ operation: 'createConnection', status: 201, fault: 'drop-response' })]);
  });

  it('timeout: holds the request for ms, then drops it', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: 'showConnection', kind: 'timeout', ms: 300, count: 1 });
    const id = emu.state.seedConnection({ name: 't' });
    const t = performance.now();
    await expect(call(emu, 'GET', connPath(emu, `/${id}`))).rejects.toThrow();
    expect(performance.now() - t).toBeGreaterThanOrEqual(290);
    expect((await call(emu, 'GET', connPath(emu, `/${id}`))).status).toBe(200);
  });

  it('a rule without operation (or "*") matches everything until cleared; clearFaults removes rules', async () => {
    emu = await startEmulator();
    emu.addFault({ operation: '*', kind: 'status', status: 502, code: 'APIGW.0610' });
    expect((await call(emu, 'GET', connPath(emu))).status).toBe(502);
    expect((await call(emu, 'GET', '/v3/projects', { projectId: null })).status).toBe(502);
    emu.clearFaults();
    expect((await call(emu, 'GET', connPath(emu))).status).toBe(200);
  });

  it('close() ends held (timeout) requests promptly', async () => {
    emu = await startEmulator();
    emu.addFault({ kind: 'timeout', ms: 60_000 });
    const pending = call(emu, 'GET', connPath(emu)).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 100));
    const t = performance.now();
    await emu.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('cli', () => {
  it('prints url/ak/sk/projectId as one JSON line, serves, and stops on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const child = spawn(tsx, [cli, '--port', '0', '--peering-delay-ms', '10'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`cli exited ${code}`)));
    });
    const info = JSON.parse(line) as { url: string; ak: string; sk: string; projectId: string };
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const fake = { url: info.url, ak: info.ak, sk: info.sk, projectId: info.projectId } as Emulator;
    expect((await call(fake, 'GET', connPath(fake))).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
