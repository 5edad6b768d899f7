// Authentication at the emulator's gateway (signatures, project headers, tokens, temporary keys), IAM and STS flows,
// and the VPC / queue / pool reads used by preflight.
import { describe, it, expect, afterEach } from 'vitest';
import { startEmulator, type Emulator } from './index.js';
import { call, connPath, fakeJwt, unsigned } from './helpers.js';
import { rawRequest, signHeaders } from './sign.js';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

const PROVIDER = 'iam::0123456789:oidcProvider:github';
const AGENCY = 'iam::0123456789:agency:gh-deployer';
const AUD = 'https://github.com/octo-org';
const future = () => Math.floor(Date.now() / 1000) + 600;

describe('gateway authentication', () => {
  it('refuses unsigned, wrong-secret and unknown-key calls with 401 APIGW.0301 + request_id', async () => {
    emu = await startEmulator();
    const plain = await unsigned(emu, 'GET', connPath(emu));
    expect(plain.status).toBe(401);
    expect(plain.json).toMatchObject({ error_code: 'APIGW.0301', request_id: plain.headers['x-request-id'] });
    expect((await call(emu, 'GET', connPath(emu), { secretAccessKey: 'wrong' })).json).toMatchObject({ error_code: 'APIGW.0301' });
    expect((await call(emu, 'GET', connPath(emu), { accessKeyId: 'NOPE' })).json).toMatchObject({ error_code: 'APIGW.0301' });
  });

  it('refuses a date outside the tolerance with 401 APIGW.0303 (configurable)', async () => {
    emu = await startEmulator({ clockSkewToleranceMs: 60_000 });
    const old = await call(emu, 'GET', connPath(emu), { date: Date.now() - 120_000 });
    expect(old.status).toBe(401);
    expect(old.json).toMatchObject({ error_code: 'APIGW.0303' });
    expect((await call(emu, 'GET', connPath(emu), { date: Date.now() - 30_000 })).status).toBe(200);
  });

  it('refuses a body changed after signing', async () => {
    emu = await startEmulator();
    const url = emu.url + connPath(emu);
    const body = JSON.stringify({ name: 'a', dest_vpc_id: 'v', dest_network_id: 'n' });
    const headers = signHeaders({ method: 'POST', url, body, accessKeyId: emu.ak, secretAccessKey: emu.sk, projectId: emu.projectId });
    const r = await rawRequest('POST', url, headers, body.replace('"a"', '"b"'));
    expect(r.json).toMatchObject({ error_code: 'APIGW.0301' });
    expect(emu.state.connections()).toHaveLength(0);
  });

  it('accepts the official SDK quirk: a signed {} body on GET', async () => {
    emu = await startEmulator();
    expect((await call(emu, 'GET', connPath(emu), { body: '{}' })).status).toBe(200);
  });

  it('X-Project-Id: required for AK/SK DLI calls and must match the path (401 APIGW.0301)', async () => {
    emu = await startEmulator();
    expect((await call(emu, 'GET', connPath(emu), { projectId: null })).json).toMatchObject({ error_code: 'APIGW.0301' });
    const other = 'ffffffffffffffffffffffffffffffff';
    expect((await call(emu, 'GET', connPath(emu), { projectId: other })).json).toMatchObject({ error_code: 'APIGW.0301' });
    // Consistent header and path, but not the emulator's project: 404 APIGW.0101.
    const wrong = await call(emu, 'GET', `/v2.0/${other}/datasource/enhanced-connections`, { projectId: other });
    expect(wrong.status).toBe(404);
    expect(wrong.json).toMatchObject({ error_code: 'APIGW.0101' });
  });

  it('unknown paths and methods → 404 APIGW.0101, operation unknown', async () => {
    emu = await startEmulator();
    const r = await call(emu, 'PATCH', connPath(emu));
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ error_code: 'APIGW.0101' });
    expect(emu.requests.at(-1)!.operation).toBe('unknown');
  });

  it('forbid(op) answers 403 APIGW.0302 for that operation only', async () => {
    emu = await startEmulator();
    emu.state.forbid('listConnections');
    expect((await call(emu, 'GET', connPath(emu))).json).toMatchObject({ error_code: 'APIGW.0302' });
    expect((await call(emu, 'GET', `/v1.0/${emu.projectId}/queues`)).status).toBe(200);
  });

  it('X-Auth-Token: issued tokens work, expired / unknown / expireCredentials ones get 401 APIGW.0301', async () => {
    emu = await startEmulator();
    const token = emu.issueToken();
    expect((await unsigned(emu, 'GET', connPath(emu), undefined, { 'x-auth-token': token })).status).toBe(200);
    expect((await unsigned(emu, 'GET', connPath(emu), undefined, { 'x-auth-token': 'bogus' })).json).toMatchObject({ error_code: 'APIGW.0301' });
    const short = emu.issueToken({ expiresInMs: -1 });
    expect((await unsigned(emu, 'GET', connPath(emu), undefined, { 'x-auth-token': short })).status).toBe(401);
    emu.state.expireCredentials();
    expect((await unsigned(emu, 'GET', connPath(emu), undefined, { 'x-auth-token': token })).status).toBe(401);
    // Permanent AK/SK keep working.
    expect((await call(emu, 'GET', connPath(emu))).status).toBe(200);
  });

  it('several permanent key pairs', async () => {
    emu = await startEmulator({ credentials: [{ accessKeyId: 'AK1', secretAccessKey: 'SK1' }, { accessKeyId: 'AK2', secretAccessKey: 'SK2' }] });
    expect(emu.ak).toBe('AK1');
    expect((await call(emu, 'GET', connPath(emu), { accessKeyId: 'AK2', secretAccessKey: 'SK2' })).status).toBe(200);
    expect((await call(emu, 'GET', connPath(emu), { accessKeyId: 'AK2', secretAccessKey: 'SK1' })).status).toBe(401);
  });
});

describe('IAM', () => {
  it('GET /v3/projects?name= is signed without X-Project-Id and filters by name', async () => {
    emu = await startEmulator({ region: 'ap-southeast-1', projects: [{ id: 'p1', name: 'ap-southeast-1' }, { id: 'p2', name: 'ap-southeast-1_sub' }] });
    const r = await call(emu, 'GET', '/v3/projects?name=ap-southeast-1', { projectId: null });
    expect(r.status).toBe(200);
    const body = r.json as { projects: { id: string; name: string; domain_id: string; enabled: boolean }[]; links: unknown };
    expect(body.projects).toEqual([expect.objectContaining({ id: 'p1', name: 'ap-southeast-1', enabled: true })]);
    expect(body.links).toBeDefined();
    expect(((await call(emu, 'GET', '/v3/projects?name=nope', { projectId: null })).json as { projects: unknown[] }).projects).toEqual([]);
    expect((await unsigned(emu, 'GET', '/v3/projects?name=x')).status).toBe(401);
  });

  it('password token: 201 + X-Subject-Token usable as X-Auth-Token; wrong password 401 when users are configured', async () => {
    emu = await startEmulator({ users: [{ name: 'alice', password: 'pw', domainName: 'acme' }] });
    const body = (password: string) => ({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'alice', password, domain: { name: 'acme' } } } },
        scope: { project: { name: emu.region } },
      },
    });
    const r = await unsigned(emu, 'POST', '/v3/auth/tokens', body('pw'));
    expect(r.status).toBe(201);
    const token = r.headers['x-subject-token'] as string;
    expect(token).toBeTruthy();
    expect(r.json).toMatchObject({ token: { project: { id: emu.projectId } } });
    expect((await unsigned(emu, 'GET', connPath(emu), undefined, { 'x-auth-token': token })).status).toBe(200);
    expect((await unsigned(emu, 'POST', '/v3/auth/tokens', body('bad'))).status).toBe(401);
    expect((await unsigned(emu, 'POST', '/v3/auth/tokens', { auth: {} })).status).toBe(400);
  });

  it('legacy OIDC: id-token exchange → token → securitytokens → temporary AK/SK usable for DLI', async () => {
    emu = await startEmulator({ oidc: { providerUrn: PROVIDER, agencyUrn: AGENCY, audience: AUD } });
    const jwt = fakeJwt({ aud: AUD, exp: future() });
    const noIdp = await unsigned(emu, 'POST', '/v3.0/OS-AUTH/id-token/tokens', { auth: { id_token: { id: jwt } } });
    expect(noIdp.status).toBe(400);
    const r = await unsigned(emu, 'POST', '/v3.0/OS-AUTH/id-token/tokens', { auth: { id_token: { id: jwt }, scope: { project: { id: emu.projectId } } } }, { 'x-idp-id': 'github' });
    expect(r.status).toBe(201);
    const token = r.headers['x-subject-token'] as string;
    const wrongAud = await unsigned(emu, 'POST', '/v3.0/OS-AUTH/id-token/tokens', { auth: { id_token: { id: fakeJwt({ aud: 'x', exp: future() }) } } }, { 'x-idp-id': 'github' });
    expect(wrongAud.status).toBe(401);
    const st = await unsigned(emu, 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', { auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } }, { 'x-auth-token': token });
    expect(st.status).toBe(201);
    const cred = (st.json as { credential: { access: string; secret: string; securitytoken: string; expires_at: string } }).credential;
    expect(Date.parse(cred.expires_at)).toBeGreaterThan(Date.now());
    const ok = await call(emu, 'GET', connPath(emu), { accessKeyId: cred.access, secretAccessKey: cred.secret, securityToken: cred.securitytoken });
    expect(ok.status).toBe(200);
    const noTok = await call(emu, 'GET', connPath(emu), { accessKeyId: cred.access, secretAccessKey: cred.secret });
    expect(noTok.json).toMatchObject({ error_code: 'APIGW.0301' });
    expect((await unsigned(emu, 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', {})).status).toBe(401);
  });
});

describe('STS assume-with-oidc', () => {
  const req = (over: Record<string, unknown> = {}) => ({
    provider_urn: PROVIDER,
    agency_urn: AGENCY,
    agency_session_name: 'gh-run-1',
    id_token: fakeJwt({ aud: AUD, exp: future() }),
    duration_seconds: 900,
    ...over,
  });

  it('issues temporary credentials that sign DLI calls until expireCredentials()', async () => {
    emu = await startEmulator({ oidc: { providerUrn: PROVIDER, agencyUrn: AGENCY, audience: AUD } });
    const r = await unsigned(emu, 'POST', '/v5/agencies/assume-with-oidc', req());
    expect(r.status).toBe(200);
    const c = (r.json as { credentials: { access_key_id: string; secret_access_key: string; security_token: string; expiration: string } }).credentials;
    expect(r.json).toMatchObject({ assumed_agency: { urn: expect.stringContaining('gh-run-1') } });
    const creds = { accessKeyId: c.access_key_id, secretAccessKey: c.secret_access_key, securityToken: c.security_token };
    expect((await call(emu, 'GET', connPath(emu), creds)).status).toBe(200);
    expect((await call(emu, 'GET', connPath(emu), { ...creds, securityToken: 'other' })).status).toBe(401);
    emu.state.expireCredentials();
    expect((await call(emu, 'GET', connPath(emu), creds)).json).toMatchObject({ error_code: 'APIGW.0301' });
  });

  it('credentialTtlSeconds makes credentials expire on their own', async () => {
    emu = await startEmulator({ oidc: { providerUrn: PROVIDER, agencyUrn: AGENCY, audience: AUD, credentialTtlSeconds: 1 } });
    const c = ((await unsigned(emu, 'POST', '/v5/agencies/assume-with-oidc', req())).json as { credentials: Record<string, string> }).credentials!;
    const creds = { accessKeyId: c.access_key_id!, secretAccessKey: c.secret_access_key!, securityToken: c.security_token! };
    expect((await call(emu, 'GET', connPath(emu), creds)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await call(emu, 'GET', connPath(emu), creds)).status).toBe(401);
  });

  it.each([
    ['short session name', { agency_session_name: 'a' }, 400, 'IAM.0001'],
    ['duration too short', { duration_seconds: 899 }, 400, 'IAM.0001'],
    ['duration too long', { duration_seconds: 43201 }, 400, 'IAM.0001'],
    ['id_token not a JWT', { id_token: 'abc' }, 400, 'IAM.0001'],
    ['malformed provider urn', { provider_urn: 'github' }, 400, 'IAM.0001'],
    ['unknown provider', { provider_urn: 'iam::0123456789:oidcProvider:other' }, 404, 'IAM.0003'],
    ['untrusted agency', { agency_urn: 'iam::0123456789:agency:other' }, 403, 'IAM.0005'],
    ['expired id_token', { id_token: fakeJwt({ aud: AUD, exp: 1000 }) }, 401, 'IAM.0006'],
    ['wrong audience', { id_token: fakeJwt({ aud: 'someone-else', exp: 9999999999 }) }, 401, 'IAM.0006'],
  ])('refuses %s', async (_l, over, status, code) => {
    emu = await startEmulator({ oidc: { providerUrn: PROVIDER, agencyUrn: AGENCY, audience: AUD } });
    const r = await unsigned(emu, 'POST', '/v5/agencies/assume-with-oidc', req(over));
    expect(r.status).toBe(status);
    expect(r.json).toMatchObject({ error_code: code });
  });

  it('validTokens without an audience: only listed tokens pass', async () => {
    const good = fakeJwt({ sub: 'repo:o/r' });
    emu = await startEmulator({ oidc: { providerUrn: PROVIDER, agencyUrn: AGENCY, validTokens: [good] } });
    expect((await unsigned(emu, 'POST', '/v5/agencies/assume-with-oidc', req({ id_token: good }))).status).toBe(200);
    expect((await unsigned(emu, 'POST', '/v5/agencies/assume-with-oidc', req({ id_token: fakeJwt({ sub: 'x', exp: future() }) }))).status).toBe(401);
  });
});

describe('VPC, queue and pool reads', () => {
  const VPC = '11111111-1111-4111-8111-111111111111';
  const SUB = '22222222-2222-4222-8222-222222222222';
  const RT = '33333333-3333-4333-8333-333333333333';
  const MISSING = '44444444-4444-4444-8444-444444444444';

  it('shows seeded VPC objects and answers the preflight spec codes otherwise', async () => {
    emu = await startEmulator();
    emu.state.seedVpc({ id: VPC, cidr: '10.0.0.0/16' });
    emu.state.seedSubnet({ id: SUB, vpc_id: VPC, cidr: '10.0.1.0/24' });
    emu.state.seedRouteTable({ id: RT, vpc_id: VPC, subnets: [{ id: SUB }] });
    const p = `/v1/${emu.projectId}`;
    expect((await call(emu, 'GET', `${p}/vpcs/${VPC}`)).json).toMatchObject({ vpc: { id: VPC, cidr: '10.0.0.0/16', status: 'OK' } });
    const sub = (await call(emu, 'GET', `${p}/subnets/${SUB}`)).json as { subnet: Record<string, unknown> };
    expect(sub.subnet).toMatchObject({ id: SUB, vpc_id: VPC, cidr: '10.0.1.0/24', status: 'ACTIVE', neutron_network_id: SUB });
    expect(sub.subnet.neutron_subnet_id).not.toBe(SUB);
    expect((await call(emu, 'GET', `${p}/routetables/${RT}`)).json).toMatchObject({ routetable: { id: RT, vpc_id: VPC, subnets: [{ id: SUB }] } });
    const cases: [string, number, string][] = [
      [`${p}/vpcs/${MISSING}`, 404, 'VPC.0003'],
      [`${p}/vpcs/not-a-uuid`, 400, 'VPC.0101'],
      [`${p}/subnets/${MISSING}`, 404, 'VPC.0202'],
      [`${p}/subnets/xyz`, 400, 'VPC.0201'],
      [`${p}/routetables/${MISSING}`, 404, 'VPC.2808'],
    ];
    for (const [path, status, code] of cases) {
      const r = await call(emu, 'GET', path);
      expect([r.status, (r.json as { code: string }).code]).toEqual([status, code]);
    }
    emu.state.forbid('showVpc');
    expect((await call(emu, 'GET', `${p}/vpcs/${VPC}`)).status).toBe(403);
  });

  it('queues: only SQL ones without queue_type=all; pools page with count', async () => {
    emu = await startEmulator();
    emu.state.seedQueue({ queue_name: 'sqlq', cidr_in_vpc: '172.16.0.0/18' });
    emu.state.seedQueue({ queue_name: 'genq', queue_type: 'general', elastic_resource_pool_name: 'pool_a' });
    for (let i = 0; i < 3; i++) emu.state.seedPool({ elastic_resource_pool_name: `pool_${'abc'[i]}`, cidr_in_vpc: `172.${16 + i}.0.0/16` });
    const names = async (q: string) =>
      ((await call(emu, 'GET', `/v1.0/${emu.projectId}/queues${q}`)).json as { queues: { queue_name: string }[] }).queues.map((x) => x.queue_name);
    expect(await names('')).toEqual(['sqlq']);
    expect(await names('?queue_type=all')).toEqual(['sqlq', 'genq']);
    const all = (await call(emu, 'GET', `/v1.0/${emu.projectId}/queues?queue_type=all`)).json as { queues: Record<string, unknown>[] };
    expect(all.queues[1]).toMatchObject({ elastic_resource_pool_name: 'pool_a', queue_type: 'general' });
    const page = (await call(emu, 'GET', `/v3/${emu.projectId}/elastic-resource-pools?limit=2&offset=0`)).json as {
      count: number;
      elastic_resource_pools: { elastic_resource_pool_name: string; status: string; queues: string[] }[];
    };
    expect(page.count).toBe(3);
    expect(page.elastic_resource_pools.map((x) => x.elastic_resource_pool_name)).toEqual(['pool_a', 'pool_b']);
    expect(page.elastic_resource_pools[0]).toMatchObject({ status: 'AVAILABLE', queues: ['genq'] });
    const last = (await call(emu, 'GET', `/v3/${emu.projectId}/elastic-resource-pools?limit=2&offset=2`)).json as { elastic_resource_pools: unknown[] };
    expect(last.elastic_resource_pools).toHaveLength(1);
  });
});
