// What apply costs in calls (issue 17), counted from the emulator's request log with the real client: a create planned
// from this run's observation needs no lookup, lost answers share one lookup list, and the peering waits of many
// connections share one list call per sweep.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPlan } from '../../src/apply/executor.js';
import type { ApplyDeps } from '../../src/apply/types.js';
import { memoryLogger } from '../../src/logger.js';
import type { LiveState } from '../../src/plan/types.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emuClient } from '../dli/helpers.js';
import { createChange, LABEL, plan } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const EMPTY: LiveState = { connections: [], owned: new Set(), tags: new Map() };

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function setUp(peeringDelayMs = 300) {
  emu = await startEmulator({ peeringDelayMs });
  const { client } = emuClient(emu);
  const logger = memoryLogger();
  const deps: ApplyDeps = { api: client, logger, concurrency: 8, wait: false, waitTimeoutMs: 60_000, label: LABEL, observed: EMPTY };
  return { emu, deps, logger };
}

const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}_${i}`);
const ops = (e: Emulator) => e.requests.map((r) => r.operation);

describe('apply: calls per change', () => {
  it('creates planned from this run’s observation make the creates and nothing else', async () => {
    const { emu, deps } = await setUp();
    const res = await applyPlan(plan(names(6, 'c').map((n) => createChange(n))), deps);
    expect(res.ok).toBe(true);
    expect(ops(emu)).toEqual(Array(6).fill('createConnection'));
  });

  it('without an observation (a plan applied on its own), each create still looks its name up first', async () => {
    const { emu, deps } = await setUp();
    const res = await applyPlan(plan([createChange('solo')]), { ...deps, observed: undefined });
    expect(res.ok).toBe(true);
    expect(ops(emu)).toEqual(['listConnections', 'createConnection']);
    expect(emu.requests[0]!.query.name).toBe('solo');
  });

  it('a name the observation listed live is looked up before its create (never created blindly)', async () => {
    const { emu, deps } = await setUp();
    const id = emu.state.seedConnection({ name: 'taken', tags: [{ key: 'managed-by-dli-connections', value: LABEL }] });
    const observed: LiveState = { ...EMPTY, connections: [{ ...emu.state.connectionByName('taken')!, id }] };
    const res = await applyPlan(plan([createChange('taken')]), { ...deps, observed });
    expect(res.results[0]!.notes).toEqual([`adopted id=${id} left by an earlier run`]);
    expect(ops(emu)).toEqual(['listConnections', 'listTags']);
  });

  it('lost create answers: one list call answers the lookups of all of them, none is created twice', async () => {
    const { emu, deps } = await setUp();
    const eight = names(8, 'lost');
    emu.addFault({ operation: 'createConnection', kind: 'drop-response', count: eight.length });
    // The first lookup list is held, so every other lost answer queues behind it for one shared list.
    emu.addFault({ operation: 'listConnections', kind: 'latency', ms: 500, count: 1 });
    const res = await applyPlan(plan(eight.map((n) => createChange(n))), deps);
    expect(res.ok).toBe(true);
    expect(res.results.every((r) => r.notes?.[0]?.startsWith('create outcome resolved by lookup'))).toBe(true);
    const creates = emu.requests.filter((r) => r.operation === 'createConnection');
    expect(creates).toHaveLength(8);
    expect(emu.state.connections().map((c) => c.name).sort()).toEqual([...eight].sort());
    const lists = emu.requests.filter((r) => r.operation === 'listConnections');
    expect(lists.length).toBeLessThanOrEqual(2);
    // Several names at once are read with one unfiltered list (the observation said the account is small).
    expect(lists.some((r) => r.query.name === undefined)).toBe(true);
  });

  it('peering waits: while several connections wait, one tag-filtered list call per sweep reads them all', async () => {
    const { emu, deps } = await setUp(2_500);
    const six = names(6, 'w');
    const res = await applyPlan(
      plan(six.map((n) => createChange(n, { request: { queues: [`q_${n}`] } }))),
      { ...deps, wait: true },
    );
    expect(res.results.map((r) => r.outcome)).toEqual(six.map(() => 'done'));
    const reads = emu.requests.filter((r) => r.operation !== 'createConnection');
    // The first connection to finish its steps is read at once, alone (a Show); after that every status read is a
    // list of the label's connections, not a Show per connection.
    const shows = reads.filter((r) => r.operation === 'showConnection');
    const lists = reads.filter((r) => r.operation === 'listConnections');
    expect(shows.length).toBeLessThanOrEqual(1);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((r) => r.query.tags === `managed-by-dli-connections=${LABEL}`)).toBe(true);
    expect(shows.length + lists.length).toBe(reads.length);
    // A few sweeps of one call each, not six connections × their polls.
    expect(reads.length).toBeLessThanOrEqual(4);
  });

  it('unchanged connections whose peerings are ACTIVE: two reads for all of them, and no "ACTIVE after" line each', async () => {
    const { emu, deps, logger } = await setUp();
    const five = names(5, 'same');
    const changes = five.map((name) => ({
      name,
      action: 'unchanged' as const,
      connectionId: emu.state.seedConnection({ name, queues: [`q_${name}`], tags: [{ key: 'managed-by-dli-connections', value: LABEL }] }),
      reasons: [],
      steps: [],
      bindings: { queues: [`q_${name}`], elastic_resource_pools: [] },
    }));
    emu.clearLog();
    const res = await applyPlan(plan(changes), { ...deps, wait: true });
    expect(res.results.map((r) => r.outcome)).toEqual(five.map(() => 'unchanged'));
    // The first one read alone at once, the other four by one list in the next sweep.
    expect(ops(emu).sort()).toEqual(['listConnections', 'showConnection']);
    expect(logger.lines.filter((l) => l.includes('ACTIVE after'))).toEqual([]);
  });
});
