// A loopback stand-in for the GitHub Actions runner's ID token service: what ACTIONS_ID_TOKEN_REQUEST_URL points at.
// Like the real one it wants `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`, takes `&audience=` on the
// query string, and answers `{"value": "<jwt>"}`. The JWT carries GitHub-shaped claims (iss, sub, aud, exp) and a
// random signature: nobody in the tests verifies signatures, only that the exact token travels on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface IdTokenRequestRecord {
  audience: string | null;
  authorized: boolean;
}

export interface FakeIdTokenEndpoint {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (already has a query string, as the runner's does). */
  requestUrl: string;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** Every JWT handed out, in order. */
  issued: string[];
  requests: IdTokenRequestRecord[];
  /** The next `n` requests fail: with an HTTP status, or 'reset' to drop the connection without an answer. */
  failNext(n: number, how: number | 'reset'): void;
  /** Environment variables as the runner sets them for a job with `id-token: write`. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const b64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');

export function makeJwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'fake' }))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(64))}`;
}

export async function startFakeIdTokenEndpoint(
  opts: { subject?: string; defaultAudience?: string } = {},
): Promise<FakeIdTokenEndpoint> {
  const requestToken = `runtime-${randomBytes(16).toString('hex')}`;
  const issued: string[] = [];
  const requests: IdTokenRequestRecord[] = [];
  const failures: (number | 'reset')[] = [];
  const subject = opts.subject ?? 'repo:octo-org/dli-config:environment:production';

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === `Bearer ${requestToken}`;
    const audience = url.searchParams.get('audience');
    requests.push({ audience, authorized });
    const failure = failures.shift();
    if (failure === 'reset') {
      req.socket.destroy();
      return;
    }
    if (failure !== undefined) {
      res.writeHead(failure, { 'Content-Type': 'application/json' }).end('{"message":"injected failure"}');
      return;
    }
    if (req.method !== 'GET' || url.pathname !== '/idtoken' || !authorized) {
      res.writeHead(authorized ? 404 : 401, { 'Content-Type': 'application/json' }).end('{"message":"no"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const jwt = makeJwt({
      jti: randomBytes(8).toString('hex'),
      iss: GITHUB_ISSUER,
      sub: subject,
      aud: audience ?? opts.defaultAudience ?? 'https://github.com/octo-org',
      repository: 'octo-org/dli-config',
      environment: 'production',
      iat: now,
      nbf: now - 5,
      exp: now + 300,
    });
    issued.push(jwt);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ count: 1, value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const requestUrl = `http://127.0.0.1:${port}/idtoken?api-version=2.0`;

  return {
    requestUrl,
    requestToken,
    issued,
    requests,
    failNext: (n, how) => {
      for (let i = 0; i < n; i++) failures.push(how);
    },
    env: () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
