// The HTTP layer against a tiny scripted server: answers the emulator does not produce.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { memoryLogger } from '../../src/logger.js';
import { staticCredentials } from '../../src/dli/credentials.js';
import { ApiError, UnexpectedResponseError } from '../../src/dli/errors.js';
import {
  buildUrl,
  createHttpTransport,
  fullJitterDelay,
  parseRetryAfter,
  readErrorFields,
  type HttpTransportOptions,
} from '../../src/dli/http.js';
import { createDliClient } from '../../src/dli/client.js';
import { noLimiter, recordingSleep } from './helpers.js';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base = '';
let script: Handler[] = [];
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const next = script.shift();
      if (next) next(req, body, res);
      else json(res, 200, { is_success: true, message: '' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  script = [];
  seen.length = 0;
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function transport(extra: Partial<HttpTransportOptions> = {}) {
  const { sleep, waits } = recordingSleep();
  const logger = memoryLogger();
  const t = createHttpTransport({
    credentials: staticCredentials({ kind: 'aksk', accessKeyId: 'AK', secretAccessKey: 'SK', securityToken: 'TOKEN' }),
    logger,
    maxRetries: 3,
    requestTimeoutMs: 2000,
    limiter: noLimiter,
    sleep,
    random: () => 0.5,
    ...extra,
  });
  return { t, waits, logger };
}

const caught = async (p: Promise<unknown>): Promise<unknown> => p.then(() => 'no error', (e: unknown) => e);

describe('HTTP layer', () => {
  it('signs with X-Security-Token and X-Project-Id, sends no body on GET', async () => {
    const { t } = transport();
    await t.request({ operation: 'op', method: 'GET', baseUrl: base, path: ['v1', 'p', 'x y'], query: { a: 'b c' }, body: { no: 1 }, projectId: 'p' });
    const r = seen[0]!;
    expect(r.url).toBe('/v1/p/x%20y?a=b%20c');
    expect(r.body).toBe('');
    expect(r.headers['authorization']).toMatch(
      /^SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(r.headers['x-security-token']).toBe('TOKEN');
    expect(r.headers['x-project-id']).toBe('p');
    expect(r.headers['content-type']).toBe('application/json');
  });

  it('treats a 2xx with is_success:false as an error', async () => {
    script.push((_q, _b, res) => json(res, 200, { is_success: false, message: 'nope', error_code: 'DLI.0007' }, { 'X-Request-Id': 'rid-1' }));
    const { t } = transport();
    const err = (await caught(t.request({ operation: 'op', method: 'GET', baseUrl: base, path: ['x'] }))) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 200, code: 'DLI.0007', apiMessage: 'nope', requestId: 'rid-1', retryable: false });
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const now = Date.UTC(2024, 0, 15, 8, 30, 0);
    script.push((_q, _b, res) =>
      json(res, 503, { error_code: 'APIGW.0613', error_msg: 'IAM unavailable' }, { 'Retry-After': new Date(now + 12_000).toUTCString() }),
    );
    const { t, waits } = transport({ now: () => now });
    await t.request({ operation: 'op', method: 'GET', baseUrl: base, path: ['x'] });
    expect(waits).toEqual([12_000]);
  });

  it('a hung body (headers sent, then silence) times out and is retried', async () => {
    script.push((_q, _b, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"is_success":');
      // never ends
    });
    const { t } = transport({ requestTimeoutMs: 200 });
    const started = Date.now();
    const res = await t.request({ operation: 'op', method: 'GET', baseUrl: base, path: ['x'] });
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1000); // our 200 ms deadline, not the socket idle timeout
  });

  it('a hung body on a create is an unknown outcome', async () => {
    script.push((_q, _b, res) => {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.write('{');
    });
    const { t } = transport({ requestTimeoutMs: 200 });
    const err = await caught(t.request({ operation: 'createConnection', method: 'POST', baseUrl: base, path: ['x'], body: {}, idempotent: false }));
    expect((err as Error).name).toBe('UnknownOutcomeError');
    expect(seen).toHaveLength(1);
  });

  it('reads request ids from the body and error codes in IAM and VPC shapes', async () => {
    script.push((_q, _b, res) => json(res, 404, { error: { code: 'IAM.0004', message: 'no project' }, request_id: 'body-rid' }));
    const { t } = transport();
    const err = (await caught(t.request({ operation: 'op', method: 'GET', baseUrl: base, path: ['x'] }))) as ApiError;
    expect(err).toMatchObject({ status: 404, code: 'IAM.0004', apiMessage: 'no project', requestId: 'body-rid' });
    expect(readErrorFields({ code: 'VPC.0202', message: 'm' })).toEqual({ code: 'VPC.0202', message: 'm', requestId: undefined });
  });

  it('keeps a non-JSON error body readable in the message', async () => {
    script.push((_q, _b, res) => {
      res.writeHead(400, { 'Content-Type': 'text/html' });
      res.end('<html>Bad gateway config</html>');
    });
    const { t } = transport();
    const err = (await caught(t.request({ operation: 'op', method: 'GET', baseUrl: base, path: ['x'] }))) as ApiError;
    expect(err.message).toContain('Bad gateway config');
  });

  it('fails loudly, naming the field, on a surprising answer', async () => {
    script.push((_q, _b, res) => json(res, 200, { is_success: true, id: 'x', name: 'n', status: 'ACTIVE', dest_vpc_id: 1, dest_network_id: 's' }));
    const client = createDliClient({
      endpoint: base,
      projectId: 'p',
      credentials: staticCredentials({ kind: 'token', authToken: 't' }),
      logger: memoryLogger(),
      maxRetries: 0,
      requestTimeoutMs: 2000,
      limiter: noLimiter,
    });
    const err = await caught(client.showConnection('x'));
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect((err as Error).message).toMatch(/dest_vpc_id/);
  });

  it('tolerates extra fields and missing arrays in answers', async () => {
    script.push((_q, _b, res) =>
      json(res, 200, { is_success: true, id: 'x', name: 'n', status: 'ACTIVE', dest_vpc_id: 'v', dest_network_id: 's', ipv6_enable: false, routes: null }),
    );
    const client = createDliClient({
      endpoint: base,
      projectId: 'p',
      credentials: staticCredentials({ kind: 'token', authToken: 't' }),
      logger: memoryLogger(),
      maxRetries: 0,
      requestTimeoutMs: 2000,
      limiter: noLimiter,
    });
    const c = await client.showConnection('x');
    expect(c).toMatchObject({ hosts: [], available_queue_info: [], elastic_resource_pools: [], routes: [] });
    expect(c).not.toHaveProperty('ipv6_enable');
    expect(seen[0]!.headers['x-auth-token']).toBe('t');
    expect(seen[0]!.headers['authorization']).toBeUndefined();
  });

  it('spares the trailing empty page only when count cannot be the page size', async () => {
    const conn = (i: number) => ({ id: `id${i}`, name: `n${i}`, status: 'ACTIVE', dest_vpc_id: 'v', dest_network_id: 's' });
    const client = createDliClient({
      endpoint: base,
      projectId: 'p',
      credentials: staticCredentials({ kind: 'token', authToken: 't' }),
      logger: memoryLogger(),
      maxRetries: 0,
      requestTimeoutMs: 2000,
      limiter: noLimiter,
    });
    // count is the total: two full pages that reach it are the end.
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [conn(0), conn(1)], count: 4 }));
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [conn(2), conn(3)], count: 4 }));
    expect(await client.listConnections({ limit: 2 })).toHaveLength(4);
    expect(seen).toHaveLength(2);
    // count is the page size: it never proves the end, so paging goes on to the short page.
    seen.length = 0;
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [conn(0), conn(1)], count: 2 }));
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [conn(2), conn(3)], count: 2 }));
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [conn(4)], count: 1 }));
    expect(await client.listConnections({ limit: 2 })).toHaveLength(5);
    expect(seen).toHaveLength(3);
    // One full page that matches count is ambiguous (total of 2, or page size 2): ask once more.
    seen.length = 0;
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [conn(0), conn(1)], count: 2 }));
    script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: [], count: 2 }));
    expect(await client.listConnections({ limit: 2 })).toHaveLength(2);
    expect(seen).toHaveLength(2);
  });

  it('stops paging when a server ignores offset instead of looping forever', async () => {
    const page = Array.from({ length: 2 }, (_, i) => ({ id: `id${i}`, name: `n${i}`, status: 'ACTIVE', dest_vpc_id: 'v', dest_network_id: 's' }));
    for (let i = 0; i < 3; i++) script.push((_q, _b, res) => json(res, 200, { is_success: true, connections: page, count: 2 }));
    const client = createDliClient({
      endpoint: base,
      projectId: 'p',
      credentials: staticCredentials({ kind: 'token', authToken: 't' }),
      logger: memoryLogger(),
      maxRetries: 0,
      requestTimeoutMs: 2000,
      limiter: noLimiter,
    });
    await expect(client.listConnections({ limit: 2 })).rejects.toBeInstanceOf(UnexpectedResponseError);
    expect(seen).toHaveLength(2);
  });
});

describe('HTTP helpers', () => {
  it('parses Retry-After as seconds or HTTP date', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('1.5', 0)).toBe(1500);
    expect(parseRetryAfter('Mon, 15 Jan 2024 08:30:10 GMT', Date.UTC(2024, 0, 15, 8, 30, 0))).toBe(10_000);
    expect(parseRetryAfter('Mon, 15 Jan 2024 08:29:00 GMT', Date.UTC(2024, 0, 15, 8, 30, 0))).toBe(0);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });

  it('full jitter stays within [0, min(max, base·2^attempt))', () => {
    for (const r of [0, 0.3, 0.999999]) {
      for (let attempt = 0; attempt < 10; attempt++) {
        const d = fullJitterDelay(attempt, () => r, 1000, 30_000);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(Math.min(30_000, 1000 * 2 ** attempt));
      }
    }
  });

  it('encodes each path segment once and refuses dot segments', () => {
    expect(buildUrl('https://h/', ['a b', '50%', 'ü']).pathname).toBe('/a%20b/50%25/%C3%BC');
    expect(buildUrl('https://h', ['x'], { a: undefined, b: 1, c: 'x+y' }).search).toBe('?b=1&c=x%2By');
    expect(() => buildUrl('https://h', ['..'])).toThrow(/invalid URL path segment/);
  });
});
