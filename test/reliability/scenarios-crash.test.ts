// Fault scenarios, end to end (the process killed after each kind of step, and two applies at once): the built action (dist/index.js, or DLI_ACTION_ENTRY)
// against the emulator. Each scenario ends with the live state equal to the manifests and no duplicate connection —
// proven from the emulator's state and request log — or, where convergence is impossible, with a clear
// failure-reason. Every run's stdout, stderr, summary, outputs and plan file are checked for secrets (secrets.ts).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Emulator, EmulatorOptions } from '../emulator/index.js';
import { DATA_SUBNET, DATA_VPC } from '../e2e/example-cloud.js';
import { runAction } from '../e2e/harness.js';
import {
  LABEL,
  OWNER_KEY,
  applyInputs,
  emulatorSecrets,
  expectCleanPlan,
  expectConverged,
  expectNoCrash,
  expectNoDuplicates,
  makeWorkspace,
  runChecked,
  startCloud,
  successfulCreates,
} from './helpers.js';
import { expectNoSecretLeak, reportLeakChecks } from './secrets.js';

// Each scenario spawns the action (often twice) and waits on real timers; CI machines are slow and busy.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function cloud(opts: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startCloud(opts);
  return emu;
}


async function killThenRerun(marker: RegExp, seed?: (e: Emulator) => void) {
  const e = await cloud();
  seed?.(e);
  const ws = makeWorkspace();
  const killed = await runAction({ workspace: ws, inputs: applyInputs(e), killWhen: (out) => marker.test(out) });
  expectNoSecretLeak(killed, emulatorSecrets(e));
  expect(killed.signal, killed.stdout).toBe('SIGKILL');
  expectNoDuplicates(e);
  const rerun = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
  expectNoCrash(rerun);
  expect(rerun.code, rerun.stdout).toBe(0);
  expectConverged(e);
  const creates = successfulCreates(e);
  for (const n of Object.keys(creates)) expect(creates[n], n).toBe(1);
  await expectCleanPlan(e, ws);
  return { e, killed, rerun };
}

/** kafka_prod as it would be left by hand or by an older manifest: everything differs but the ids. */
function seedDriftedKafka(e: Emulator, owned: boolean): void {
  e.state.seedConnection({
    name: 'kafka_prod',
    dest_vpc_id: DATA_VPC,
    dest_network_id: DATA_SUBNET,
    hosts: [{ name: 'old-host', ip: '192.168.0.99' }],
    routes: [{ name: 'to_idc', cidr: '10.169.0.0/24', create_time: 0 }],
    tags: owned ? [{ key: OWNER_KEY, value: LABEL }, { key: 'team', value: 'data' }] : [],
  });
}

describe('reliability: the process killed after each kind of step, then rerun', () => {
  it('killed right after a create', async () => {
    const { killed, rerun } = await killThenRerun(/: created id=/);
    expect(killed.stdout).toMatch(/created id=/);
    // The rerun adopts (plan sees it as ours) rather than creating again.
    expect(rerun.stdout).not.toMatch(/kafka_prod: created id=.*\n[\s\S]*kafka_prod: created id=/);
  });

  it('killed right after adding a route', async () => {
    await killThenRerun(/: route \S+ added/);
  });

  it('killed right after tagging (adopting an untagged connection)', async () => {
    await killThenRerun(/kafka_prod: tags added/, (e) => seedDriftedKafka(e, false));
  });

  it('killed right after binding a pool/queue', async () => {
    await killThenRerun(/kafka_prod: bound /, (e) => seedDriftedKafka(e, true));
  });

  it('killed right after replacing hosts', async () => {
    await killThenRerun(/kafka_prod: hosts replaced/, (e) => seedDriftedKafka(e, true));
  });

  it('killed in the middle of the create request itself (sent, never answered)', async () => {
    const e = await cloud();
    const ws = makeWorkspace();
    // The creates are held 6 s by the server, then performed; the process is killed at 3 s (runAction's own
    // timeout kill), while it waits for their answers.
    e.addFault({ operation: 'createConnection', kind: 'latency', ms: 6_000, count: 2 });
    const killed = await runAction({ workspace: ws, inputs: applyInputs(e), timeoutMs: 3_000 });
    expect(killed.signal).toBe('SIGKILL');
    expectNoSecretLeak(killed, emulatorSecrets(e));
    expect(killed.stdout).not.toMatch(/created id=/);
    const sent = e.requests.filter((r) => r.operation === 'createConnection').length;
    process.stdout.write(`[reliability] killed with ${sent} create(s) in flight\n`);
    // On a very slow machine the kill may come before any create was sent; the rerun must converge either way.
    if (sent > 0) {
      await new Promise((r) => setTimeout(r, 6_500)); // let the held creates land
      expect(Object.values(successfulCreates(e)).reduce((a, b) => a + b, 0)).toBe(sent);
    }
    const rerun = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(rerun.code, rerun.stdout).toBe(0);
    expectConverged(e);
  });
});

describe('reliability: two applies at the same time', () => {
  it("duplicateNames 'reject': the second create fails DLI.0006 and is resolved by lookup; one connection each", async () => {
    const e = await cloud({ duplicateNames: 'reject' });
    const ws = makeWorkspace();
    // Hold every create a little so both runs are past their plan before either create lands.
    e.addFault({ operation: 'createConnection', kind: 'latency', ms: 1_500 });
    const [a, b] = await Promise.all([
      runChecked(e, { workspace: ws, inputs: applyInputs(e) }),
      runChecked(e, { workspace: ws, inputs: applyInputs(e) }),
    ]);
    e.clearFaults();
    expect([a.code, b.code], a.stdout + b.stdout).toEqual([0, 0]);
    expect(e.requests.filter((r) => r.operation === 'createConnection' && r.errorCode === 'DLI.0006').length).toBeGreaterThan(0);
    expectConverged(e);
    expect(successfulCreates(e)).toEqual({ kafka_prod: 1, hbase_archive: 1 });
    await expectCleanPlan(e, ws);
  });

  it("duplicateNames 'allow': a race may create two; the next run refuses, naming both ids", async () => {
    const e = await cloud({ duplicateNames: 'allow' });
    const ws = makeWorkspace();
    e.addFault({ operation: 'createConnection', kind: 'latency', ms: 1_500 });
    await Promise.all([
      runChecked(e, { workspace: ws, inputs: applyInputs(e) }),
      runChecked(e, { workspace: ws, inputs: applyInputs(e) }),
    ]);
    e.clearFaults();
    const kafkas = e.state.connections().filter((c) => c.name === 'kafka_prod');
    process.stdout.write(`[reliability] racing applies with duplicateNames=allow left ${kafkas.length} kafka_prod connection(s)\n`);
    const started = Date.now();
    const next = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    if (kafkas.length > 1) {
      // What the action guarantees under a racing cloud: it never guesses. The run fails and names both ids.
      expect(next.code).toBe(1);
      expect(next.outputs['failure-reason']).not.toBe('');
      for (const k of kafkas) expect(next.stdout + next.summary).toContain(k.id);
      // Nothing was changed on either duplicate: the refusal comes before any step of that connection.
      const ids = kafkas.map((k) => k.id);
      const after = e.requests.slice(e.requests.findIndex((r) => r.time >= started));
      expect(after.filter((r) => r.method !== 'GET' && ids.some((id) => r.path.includes(id)))).toEqual([]);
    } else {
      expect(next.code).toBe(0);
      expectConverged(e);
    }
  });

  it('two live connections of one name (left by such a race): refused with both ids, nothing changed', async () => {
    const e = await cloud({ duplicateNames: 'allow' });
    const ws = makeWorkspace();
    const tags = [{ key: OWNER_KEY, value: LABEL }];
    const id1 = e.state.seedConnection({ name: 'kafka_prod', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET, tags });
    const id2 = e.state.seedConnection({ name: 'kafka_prod', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET, tags });
    e.clearLog();
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.some((l) => l.includes(id1) && l.includes(id2)), errors.join('\n')).toBe(true);
    // Nothing touched either duplicate.
    expect(e.mutatingRequests().filter((r) => r.path.includes(id1) || r.path.includes(id2))).toEqual([]);
  });
});

afterAll(() => reportLeakChecks('scenarios-crash.test.ts'));
