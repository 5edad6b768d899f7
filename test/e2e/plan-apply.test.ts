// End to end: the built action (dist/index.js) in plan and apply mode against the DLI emulator, the way a workflow
// runs it. Each scenario reads back what the runner would see (exit code, outputs, job summary, plan file) and what
// the cloud ends up holding (the emulator's state and request log).
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type ConnectionView, type Emulator } from '../emulator/index.js';
import { annotations, makeWorkspace, manifestYaml, runAction, writeWorkspaceFiles, type ActionRun } from './harness.js';
import { ARCHIVE_ROUTETABLE, ARCHIVE_SUBNET, ARCHIVE_VPC, DATA_SUBNET, DATA_VPC, emulatorInputs, seedExampleCloud } from './example-cloud.js';

const OWNER_KEY = 'managed-by-dli-connections';
const LABEL = 'e2e';

/** What a manifest declares, in the shape the assertions compare with (hosts_file already expanded). */
interface Expected {
  name: string;
  dest_vpc_id: string;
  dest_network_id: string;
  hosts?: { name: string; ip: string }[];
  queues?: string[];
  elastic_resource_pools?: string[];
  routes?: { name: string; cidr: string }[];
  tags?: Record<string, string>;
}

/** The cloud of examples/ plus a second pool and a legacy queue with its own CIDR, so bindings can change. */
function seedCloud(emu: Emulator): void {
  seedExampleCloud(emu);
  emu.state.seedPool({ elastic_resource_pool_name: 'pool_stream', cidr_in_vpc: '172.16.64.0/18', status: 'AVAILABLE' });
  emu.state.seedQueue({ queue_name: 'q_adhoc', cidr_in_vpc: '172.17.0.0/18', queue_type: 'sql' });
}

/** The live connection of that name, asserting there is exactly one (no duplicate was ever made). */
function liveOne(emu: Emulator, name: string): ConnectionView {
  const all = emu.state.connections().filter((c) => c.name === name);
  expect(all.map((c) => c.id), `live connections named ${name}`).toHaveLength(1);
  return all[0]!;
}

/** The emulator's connection equals the manifest: hosts as a set, bindings, routes, tags incl. the ownership tag. */
function expectMatches(emu: Emulator, want: Expected, label = LABEL): ConnectionView {
  const live = liveOne(emu, want.name);
  expect(live.dest_vpc_id).toBe(want.dest_vpc_id);
  expect(live.dest_network_id).toBe(want.dest_network_id);
  const hostKey = (h: { name: string; ip: string }) => `${h.name}=${h.ip}`;
  expect(live.hosts.map(hostKey).sort(), `${want.name} hosts`).toEqual((want.hosts ?? []).map(hostKey).sort());
  // A bound queue shows under elastic_resource_pools (the current-cloud quirk); compare the union of bound names.
  const bound = [...live.available_queue_info, ...live.elastic_resource_pools].map((p) => p.name).sort();
  expect(bound, `${want.name} bindings`).toEqual([...(want.queues ?? []), ...(want.elastic_resource_pools ?? [])].sort());
  const routeKey = (r: { name: string; cidr: string }) => `${r.name}=${r.cidr}`;
  expect(live.routes.map(routeKey).sort(), `${want.name} routes`).toEqual((want.routes ?? []).map(routeKey).sort());
  const tags = Object.fromEntries(live.tags.map((t) => [t.key, t.value]));
  expect(tags, `${want.name} tags`).toEqual({ ...(want.tags ?? {}), [OWNER_KEY]: label });
  return live;
}

function json<T = unknown>(text: string | undefined): T {
  return JSON.parse(text ?? 'null') as T;
}

const failMessage = (run: ActionRun) => `exit ${run.code}\n${run.stdout}\n${run.stderr}\n${run.summary}`;

describe('plan and apply against the emulator', () => {
  let emu: Emulator;
  let ws: string;
  const apply = (inputs: Record<string, string> = {}) =>
    runAction({
      workspace: ws,
      inputs: { ...emulatorInputs(emu), mode: 'apply', manifests: 'connections/**/*.yaml', label: LABEL, 'wait-timeout': '20', ...inputs },
    });
  const plan = (inputs: Record<string, string> = {}) => apply({ mode: 'plan', ...inputs });

  // The three manifests as they start; the tests edit copies of these.
  const kafkaInline = [
    { name: 'kafka-1', ip: '192.168.0.11' },
    { name: 'kafka-2', ip: '192.168.0.12' },
  ];
  const kafkaFile = '# IP name [aliases]\n192.168.0.13  kafka-3  kafka-3.internal\n192.168.0.14  kafka-4\n';
  const kafkaFromFile = [
    { name: 'kafka-3', ip: '192.168.0.13' },
    { name: 'kafka-3.internal', ip: '192.168.0.13' },
    { name: 'kafka-4', ip: '192.168.0.14' },
  ];
  let kafka: Expected & { hosts_file?: string };
  let rds: Expected;
  let hbase: Expected & { routetable_id?: string };

  /** Writes the manifests (hosts_file stays in the YAML; the expected hosts include its lines). */
  function writeManifests(docs: Record<string, Expected | null>): void {
    const files: Record<string, string | null> = {};
    for (const [name, doc] of Object.entries(docs)) files[`connections/${name}.yaml`] = doc === null ? null : manifestYaml({ ...doc });
    writeWorkspaceFiles(ws, files);
  }

  beforeAll(async () => {
    emu = await startEmulator({ peeringDelayMs: 30 });
    seedCloud(emu);
    kafka = {
      name: 'kafka_a',
      dest_vpc_id: DATA_VPC,
      dest_network_id: DATA_SUBNET,
      elastic_resource_pools: ['pool_etl'],
      queues: ['q_reporting', 'q_adhoc'],
      hosts: kafkaInline,
      hosts_file: 'hosts/kafka.hosts',
      routes: [
        { name: 'to_idc', cidr: '10.169.0.0/24' },
        { name: 'to_dr', cidr: '10.171.0.0/24' },
      ],
      tags: { team: 'data', env: 'prod' },
    };
    rds = {
      name: 'rds_b',
      dest_vpc_id: DATA_VPC,
      dest_network_id: DATA_SUBNET,
      elastic_resource_pools: ['pool_stream'],
      hosts: [{ name: 'rds-orders', ip: '192.168.0.21' }],
      tags: { team: 'orders' },
    };
    hbase = {
      name: 'hbase_c',
      dest_vpc_id: ARCHIVE_VPC,
      dest_network_id: ARCHIVE_SUBNET,
      routetable_id: ARCHIVE_ROUTETABLE,
      elastic_resource_pools: ['pool_etl'],
      routes: [{ name: 'to_archive', cidr: '10.170.0.0/16' }],
    };
    ws = makeWorkspace({ 'connections/hosts/kafka.hosts': kafkaFile });
    writeManifests({ kafka_a: kafka, rds_b: rds, hbase_c: hbase });
  });
  afterAll(async () => {
    await emu?.close();
  });

  const kafkaExpected = () => ({ ...kafka, hosts: [...(kafka.hosts ?? []), ...kafkaFromFile] });

  it('plan shows three creates and changes nothing', async () => {
    const run = await plan();
    expect(run.code, failMessage(run)).toBe(0);
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.state.connections()).toEqual([]);
    expect(run.stdout).toContain('+ create hbase_c');
    expect(run.stdout).toContain('Plan: 3 to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged.');
    expect(run.outputs['has-changes']).toBe('true');
    expect(json(run.outputs.created)).toEqual(['hbase_c', 'kafka_a', 'rds_b']);
    expect(run.outputs['connection-ids']).toBe('{}');
    expect(run.summary).toContain('DLI connections · plan');
    expect(run.summary).toContain('| `kafka_a` | create |');
  });

  it('apply creates three connections with hosts (incl. hosts_file), routes, tags, pools and queues', async () => {
    const run = await apply();
    expect(run.code, failMessage(run)).toBe(0);
    const k = expectMatches(emu, kafkaExpected());
    const r = expectMatches(emu, rds);
    const h = expectMatches(emu, hbase);
    // Peerings settled ACTIVE (wait: true is the default).
    for (const c of [k, r, h]) {
      for (const p of [...c.available_queue_info, ...c.elastic_resource_pools]) expect(p.status).toBe('ACTIVE');
    }

    // Outputs, read back from GITHUB_OUTPUT.
    expect(run.outputs['failure-reason']).toBe('');
    expect(run.outputs['has-changes']).toBe('true');
    expect(json(run.outputs.created)).toEqual(['hbase_c', 'kafka_a', 'rds_b']);
    for (const o of ['updated', 'replaced', 'deleted', 'unchanged']) expect(json(run.outputs[o]), o).toEqual([]);
    expect(json(run.outputs['connection-ids'])).toEqual({ hbase_c: h.id, kafka_a: k.id, rds_b: r.id });
    // Three managed connections: no single connection-id.
    expect(run.outputs['connection-id']).toBe('');
    const planFile = run.outputs['plan-file']!;
    expect(planFile.startsWith(run.runnerDir), 'plan file under RUNNER_TEMP').toBe(true);
    expect(existsSync(planFile)).toBe(true);
    const planJson = json<{ version: number; fingerprint: string; changes: { name: string; action: string }[] }>(readFileSync(planFile, 'utf8'));
    expect(planJson.version).toBe(1);
    expect(planJson.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(planJson.changes.map((c) => `${c.name}:${c.action}`).sort()).toEqual(['hbase_c:create', 'kafka_a:create', 'rds_b:create']);
    // The plan file holds no secret.
    expect(readFileSync(planFile, 'utf8')).not.toContain(emu.sk);

    // The summary: title, facts, one table row per connection with its id and peering status.
    expect(run.summary).toContain('DLI connections · apply');
    expect(run.summary).toContain(`Region \`${emu.region}\``);
    expect(run.summary).toContain(`Project \`${emu.projectId}\``);
    expect(run.summary).toContain(`Label \`${LABEL}\``);
    expect(run.summary).toContain('| Connection | Action | Changes | ID | Status |');
    expect(run.summary).toMatch(new RegExp(`\\| \`kafka_a\` \\| create \\| .* \\| \`${k.id}\` \\| done.*queue q\\\\_reporting ACTIVE`));
    expect(run.summary).toMatch(new RegExp(`\\| \`rds_b\` \\| create \\| .* \\| \`${r.id}\` \\| done.*pool pool\\\\_stream ACTIVE`));
    expect(run.summary).toMatch(new RegExp(`\\| \`hbase_c\` \\| create \\| .* \\| \`${h.id}\` \\| done`));
    expect(run.summary).toContain('<summary>Full plan</summary>');
    expect(run.summary).not.toContain(emu.sk);
    // The secret key appears once: in the ::add-mask:: command that tells the runner to hide it.
    expect(run.stdout.split('\n').filter((l) => l.includes(emu.sk))).toEqual([`::add-mask::${emu.sk}`]);
    // The create carried the route table (create-only; the API never returns it, so check the request).
    const hbaseCreate = emu.requests.find(
      (q) => q.operation === 'createConnection' && (q.body as { name?: string } | undefined)?.name === 'hbase_c',
    );
    expect((hbaseCreate?.body as { routetable_id?: string }).routetable_id).toBe(ARCHIVE_ROUTETABLE);
  });

  it('a re-apply right after is a no-op (no mutating call), also with the hosts reordered', async () => {
    // Reordering hosts alone is no change: hosts compare as a set.
    kafka = { ...kafka, hosts: [...kafka.hosts!].reverse() };
    writeManifests({ kafka_a: kafka });
    emu.clearLog();
    const run = await apply();
    expect(run.code, failMessage(run)).toBe(0);
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests.length).toBeGreaterThan(0);
    expect(run.outputs['has-changes']).toBe('false');
    expect(json(run.outputs.unchanged)).toEqual(['hbase_c', 'kafka_a', 'rds_b']);
    expect(json(run.outputs.created)).toEqual([]);
    expect(Object.keys(json(run.outputs['connection-ids']))).toEqual(['hbase_c', 'kafka_a', 'rds_b']);
    expect(run.summary).toContain('| `kafka_a` | unchanged |');
    // No drift: a drift check passes.
    const drift = await plan({ 'fail-on-drift': 'true' });
    expect(drift.code, failMessage(drift)).toBe(0);
    expect(drift.outputs['failure-reason']).toBe('');
  });

  it('changes hosts, unbinds a queue, changes a route and a tag: the cloud ends up exactly as the manifests', async () => {
    const before = liveOne(emu, 'kafka_a').id;
    kafka = {
      ...kafka,
      hosts: [{ name: 'kafka-1', ip: '192.168.0.11' }, { name: 'kafka-5', ip: '192.168.0.15' }],
      queues: ['q_reporting'],
      routes: [
        { name: 'to_idc', cidr: '10.169.0.0/24' },
        { name: 'to_dr', cidr: '10.172.0.0/24' },
      ],
      tags: { team: 'data', env: 'staging' },
    };
    rds = { ...rds, tags: { team: 'payments', tier: 'gold' } };
    writeManifests({ kafka_a: kafka, rds_b: rds });

    const planned = await plan();
    expect(planned.code, failMessage(planned)).toBe(0);
    expect(planned.stdout).toContain('Plan: 0 to create, 2 to update, 0 to replace, 0 to delete, 1 unchanged.');
    // A scheduled drift check sees the same plan and fails on it, changing nothing.
    const drift = await plan({ 'fail-on-drift': 'true' });
    expect(drift.code).toBe(1);
    expect(drift.outputs['failure-reason']).toBe('drift');
    expect(emu.mutatingRequests()).toEqual([]);
    const planFile = json<{ fingerprint: string }>(readFileSync(planned.outputs['plan-file']!, 'utf8'));

    emu.clearLog();
    const run = await apply();
    expect(run.code, failMessage(run)).toBe(0);
    const k = expectMatches(emu, kafkaExpected());
    expect(k.id, 'updated in place, not replaced').toBe(before);
    expectMatches(emu, rds);
    expectMatches(emu, hbase);

    const ops = emu.mutatingRequests().map((q) => q.operation).sort();
    // One hosts PUT, one unbind, the changed route deleted + added; a changed tag value is delete old + add new
    // (kafka_a env, rds_b team; rds_b's new tier rides in the same add) — nothing for hbase_c.
    expect(ops).toEqual(
      ['addRoute', 'createTags', 'createTags', 'deleteRoute', 'deleteTags', 'deleteTags', 'disassociateQueue', 'updateHosts'].sort(),
    );
    expect(emu.mutatingRequests().every((q) => !q.path.includes(liveOne(emu, 'hbase_c').id))).toBe(true);

    expect(json(run.outputs.updated)).toEqual(['kafka_a', 'rds_b']);
    expect(json(run.outputs.unchanged)).toEqual(['hbase_c']);
    expect(json(run.outputs.created)).toEqual([]);
    expect(run.outputs['has-changes']).toBe('true');
    const applied = json<{ fingerprint: string }>(readFileSync(run.outputs['plan-file']!, 'utf8'));
    expect(applied.fingerprint, 'the plan applied is the plan shown').toBe(planFile.fingerprint);
    // The Changes column says what changed (its first values), the diff all of them.
    const kafkaRow = run.summary.split('\n').find((l) => l.startsWith('| `kafka_a` |'));
    expect(kafkaRow).toMatch(/\| update \|/);
    expect(kafkaRow).toMatch(/host/);
    // (DLI lists the bound queue among the pools, so it is unbound under that list: either word is right.)
    expect(run.summary).toMatch(/\n- {3}(queue|pool) q_adhoc\n/);
    expect(run.summary).toContain('+   route to_dr: 10.172.0.0/24');
  });

  it('prune deletes an owned connection without a manifest and leaves unowned ones alone', async () => {
    const handmade = emu.state.seedConnection({ name: 'handmade_x', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET });
    const otherLabel = emu.state.seedConnection({
      name: 'other_label_y',
      dest_vpc_id: DATA_VPC,
      dest_network_id: DATA_SUBNET,
      tags: [{ key: OWNER_KEY, value: 'someone-else' }],
    });
    const rdsId = liveOne(emu, 'rds_b').id;
    writeManifests({ rds_b: null });

    // Without prune: reported, not deleted.
    emu.clearLog();
    const keep = await apply();
    expect(keep.code, failMessage(keep)).toBe(0);
    expect(emu.mutatingRequests()).toEqual([]);
    expect(liveOne(emu, 'rds_b').id).toBe(rdsId);
    expect(json(keep.outputs.deleted)).toEqual([]);

    emu.clearLog();
    const run = await apply({ prune: 'true' });
    expect(run.code, failMessage(run)).toBe(0);
    expect(emu.state.connectionByName('rds_b')).toBeUndefined();
    expect(emu.state.connections({ includeDeleted: true }).find((c) => c.id === rdsId)?.status).toBe('DELETED');
    expect(liveOne(emu, 'handmade_x').id).toBe(handmade);
    expect(liveOne(emu, 'other_label_y').id).toBe(otherLabel);
    const deletes = emu.mutatingRequests().filter((q) => q.operation === 'deleteConnection');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]!.path).toContain(rdsId);
    expect(json(run.outputs.deleted)).toEqual(['rds_b']);
    expect(Object.keys(json(run.outputs['connection-ids'])).sort()).toEqual(['hbase_c', 'kafka_a']);
    expect(run.summary).toMatch(/\| `rds_b` \| delete \|/);
    expect(run.summary).not.toMatch(/\| `handmade_x` \| delete/);
  });

  it('adopts a hand-made connection that gets a manifest: same id, brought to the manifest, tagged', async () => {
    const id = emu.state.seedConnection({
      name: 'adopt_me',
      dest_vpc_id: DATA_VPC,
      dest_network_id: DATA_SUBNET,
      hosts: [{ name: 'old-host', ip: '192.168.0.99' }],
      tags: [{ key: 'team', value: 'ops' }],
    });
    const adopt: Expected = {
      name: 'adopt_me',
      dest_vpc_id: DATA_VPC,
      dest_network_id: DATA_SUBNET,
      hosts: [{ name: 'new-host', ip: '192.168.0.98' }],
      tags: { team: 'ops' },
    };
    writeManifests({ adopt_me: adopt });
    const planned = await plan();
    expect(planned.code, failMessage(planned)).toBe(0);
    expect(planned.summary).toMatch(/\| `adopt_me` \| adopt \|/);

    const run = await apply();
    expect(run.code, failMessage(run)).toBe(0);
    const live = expectMatches(emu, adopt);
    expect(live.id).toBe(id);
    expect(json(run.outputs.updated)).toEqual(['adopt_me']);
    expect(json<Record<string, string>>(run.outputs['connection-ids']).adopt_me).toBe(id);
    // Adopted and now owned: a plan shows nothing to do.
    const again = await plan();
    expect(again.outputs['has-changes']).toBe('false');
    expect(json(again.outputs.unchanged)).toContain('adopt_me');
  });

  it('a replace (dest_vpc_id changed) is blocked without allow-replace: exit 1, nothing mutated', async () => {
    const oldId = liveOne(emu, 'hbase_c').id;
    const { routetable_id: _rt, ...rest } = hbase;
    hbase = { ...rest, dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET };
    writeManifests({ hbase_c: hbase });

    emu.clearLog();
    const run = await apply();
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('replace-blocked');
    expect(emu.mutatingRequests()).toEqual([]);
    expect(liveOne(emu, 'hbase_c').id).toBe(oldId);
    expect(annotations(run.stdout).join('\n')).toMatch(/allow-replace/);
    expect(run.summary).toContain('`replace-blocked`');
    expect(json(run.outputs.replaced)).toEqual([]);
  });

  it('with allow-replace the connection is replaced: a new id, the old one DELETED, replaced output', async () => {
    const oldId = liveOne(emu, 'hbase_c').id;
    const run = await apply({ 'allow-replace': 'true' });
    expect(run.code, failMessage(run)).toBe(0);
    const live = expectMatches(emu, hbase);
    expect(live.id).not.toBe(oldId);
    expect(emu.state.connections({ includeDeleted: true }).find((c) => c.id === oldId)?.status).toBe('DELETED');
    expect(json(run.outputs.replaced)).toEqual(['hbase_c']);
    expect(json<Record<string, string>>(run.outputs['connection-ids']).hbase_c).toBe(live.id);
    expect(run.summary).toMatch(new RegExp(`\\| \`hbase_c\` \\| replace \\| .* \\| \`${live.id}\` \\|`));
  });

  it('finally, the whole set is idempotent again (no mutating call)', async () => {
    emu.clearLog();
    const run = await apply({ prune: 'true' });
    expect(run.code, failMessage(run)).toBe(0);
    expect(emu.mutatingRequests()).toEqual([]);
    expect(run.outputs['has-changes']).toBe('false');
    expectMatches(emu, kafkaExpected());
    expectMatches(emu, hbase);
  });
});

describe('apply failures against the emulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ peeringDelayMs: 30 });
    seedCloud(emu);
  });
  afterAll(async () => {
    await emu?.close();
  });

  function oneConnection(name: string, extra: Record<string, unknown> = {}): string {
    return makeWorkspace({
      'connections/c.yaml': manifestYaml({
        name,
        dest_vpc_id: DATA_VPC,
        dest_network_id: DATA_SUBNET,
        elastic_resource_pools: ['pool_etl'],
        ...extra,
      }),
    });
  }
  const applyIn = (workspace: string, label: string, inputs: Record<string, string> = {}) =>
    runAction({
      workspace,
      inputs: { ...emulatorInputs(emu), mode: 'apply', manifests: 'connections/**/*.yaml', label, 'wait-timeout': '20', ...inputs },
    });

  it('one managed connection: connection-id is its id', async () => {
    const run = await applyIn(oneConnection('single_one'), 'single');
    expect(run.code, failMessage(run)).toBe(0);
    const live = liveOne(emu, 'single_one');
    expect(run.outputs['connection-id']).toBe(live.id);
    expect(json(run.outputs['connection-ids'])).toEqual({ single_one: live.id });
  });

  it('a FAILED peering: exit 1, failure-reason=api-error, the summary shows the err_msg', async () => {
    emu.state.failPeeringsOf('failing_d', 'VPC peering quota exceeded in the destination VPC');
    const run = await applyIn(oneConnection('failing_d'), 'failing');
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    const live = liveOne(emu, 'failing_d');
    expect(live.elastic_resource_pools.map((p) => p.status)).toEqual(['FAILED']);
    expect(run.summary).toContain('VPC peering quota exceeded in the destination VPC');
    expect(run.summary).toMatch(/\| `failing_d` \| create \|.*FAILED/);
    // The connection exists (created, then its peering failed): it is not reported as created.
    expect(json(run.outputs.created)).toEqual([]);
    expect(annotations(run.stdout).join('\n')).toMatch(/failing_d/);
  });

  it('a wait timeout: exit 1, failure-reason=timeout', async () => {
    emu.state.setPeeringDelay(120_000);
    try {
      const started = Date.now();
      const run = await applyIn(oneConnection('slow_e'), 'slow', { 'wait-timeout': '2' });
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(liveOne(emu, 'slow_e').elastic_resource_pools.map((p) => p.status)).toEqual(['CREATING']);
      expect(run.summary).toMatch(/\| `slow_e` \|.*CREATING/);
    } finally {
      emu.state.setPeeringDelay(30);
    }
  });

  it('one connection failing does not stop the others', async () => {
    emu.state.failPeeringsOf('bad_peer_f', 'peering refused');
    const ws = makeWorkspace({
      'connections/a.yaml': manifestYaml({ name: 'bad_peer_f', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET, elastic_resource_pools: ['pool_etl'] }),
      'connections/b.yaml': manifestYaml({ name: 'good_peer_g', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET, elastic_resource_pools: ['pool_etl'] }),
    });
    const run = await applyIn(ws, 'mixed');
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    expect(liveOne(emu, 'good_peer_g').elastic_resource_pools.map((p) => p.status)).toEqual(['ACTIVE']);
    expect(json(run.outputs.created)).toEqual(['good_peer_g']);
    expect(json<Record<string, string>>(run.outputs['connection-ids']).good_peer_g).toBe(liveOne(emu, 'good_peer_g').id);
  });
});
