// Keyless auth against the shared emulator (one URL for STS, IAM and DLI): the temporary credentials from the OIDC
// exchange sign real DLI and IAM calls, and an expiry in the middle of the run is repaired by one refresh.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as core from '@actions/core';
import { memoryLogger } from '../../src/logger.js';
import { createDliClient } from '../../src/dli/client.js';
import { resolveProjectId } from '../../src/dli/auth.js';
import { AuthSetupError, createOidcCredentialProvider, type OidcCredentials } from '../../src/dli/oidc.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startFakeIdTokenEndpoint, type FakeIdTokenEndpoint } from './fake-id-token-endpoint.js';

const PROVIDER_URN = 'iam::0123456789:oidcProvider:github';
const AGENCY_URN = 'iam::0123456789:agency:dli-deployer';
const AUDIENCE = 'sts.myhuaweicloud.com';

let tokens: FakeIdTokenEndpoint;
let emu: Emulator;
const savedEnv = { ...process.env };

beforeEach(async () => {
  tokens = await startFakeIdTokenEndpoint();
  emu = await startEmulator({
    oidc: { providerUrn: PROVIDER_URN, agencyUrn: AGENCY_URN, idpId: 'github-actions', audience: AUDIENCE },
  });
  Object.assign(process.env, tokens.env());
});

afterEach(async () => {
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  Object.assign(process.env, savedEnv);
  await Promise.all([tokens.close(), emu.close()]);
});

function setup(credentials: OidcCredentials, projectId?: string) {
  const logger = memoryLogger();
  const masked: string[] = [];
  const provider = createOidcCredentialProvider({
    credentials,
    getIdToken: (audience) => core.getIDToken(audience),
    stsEndpoint: emu.url,
    iamEndpoint: emu.url,
    region: emu.region,
    ...(projectId ? { projectId } : {}),
    mask: (s) => void masked.push(s),
    logger,
    maxRetries: 2,
    requestTimeoutMs: 5000,
    sleep: async () => {},
  });
  const common = { credentials: provider, logger, maxRetries: 2, requestTimeoutMs: 5000, sleep: async () => {} };
  return { provider, logger, masked, common };
}

const count = (op: string) => emu.requests.filter((r) => r.operation === op).length;

const sts: OidcCredentials = {
  kind: 'oidc-sts',
  providerUrn: PROVIDER_URN,
  agencyUrn: AGENCY_URN,
  audience: AUDIENCE,
  sessionName: 'octo-org-dli-config-7',
  durationSeconds: 3600,
};

describe('keyless auth against the emulator', () => {
  it('new IAM: looks up the project and lists connections with the temporary AK/SK, then survives an expiry', async () => {
    const { provider, logger, masked, common } = setup(sts);
    const projectId = await resolveProjectId({ iamEndpoint: emu.url, region: emu.region, ...common });
    expect(projectId).toBe(emu.projectId);
    const dli = createDliClient({ endpoint: emu.url, projectId, ...common });
    expect(await dli.listConnections()).toEqual([]);
    expect(count('assumeWithOidc')).toBe(1);

    emu.state.seedConnection({ name: 'kafka_prod' });
    emu.state.expireCredentials();
    const after = await dli.listConnections();
    expect(after.map((c) => c.name)).toEqual(['kafka_prod']);
    expect(count('assumeWithOidc')).toBe(2); // exactly one refresh
    expect(tokens.issued).toHaveLength(2); // with a fresh ID token

    const creds = await provider.get();
    if (creds.kind !== 'aksk') throw new Error('expected AK/SK');
    const secrets = [...tokens.issued, creds.accessKeyId, creds.secretAccessKey, creds.securityToken!];
    for (const s of secrets) expect(masked).toContain(s);
    const log = logger.lines.join('\n');
    for (const s of secrets) expect(log).not.toContain(s);
  });

  it('concurrent calls refused after an expiry share one refresh', async () => {
    const { common } = setup(sts);
    const dli = createDliClient({ endpoint: emu.url, projectId: emu.projectId, ...common });
    await dli.listConnections();
    emu.state.expireCredentials();
    const results = await Promise.all(Array.from({ length: 6 }, () => dli.listConnections()));
    expect(results).toHaveLength(6);
    expect(count('assumeWithOidc')).toBe(2);
  });

  it('legacy IAM federation: the converted AK/SK sign DLI calls', async () => {
    const { common } = setup({ kind: 'oidc-idp', idpId: 'github-actions', audience: AUDIENCE, durationSeconds: 900 }, undefined);
    const dli = createDliClient({ endpoint: emu.url, projectId: emu.projectId, ...common });
    expect(await dli.listConnections()).toEqual([]);
    expect(count('oidcIdTokenExchange')).toBe(1);
  });

  it('a token for the wrong audience is refused with the code and the audience to check', async () => {
    const { provider } = setup({ ...sts, audience: 'https://github.com/octo-org' });
    const err = (await provider.get().catch((e: unknown) => e)) as AuthSetupError;
    expect(err).toBeInstanceOf(AuthSetupError);
    expect(err.code).toBe('IAM.0006');
    expect(err.message).toContain('audience "https://github.com/octo-org"');
    expect(err.message).toContain('aud "https://github.com/octo-org"');
  });

  it('a transient 503 from STS is retried', async () => {
    emu.addFault({ operation: 'assumeWithOidc', kind: 'status', status: 503, count: 2 });
    const { provider } = setup(sts);
    expect((await provider.get()).kind).toBe('aksk');
    expect(count('assumeWithOidc')).toBe(3);
  });
});
