// Fault scenarios, end to end (transient faults: 429 storms, 5xx bursts, resets, slow answers, lost create answers): the built action (dist/index.js, or DLI_ACTION_ENTRY)
// against the emulator. Each scenario ends with the live state equal to the manifests and no duplicate connection —
// proven from the emulator's state and request log — or, where convergence is impossible, with a clear
// failure-reason. Every run's stdout, stderr, summary, outputs and plan file are checked for secrets (secrets.ts).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Emulator, EmulatorOptions, FaultRule } from '../emulator/index.js';
import { DATA_SUBNET, DATA_VPC } from '../e2e/example-cloud.js';
import {
  EXPECTED,
  LABEL,
  OWNER_KEY,
  applyInputs,
  expectCleanPlan,
  expectConverged,
  expectNoCrash,
  makeWorkspace,
  runChecked,
  startCloud,
  successfulCreates,
} from './helpers.js';
import { reportLeakChecks } from './secrets.js';

// Each scenario spawns the action (often twice) and waits on real timers; CI machines are slow and busy.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const ALL_OPERATIONS = [
  'listProjects',
  'listConnections',
  'showConnection',
  'listTags',
  'createConnection',
  'addRoute',
  'createTags',
  'associateQueue',
  'updateHosts',
  'listQueues',
  'listPools',
  'showVpc',
  'showSubnet',
  'showRouteTable',
];

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function cloud(opts: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startCloud(opts);
  return emu;
}

/** One apply with `faults`, then the convergence proof: state = manifests, one create per name, clean plan. */
async function applyThroughFaults(faults: FaultRule[], inputs: Record<string, string> = {}) {
  const e = await cloud();
  const ws = makeWorkspace();
  for (const f of faults) e.addFault(f);
  const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e, inputs) });
  expectNoCrash(run);
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs['failure-reason']).toBe('');
  e.clearFaults();
  expectConverged(e);
  expect(successfulCreates(e)).toEqual({ kafka_prod: 1, hbase_archive: 1 });
  await expectCleanPlan(e, ws);
  return { e, run, ws };
}

describe('reliability: transient faults converge in one run', () => {
  it('baseline: a clean apply converges and a second plan sees nothing to change', async () => {
    const { run } = await applyThroughFaults([]);
    expect(JSON.parse(run.outputs.created ?? '[]')).toEqual(['hbase_archive', 'kafka_prod']);
  });

  it('429 storm on every operation (APIGW.0308, Retry-After honoured)', async () => {
    const { e } = await applyThroughFaults(
      ALL_OPERATIONS.map((operation) => ({ operation, kind: 'throttle', count: 1, retryAfterSeconds: 0 }) as FaultRule),
    );
    const throttled = new Set(e.requests.filter((r) => r.status === 429).map((r) => r.operation));
    // Every operation the run used was refused at least once and still went through.
    for (const op of ['listProjects', 'listConnections', 'createConnection', 'addRoute', 'showConnection']) {
      expect(throttled.has(op), op).toBe(true);
    }
  });

  it('rate-limited gateway (3 requests/s over everything) is ridden out', async () => {
    const { e } = await applyThroughFaults([{ kind: 'throttle', ratePerSecond: 3, retryAfterSeconds: 1 }]);
    expect(e.requests.some((r) => r.status === 429)).toBe(true);
  });

  it('5xx bursts (500, 502, 503 and gateway APIGW.0601) on reads and writes', async () => {
    const faults: FaultRule[] = [];
    for (const operation of ['listConnections', 'createConnection', 'addRoute', 'showConnection', 'listTags']) {
      faults.push({ operation, kind: 'status', status: 503, count: 1 });
      faults.push({ operation, kind: 'status', status: 500, code: 'APIGW.0601', count: 1 });
    }
    faults.push({ operation: 'showVpc', kind: 'status', status: 502, count: 1 });
    const { e } = await applyThroughFaults(faults, { 'max-retries': '4' });
    expect(e.requests.filter((r) => r.status >= 500).length).toBeGreaterThanOrEqual(8);
  });

  it('connection resets on reads and on idempotent writes are retried', async () => {
    const faults = ['listProjects', 'listConnections', 'addRoute', 'showConnection', 'listPools', 'showVpc'].map(
      (operation) => ({ operation, kind: 'reset', count: 1 }) as FaultRule,
    );
    const { e } = await applyThroughFaults(faults);
    expect(e.requests.filter((r) => r.fault === 'reset').length).toBe(6);
  });

  it('a reset on Create (outcome unknown, nothing made) is never retried blindly: api-error naming the rerun, which converges', async () => {
    const e = await cloud();
    const ws = makeWorkspace();
    e.addFault({ operation: 'createConnection', kind: 'reset', count: 1 });
    const first = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expectNoCrash(first);
    expect(first.code).toBe(1);
    expect(first.outputs['failure-reason']).toBe('api-error');
    expect(first.stdout).toMatch(/::error::\w+: create failed: .*outcome unknown .*rerun apply: it looks the name up before creating/);
    // One create sent for the faulted name, never a second one in the same run.
    const faulted = e.requests.find((r) => r.fault === 'reset')!;
    const name = (faulted.body as { name: string }).name;
    expect(e.requests.filter((r) => r.operation === 'createConnection' && (r.body as { name: string }).name === name).length).toBe(1);
    const rerun = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(rerun.code, rerun.stdout).toBe(0);
    expectConverged(e);
    expect(successfulCreates(e)).toEqual({ kafka_prod: 1, hbase_archive: 1 });
  });

  it('answers slower than request-timeout: reads are retried, a slow create is found by lookup, not repeated', async () => {
    const { e } = await applyThroughFaults(
      [
        { operation: 'listConnections', kind: 'timeout', ms: 3_000, count: 1 },
        { operation: 'showSubnet', kind: 'timeout', ms: 3_000, count: 1 },
        // The create is performed after 1.5 s, when the client (timeout 1 s) has already given up on it.
        { operation: 'createConnection', kind: 'latency', ms: 1_500, count: 1 },
      ],
      { 'request-timeout': '1' },
    );
    expect(e.requests.some((r) => r.fault === 'timeout')).toBe(true);
  });

  it('a create that succeeds but whose answer is lost is resolved by lookup (one connection, not two)', async () => {
    const { e, run } = await applyThroughFaults([{ operation: 'createConnection', kind: 'drop-response', count: 2 }]);
    expect(e.requests.filter((r) => r.operation === 'createConnection').length).toBe(2);
    expect(run.stdout).toMatch(/no answer came back; looking the name up/);
  });

  it('lost answers of every idempotent write (route, hosts, bind, tags): retried, applied once, converged', async () => {
    const faults: FaultRule[] = ['addRoute', 'updateHosts', 'associateQueue', 'createTags'].map(
      (operation) => ({ operation, kind: 'drop-response', count: 1 }) as FaultRule,
    );
    const e = await cloud();
    // kafka_prod exists (ours) with old hosts, no bindings and no team tag: the run replaces hosts, binds, tags.
    e.state.seedConnection({
      name: 'kafka_prod', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET,
      hosts: [{ name: 'old', ip: '192.168.0.99' }],
      routes: [{ name: 'to_idc', cidr: '10.169.0.0/24', create_time: 0 }],
      tags: [{ key: OWNER_KEY, value: LABEL }],
    });
    const ws = makeWorkspace();
    for (const f of faults) e.addFault(f);
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expectNoCrash(run);
    expect(run.code, run.stdout).toBe(0);
    // Each of the four writes was performed with its answer lost, then sent again.
    for (const op of ['addRoute', 'updateHosts', 'associateQueue', 'createTags']) {
      expect(e.requests.some((r) => r.operation === op && r.fault === 'drop-response'), op).toBe(true);
    }
    expectConverged(e);
    await expectCleanPlan(e, ws);
  });

  it('a one-off 403 on tagging is reported as a failure, and a rerun completes the job', async () => {
    // Not transient by the rules (403 is not retried): the first run fails clearly, the second converges.
    const e = await cloud();
    const ws = makeWorkspace();
    e.state.seedConnection({ name: 'hbase_archive', dest_vpc_id: EXPECTED[1]!.vpc, dest_network_id: EXPECTED[1]!.subnet, routes: [{ name: 'to_archive', cidr: '10.170.0.0/16', create_time: 0 }] });
    e.addFault({ operation: 'createTags', kind: 'status', status: 403, code: 'APIGW.0302', message: 'not authorized', count: 1 });
    const first = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(first.code).toBe(1);
    expect(first.outputs['failure-reason']).toBe('auth-failed');
    const second = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(second.code, second.stdout).toBe(0);
    expectConverged(e);
  });
});

/** Kills the process as soon as `marker` is logged, reruns, and proves the rerun converged without duplicates. */

afterAll(() => reportLeakChecks('scenarios-transient.test.ts'));
