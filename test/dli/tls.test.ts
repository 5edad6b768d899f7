// TLS verification stays on: a self-signed loopback server is refused, never silently trusted.
// The certificate is made at test time with the openssl CLI (skipped where it is missing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:https';
import { createHttpTransport } from '../../src/dli/http.js';
import { ApiError } from '../../src/dli/errors.js';
import { staticCredentials } from '../../src/dli/credentials.js';
import { memoryLogger } from '../../src/logger.js';
import { noLimiter } from './helpers.js';

let hasOpenssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  hasOpenssl = false;
}

describe.skipIf(!hasOpenssl)('TLS', () => {
  let server: Server;
  let url = '';
  let dir = '';
  let hits = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dli-tls-'));
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'k.pem'),
        '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    server = createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_req, res) => {
      hits++;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"is_success":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an untrusted certificate (no request handled)', async () => {
    const t = createHttpTransport({
      credentials: staticCredentials({ kind: 'token', authToken: 't' }),
      logger: memoryLogger(),
      maxRetries: 0,
      requestTimeoutMs: 3000,
      limiter: noLimiter,
    });
    const err = await t.request({ operation: 'op', method: 'GET', baseUrl: url, path: ['x'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(0);
    expect((err as Error).message).toMatch(/self[- ]signed|certificate/i);
    expect(hits).toBe(0);
  });
});
