// Export's decisions with an in-memory API: the hosts-file boundary, skipped connections (duplicates, bad names,
// case collisions, vanished), problems reported for live values the manifest rules refuse, the client-side tag
// check, the queue/pool placement and its fallback, the tag filter syntax, and the exact file format.
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitBindings } from '../../src/export/bindings.js';
import { exportConnections, MAX_INLINE_HOSTS, parseTagFilter, parseTagFilters, type ExportOptions } from '../../src/export/index.js';
import { renderManifest } from '../../src/export/render.js';
import { ApiError } from '../../src/dli/errors.js';
import type { DliApi, DliResourceApi, ListConnectionsQuery, LiveConnection, Peering, Tag } from '../../src/dli/types.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import { loadManifests } from '../../src/manifest/index.js';
import { manyHosts, tempWorkspace } from './helpers.js';

const peer = (name: string): Peering => ({ name, status: 'ACTIVE' });

function conn(name: string, over: Partial<LiveConnection> = {}): LiveConnection {
  return {
    id: `id-${name}`,
    name,
    status: 'ACTIVE',
    dest_vpc_id: 'vpc-1',
    dest_network_id: 'net-1',
    hosts: [],
    available_queue_info: [],
    elastic_resource_pools: [],
    routes: [],
    ...over,
  };
}

/** Only the two reads export makes; anything else is a bug. `ignoreTagFilter` mimics a server that drops it. */
class FakeApi implements DliApi {
  queries: (ListConnectionsQuery | undefined)[] = [];
  gone = new Set<string>();
  constructor(
    readonly conns: LiveConnection[],
    readonly tags: Record<string, Tag[]> = {},
    readonly ignoreTagFilter = false,
  ) {}
  async listConnections(query?: ListConnectionsQuery): Promise<LiveConnection[]> {
    this.queries.push(query);
    const want = this.ignoreTagFilter ? [] : (query?.tags ?? []);
    return structuredClone(this.conns.filter((c) => want.every((w) => (this.tags[c.id] ?? []).some((t) => t.key === w.key && t.value === w.value))));
  }
  async listTags(id: string): Promise<Tag[]> {
    if (this.gone.has(id)) throw new ApiError('Connection is not exist.', { operation: 'listTags', status: 400, code: 'DLI.0001', apiMessage: 'Connection is not exist.', retryable: false });
    return structuredClone(this.tags[id] ?? []);
  }
  private no(): never {
    throw new Error('export must only read');
  }
  createConnection = async (): Promise<never> => this.no();
  showConnection = async (): Promise<never> => this.no();
  deleteConnection = async (): Promise<never> => this.no();
  associateQueues = async (): Promise<never> => this.no();
  disassociateQueues = async (): Promise<never> => this.no();
  replaceHosts = async (): Promise<never> => this.no();
  showPrivileges = async (): Promise<never> => this.no();
  addRoute = async (): Promise<never> => this.no();
  deleteRoute = async (): Promise<never> => this.no();
  createTags = async (): Promise<never> => this.no();
  deleteTags = async (): Promise<never> => this.no();
}

let workspace: string;
beforeEach(() => {
  workspace = tempWorkspace();
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const run = (api: DliApi, over: Partial<ExportOptions> = {}) =>
  exportConnections({ api, workspace, outDir: 'out', force: false, label: 'default', logger: silentLogger, ...over });

describe('exportConnections (in-memory API)', () => {
  it(`keeps up to ${MAX_INLINE_HOSTS} hosts inline and moves more to hosts/<name>.hosts, in API order`, async () => {
    const hosts51 = manyHosts(51).reverse();
    const api = new FakeApi([conn('fifty', { hosts: manyHosts(50) }), conn('fifty_one', { hosts: hosts51 })]);
    const r = await run(api);
    expect(r.entries.map((e) => [e.name, e.hostsFile])).toEqual([
      ['fifty', undefined],
      ['fifty_one', 'out/hosts/fifty_one.hosts'],
    ]);
    const fifty = readFileSync(path.join(workspace, 'out/fifty.yaml'), 'utf8');
    expect(fifty.match(/^ {2}- \{ name: /gm)).toHaveLength(50);
    const hostsText = readFileSync(path.join(workspace, 'out/hosts/fifty_one.hosts'), 'utf8');
    const records = hostsText.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/));
    expect(records).toEqual(hosts51.map((h) => [h.ip, h.name]));
    expect(readFileSync(path.join(workspace, 'out/fifty_one.yaml'), 'utf8')).toContain('hosts_file: hosts/fifty_one.hosts\n');
    const { set, diagnostics } = await loadManifests({ workspace, patterns: ['out/*.yaml'] });
    expect(diagnostics).toEqual([]);
    expect(set.connections.find((c) => c.name === 'fifty_one')?.hosts).toEqual(hosts51);
  });

  it('skips duplicate live names, names no manifest can hold, case collisions and connections deleted meanwhile', async () => {
    const api = new FakeApi([
      conn('dup', { id: 'id-b' }),
      conn('dup', { id: 'id-a' }),
      conn('bad-name'),
      conn('Mixed'),
      conn('mixed'),
      conn('vanishing'),
      conn('old', { status: 'deleted' }),
      conn('fine'),
    ]);
    api.gone.add('id-vanishing');
    const logger = memoryLogger();
    const r = await run(api, { logger });
    expect(r.entries.map((e) => e.name)).toEqual(['Mixed', 'fine']);
    expect(r.skipped.map((s) => [s.name, s.connectionIds])).toEqual([
      ['bad-name', ['id-bad-name']],
      ['dup', ['id-a', 'id-b']],
      ['mixed', ['id-mixed']],
      ['vanishing', ['id-vanishing']],
    ]);
    expect(r.skipped.find((s) => s.name === 'mixed')?.reason).toMatch(/collide with "Mixed"/);
    expect(logger.lines.filter((l) => l.startsWith('warning: export: not exported'))).toHaveLength(4);
  });

  it('writes, but reports, live values the manifest rules refuse', async () => {
    const tags = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    const api = new FakeApi(
      [conn('many_tags'), conn('odd_hosts', { hosts: [{ name: 'db', ip: '010.0.0.1' }] }), conn('ok')],
      { 'id-many_tags': tags },
    );
    const logger = memoryLogger();
    const r = await run(api, { logger });
    expect(r.entries.map((e) => [e.name, e.status])).toEqual([
      ['many_tags', 'written'],
      ['odd_hosts', 'written'],
      ['ok', 'written'],
    ]);
    expect(r.entries[0]?.problems?.join('\n')).toMatch(/10 tags declared, at most 9/);
    expect(r.entries[1]?.problems?.join('\n')).toMatch(/not an IPv4 address/);
    expect(r.entries[2]?.problems).toBeUndefined();
    expect(logger.lines.some((l) => l.includes('fix it by hand'))).toBe(true);
  });

  it('checks the tag filter itself too, so a server ignoring it does not export everything', async () => {
    const api = new FakeApi([conn('a'), conn('b')], { 'id-a': [{ key: 'team', value: 'data' }], 'id-b': [{ key: 'team', value: 'web' }] }, true);
    const r = await run(api, { tags: [{ key: 'team', value: 'data' }] });
    expect(api.queries).toEqual([{ tags: [{ key: 'team', value: 'data' }] }]);
    expect(r.entries.map((e) => e.name)).toEqual(['a']);
  });

  it('falls back to the live lists when the queue and pool listings cannot be read', async () => {
    const api = new FakeApi([conn('c', { elastic_resource_pools: [peer('q1'), peer('p1')], available_queue_info: [peer('q2')] })]);
    const broken: DliResourceApi = {
      listQueues: async () => {
        throw new Error('403 APIGW.0302');
      },
      listElasticResourcePools: async () => [],
    };
    const logger = memoryLogger();
    await run(api, { resources: broken, logger });
    const text = readFileSync(path.join(workspace, 'out/c.yaml'), 'utf8');
    expect(text).toContain('queues:\n  - q2\nelastic_resource_pools:\n  - p1\n  - q1\n');
    expect(logger.lines.some((l) => l.startsWith('warning:') && l.includes('could not list DLI queues'))).toBe(true);
  });
});

describe('splitBindings', () => {
  const live = { available_queue_info: [peer('shared'), peer('q_only')], elastic_resource_pools: [peer('Q_Reporting'), peer('pool_b'), peer('pool_a'), peer('q_only')] };
  it('without listings: where the API listed it, sorted, each name once', () => {
    expect(splitBindings(live, undefined)).toEqual({ queues: ['q_only', 'shared'], elastic_resource_pools: ['Q_Reporting', 'pool_a', 'pool_b'] });
  });
  it('with listings: queues to queues, pools to pools (case-insensitive); a name in both stays where listed', () => {
    const kinds = { queues: new Set(['q_reporting', 'q_only', 'shared']), pools: new Set(['pool_a', 'pool_b', 'shared']) };
    expect(splitBindings(live, kinds)).toEqual({ queues: ['Q_Reporting', 'q_only', 'shared'], elastic_resource_pools: ['pool_a', 'pool_b'] });
  });
});

describe('parseTagFilter', () => {
  it('splits at the first =', () => {
    expect(parseTagFilter('team=data')).toEqual({ key: 'team', value: 'data' });
    expect(parseTagFilter('expr=a=b')).toEqual({ key: 'expr', value: 'a=b' });
    expect(parseTagFilter('empty=')).toEqual({ key: 'empty', value: '' });
    expect(parseTagFilters(['a=1', 'b=2'])).toEqual([{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
  });
  it.each(['team', '=data', ' =x', 'a=b,c=d', 'a,b=c'])('refuses %j', (text) => {
    expect(() => parseTagFilter(text)).toThrow(/tag filter/);
  });
});

describe('renderManifest', () => {
  it('writes the fixed format', () => {
    const text = renderManifest(
      {
        name: 'kafka_prod',
        dest_vpc_id: 'vpc-1',
        dest_network_id: '0123',
        queues: ['q_reporting'],
        elastic_resource_pools: ['pool_etl'],
        hosts: [{ name: 'kafka-1', ip: '192.168.0.11' }],
        routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }],
        tags: [
          { key: 'flag', value: 'yes' },
          { key: 'team', value: 'data' },
        ],
      },
      '../schema/connection.schema.json',
    );
    expect(text).toBe(
      [
        '# yaml-language-server: $schema=../schema/connection.schema.json',
        '# Exported from DLI by `dli-connections export`: this file is now the source of truth for the connection.',
        '# Not exported: routetable_id. DLI never returns it (it is create-only), so set it by hand below if this',
        '# connection needs a custom route table; it is only used if the connection is ever re-created.',
        'name: kafka_prod',
        'dest_vpc_id: vpc-1',
        'dest_network_id: "0123"',
        '# routetable_id: <route table id of the destination subnet, if the connection needs one>',
        'queues:',
        '  - q_reporting',
        'elastic_resource_pools:',
        '  - pool_etl',
        'hosts:',
        '  - { name: kafka-1, ip: 192.168.0.11 }',
        'routes:',
        '  - { name: to_idc, cidr: 10.169.0.0/24 }',
        'tags:',
        '  flag: "yes"',
        '  team: data',
        '',
      ].join('\n'),
    );
  });
  it('declares an empty tag map and leaves out empty lists', () => {
    const text = renderManifest({ name: 'e', dest_vpc_id: 'v', dest_network_id: 'net', queues: [], elastic_resource_pools: [], hosts: [], routes: [], tags: [] }, 'x');
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual(['name: e', 'dest_vpc_id: v', 'dest_network_id: net', 'tags: {}', '']);
  });
});

describe('exportConnections and files people wrote', () => {
  it('never overwrites <name>.yaml when it declares other connections, even with force', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(path.join(workspace, 'out'));
    const theirs = 'name: other_conn\ndest_vpc_id: v\ndest_network_id: net\n';
    writeFileSync(path.join(workspace, 'out/kafka.yaml'), theirs);
    const logger = memoryLogger();
    const r = await run(new FakeApi([conn('kafka')]), { force: true, logger });
    expect(r.entries.map((e) => [e.name, e.status, e.file])).toEqual([['kafka', 'exists', 'out/kafka.yaml']]);
    expect(readFileSync(path.join(workspace, 'out/kafka.yaml'), 'utf8')).toBe(theirs);
    expect(logger.lines.some((l) => l.includes('already declares other_conn'))).toBe(true);
  });

  it('does not write through a symlinked manifest file', async () => {
    const { mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const outside = tempWorkspace();
    try {
      writeFileSync(path.join(outside, 'target.yaml'), 'keep\n');
      mkdirSync(path.join(workspace, 'out'));
      symlinkSync(path.join(outside, 'target.yaml'), path.join(workspace, 'out/kafka.yaml'));
      await expect(run(new FakeApi([conn('kafka')]), { force: true })).rejects.toThrow(/symbolic link/);
      expect(readFileSync(path.join(outside, 'target.yaml'), 'utf8')).toBe('keep\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
