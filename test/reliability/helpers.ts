// Shared pieces of the reliability suite: a small workspace of manifests whose expected live state is written out
// here independently of src/ (so "live equals manifests" is not checked by the code under test alone), emulator
// set-up, and the end-of-scenario assertions (converged, no duplicate, nothing leaked).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/index.js';
import { runAction, type ActionRun, type ActionRunOptions } from '../e2e/harness.js';
import { emulatorInputs, seedExampleCloud, DATA_SUBNET, DATA_VPC, ARCHIVE_SUBNET, ARCHIVE_VPC, ARCHIVE_ROUTETABLE } from '../e2e/example-cloud.js';
import { expectNoSecretLeak, type KnownSecret } from './secrets.js';
import type { GitHubFake } from '../github-fake/server.js';

export const LABEL = 'rel';
export const OWNER_KEY = 'managed-by-dli-connections';

/** What the emulator must hold for each manifest once converged (written by hand from FIXTURE_FILES). */
export interface ExpectedConnection {
  name: string;
  vpc: string;
  subnet: string;
  hosts: string[]; // "name ip"
  routes: string[]; // "name cidr"
  tags: Record<string, string>; // user tags + the ownership tag
  bound: string[]; // queue and pool names
}

export const FIXTURE_FILES: Record<string, string> = {
  'connections/kafka.yaml': [
    'name: kafka_prod',
    `dest_vpc_id: ${DATA_VPC}`,
    `dest_network_id: ${DATA_SUBNET}`,
    'elastic_resource_pools: [pool_etl]',
    'queues: [q_reporting]',
    'hosts:',
    '  - { name: kafka-1, ip: 192.168.0.11 }',
    'hosts_file: hosts/kafka.hosts',
    'routes:',
    '  - { name: to_idc, cidr: 10.169.0.0/24 }',
    'tags:',
    '  team: data',
    '',
  ].join('\n'),
  'connections/hosts/kafka.hosts': '# brokers\n192.168.0.12 kafka-2 kafka-2.local\n',
  'connections/archive.yaml': [
    'name: hbase_archive',
    `dest_vpc_id: ${ARCHIVE_VPC}`,
    `dest_network_id: ${ARCHIVE_SUBNET}`,
    `routetable_id: ${ARCHIVE_ROUTETABLE}`,
    'routes:',
    '  - { name: to_archive, cidr: 10.170.0.0/16 }',
    'tags:',
    '  team: archive',
    '',
  ].join('\n'),
};

export const EXPECTED: ExpectedConnection[] = [
  {
    name: 'kafka_prod',
    vpc: DATA_VPC,
    subnet: DATA_SUBNET,
    hosts: ['kafka-1 192.168.0.11', 'kafka-2 192.168.0.12', 'kafka-2.local 192.168.0.12'],
    routes: ['to_idc 10.169.0.0/24'],
    tags: { team: 'data', [OWNER_KEY]: LABEL },
    bound: ['pool_etl', 'q_reporting'],
  },
  {
    name: 'hbase_archive',
    vpc: ARCHIVE_VPC,
    subnet: ARCHIVE_SUBNET,
    hosts: [],
    routes: ['to_archive 10.170.0.0/16'],
    tags: { team: 'archive', [OWNER_KEY]: LABEL },
    bound: [],
  },
];

/** A fresh workspace (GITHUB_WORKSPACE) holding `files`. */
export function makeWorkspace(files: Record<string, string | Uint8Array> = FIXTURE_FILES): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dli-rel-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** An emulator with the example cloud seeded and short peering times. */
export async function startCloud(opts: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator({ peeringDelayMs: 100, ...opts });
  seedExampleCloud(emu);
  return emu;
}

/** Inputs of a quick apply against `emu`: small timeouts and retries so faults play out in seconds. */
export function applyInputs(emu: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...emulatorInputs(emu),
    mode: 'apply',
    manifests: 'connections/**/*.yaml',
    label: LABEL,
    'wait-timeout': '20',
    'request-timeout': '5',
    'max-retries': '4',
    'comment-on-pr': 'never',
    ...extra,
  };
}

/** The secrets a run against `emu` holds (the access key id is not a secret; the secret key is). */
export function emulatorSecrets(emu: Emulator, more: KnownSecret[] = []): KnownSecret[] {
  return [{ label: 'secret-access-key', value: emu.sk }, ...more];
}

/** runAction + the secret check every run of this suite gets. */
export async function runChecked(
  emu: Emulator,
  opts: ActionRunOptions,
  more: { secrets?: KnownSecret[]; github?: GitHubFake } = {},
): Promise<ActionRun> {
  const run = await runAction({ timeoutMs: 60_000, ...opts });
  expectNoSecretLeak(run, emulatorSecrets(emu, more.secrets), more.github);
  return run;
}

/** No stack trace or uncaught error on stderr/stdout (a crash rather than a handled failure). */
export function expectNoCrash(run: ActionRun): void {
  const text = run.stderr + '\n' + run.stdout.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n');
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  expect(text).not.toMatch(/Unexpected error|UnhandledPromiseRejection|TypeError|ReferenceError/);
}

/** Live state equals the manifests: each expected connection exists exactly once, with the expected fields. */
export function expectConverged(emu: Emulator, expected: ExpectedConnection[] = EXPECTED): void {
  expectNoDuplicates(emu);
  const live = emu.state.connections();
  expect(live.map((c) => c.name).sort()).toEqual(expected.map((c) => c.name).sort());
  for (const want of expected) {
    const c = emu.state.connectionByName(want.name)!;
    expect(c, want.name).toBeDefined();
    expect({ vpc: c.dest_vpc_id, subnet: c.dest_network_id }).toEqual({ vpc: want.vpc, subnet: want.subnet });
    expect(c.hosts.map((h) => `${h.name} ${h.ip}`).sort(), `${want.name} hosts`).toEqual([...want.hosts].sort());
    expect(c.routes.map((r) => `${r.name} ${r.cidr}`).sort(), `${want.name} routes`).toEqual([...want.routes].sort());
    expect(Object.fromEntries(c.tags.map((t) => [t.key, t.value])), `${want.name} tags`).toEqual(want.tags);
    const bound = [...c.available_queue_info, ...c.elastic_resource_pools].map((p) => p.name).sort();
    expect(bound, `${want.name} bindings`).toEqual([...want.bound].sort());
  }
}

/** No two live connections share a name (the emulator's state is the proof). */
export function expectNoDuplicates(emu: Emulator): void {
  const names = emu.state.connections().map((c) => c.name);
  const dupes = names.filter((n, i) => names.indexOf(n) !== i);
  expect(dupes, 'duplicate live connections').toEqual([]);
}

/** Creates seen by the emulator that actually made a connection (201), per name. */
export function successfulCreates(emu: Emulator): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of emu.requests) {
    if (r.operation !== 'createConnection' || r.status !== 201) continue;
    const name = (r.body as { name?: string } | undefined)?.name ?? '?';
    out[name] = (out[name] ?? 0) + 1;
  }
  return out;
}

/** A rerun that must see nothing left to do: exit 0, has-changes false. */
export async function expectCleanPlan(emu: Emulator, workspace: string): Promise<void> {
  const run = await runChecked(emu, { workspace, inputs: applyInputs(emu, { mode: 'plan' }) });
  expect(run.code, run.stdout).toBe(0);
  expect(run.outputs['has-changes']).toBe('false');
}
