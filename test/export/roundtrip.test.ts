// The acceptance of export, end to end against the emulator with the real client: export a varied project →
// the files validate with the action's own loader → plan adopts each connection and changes nothing else →
// apply only tags → a second plan is all unchanged, with no mutating call (asserted through the request log).
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import jsYaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/executor.js';
import { exportConnections } from '../../src/export/index.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import { loadManifests } from '../../src/manifest/index.js';
import { computePlan } from '../../src/plan/diff.js';
import { observe } from '../../src/plan/observe.js';
import { OWNERSHIP_TAG_KEY } from '../../src/ownership.js';
import type { Plan } from '../../src/plan/types.js';
import { emuClient } from '../dli/helpers.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { LABEL, LONG_NAME, seedProject, snapshot, tempWorkspace } from './helpers.js';

const OUT = '.dli/connections';
const PATTERNS = [`${OUT}/**/*.yaml`];

async function planFor(emu: Emulator, workspace: string, parser: 'fast' | 'precise' = 'fast'): Promise<Plan> {
  const { client } = emuClient(emu);
  const { set, diagnostics } = await loadManifests({ workspace, patterns: PATTERNS, parser });
  expect(diagnostics).toEqual([]);
  const live = await observe(client, set.connections, { label: LABEL, logger: silentLogger });
  return computePlan({
    manifests: set.connections,
    live,
    label: LABEL,
    region: emu.region,
    projectId: emu.projectId,
    prune: false,
    allowReplace: false,
  });
}

describe.each(['elastic_resource_pools', 'available_queue_info'] as const)('export round trip (bound queues listed under %s)', (queuesListedAs) => {
  let emu: Emulator;
  let workspace: string;
  let ids: Record<string, string>;

  beforeEach(async () => {
    emu = await startEmulator({ queuesListedAs, peeringDelayMs: 0 });
    workspace = tempWorkspace();
    ids = seedProject(emu);
    emu.clearLog();
  });
  afterEach(async () => {
    await emu.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('exports, validates, plans adopt-only, applies only tags, then plans no change', async () => {
    const { client } = emuClient(emu);
    const result = await exportConnections({
      api: client,
      resources: client,
      workspace,
      outDir: OUT,
      force: false,
      label: LABEL,
      logger: silentLogger,
    });
    // Export changes nothing in the cloud.
    expect(emu.mutatingRequests()).toEqual([]);

    const exported = ['already_ours', 'big_hosts', 'empty_conn', 'kafka_prod', LONG_NAME].sort();
    expect(result.entries.map((e) => e.name)).toEqual(exported);
    expect(result.entries.every((e) => e.status === 'written' && !e.problems)).toBe(true);
    expect(result.entries.map((e) => e.file)).toEqual(exported.map((n) => `${OUT}/${n}.yaml`));
    // DELETED is never exported; another label's connection is reported, not exported.
    expect(result.entries.find((e) => e.name === 'gone')).toBeUndefined();
    expect(result.skipped).toEqual([expect.objectContaining({ name: 'other_label', connectionIds: [ids.other_label] })]);
    expect(result.alreadyManaged).toEqual([
      { name: 'already_ours', connectionId: ids.already_ours, label: LABEL, exported: true },
      { name: 'other_label', connectionId: ids.other_label, label: 'staging', exported: false },
    ]);

    // Hosts: 3 inline, 51 and 20,000 in hosts files next to the manifest.
    const byName = new Map(result.entries.map((e) => [e.name, e]));
    expect(byName.get('kafka_prod')?.hostsFile).toBeUndefined();
    expect(byName.get('big_hosts')?.hostsFile).toBe(`${OUT}/hosts/big_hosts.hosts`);
    expect(byName.get(LONG_NAME)?.hostsFile).toBe(`${OUT}/hosts/${LONG_NAME}.hosts`);
    const bigHosts = readFileSync(path.join(workspace, OUT, 'hosts/big_hosts.hosts'), 'utf8');
    expect(bigHosts.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(20_000);

    // The files as a person reads them: queues and pools placed by what they are, tags kept as strings.
    const kafka = jsYaml.load(readFileSync(path.join(workspace, OUT, 'kafka_prod.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    expect(kafka).toEqual({
      name: 'kafka_prod',
      dest_vpc_id: '11111111-1111-4111-8111-111111111111',
      dest_network_id: '33333333-3333-4333-8333-333333333333',
      queues: ['q_reporting'],
      elastic_resource_pools: ['pool_batch', 'pool_etl'],
      hosts: [
        { name: 'kafka-1', ip: '192.168.0.11' },
        { name: 'kafka-2', ip: '192.168.0.12' },
        { name: 'kafka-3', ip: '192.168.0.13' },
      ],
      routes: [
        { name: 'a-first', cidr: '10.170.0.0/16' },
        { name: 'to_idc', cidr: '10.169.0.0/24' },
      ],
      tags: { code: '0123', empty: '', env: 'prod', flag: 'yes', 'has:colon': 'true', note: 'a: b #c', nothing: 'null', team: 'data' },
    });
    const ours = readFileSync(path.join(workspace, OUT, 'already_ours.yaml'), 'utf8');
    expect(ours).not.toContain(OWNERSHIP_TAG_KEY);
    expect(ours).toContain('# routetable_id:');

    // Both parser routes of the loader accept every file, and agree.
    for (const parser of ['fast', 'precise'] as const) {
      const { set, diagnostics } = await loadManifests({ workspace, patterns: PATTERNS, parser });
      expect(diagnostics).toEqual([]);
      expect(set.connections.map((c) => c.name).sort()).toEqual(exported);
      expect(set.connections.find((c) => c.name === 'big_hosts')?.hosts).toHaveLength(20_000);
    }

    // Plan 1: every change is an adoption whose only step adds the ownership tag (already_ours is unchanged).
    emu.clearLog();
    const plan1 = await planFor(emu, workspace);
    expect(plan1.problems).toEqual([]);
    expect(emu.mutatingRequests()).toEqual([]);
    for (const change of plan1.changes) {
      if (change.name === 'already_ours') {
        expect(change.action).toBe('unchanged');
        continue;
      }
      expect(change.action, change.name).toBe('adopt');
      expect(change.steps, change.name).toEqual([{ kind: 'add-tags', tags: [{ key: OWNERSHIP_TAG_KEY, value: LABEL }] }]);
      expect(change.reasons, change.name).toEqual(['not managed yet: ownership tag added']);
    }
    expect(plan1.changes.filter((c) => c.action === 'adopt')).toHaveLength(4);

    // Apply: the only mutating calls are the four tag creates, each with only the ownership tag.
    emu.clearLog();
    const applied = await applyPlan(plan1, { api: client, logger: silentLogger, concurrency: 4, wait: false, waitTimeoutMs: 5_000, label: LABEL });
    expect(applied.ok).toBe(true);
    const mutating = emu.mutatingRequests();
    expect(mutating.map((r) => r.operation)).toEqual(['createTags', 'createTags', 'createTags', 'createTags']);
    for (const r of mutating) expect(r.body).toEqual({ tags: [{ key: OWNERSHIP_TAG_KEY, value: LABEL }] });
    expect(new Set(mutating.map((r) => r.path.split('/')[4]))).toEqual(
      new Set(['big_hosts', 'empty_conn', 'kafka_prod', LONG_NAME].map((n) => ids[n])),
    );

    // Plan 2: nothing to do, and not one mutating call.
    emu.clearLog();
    const plan2 = await planFor(emu, workspace, 'precise');
    expect(plan2.problems).toEqual([]);
    expect(plan2.hasChanges).toBe(false);
    expect(plan2.changes.map((c) => [c.name, c.action])).toEqual(exported.map((n) => [n, 'unchanged']));
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('export: stability, overwrite, filters, safety', () => {
  let emu: Emulator;
  let workspace: string;

  beforeEach(async () => {
    emu = await startEmulator({ peeringDelayMs: 0 });
    workspace = tempWorkspace();
    seedProject(emu);
    emu.clearLog();
  });
  afterEach(async () => {
    await emu.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  const run = (over: Partial<Parameters<typeof exportConnections>[0]> = {}) => {
    const { client } = emuClient(emu);
    return exportConnections({ api: client, resources: client, workspace, outDir: OUT, force: false, label: LABEL, logger: silentLogger, ...over });
  };

  it('exporting twice gives byte-identical files, in the same folder and in a fresh workspace', async () => {
    await run();
    const first = snapshot(path.join(workspace, OUT));
    expect(first.size).toBe(7); // 5 manifests + 2 hosts files

    const again = await run({ force: true });
    expect(again.entries.every((e) => e.status === 'unchanged')).toBe(true);
    expect(snapshot(path.join(workspace, OUT))).toEqual(first);

    const other = tempWorkspace();
    try {
      await run({ workspace: other });
      expect(snapshot(path.join(other, OUT))).toEqual(first);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 30_000);

  it('never overwrites a changed file without force, and restores it with force', async () => {
    await run({ names: ['kafka_prod', 'big_hosts'] });
    const kafkaFile = path.join(workspace, OUT, 'kafka_prod.yaml');
    const original = readFileSync(kafkaFile, 'utf8');
    const edited = original.replace('team: data', 'team: platform');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(kafkaFile, edited);
    // A hosts file edited by hand also counts as an existing manifest part.
    const hostsFile = path.join(workspace, OUT, 'hosts/big_hosts.hosts');
    writeFileSync(hostsFile, `${readFileSync(hostsFile, 'utf8')}10.9.9.9 extra\n`);

    const logger = memoryLogger();
    const noForce = await run({ names: ['kafka_prod', 'big_hosts'], logger });
    expect(noForce.entries.map((e) => [e.name, e.status])).toEqual([
      ['big_hosts', 'exists'],
      ['kafka_prod', 'exists'],
    ]);
    expect(readFileSync(kafkaFile, 'utf8')).toBe(edited);
    expect(logger.lines.join('\n')).toContain('not overwritten');

    const forced = await run({ names: ['kafka_prod', 'big_hosts'], force: true });
    expect(forced.entries.map((e) => [e.name, e.status])).toEqual([
      ['big_hosts', 'overwritten'],
      ['kafka_prod', 'overwritten'],
    ]);
    expect(readFileSync(kafkaFile, 'utf8')).toBe(original);
    expect(readFileSync(hostsFile, 'utf8')).not.toContain('extra');
  }, 30_000);

  it('reports a connection already declared in another manifest file, force or not, and does not duplicate it', async () => {
    const { mkdirSync, writeFileSync, existsSync } = await import('node:fs');
    mkdirSync(path.join(workspace, OUT, 'team'), { recursive: true });
    writeFileSync(
      path.join(workspace, OUT, 'team/all.yml'),
      'name: empty_conn\ndest_vpc_id: v\ndest_network_id: n\n---\nname: kafka_prod\ndest_vpc_id: v\ndest_network_id: n\n',
    );
    // And one outside the folder, found through the run's manifest globs.
    mkdirSync(path.join(workspace, 'infra'), { recursive: true });
    writeFileSync(path.join(workspace, 'infra/ours.yaml'), 'name: already_ours\ndest_vpc_id: v\ndest_network_id: n\n');

    for (const force of [false, true]) {
      const r = await run({ force, manifestPatterns: ['infra/*.yaml'] });
      const status = Object.fromEntries(r.entries.map((e) => [e.name, [e.status, e.file]]));
      expect(status.kafka_prod).toEqual(['exists', `${OUT}/team/all.yml`]);
      expect(status.empty_conn).toEqual(['exists', `${OUT}/team/all.yml`]);
      expect(status.already_ours).toEqual(['exists', 'infra/ours.yaml']);
      expect(existsSync(path.join(workspace, OUT, 'kafka_prod.yaml'))).toBe(false);
      expect(existsSync(path.join(workspace, OUT, 'already_ours.yaml'))).toBe(false);
    }
    // The folder still validates: no duplicate names were created.
    const { diagnostics } = await loadManifests({ workspace, patterns: [...PATTERNS, 'infra/*.yaml'] });
    expect(diagnostics).toEqual([]);
  }, 30_000);

  it('filters by exact names and reports names that match nothing', async () => {
    const r = await run({ names: ['kafka_prod', LONG_NAME, 'kafka', 'gone'] });
    expect(r.entries.map((e) => e.name)).toEqual([LONG_NAME, 'kafka_prod']); // sorted by name
    // `gone` is DELETED: for export it does not exist.
    expect(r.unmatchedNames).toEqual(['gone', 'kafka']);
    expect(snapshot(path.join(workspace, OUT)).size).toBe(3);
  });

  it('filters by tags with the List call\'s filter, all tags must match', async () => {
    const r = await run({ tags: [{ key: 'team', value: 'data' }] });
    expect(r.entries.map((e) => e.name)).toEqual(['already_ours', 'big_hosts', 'kafka_prod']);
    const lists = emu.requests.filter((q) => q.operation === 'listConnections');
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.every((q) => q.query.tags === 'team=data')).toBe(true);

    emu.clearLog();
    const both = await run({ tags: [{ key: 'team', value: 'data' }, { key: 'env', value: 'prod' }] });
    expect(both.entries.map((e) => e.name)).toEqual(['kafka_prod']);
    expect(emu.requests.filter((q) => q.operation === 'listConnections').every((q) => q.query.tags === 'team=data,env=prod')).toBe(true);
  });

  it('refuses an output folder outside the workspace before any call', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const outside = tempWorkspace();
    try {
      await expect(run({ outDir: '../elsewhere' })).rejects.toMatchObject({ name: 'RunFailure', reason: 'validation-failed' });
      await expect(run({ outDir: outside })).rejects.toThrow(/outside the workspace/);
      mkdirSync(path.join(workspace, 'links'));
      symlinkSync(outside, path.join(workspace, 'links/out'));
      await expect(run({ outDir: 'links/out/connections' })).rejects.toThrow(/outside the workspace/);
      expect(emu.requests).toEqual([]);
      expect(snapshot(outside).size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('points the modeline at the workspace schema when there is one, else at the published URL', async () => {
    const { mkdirSync, copyFileSync } = await import('node:fs');
    await run({ names: ['empty_conn'] });
    const withUrl = readFileSync(path.join(workspace, OUT, 'empty_conn.yaml'), 'utf8');
    const schemaJson = JSON.parse(readFileSync(path.resolve(__dirname, '../../schema/connection.schema.json'), 'utf8')) as { $id: string };
    expect(withUrl.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaJson.$id}`);

    mkdirSync(path.join(workspace, 'schema'));
    copyFileSync(path.resolve(__dirname, '../../schema/connection.schema.json'), path.join(workspace, 'schema/connection.schema.json'));
    const r = await run({ names: ['empty_conn'] });
    expect(r.entries[0]?.status).toBe('exists'); // the modeline changed: an existing file is not touched
    await run({ names: ['empty_conn'], force: true });
    const withPath = readFileSync(path.join(workspace, OUT, 'empty_conn.yaml'), 'utf8');
    expect(withPath.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/connection.schema.json');
  });
});
