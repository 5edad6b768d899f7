import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/dli/errors.js';
import type { DliApi, ListConnectionsQuery, LiveConnection, Tag } from '../../src/dli/types.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import { computePlan } from '../../src/plan/diff.js';
import { observe } from '../../src/plan/observe.js';
import { liveConn, manifest, own } from './helpers.js';

/** An in-memory DliApi that counts calls and the HTTP pages a real paged list would cost (page size 100). */
class FakeDli implements DliApi {
  listCalls = 0;
  pages = 0;
  tagReads: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  queries: (ListConnectionsQuery | undefined)[] = [];
  gone = new Set<string>();
  constructor(
    readonly conns: LiveConnection[],
    readonly tags: Map<string, Tag[]>,
  ) {}

  async listConnections(query?: ListConnectionsQuery): Promise<LiveConnection[]> {
    this.listCalls++;
    this.queries.push(query);
    const want = query?.tags ?? [];
    const out = this.conns.filter((c) =>
      want.every((w) => (this.tags.get(c.id) ?? []).some((t) => t.key === w.key && t.value === w.value)),
    );
    this.pages += Math.floor(out.length / 100) + 1; // full pages + the short/empty last one
    return structuredClone(out);
  }
  async listTags(id: string): Promise<Tag[]> {
    this.tagReads.push(id);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((r) => setTimeout(r, 2));
    this.inFlight--;
    if (this.gone.has(id)) {
      throw new ApiError('not found', { operation: 'listTags', status: 400, code: 'DLI.0002', retryable: false });
    }
    return structuredClone(this.tags.get(id) ?? []);
  }
  private no(): never {
    throw new Error('observe must only read');
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

function fleet(n: number): { conns: LiveConnection[]; tags: Map<string, Tag[]> } {
  const conns: LiveConnection[] = [];
  const tags = new Map<string, Tag[]>();
  for (let i = 0; i < n; i++) {
    const name = `conn_${String(i).padStart(4, '0')}`;
    conns.push(liveConn(name));
    tags.set(`id-${name}`, [own(), { key: 'team', value: 'data' }]);
  }
  return { conns, tags };
}

describe('observe', () => {
  it('1,000 owned connections, no tags declared: two list calls (≤ 22 pages), zero tag reads', async () => {
    const { conns, tags } = fleet(1000);
    const api = new FakeDli(conns, tags);
    const manifests = conns.map((c) => manifest(c.name));
    const live = await observe(api, manifests, { label: 'default', logger: silentLogger });
    expect(api.listCalls).toBe(2);
    expect(api.pages).toBeLessThanOrEqual(22);
    expect(api.tagReads).toEqual([]);
    expect(live.connections).toHaveLength(1000);
    expect(live.owned.size).toBe(1000);
    expect(live.tags.size).toBe(0);
    // and the plan over it is all unchanged
    const p = computePlan({ manifests, live, label: 'default', region: 'r', projectId: 'p', prune: false, allowReplace: false });
    expect(p.hasChanges).toBe(false);
  });

  it('the second list filters by the ownership tag with the label', async () => {
    const api = new FakeDli([], new Map());
    await observe(api, [], { label: 'blue', logger: silentLogger });
    expect(api.queries).toEqual([undefined, { tags: [{ key: 'managed-by-dli-connections', value: 'blue' }] }]);
  });

  it('reads tags only for matched manifests declaring tags and for matched unowned connections', async () => {
    const conns = [liveConn('owned_plain'), liveConn('owned_tagged'), liveConn('adopt_me'), liveConn('other_label'), liveConn('unrelated')];
    const tags = new Map<string, Tag[]>([
      ['id-owned_plain', [own()]],
      ['id-owned_tagged', [own(), { key: 'team', value: 'x' }]],
      ['id-other_label', [own('green')]],
    ]);
    const api = new FakeDli(conns, tags);
    const manifests = [
      manifest('owned_plain'),
      manifest('owned_tagged', { tags: { team: 'y' } }),
      manifest('adopt_me'),
      manifest('other_label'),
      manifest('not_live', { tags: { team: 'z' } }),
    ];
    const live = await observe(api, manifests, { label: 'default', logger: silentLogger });
    expect([...api.tagReads].sort()).toEqual(['id-adopt_me', 'id-other_label', 'id-owned_tagged']);
    expect([...live.owned].sort()).toEqual(['id-owned_plain', 'id-owned_tagged']);
    const p = computePlan({ manifests, live, label: 'default', region: 'r', projectId: 'p', prune: true, allowReplace: false });
    expect(Object.fromEntries(p.changes.map((c) => [c.name, c.action]))).toEqual({
      adopt_me: 'adopt',
      not_live: 'create',
      other_label: 'blocked',
      owned_plain: 'unchanged',
      owned_tagged: 'update',
    });
  });

  it('drops DELETED connections (any case) from both lists', async () => {
    const conns = [liveConn('a', { status: 'Deleted' }), liveConn('b')];
    const tags = new Map<string, Tag[]>([['id-a', [own()]]]);
    const live = await observe(new FakeDli(conns, tags), [], { label: 'default', logger: silentLogger });
    expect(live.connections.map((c) => c.name)).toEqual(['b']);
    expect(live.owned.size).toBe(0);
  });

  it('does not read tags of a name matched twice (blocked anyway)', async () => {
    const api = new FakeDli([liveConn('d', { id: 'x1' }), liveConn('d', { id: 'x2' })], new Map());
    await observe(api, [manifest('d', { tags: { a: 'b' } })], { label: 'default', logger: silentLogger });
    expect(api.tagReads).toEqual([]);
  });

  it('reads tags with bounded concurrency', async () => {
    const conns = Array.from({ length: 40 }, (_, i) => liveConn(`c${i}`));
    const api = new FakeDli(conns, new Map());
    await observe(api, conns.map((c) => manifest(c.name)), { label: 'default', logger: silentLogger, concurrency: 8 });
    expect(api.tagReads).toHaveLength(40);
    expect(api.maxInFlight).toBeLessThanOrEqual(8);
    expect(api.maxInFlight).toBeGreaterThan(1);
  });

  it('a connection deleted while its tags are read is treated as absent', async () => {
    const api = new FakeDli([liveConn('a'), liveConn('b')], new Map());
    api.gone.add('id-a');
    const logger = memoryLogger();
    const live = await observe(api, [manifest('a'), manifest('b')], { label: 'default', logger });
    expect(live.connections.map((c) => c.name)).toEqual(['b']);
    expect(logger.lines.some((l) => l.includes('id-a') && l.includes('absent'))).toBe(true);
  });

  it('other tag read errors propagate', async () => {
    const api = new FakeDli([liveConn('a')], new Map());
    api.listTags = async () => {
      throw new ApiError('boom', { operation: 'listTags', status: 500, retryable: true });
    };
    await expect(observe(api, [manifest('a')], { label: 'default', logger: silentLogger })).rejects.toThrow('boom');
  });

  it('keeps an owned connection that only the second list returned', async () => {
    const api = new FakeDli([], new Map());
    const late = liveConn('late');
    api.listConnections = async (q?: ListConnectionsQuery) => (q?.tags ? [late] : []);
    const live = await observe(api, [], { label: 'default', logger: silentLogger });
    expect(live.connections.map((c) => c.id)).toEqual(['id-late']);
    expect(live.owned.has('id-late')).toBe(true);
  });
});
