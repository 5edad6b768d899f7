// A tiny loopback STS + IAM for the OIDC exchanges only, with the fault injection these tests need (503 on the
// n-th call, counting calls per path). The shared emulator (test/emulator) serves the same endpoints together with
// DLI; the end-to-end tests use it. This fake keeps the provider's own tests independent and precise.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface FakeStsOptions {
  providerUrn: string;
  agencyUrn: string;
  idpId?: string;
  /** Accepts an id_token (the test wires this to the fake ID token endpoint's issued list). */
  isTrusted: (jwt: string) => boolean;
  /** Lifetime of issued credentials. */
  ttlSeconds?: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  securityToken: string;
}

export interface FakeStsCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeSts {
  url: string;
  calls: FakeStsCall[];
  callsTo(path: string): FakeStsCall[];
  issued: IssuedCredentials[];
  /** X-Subject-Token values issued by the legacy id-token exchange. */
  issuedTokens: string[];
  /** The clock the stated expirations are computed from (tests that move time). */
  setClock(now: () => number): void;
  /** The next `n` calls to `path` answer `status`: 5xx as APIGW.0613 (transient), others as an IAM.0005 refusal. */
  failNext(path: string, n: number, status: number): void;
  clearFailures(): void;
  close(): Promise<void>;
}

const STS_PATH = '/v5/agencies/assume-with-oidc';
const IDTOKEN_PATH = '/v3.0/OS-AUTH/id-token/tokens';
const SECTOKEN_PATH = '/v3.0/OS-CREDENTIAL/securitytokens';

const rand = (n: number) => randomBytes(n).toString('hex');

export async function startFakeSts(opts: FakeStsOptions): Promise<FakeSts> {
  const calls: FakeStsCall[] = [];
  const issued: IssuedCredentials[] = [];
  const issuedTokens: string[] = [];
  const failures = new Map<string, number[]>();
  const ttl = opts.ttlSeconds ?? 3600;
  let now = () => Date.now();

  const issue = (): IssuedCredentials & { expiration: string } => {
    const c = { accessKeyId: `TMPAK${rand(8).toUpperCase()}`, secretAccessKey: `sk-${rand(20)}`, securityToken: `st-${rand(40)}` };
    issued.push(c);
    return { ...c, expiration: new Date(now() + ttl * 1000).toISOString() };
  };

  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    calls.push({ method: req.method ?? '', path, headers: req.headers, body });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': `req-${rand(4)}`, ...headers }).end(JSON.stringify(value));
    const error = (status: number, code: string, msg: string) => json(status, { error_code: code, error_msg: msg });

    const injected = failures.get(path)?.shift();
    if (injected !== undefined) {
      return injected >= 500
        ? error(injected, 'APIGW.0613', 'IAM unavailable (injected)')
        : error(injected, 'IAM.0005', 'refused (injected)');
    }
    if (req.method !== 'POST') return error(404, 'APIGW.0101', 'API does not exist');

    const b = (body ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (path === STS_PATH) {
      if (b.provider_urn !== opts.providerUrn) return error(404, 'IAM.0003', `OIDC provider ${b.provider_urn} does not exist`);
      if (b.agency_urn !== opts.agencyUrn) return error(403, 'IAM.0005', `agency ${b.agency_urn} does not trust the provider`);
      if (typeof b.id_token !== 'string' || !opts.isTrusted(b.id_token)) return error(401, 'IAM.0006', 'id_token is not trusted');
      const c = issue();
      return json(200, {
        credentials: { access_key_id: c.accessKeyId, secret_access_key: c.secretAccessKey, security_token: c.securityToken, expiration: c.expiration },
        assumed_agency: { urn: `${opts.agencyUrn}/${b.agency_session_name}`, id: rand(8) },
      });
    }
    if (path === IDTOKEN_PATH) {
      if (req.headers['x-idp-id'] !== opts.idpId) return error(404, 'IAM.0002', `identity provider ${req.headers['x-idp-id']} does not exist`);
      const jwt = b.auth?.id_token?.id;
      if (typeof jwt !== 'string' || !opts.isTrusted(jwt)) return error(401, 'IAM.0006', 'id_token is not trusted');
      const token = `MIIE${rand(60)}`;
      issuedTokens.push(token);
      return json(201, { token: { methods: ['mapped'], expires_at: new Date(Date.now() + 86_400_000).toISOString() } }, { 'X-Subject-Token': token });
    }
    if (path === SECTOKEN_PATH) {
      if (!issuedTokens.includes(String(req.headers['x-auth-token']))) return error(401, 'APIGW.0301', 'bad token');
      const c = issue();
      return json(201, { credential: { access: c.accessKeyId, secret: c.secretAccessKey, securitytoken: c.securityToken, expires_at: c.expiration } });
    }
    return error(404, 'APIGW.0101', 'API does not exist');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (p) => calls.filter((c) => c.path === p),
    issued,
    issuedTokens,
    setClock: (fn) => {
      now = fn;
    },
    failNext: (p, n, status) => failures.set(p, [...(failures.get(p) ?? []), ...Array<number>(n).fill(status)]),
    clearFailures: () => failures.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PATHS = { sts: STS_PATH, idToken: IDTOKEN_PATH, securityTokens: SECTOKEN_PATH };
