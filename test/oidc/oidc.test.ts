// Keyless auth end to end at the provider level: @actions/core's real getIDToken against a loopback fake of the
// runner's ID token endpoint, and the exchanges against a loopback STS/IAM.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as core from '@actions/core';
import type { Logger } from '../../src/logger.js';
import type { ResolvedCredentials } from '../../src/dli/credentials.js';
import {
  AuthSetupError,
  createOidcCredentialProvider,
  idTokenClaims,
  idTokenRequestAvailable,
  missingIdTokenPermissionMessage,
  type OidcCredentials,
  type OidcProviderOptions,
} from '../../src/dli/oidc.js';
import { RunFailure } from '../../src/failure.js';
import { startFakeIdTokenEndpoint, type FakeIdTokenEndpoint } from './fake-id-token-endpoint.js';
import { PATHS, startFakeSts, type FakeSts } from './fake-sts.js';

const PROVIDER_URN = 'iam::0123456789:oidcProvider:github';
const AGENCY_URN = 'iam::0123456789:agency:dli-deployer';
const IDP_ID = 'github-actions';
const AUDIENCE = 'sts.myhuaweicloud.com';
const PERMISSIONS_BLOCK = 'permissions:\n  id-token: write\n  contents: read';

const stsCredentials: OidcCredentials = {
  kind: 'oidc-sts',
  providerUrn: PROVIDER_URN,
  agencyUrn: AGENCY_URN,
  audience: AUDIENCE,
  sessionName: 'octo-org-dli-config-42',
  durationSeconds: 3600,
};
const idpCredentials: OidcCredentials = { kind: 'oidc-idp', idpId: IDP_ID, audience: AUDIENCE, durationSeconds: 900 };

type Event = { type: 'mask' | 'log'; text: string };

let tokens: FakeIdTokenEndpoint;
let sts: FakeSts;
const savedEnv = { ...process.env };

beforeEach(async () => {
  tokens = await startFakeIdTokenEndpoint();
  sts = await startFakeSts({
    providerUrn: PROVIDER_URN,
    agencyUrn: AGENCY_URN,
    idpId: IDP_ID,
    isTrusted: (jwt) => tokens.issued.includes(jwt),
  });
  Object.assign(process.env, tokens.env());
});

afterEach(async () => {
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  Object.assign(process.env, savedEnv);
  await Promise.all([tokens.close(), sts.close()]);
});

function harness(over: Partial<OidcProviderOptions> = {}) {
  const events: Event[] = [];
  const log = (prefix: string) => (m: string) => void events.push({ type: 'log', text: `${prefix}${m}` });
  const logger: Logger = {
    debug: log('debug: '),
    info: log(''),
    warning: log('warning: '),
    error: log('error: '),
    group: async (name, fn) => {
      events.push({ type: 'log', text: `[group] ${name}` });
      return fn();
    },
  };
  const sleeps: number[] = [];
  const provider = createOidcCredentialProvider({
    credentials: stsCredentials,
    // What main.ts passes: the real @actions/core implementation, reading ACTIONS_ID_TOKEN_REQUEST_* from the env.
    getIdToken: (audience) => core.getIDToken(audience),
    stsEndpoint: sts.url,
    iamEndpoint: sts.url,
    region: 'cn-north-4',
    mask: (s) => void events.push({ type: 'mask', text: s }),
    logger,
    maxRetries: 3,
    requestTimeoutMs: 5000,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...over,
  });
  const logText = () =>
    events
      .filter((e) => e.type === 'log')
      .map((e) => e.text)
      .join('\n');
  return { provider, events, sleeps, logText };
}

function aksk(c: ResolvedCredentials | null) {
  if (!c || c.kind !== 'aksk') throw new Error(`expected temporary AK/SK, got ${c?.kind}`);
  return c;
}

/** Every secret went through mask() before the first log line that followed its arrival, and no log line has it. */
function expectMaskedBeforeLogged(events: Event[], secrets: string[], arrivedBeforeLog: string) {
  const firstLogAfter = events.findIndex((e) => e.type === 'log' && e.text.includes(arrivedBeforeLog));
  expect(firstLogAfter).toBeGreaterThanOrEqual(0);
  for (const secret of secrets) {
    const masked = events.findIndex((e) => e.type === 'mask' && e.text === secret);
    expect(masked, 'secret was never masked').toBeGreaterThanOrEqual(0);
    expect(masked, 'secret masked only after logging had begun').toBeLessThan(firstLogAfter);
    for (const e of events) if (e.type === 'log') expect(e.text).not.toContain(secret);
  }
}

describe('new IAM: STS assume-with-oidc', () => {
  it('exchanges the runner ID token for temporary AK/SK with a security token and expiry', async () => {
    const { provider, events } = harness();
    const creds = aksk(await provider.get());

    expect(tokens.requests).toEqual([{ audience: AUDIENCE, authorized: true }]);
    expect(sts.issued).toHaveLength(1);
    const issued = sts.issued[0]!;
    expect(creds).toMatchObject({
      kind: 'aksk',
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      securityToken: issued.securityToken,
    });
    expect(creds.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 3500_000);

    const [call] = sts.callsTo(PATHS.sts);
    expect(call!.headers.authorization).toBeUndefined(); // unsigned
    expect(call!.body).toEqual({
      provider_urn: PROVIDER_URN,
      agency_urn: AGENCY_URN,
      agency_session_name: 'octo-org-dli-config-42',
      id_token: tokens.issued[0],
      duration_seconds: 3600,
    });

    const jwt = tokens.issued[0]!;
    expectMaskedBeforeLogged(events, [jwt], 'assuming agency');
    expectMaskedBeforeLogged(events, [jwt, issued.accessKeyId, issued.secretAccessKey, issued.securityToken], 'valid until');
  });

  it('caches: concurrent first calls share one exchange, later calls reuse it', async () => {
    const { provider } = harness();
    const all = await Promise.all([provider.get(), provider.get(), provider.get(), provider.get()]);
    expect(new Set(all).size).toBe(1);
    await provider.get();
    expect(tokens.requests).toHaveLength(1);
    expect(sts.callsTo(PATHS.sts)).toHaveLength(1);
  });
});

describe('legacy IAM federation: id-token → token → temporary AK/SK', () => {
  it('scopes the federated token to the project id and converts it to temporary AK/SK', async () => {
    const { provider, events } = harness({ credentials: idpCredentials, projectId: 'p-0123' });
    const creds = aksk(await provider.get());

    const [exchange] = sts.callsTo(PATHS.idToken);
    expect(exchange!.headers['x-idp-id']).toBe(IDP_ID);
    expect(exchange!.body).toEqual({ auth: { id_token: { id: tokens.issued[0] }, scope: { project: { id: 'p-0123' } } } });

    const [convert] = sts.callsTo(PATHS.securityTokens);
    const subjectToken = sts.issuedTokens[0]!;
    expect(convert!.headers['x-auth-token']).toBe(subjectToken);
    expect(convert!.body).toEqual({ auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } });

    const issued = sts.issued[0]!;
    expect(creds).toMatchObject({ accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey, securityToken: issued.securityToken });
    expectMaskedBeforeLogged(
      events,
      [tokens.issued[0]!, subjectToken, issued.accessKeyId, issued.secretAccessKey, issued.securityToken],
      'valid until',
    );
  });

  it('without a project id, scopes the token to the region by name', async () => {
    const { provider } = harness({ credentials: idpCredentials });
    await provider.get();
    expect(sts.callsTo(PATHS.idToken)[0]!.body).toMatchObject({ auth: { scope: { project: { name: 'cn-north-4' } } } });
  });

  it('a refused identity provider id names the code and the identity provider to check', async () => {
    const { provider, logText } = harness({ credentials: { ...idpCredentials, idpId: 'nope' } });
    const err = await provider.get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthSetupError);
    expect((err as AuthSetupError).code).toBe('IAM.0002');
    expect((err as Error).message).toContain('oidc-idp-id "nope"');
    expect((err as Error).message).toContain('identity conversion rules');
    expect(sts.callsTo(PATHS.securityTokens)).toHaveLength(0);
    expect(logText()).not.toContain(tokens.issued[0]!);
  });
});

describe('missing id-token permission', () => {
  it('idTokenRequestAvailable needs both runner variables', () => {
    expect(idTokenRequestAvailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toBe(true);
    expect(idTokenRequestAvailable({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u' })).toBe(false);
    expect(idTokenRequestAvailable({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toBe(false);
    expect(idTokenRequestAvailable({ ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toBe(false);
    expect(missingIdTokenPermissionMessage()).toContain(PERMISSIONS_BLOCK);
  });

  it.each(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])(
    'without %s the run fails at once with the permissions block to add',
    async (variable) => {
      delete process.env[variable];
      const { provider, sleeps } = harness();
      const err = await provider.get().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AuthSetupError);
      expect(err).toBeInstanceOf(RunFailure);
      expect((err as AuthSetupError).reason).toBe('auth-failed');
      expect((err as Error).message).toContain(PERMISSIONS_BLOCK);
      expect(sleeps).toEqual([]); // not worth retrying
      expect(sts.calls).toHaveLength(0);
    },
  );
});

describe('refused exchange', () => {
  it('a wrong agency URN: the error code, the request id, and what to check, with no retry', async () => {
    const { provider, sleeps, logText } = harness({ credentials: { ...stsCredentials, agencyUrn: 'iam::0123456789:agency:other' } });
    const err = (await provider.get().catch((e: unknown) => e)) as AuthSetupError;
    expect(err).toBeInstanceOf(AuthSetupError);
    expect(err.reason).toBe('auth-failed');
    expect(err.code).toBe('IAM.0005');
    expect(err.status).toBe(403);
    expect(err.requestId).toMatch(/^req-/);
    expect(err.message).toContain('IAM.0005');
    expect(err.message).toContain('oidc-agency-urn "iam::0123456789:agency:other"');
    expect(err.message).toContain('oidc-provider-urn');
    expect(err.message).toContain('trust policy');
    expect(err.message).toContain(`audience "${AUDIENCE}"`);
    // The claims a trust condition is written against, so the user can compare:
    expect(err.message).toContain('sub "repo:octo-org/dli-config:environment:production"');
    expect(err.message).not.toContain(tokens.issued[0]!);
    expect(sts.callsTo(PATHS.sts)).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(logText()).not.toContain(tokens.issued[0]!);
    expect(err.transient).toBe(false);

    // Remembered: later callers (a whole apply's worth) fail at once without asking STS again.
    await expect(provider.get()).rejects.toBe(err);
    await expect(provider.refresh()).rejects.toBe(err);
    expect(sts.callsTo(PATHS.sts)).toHaveLength(1);
    expect(tokens.requests).toHaveLength(1);
  });

  it('an untrusted token (the STS refuses it): code and advice about sub/aud conditions', async () => {
    const { provider } = harness({ getIdToken: async () => 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmV2aWwvZm9yayIsImF1ZCI6Inh4In0.c2ln' });
    const err = (await provider.get().catch((e: unknown) => e)) as AuthSetupError;
    expect(err).toBeInstanceOf(AuthSetupError);
    expect(err.code).toBe('IAM.0006');
    expect(err.message).toContain('`sub` and `aud`');
    expect(err.message).toContain('sub "repo:evil/fork", aud "xx"');
  });
});

describe('transient failures', () => {
  it('a 503 from STS is retried with growing backoff, then succeeds', async () => {
    sts.failNext(PATHS.sts, 2, 503);
    const { provider, sleeps } = harness();
    aksk(await provider.get());
    expect(sts.callsTo(PATHS.sts)).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]); // full jitter (random 0.5) under a doubling ceiling
    expect(tokens.requests).toHaveLength(1); // the ID token is reused across retries of one exchange
  });

  it('gives up after maxRetries and says it looks transient', async () => {
    sts.failNext(PATHS.sts, 10, 503);
    const { provider, sleeps } = harness({ maxRetries: 2 });
    const err = (await provider.get().catch((e: unknown) => e)) as AuthSetupError;
    expect(err).toBeInstanceOf(AuthSetupError);
    expect(err.status).toBe(503);
    expect(err.message).toMatch(/after 3 attempt\(s\).*transient/s);
    expect(sts.callsTo(PATHS.sts)).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(err.transient).toBe(true);

    // Not remembered: a later call asks again (and may succeed).
    sts.clearFailures();
    expect((await provider.get()).kind).toBe('aksk');
  });

  it('no answer at all: names the endpoint input to check', async () => {
    const { provider } = harness({ stsEndpoint: 'http://127.0.0.1:1', maxRetries: 1 });
    const err = (await provider.get().catch((e: unknown) => e)) as AuthSetupError;
    expect(err).toBeInstanceOf(AuthSetupError);
    expect(err.status).toBe(0);
    expect(err.transient).toBe(true);
    expect(err.message).toContain('after 2 attempt(s)');
    expect(err.message).toContain('sts-endpoint');
  });

  it('a 503 on the legacy conversion step is retried too', async () => {
    sts.failNext(PATHS.securityTokens, 1, 502);
    const { provider } = harness({ credentials: idpCredentials });
    aksk(await provider.get());
    expect(sts.callsTo(PATHS.idToken)).toHaveLength(1);
    expect(sts.callsTo(PATHS.securityTokens)).toHaveLength(2);
  });

  it('a dropped connection on the ID token request is retried (core.getIDToken does not retry network errors)', async () => {
    tokens.failNext(2, 'reset');
    const { provider, sleeps } = harness();
    aksk(await provider.get());
    expect(tokens.requests).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('a 403 from the ID token service is not retried', async () => {
    let calls = 0;
    const { provider, sleeps } = harness({
      getIdToken: async () => {
        calls++;
        throw new Error('Error message: Failed to get ID Token. \n Error Code : 403\n Error Message: forbidden');
      },
    });
    const err = (await provider.get().catch((e: unknown) => e)) as AuthSetupError;
    expect(err).toBeInstanceOf(AuthSetupError);
    expect(err.message).toContain('Could not get a GitHub OIDC ID token');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('a hanging ID token request times out and is retried', async () => {
    let calls = 0;
    const { provider } = harness({
      requestTimeoutMs: 50,
      maxRetries: 1,
      getIdToken: (aud) => (++calls === 1 ? new Promise<string>(() => {}) : core.getIDToken(aud)),
    });
    aksk(await provider.get());
    expect(calls).toBe(2);
  });
});

describe('expiry and refresh', () => {
  it('refresh() exchanges a fresh ID token and returns new credentials', async () => {
    const { provider, logText } = harness();
    const first = aksk(await provider.get());
    const second = aksk(await provider.refresh(first));
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(tokens.issued).toHaveLength(2);
    expect(sts.callsTo(PATHS.sts)[1]!.body).toMatchObject({ id_token: tokens.issued[1] });
    expect(await provider.get()).toBe(second);
    for (const secret of [second.accessKeyId, second.secretAccessKey, second.securityToken!, tokens.issued[1]!]) {
      expect(logText()).not.toContain(secret);
    }
  });

  it('many concurrent callers refused at once cause exactly one exchange', async () => {
    const { provider } = harness();
    const stale = aksk(await provider.get());
    const results = await Promise.all(Array.from({ length: 8 }, () => provider.refresh(stale)));
    expect(new Set(results).size).toBe(1);
    expect(aksk(results[0]!).accessKeyId).not.toBe(stale.accessKeyId);
    expect(sts.callsTo(PATHS.sts)).toHaveLength(2);
    // A straggler whose refused request was signed with the old credentials gets the replacement, no new exchange.
    expect(await provider.refresh(stale)).toBe(results[0]);
    expect(sts.callsTo(PATHS.sts)).toHaveLength(2);
    expect(tokens.requests).toHaveLength(2);
  });

  it('renews ahead of expiry on get(), and keeps the old credentials if renewal fails while they are valid', async () => {
    let clock = Date.now();
    sts.setClock(() => clock);
    const { provider, logText } = harness({ now: () => clock });
    const first = aksk(await provider.get());

    clock += 56 * 60_000; // 4 minutes left of 60: inside the 5-minute renewal window
    const second = aksk(await provider.get());
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(aksk(await provider.get())).toBe(second); // fresh again: no further exchange
    expect(sts.callsTo(PATHS.sts)).toHaveLength(2);

    clock += 56 * 60_000;
    sts.failNext(PATHS.sts, 10, 503);
    const third = await provider.get();
    expect(third).toBe(second);
    expect(logText()).toContain('warning: Keyless auth: early renewal failed');

    clock += 5 * 60_000; // now really expired: the failure surfaces
    await expect(provider.get()).rejects.toBeInstanceOf(AuthSetupError);
  });

  it('a refused early renewal keeps the current credentials until they expire, then fails fast', async () => {
    let clock = Date.now();
    sts.setClock(() => clock);
    const { provider } = harness({ now: () => clock });
    const first = aksk(await provider.get());
    clock += 57 * 60_000;
    sts.failNext(PATHS.sts, 1, 403);
    expect(await provider.get()).toBe(first);
    expect(await provider.get()).toBe(first); // refusal remembered: no second attempt
    expect(sts.callsTo(PATHS.sts)).toHaveLength(2);
    clock += 4 * 60_000;
    await expect(provider.get()).rejects.toMatchObject({ status: 403, transient: false });
    expect(sts.callsTo(PATHS.sts)).toHaveLength(2);
  });

  it('a failed refresh is an AuthSetupError, and the next refresh tries again', async () => {
    const { provider } = harness({ maxRetries: 0 });
    const first = aksk(await provider.get());
    sts.failNext(PATHS.sts, 1, 503);
    await expect(provider.refresh(first)).rejects.toBeInstanceOf(AuthSetupError);
    const again = aksk(await provider.refresh(first));
    expect(again.accessKeyId).not.toBe(first.accessKeyId);
  });
});

describe('idTokenClaims', () => {
  it('reads sub/aud/iss without verifying, and tolerates garbage', () => {
    expect(idTokenClaims('x.e30.y')).toEqual({});
    expect(idTokenClaims('not-a-jwt')).toEqual({});
    expect(idTokenClaims('a.!!!.b')).toEqual({});
    const jwt = `h.${Buffer.from(JSON.stringify({ sub: 's', aud: ['a', 'b'], iss: 'i' })).toString('base64url')}.sig`;
    expect(idTokenClaims(jwt)).toEqual({ sub: 's', aud: 'a, b', iss: 'i' });
  });
});
