// Preflight end to end against the emulator: real manifests on disk (real line numbers), the real loader, observe,
// computePlan, and the real DLI and VPC clients over loopback. Each check asserts its message, the manifest line,
// and that nothing was created; the request log shows one read per distinct object and one list per run.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { createDliClient } from '../../src/dli/client.js';
import { staticCredentials } from '../../src/dli/credentials.js';
import { createVpcClient } from '../../src/dli/vpc.js';
import { silentLogger } from '../../src/logger.js';
import { loadManifests, type ConnectionManifest } from '../../src/manifest/index.js';
import { computePlan } from '../../src/plan/diff.js';
import { observe } from '../../src/plan/observe.js';
import { runPreflight } from '../../src/plan/preflight.js';
import { startEmulator, type Emulator } from '../emulator/index.js';

const VPC = '11111111-1111-4111-8111-111111111111';
const OTHER_VPC = '22222222-2222-4222-8222-222222222222';
const SUBNET = '33333333-3333-4333-8333-333333333333';
const NEUTRON_SUBNET = '44444444-4444-4444-8444-444444444444';
const OTHER_SUBNET = '55555555-5555-4555-8555-555555555555';
const DOWN_SUBNET = '66666666-6666-4666-8666-666666666666';
const DEFAULT_CIDR_SUBNET = '77777777-7777-4777-8777-777777777777';
const RT = '88888888-8888-4888-8888-888888888888';
const OTHER_RT = '99999999-9999-4999-8999-999999999999';
const MISSING = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

let emu: Emulator;
let workspace: string;

// A fresh emulator per test: seeds, forbidden operations and the request log never leak between tests.
beforeEach(async () => {
  emu = await startEmulator();
  workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'dli-preflight-')));
  const s = emu.state;
  s.seedVpc({ id: VPC, cidr: '192.168.0.0/16' });
  s.seedVpc({ id: OTHER_VPC, cidr: '10.8.0.0/16' });
  s.seedSubnet({ id: SUBNET, vpc_id: VPC, cidr: '192.168.1.0/24', neutron_subnet_id: NEUTRON_SUBNET });
  s.seedSubnet({ id: OTHER_SUBNET, vpc_id: OTHER_VPC, cidr: '10.8.1.0/24' });
  s.seedSubnet({ id: DOWN_SUBNET, vpc_id: VPC, cidr: '192.168.2.0/24', status: 'ERROR' });
  s.seedSubnet({ id: DEFAULT_CIDR_SUBNET, vpc_id: VPC, cidr: '192.168.3.0/24' });
  s.seedRouteTable({ id: RT, vpc_id: VPC, subnets: [{ id: SUBNET }] });
  s.seedRouteTable({ id: OTHER_RT, vpc_id: OTHER_VPC, subnets: [{ id: OTHER_SUBNET }] });
  s.seedPool({ elastic_resource_pool_name: 'pool_etl', cidr_in_vpc: '10.0.0.0/16', status: 'AVAILABLE' });
  s.seedPool({ elastic_resource_pool_name: 'pool_default', cidr_in_vpc: '172.16.0.0/12', status: 'AVAILABLE' });
  s.seedPool({ elastic_resource_pool_name: 'pool_scaling', cidr_in_vpc: '10.1.0.0/16', status: 'SCALING' });
  s.seedPool({ elastic_resource_pool_name: 'pool_wide', cidr_in_vpc: '192.168.0.0/17', status: 'AVAILABLE' });
  s.seedQueue({ queue_name: 'q_reporting', elastic_resource_pool_name: 'pool_etl', queue_type: 'general' });
  s.seedQueue({ queue_name: 'q_legacy', cidr_in_vpc: '192.168.1.0/25' });
  s.seedQueue({ queue_name: 'q_in_wide', elastic_resource_pool_name: 'pool_wide' });
  emu.clearLog();
});
afterEach(async () => {
  await emu.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** One manifest file; `body` lines follow `name:` so line numbers are easy to read off. */
function writeManifest(name: string, body: string): string {
  const rel = `connections/${name}.yaml`;
  const abs = path.join(workspace, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, `name: ${name}\n${body}`);
  return rel;
}

async function plan(
  edit: (manifests: ConnectionManifest[]) => void = () => {},
): Promise<{ diagnostics: Diagnostic[]; checked: string[] }> {
  const loaded = await loadManifests({ workspace, patterns: ['connections/**/*.yaml'] });
  expect(loaded.diagnostics).toEqual([]);
  edit(loaded.set.connections);
  const opts = {
    projectId: emu.projectId,
    credentials: staticCredentials({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: emu.sk }),
    logger: silentLogger,
    maxRetries: 0,
    requestTimeoutMs: 5_000,
  };
  const dli = createDliClient({ ...opts, endpoint: emu.url });
  const vpc = createVpcClient({ ...opts, endpoint: emu.url });
  const manifests = loaded.set.connections;
  const live = await observe(dli, manifests, { label: 'default', logger: silentLogger });
  const p = computePlan({ manifests, live, label: 'default', region: emu.region, projectId: emu.projectId, prune: false, allowReplace: false });
  const result = await runPreflight({ plan: p, manifests, vpc, dli, logger: silentLogger });
  expect(emu.mutatingRequests()).toEqual([]);
  return result;
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  return found[0]!;
}

const ops = () => emu.requests.map((r) => r.operation).filter((o) => !/Connections?$|Tags$/.test(o));

describe('preflight against the emulator', () => {
  it('a healthy connection passes', async () => {
    writeManifest('ok', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nroutetable_id: ${RT}\nqueues: [q_reporting]\nelastic_resource_pools: [pool_etl]\n`);
    const result = await plan();
    expect(result).toEqual({ diagnostics: [], checked: ['ok'] });
  });

  it('missing VPC', async () => {
    writeManifest('c', `dest_vpc_id: ${MISSING}\ndest_network_id: ${SUBNET}\n`);
    const d = only((await plan()).diagnostics, 'preflight-vpc-missing');
    expect(d).toMatchObject({ severity: 'error', position: { file: 'connections/c.yaml', line: 2 } });
    expect(d.message).toContain(`VPC "${MISSING}" (dest_vpc_id) does not exist`);
  });

  it('missing subnet', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${MISSING}\n`);
    const d = only((await plan()).diagnostics, 'preflight-subnet-missing');
    expect(d).toMatchObject({ severity: 'error', position: { file: 'connections/c.yaml', line: 3 } });
    expect(d.message).toContain(`subnet "${MISSING}" (dest_network_id) does not exist`);
  });

  it('the Neutron "Subnet ID" given instead of the Network ID', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\n\ndest_network_id: ${NEUTRON_SUBNET}\n`);
    const d = only((await plan()).diagnostics, 'preflight-subnet-missing');
    // The position is the value's: line 4 (after a blank line), column 18 (after `dest_network_id: `).
    expect(d.position).toEqual({ file: 'connections/c.yaml', line: 4, col: 18 });
    expect(d.message).toContain(`console's "Subnet ID" (the Neutron subnet id)`);
    expect(d.hint).toContain('copy "Network ID" (not "Subnet ID")');
  });

  it('subnet in another VPC', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${OTHER_SUBNET}\n`);
    const d = only((await plan()).diagnostics, 'preflight-subnet-other-vpc');
    expect(d.position).toMatchObject({ line: 3 });
    expect(d.message).toContain(`belongs to VPC "${OTHER_VPC}", not to dest_vpc_id "${VPC}"`);
  });

  it('subnet not ACTIVE', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${DOWN_SUBNET}\n`);
    const d = only((await plan()).diagnostics, 'preflight-subnet-not-active');
    expect(d.position).toMatchObject({ line: 3 });
    expect(d.message).toContain('is ERROR, not ACTIVE');
  });

  it('route table in another VPC', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nroutetable_id: ${OTHER_RT}\n`);
    const d = only((await plan()).diagnostics, 'preflight-routetable-other-vpc');
    expect(d.position).toMatchObject({ line: 4 });
    expect(d.message).toContain(`route table "${OTHER_RT}" (routetable_id) belongs to VPC "${OTHER_VPC}", not to dest_vpc_id "${VPC}"`);
  });

  it('missing queue, with a suggestion', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nqueues:\n  - q_reporting\n  - q_reportng\n`);
    const d = only((await plan()).diagnostics, 'preflight-queue-missing');
    expect(d.position).toMatchObject({ line: 6 });
    expect(d.message).toContain('queue "q_reportng" does not exist');
    expect(d.message).toContain('Did you mean "q_reporting"?');
  });

  it('the default queue', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nqueues:\n  - default\n`);
    // The manifest schema refuses it first, at its line, before any API call ...
    const loaded = await loadManifests({ workspace, patterns: ['connections/**/*.yaml'] });
    expect(loaded.diagnostics.map((x) => x.position?.line)).toEqual([5]);
    expect(emu.requests).toEqual([]);
    // ... and preflight is the second line of defence (a plan built without the schema, a plan file).
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nqueues:\n  - q_reporting\n  - DEFAULT_ME\n`);
    const { diagnostics } = await plan((ms) => {
      ms[0]!.queues[1] = 'Default';
    });
    const d = only(diagnostics, 'preflight-queue-default');
    expect(d).toMatchObject({ severity: 'error', position: { file: 'connections/c.yaml', line: 6 } });
    expect(d.message).toContain('the queue "default" cannot be bound');
  });

  it('missing pool', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nelastic_resource_pools:\n  - pool_et\n`);
    const d = only((await plan()).diagnostics, 'preflight-pool-missing');
    expect(d.position).toMatchObject({ line: 5 });
    expect(d.message).toContain('elastic resource pool "pool_et" does not exist');
    expect(d.message).toContain('Did you mean "pool_etl"?');
  });

  it('pool not AVAILABLE', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nelastic_resource_pools: [pool_etl, pool_scaling]\n`);
    const d = only((await plan()).diagnostics, 'preflight-pool-not-available');
    expect(d.position).toMatchObject({ line: 4 });
    expect(d.position!.col).toBeGreaterThan(1);
    expect(d.message).toContain('elastic resource pool "pool_scaling" is SCALING, not AVAILABLE');
  });

  it('overlap with a pool on the default 172.16.0.0/12', async () => {
    emu.state.seedSubnet({ id: DEFAULT_CIDR_SUBNET, vpc_id: VPC, cidr: '172.20.1.0/24' });
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${DEFAULT_CIDR_SUBNET}\nelastic_resource_pools:\n  - pool_default\n`);
    const d = only((await plan()).diagnostics, 'preflight-cidr-overlap');
    expect(d.position).toMatchObject({ line: 5 });
    expect(d.message).toContain('has CIDR 172.16.0.0/12, which overlaps the CIDR 172.20.1.0/24');
    expect(d.message).toContain('172.16.0.0/12 is the default pool CIDR, and a pool\'s CIDR can never change');
  });

  it('overlap with a legacy queue', async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nqueues:\n  - q_legacy\n`);
    const d = only((await plan()).diagnostics, 'preflight-cidr-overlap');
    expect(d.position).toMatchObject({ line: 5 });
    expect(d.message).toContain('queue "q_legacy" (not in an elastic resource pool) has CIDR 192.168.1.0/25');
  });

  it("overlap through a queue's pool", async () => {
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nqueues:\n  - q_in_wide\n`);
    const d = only((await plan()).diagnostics, 'preflight-cidr-overlap');
    expect(d.position).toMatchObject({ line: 5 });
    expect(d.message).toContain('elastic resource pool "pool_wide" (the pool of queue "q_in_wide") has CIDR 192.168.0.0/17');
  });

  it('a 403 only warns, naming the IAM action', async () => {
    emu.state.forbid('showVpc');
    writeManifest('c', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\n`);
    const { diagnostics } = await plan();
    const d = only(diagnostics, 'preflight-permission-denied');
    expect(d).toMatchObject({ severity: 'warning', position: { line: 2 } });
    expect(d.message).toContain('APIGW.0302');
    expect(d.hint).toContain('vpc:vpcs:get');
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('an update that binds a new pool checks only that pool; an unchanged connection is not checked', async () => {
    const own = [{ key: 'managed-by-dli-connections', value: 'default' }];
    emu.state.seedConnection({ name: 'grow', dest_vpc_id: VPC, dest_network_id: SUBNET, elastic_resource_pools: ['pool_etl'], tags: own });
    emu.state.seedConnection({ name: 'same', dest_vpc_id: VPC, dest_network_id: SUBNET, elastic_resource_pools: ['pool_etl'], tags: own });
    emu.clearLog();
    writeManifest('grow', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nelastic_resource_pools:\n  - pool_etl\n  - pool_wide\n`);
    writeManifest('same', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nelastic_resource_pools: [pool_etl]\n`);
    const { diagnostics, checked } = await plan();
    expect(checked).toEqual(['grow']);
    const d = only(diagnostics, 'preflight-cidr-overlap');
    expect(d.position).toMatchObject({ file: 'connections/grow.yaml', line: 6 });
    expect(d.message).toContain('elastic resource pool "pool_wide" has CIDR 192.168.0.0/17');
    expect(diagnostics).toHaveLength(1);
    // Only the subnet (for its CIDR) and the pool list were read: no VPC read, no queue list.
    expect(ops().sort()).toEqual(['listPools', 'showSubnet']);
  });

  it('the request log: one read per distinct VPC and subnet, one queue list, one pool list', async () => {
    for (let i = 0; i < 30; i++) {
      writeManifest(`c${String(i).padStart(2, '0')}`, `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nqueues: [q_reporting]\nelastic_resource_pools: [pool_etl]\n`);
    }
    writeManifest('other', `dest_vpc_id: ${OTHER_VPC}\ndest_network_id: ${OTHER_SUBNET}\n`);
    const { diagnostics, checked } = await plan();
    expect(diagnostics).toEqual([]);
    expect(checked).toHaveLength(31);
    const counts = Object.fromEntries(['showVpc', 'showSubnet', 'listQueues', 'listPools'].map((o) => [o, ops().filter((x) => x === o).length]));
    expect(counts).toEqual({ showVpc: 2, showSubnet: 2, listQueues: 1, listPools: 1 });
    // The queue list asked for every type (general-purpose queues included).
    expect(emu.requests.find((r) => r.operation === 'listQueues')?.query.queue_type).toBe('all');
  });

  it('the reads of a connection go out at once: VPC, subnet, route table, queue list and pool list side by side', async () => {
    writeManifest('ok', `dest_vpc_id: ${VPC}\ndest_network_id: ${SUBNET}\nroutetable_id: ${RT}\nqueues: [q_reporting]\nelastic_resource_pools: [pool_etl]\n`);
    for (const operation of ['showVpc', 'showSubnet', 'showRouteTable', 'listQueues', 'listPools']) {
      emu.addFault({ operation, kind: 'latency', ms: 300 });
    }
    const d = (await plan()).diagnostics;
    expect(d, JSON.stringify(d)).toEqual([]);
    const reads = emu.requests.filter((r) => ['showVpc', 'showSubnet', 'showRouteTable', 'listQueues', 'listPools'].includes(r.operation));
    expect(reads.map((r) => r.operation).sort()).toEqual(['listPools', 'listQueues', 'showRouteTable', 'showSubnet', 'showVpc']);
    // Each was sent before any of them was answered (one round trip, not five).
    const firstAnswer = Math.min(...reads.map((r) => r.time + r.durationMs));
    for (const r of reads) expect(r.time, r.operation).toBeLessThan(firstAnswer);
  });
});
