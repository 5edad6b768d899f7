// End to end: the action dies (SIGKILL) in the middle of an apply, after its Create reached the cloud, and a rerun
// converges with no duplicate; and a Create whose answer is lost is resolved by looking the name up, not by a second
// Create. The emulator runs with duplicateNames: 'allow', so a blind second Create WOULD make a duplicate here
// (the default 'reject' would hide that bug behind a DLI.0006 refusal).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { makeWorkspace, manifestYaml, runAction } from './harness.js';
import { DATA_SUBNET, DATA_VPC, emulatorInputs, seedExampleCloud } from './example-cloud.js';

const OWNER_KEY = 'managed-by-dli-connections';
const LABEL = 'crash';

const manifest = (name: string) => ({
  name,
  dest_vpc_id: DATA_VPC,
  dest_network_id: DATA_SUBNET,
  elastic_resource_pools: ['pool_etl'],
  hosts: [
    { name: 'kafka-1', ip: '192.168.0.11' },
    { name: 'kafka-2', ip: '192.168.0.12' },
  ],
  routes: [
    { name: 'to_idc', cidr: '10.169.0.0/24' },
    { name: 'to_dr', cidr: '10.171.0.0/24' },
  ],
  tags: { team: 'data' },
});

describe('a crash or a lost answer in the middle of an apply', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startEmulator({ peeringDelayMs: 30, duplicateNames: 'allow' });
    seedExampleCloud(emu);
  });
  afterEach(async () => {
    await emu.close();
  });

  const applyIn = (workspace: string, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
    runAction({
      workspace,
      inputs: { ...emulatorInputs(emu), mode: 'apply', manifests: 'connections/*.yaml', label: LABEL, 'wait-timeout': '20' },
      ...extra,
    });

  /** Every live connection of that name (several would be a duplicate). */
  const liveNamed = (name: string) => emu.state.connections().filter((c) => c.name === name);
  const createsOf = (name: string) =>
    emu.requests.filter((q) => q.operation === 'createConnection' && (q.body as { name?: string } | undefined)?.name === name);

  function expectConverged(name: string, want: ReturnType<typeof manifest>): void {
    const live = liveNamed(name);
    expect(live.map((c) => c.id), `live connections named ${name}`).toHaveLength(1);
    const c = live[0]!;
    expect(c.hosts.map((h) => `${h.name}=${h.ip}`).sort()).toEqual(want.hosts.map((h) => `${h.name}=${h.ip}`).sort());
    expect(c.routes.map((r) => `${r.name}=${r.cidr}`).sort()).toEqual(want.routes.map((r) => `${r.name}=${r.cidr}`).sort());
    expect(c.elastic_resource_pools.map((p) => `${p.name}:${p.status}`)).toEqual(['pool_etl:ACTIVE']);
    expect(Object.fromEntries(c.tags.map((t) => [t.key, t.value]))).toEqual({ ...want.tags, [OWNER_KEY]: LABEL });
  }

  it('killed after the Create reached the emulator (held on addRoute): a rerun finishes it with no duplicate', async () => {
    const m = manifest('kafka_crash');
    const ws = makeWorkspace({ 'connections/kafka.yaml': manifestYaml(m) });
    // The first route add is held for a minute: the action is certainly mid-apply, its Create answered, when killed.
    emu.addFault({ operation: 'addRoute', kind: 'latency', ms: 60_000, count: 1 });
    const crashed = await applyIn(ws, { killPoll: () => createsOf('kafka_crash').some((q) => q.status === 201) });
    expect(crashed.signal).toBe('SIGKILL');
    expect(crashed.outputs['failure-reason'] ?? '', 'killed before reporting').toBe('');

    // The cloud holds a half-made connection: created (with hosts and tags), routes not yet added.
    const half = liveNamed('kafka_crash');
    expect(half).toHaveLength(1);
    expect(half[0]!.routes).toEqual([]);
    const firstId = half[0]!.id;

    emu.clearFaults();
    emu.clearLog();
    const rerun = await applyIn(ws);
    expect(rerun.code, `${rerun.stdout}\n${rerun.stderr}`).toBe(0);
    // The rerun recognised its own connection (ownership tag) and only added what was missing.
    expect(createsOf('kafka_crash')).toEqual([]);
    expect(emu.mutatingRequests().map((q) => q.operation).sort()).toEqual(['addRoute', 'addRoute']);
    expectConverged('kafka_crash', m);
    expect(liveNamed('kafka_crash')[0]!.id).toBe(firstId);
    expect(JSON.parse(rerun.outputs.updated!)).toEqual(['kafka_crash']);
    expect(rerun.outputs['connection-id']).toBe(firstId);

    // And a third run has nothing left to do.
    emu.clearLog();
    const third = await applyIn(ws);
    expect(third.code).toBe(0);
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('killed (on its own log line) with several connections in flight: a rerun creates only what is missing', async () => {
    const names = ['conn_one', 'conn_two', 'conn_three'];
    const ws = makeWorkspace(Object.fromEntries(names.map((n) => [`connections/${n}.yaml`, manifestYaml(manifest(n))])));
    // Each Create is slowed a little so that the kill lands while the others are still in flight.
    emu.addFault({ operation: 'createConnection', kind: 'latency', ms: 300 });
    emu.addFault({ operation: 'addRoute', kind: 'latency', ms: 60_000 });
    const crashed = await applyIn(ws, { killWhen: (out) => /: created id=/.test(out) });
    expect(crashed.signal).toBe('SIGKILL');
    // Creates that reached the emulator before the kill still land (300 ms later): a dead process's request in
    // flight is beyond any rerun's control, so let them settle before the rerun looks.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = emu.state.connections().length;
    expect(before).toBeGreaterThanOrEqual(1);
    for (const c of emu.state.connections()) expect(c.routes).toEqual([]);

    emu.clearFaults();
    const rerun = await applyIn(ws);
    expect(rerun.code, `${rerun.stdout}\n${rerun.stderr}`).toBe(0);
    for (const n of names) expectConverged(n, manifest(n));
    // Over both runs, each name was created exactly once (held Creates may still land after the kill: none did twice).
    for (const n of names) expect(createsOf(n).filter((q) => q.status === 201), n).toHaveLength(1);
  });

  it('a Create whose answer is lost (drop-response) is resolved by a lookup: one connection, no second Create', async () => {
    const m = manifest('kafka_lost');
    const ws = makeWorkspace({ 'connections/kafka.yaml': manifestYaml(m) });
    emu.addFault({ operation: 'createConnection', kind: 'drop-response', count: 1 });
    const run = await applyIn(ws);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(createsOf('kafka_lost')).toHaveLength(1);
    expect(createsOf('kafka_lost')[0]!.fault).toBe('drop-response');
    expectConverged('kafka_lost', m);
    const id = liveNamed('kafka_lost')[0]!.id;
    expect(run.stdout).toContain(`kafka_lost: found id=${id} after the unanswered create`);
    expect(run.outputs['connection-id']).toBe(id);
    expect(JSON.parse(run.outputs.created!)).toEqual(['kafka_lost']);
    // The lookup came after the lost Create and before anything else touched the connection.
    const ops = emu.requests.map((q) => q.operation);
    const createAt = ops.indexOf('createConnection');
    expect(ops.slice(createAt + 1)).toContain('listConnections');
    expect(ops.indexOf('listConnections', createAt)).toBeLessThan(ops.indexOf('addRoute'));
  });

  // Lost answers on the other mutating calls: the retry meets "already bound / exists / not exist" and the run
  // must still converge (exit 0) with the cloud exactly as the manifest says.
  it.each(['addRoute', 'associateQueue', 'updateHosts', 'createTags'])(
    'a lost answer of %s is retried and the run converges',
    async (operation) => {
      const m = manifest(`lost_${operation.toLowerCase()}`);
      const bare = { name: m.name, dest_vpc_id: m.dest_vpc_id, dest_network_id: m.dest_network_id };
      const ws = makeWorkspace({ 'connections/c.yaml': manifestYaml(bare) });
      const first = await applyIn(ws);
      expect(first.code, first.stdout).toBe(0);

      // Now every field changes: hosts PUT, bind, routes, tags — and one of those answers is lost.
      const full = makeWorkspace({ 'connections/c.yaml': manifestYaml(m) });
      emu.addFault({ operation, kind: 'drop-response', count: 1 });
      const run = await applyIn(full);
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(emu.requests.filter((q) => q.operation === operation && q.fault === 'drop-response')).toHaveLength(1);
      expectConverged(m.name, m);
    },
  );
});
