// Holds the client and the emulator to the API fidelity table (test/fixtures/api-fidelity.json), which copies the
// facts of Huawei's own Node SDK and is rendered into docs/api-fidelity.md:
// - the real client, driven against the emulator with every optional field set, sends exactly the method, path,
//   query keys and body fields the table says, and those are within the SDK's;
// - the fields the client's zod schemas read are the table's, and within the SDK's (or listed as kept differences);
// - the emulator answers with fields the SDK knows (or the table's kept differences), including every field we read;
// - the emulator refuses a field the SDK does not know;
// - the page is the rendering of the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resolveProjectId } from '../../src/dli/auth.js';
import { createDliClient } from '../../src/dli/client.js';
import { createHttpTransport } from '../../src/dli/http.js';
import { assumeAgencyWithOidc, legacyIdTokenToTemporaryAkSk, securityTokenAnswer, stsAnswer } from '../../src/dli/oidc-exchange.js';
import * as schemas from '../../src/dli/schemas.js';
import { createVpcClient } from '../../src/dli/vpc.js';
import { silentLogger } from '../../src/logger.js';
import { startEmulator, type Emulator, type RequestLogEntry } from '../emulator/index.js';
import { fieldPaths, loadFidelityTable, type FidelityRow } from '../emulator/sdk-fields.js';
import { clientOptions } from '../dli/helpers.js';
import { withFreshSection } from './render.js';

const table = loadFidelityTable();
const here = path.dirname(fileURLToPath(import.meta.url));
const DOC = path.resolve(here, '../../docs/api-fidelity.md');

const VPC = '11111111-2222-4333-8444-555555555555';
const SUBNET = '22222222-3333-4444-8555-666666666666';
const RTB = '33333333-4444-4555-8666-777777777777';
const ID_TOKEN = 'header.payload.signature';

/** The zod schema each client operation parses its answer with (what "the fields we read" means in code). */
const READ_SCHEMA: Record<string, z.ZodType | undefined> = {
  createConnection: schemas.createConnectionAnswer,
  listConnections: schemas.listConnectionsAnswer,
  showConnection: schemas.connectionSchema,
  showPrivileges: schemas.privilegesAnswer,
  listTags: schemas.listTagsAnswer,
  listQueues: schemas.listQueuesAnswer,
  listElasticResourcePools: schemas.listPoolsAnswer,
  startConnectivityTest: schemas.connectivityTaskAnswer,
  showConnectivityTest: schemas.connectivityResultAnswer,
  showVpc: schemas.vpcAnswer,
  showSubnet: schemas.subnetAnswer,
  showRouteTable: schemas.routeTableAnswer,
  resolveProjectId: schemas.projectsAnswer,
  temporaryAkSkFromToken: securityTokenAnswer,
  assumeAgencyWithOidc: stsAnswer,
};

/** Field paths a zod schema reads, from its JSON Schema (input side, before transforms). */
function schemaPaths(schema: z.ZodType): string[] {
  const out: string[] = [];
  type JS = { type?: string | string[]; properties?: Record<string, JS>; items?: JS; anyOf?: JS[] };
  const walk = (s: JS, prefix: string): void => {
    const variants = s.anyOf ?? [s];
    for (const v of variants) {
      if (v.properties) {
        for (const [k, child] of Object.entries(v.properties)) {
          const arr = (child.anyOf ?? [child]).find((c) => c.type === 'array' || (Array.isArray(c.type) && c.type.includes('array')));
          const key = `${prefix}${k}${arr ? '[]' : ''}`;
          out.push(key);
          walk(arr?.items ?? child, `${key}.`);
        }
      }
    }
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JS, '');
  return out;
}

/** `/v2.0/{project_id}/x/{id}` as a regex over a raw request path (placeholders match one segment). */
function pathPattern(template: string): RegExp {
  const parts = template.split('/').map((seg) => (/^\{.+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('/')}$`);
}

let emu: Emulator;
/** Requests per table row, recorded while the real client ran. */
const seen = new Map<string, RequestLogEntry[]>();

function record(row: string, since: number): void {
  const list = seen.get(row) ?? [];
  list.push(...emu.requests.slice(since));
  seen.set(row, list);
}

beforeAll(async () => {
  emu = await startEmulator({
    peeringDelayMs: 0,
    recordAnswers: true,
    // Queues under available_queue_info (the documented place), so both peering lists carry entries.
    queuesListedAs: 'available_queue_info',
    oidc: { providerUrn: 'iam::123:oidcProvider:gh', agencyUrn: 'iam::123:agency:ci', validTokens: [ID_TOKEN], idpId: 'gh' },
  });
  emu.state.seedVpc({ id: VPC, cidr: '192.168.0.0/16' });
  emu.state.seedSubnet({ id: SUBNET, vpc_id: VPC, cidr: '192.168.0.0/24' });
  emu.state.seedRouteTable({ id: RTB, vpc_id: VPC, subnets: [{ id: SUBNET }] });
  emu.state.seedQueue({ queue_name: 'q1', elastic_resource_pool_name: 'pool1', queue_type: 'general' });
  emu.state.seedPool({ elastic_resource_pool_name: 'pool1' });
  emu.state.seedPool({ elastic_resource_pool_name: 'pool2' });

  const { opts } = clientOptions(emu, { maxRetries: 0 });
  const dli = createDliClient(opts);
  const vpc = createVpcClient(opts);
  const run = async (row: string, fn: () => Promise<unknown>) => {
    const since = emu.requests.length;
    await fn();
    record(row, since);
  };

  let id = '';
  await run('createConnection', async () => {
    ({ connection_id: id } = await dli.createConnection({
      name: 'fidelity_all',
      dest_vpc_id: VPC,
      dest_network_id: SUBNET,
      routetable_id: RTB,
      queues: ['q1'],
      elastic_resource_pools: ['pool1'],
      hosts: [{ name: 'h1', ip: '10.0.0.1' }],
      tags: [{ key: 'team', value: 'data' }],
      // A field outside the SDK model (as a hand-edited plan file could carry): the client must not send it.
      ...({ ipv6_enable: true } as object),
    }));
  });
  await run('addRoute', () => dli.addRoute(id, { name: 'r1', cidr: '10.1.0.0/24' }));
  await run('listConnections', () => dli.listConnections({ name: 'fidelity_all', status: 'ACTIVE', tags: [{ key: 'team', value: 'data' }], limit: 1 }));
  await run('showConnection', () => dli.showConnection(id));
  // An empty list is not sent; between the three calls both lists are.
  await run('associateQueues', () => dli.associateQueues(id, { elastic_resource_pools: ['pool2'], queues: [] }));
  await run('disassociateQueues', () => dli.disassociateQueues(id, { queues: ['q1'], elastic_resource_pools: ['pool2'] }));
  await run('associateQueues', () => dli.associateQueues(id, { queues: ['q1'] }));
  await run('replaceHosts', () => dli.replaceHosts(id, [{ name: 'h2', ip: '10.0.0.2' }]));
  await run('showPrivileges', () => dli.showPrivileges(id));
  await run('listTags', () => dli.listTags(id));
  await run('createTags', () => dli.createTags(id, [{ key: 'k2', value: 'v2' }]));
  await run('deleteTags', () => dli.deleteTags(id, [{ key: 'k2', value: 'v2' }]));
  await run('listQueues', () => dli.listQueues());
  await run('listElasticResourcePools', () => dli.listElasticResourcePools());
  let taskId = '';
  await run('startConnectivityTest', async () => {
    ({ taskId } = await dli.startConnectivityTest('q1', 'db.example:3306'));
  });
  await run('showConnectivityTest', () => dli.showConnectivityTest('q1', taskId));
  await run('showVpc', () => vpc.showVpc(VPC));
  await run('showSubnet', () => vpc.showSubnet(SUBNET));
  await run('showRouteTable', () => vpc.showRouteTable(RTB));
  await run('resolveProjectId', () =>
    resolveProjectId({ iamEndpoint: emu.url, region: emu.region, credentials: opts.credentials, logger: silentLogger, transport: createHttpTransport({ credentials: opts.credentials, logger: silentLogger, maxRetries: 0, requestTimeoutMs: 5000, limiter: opts.limiter }) }),
  );
  const unsigned = createHttpTransport({ logger: silentLogger, maxRetries: 0, requestTimeoutMs: 5000 });
  const ctx = { mask: () => {}, transport: unsigned };
  await run('assumeAgencyWithOidc', () =>
    assumeAgencyWithOidc(
      { stsEndpoint: emu.url, providerUrn: 'iam::123:oidcProvider:gh', agencyUrn: 'iam::123:agency:ci', sessionName: 'run-1', durationSeconds: 900, idToken: ID_TOKEN },
      ctx,
    ),
  );
  const legacy = (projectId?: string) => () =>
    legacyIdTokenToTemporaryAkSk({ iamEndpoint: emu.url, idpId: 'gh', idToken: ID_TOKEN, region: emu.region, durationSeconds: 900, ...(projectId ? { projectId } : {}) }, ctx);
  for (const p of [emu.projectId, undefined]) {
    const since = emu.requests.length;
    await legacy(p)();
    const entries = emu.requests.slice(since);
    seen.set('federatedTokenFromIdToken', [...(seen.get('federatedTokenFromIdToken') ?? []), ...entries.filter((e) => e.operation === 'oidcIdTokenExchange')]);
    seen.set('temporaryAkSkFromToken', [...(seen.get('temporaryAkSkFromToken') ?? []), ...entries.filter((e) => e.operation === 'createSecurityToken')]);
  }
  await run('deleteRoute', () => dli.deleteRoute(id, 'r1'));
  await run('deleteConnection', () => dli.deleteConnection(id));
}, 60_000);

afterAll(() => emu?.close());

const clientRows = table.rows.filter((r) => r.usedBy.includes('client'));

describe('API fidelity: the client sends what the table says, within the SDK', () => {
  it('the table covers every operation of the client and of the emulator', () => {
    const names = new Set(table.rows.map((r) => r.operation));
    for (const op of Object.keys(createDliClient(clientOptions(emu).opts))) {
      expect(names, op).toContain(op);
    }
    for (const op of ['showVpc', 'showSubnet', 'showRouteTable', 'resolveProjectId', 'assumeAgencyWithOidc', 'federatedTokenFromIdToken', 'temporaryAkSkFromToken']) expect(names).toContain(op);
    const emulated = new Set(table.rows.map((r) => r.emulatorOperation));
    const routesSource = readFileSync(path.resolve(here, '../emulator/routes.ts'), 'utf8');
    for (const m of routesSource.matchAll(/\['(?:GET|POST|PUT|DELETE)', [^,]+, '(\w+)'/g)) expect(emulated, m[1]).toContain(m[1]);
  });

  it.each(clientRows.map((r) => [r.operation, r] as const))('%s: method, path, query keys, per-call headers and body fields', (_op, row: FidelityRow) => {
    const entries = seen.get(row.operation) ?? [];
    expect(entries.length, 'the client made this call').toBeGreaterThan(0);
    const queryKeys = new Set<string>();
    const bodyPaths = new Set<string>();
    const headers = new Set<string>();
    for (const e of entries) {
      for (const h of e.headers ?? []) headers.add(h);
      expect(e.method).toBe(row.ours.method);
      expect(e.path).toMatch(pathPattern(row.ours.path));
      for (const k of Object.keys(e.query)) queryKeys.add(k);
      for (const p of fieldPaths(e.body)) bodyPaths.add(p);
      expect(e.status, `answered ${e.errorCode ?? ''}`).toBeLessThan(300);
    }
    // What the client sends is exactly the table's "ours" …
    expect([...queryKeys].sort()).toEqual([...row.ours.query].sort());
    expect([...bodyPaths].sort()).toEqual([...row.ours.request].sort());
    expect([...headers].sort()).toEqual([...row.ours.headers].sort());
    for (const h of row.ours.headers) expect(row.sdk.headers, `header ${h}`).toContain(h);
    // … and the table's "ours" is within the SDK's (method, path shape, query, body).
    expect(row.ours.method).toBe(row.sdk.method);
    expect(row.ours.path).toMatch(pathPattern(row.sdk.path));
    for (const q of row.ours.query) expect(row.sdk.query, `query ${q}`).toContain(q);
    for (const f of row.ours.request) expect(row.sdk.request, `field ${f}`).toContain(f);
  });

  it.each(clientRows.filter((r) => READ_SCHEMA[r.operation]).map((r) => [r.operation, r] as const))(
    '%s: the fields the client reads are the table\'s, and the SDK\'s or a listed difference',
    (_op, row: FidelityRow) => {
      const read = schemaPaths(READ_SCHEMA[row.operation]!);
      expect(read.sort()).toEqual([...row.ours.response].sort());
      for (const f of row.ours.response) {
        expect(row.sdk.response.includes(f) || row.ours.notInSdk.includes(f), `${f} is neither in the SDK model nor a listed difference`).toBe(true);
      }
      if (row.ours.notInSdk.length) expect(row.verdict).not.toBe('same');
    },
  );

  it('operations that read nothing but the status have no schema and an empty "read" list', () => {
    for (const row of clientRows.filter((r) => !READ_SCHEMA[r.operation] && r.operation !== 'federatedTokenFromIdToken')) {
      expect(row.ours.response, row.operation).toEqual([]);
    }
  });
});

describe('API fidelity: the emulator answers with the SDK\'s fields', () => {
  it.each(clientRows.map((r) => [r.operation, r] as const))('%s', (_op, row: FidelityRow) => {
    const answered = new Set<string>();
    for (const e of seen.get(row.operation) ?? []) for (const p of fieldPaths(e.answer)) answered.add(p);
    for (const p of answered) {
      expect(row.sdk.response.includes(p) || row.ours.notInSdk.includes(p), `emulator answers ${p}, unknown to the SDK model`).toBe(true);
    }
    for (const f of row.ours.response) expect(answered, `the emulator never answers ${f}, which the client reads`).toContain(f);
  });

  it('refuses a body field or a query parameter the SDK does not know (400)', async () => {
    const { opts } = clientOptions(emu, { maxRetries: 0 });
    const transport = createHttpTransport({ credentials: opts.credentials, logger: silentLogger, maxRetries: 0, requestTimeoutMs: 5000, limiter: opts.limiter });
    const base = { baseUrl: emu.url, projectId: emu.projectId, permission: 'x' };
    const connections = ['v2.0', emu.projectId, 'datasource', 'enhanced-connections'];
    await expect(
      transport.request({ ...base, operation: 'createConnection', method: 'POST', path: connections, body: { name: 'x_y', dest_vpc_id: VPC, dest_network_id: SUBNET, ipv6_enable: true }, idempotent: false }),
    ).rejects.toMatchObject({ status: 400, code: 'DLI.0001', apiMessage: expect.stringContaining('ipv6_enable') });
    await expect(
      transport.request({ ...base, operation: 'listConnections', method: 'GET', path: connections, query: { page: 2 } }),
    ).rejects.toMatchObject({ status: 400, apiMessage: expect.stringContaining('page') });
    await expect(
      transport.request({ ...base, operation: 'createTags', method: 'POST', path: ['v3', emu.projectId, 'dli_enhanced_datasource', 'x', 'tags', 'create'], body: { tags: [{ key: 'a', values: ['b'] }] } }),
    ).rejects.toMatchObject({ status: 400, apiMessage: expect.stringContaining('tags[].values') });
  });
});

describe('API fidelity: docs/api-fidelity.md is the rendering of the table', () => {
  it('is up to date (regenerate with UPDATE_API_FIDELITY=1 npx vitest run test/fidelity)', () => {
    const page = readFileSync(DOC, 'utf8');
    const fresh = withFreshSection(page, table);
    if (process.env.UPDATE_API_FIDELITY === '1' && fresh !== page) writeFileSync(DOC, fresh);
    else expect(page).toBe(fresh);
  });
});
