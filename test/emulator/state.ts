// The emulator's world: connections (with their peerings, hosts, routes and tags), VPC objects, queues and pools,
// plus the DLI operations that change them. HTTP concerns live in server.ts; this file only knows the rules.
import { randomUUID } from 'node:crypto';
import {
  checkConnectionName,
  checkHosts,
  checkRequiredId,
  checkRoute,
  checkStringList,
  checkTags,
  type HostInput,
  type TagInput,
} from './validation.js';

/** An API refusal; the server turns it into a JSON error body. */
export class EmuError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Body shape: DLI/gateway `{error_code, error_msg}` or VPC's `{code, message}`. */
    readonly shape: 'dli' | 'vpc' = 'dli',
  ) {
    super(message);
  }
}

const param = (msg: string) => new EmuError(400, 'DLI.0001', msg);

export type PeeringStatus = 'CREATING' | 'ACTIVE' | 'FAILED';

export interface PeeringLike {
  peer_id: string;
  name: string;
  status: PeeringStatus;
  err_msg: string;
  update_time: number;
}

export interface LiveConnectionLike {
  id: string;
  name: string;
  status: string;
  dest_vpc_id: string;
  dest_network_id: string;
  create_time: number;
  hosts: HostInput[];
  available_queue_info: PeeringLike[];
  elastic_resource_pools: PeeringLike[];
  routes: { name: string; cidr: string; create_time: number }[];
  isPrivis: boolean;
  ipv6_enable: boolean;
}

export type ConnectionView = LiveConnectionLike & { tags: TagInput[] };

interface Peering {
  kind: 'queue' | 'pool';
  name: string;
  peer_id: string;
  status: PeeringStatus;
  err_msg: string;
  update_time: number;
  /** When a CREATING peering settles (ACTIVE, or FAILED if its connection's name is in failPeerings). */
  readyAt: number;
}

interface Connection {
  id: string;
  name: string;
  status: 'ACTIVE' | 'DELETED';
  dest_vpc_id: string;
  dest_network_id: string;
  routetable_id?: string;
  create_time: number;
  hosts: HostInput[];
  peerings: Peering[];
  routes: { name: string; cidr: string; create_time: number }[];
  tags: Map<string, string>;
  isPrivis: boolean;
  ipv6_enable: boolean;
}

export interface VpcRecord {
  id: string;
  name?: string;
  cidr?: string;
  status?: string;
}
export interface SubnetRecord {
  id: string;
  vpc_id: string;
  cidr: string;
  status?: string;
  neutron_network_id?: string;
  neutron_subnet_id?: string;
  name?: string;
}
export interface RouteTableRecord {
  id: string;
  vpc_id: string;
  subnets?: { id: string }[];
}
export interface QueueRecord {
  queue_name: string;
  cidr_in_vpc?: string;
  elastic_resource_pool_name?: string;
  queue_type?: string;
}
export interface PoolRecord {
  elastic_resource_pool_name: string;
  cidr_in_vpc?: string;
  status?: string;
  queues?: string[];
}

export type SeedPeering = Partial<PeeringLike> & { name: string };
export type SeedConnection = Partial<Omit<LiveConnectionLike, 'available_queue_info' | 'elastic_resource_pools'>> & {
  name: string;
  tags?: TagInput[];
  peeringStatus?: PeeringStatus;
  available_queue_info?: (SeedPeering | string)[];
  elastic_resource_pools?: (SeedPeering | string)[];
  /** Queue names to bind (shown per `queuesListedAs`). */
  queues?: string[];
  routetable_id?: string;
};

export interface StateConfig {
  peeringDelayMs: number;
  /** Connection name → its own peering delay (bench B9: random delays), overriding peeringDelayMs. */
  peeringDelays: Map<string, number>;
  failPeerings: Map<string, string>;
  duplicateNames: 'allow' | 'reject';
  /** Where a bound queue's peering is shown: the current cloud shows it under elastic_resource_pools. */
  queuesListedAs: 'elastic_resource_pools' | 'available_queue_info';
}

export interface ListQuery {
  limit?: string;
  offset?: string;
  status?: string;
  name?: string;
  tags?: string;
}

export class EmulatorStateImpl {
  private readonly conns = new Map<string, Connection>();
  /** name → ids of live connections (a Set because duplicate names may be allowed). */
  private readonly liveByName = new Map<string, Set<string>>();
  readonly vpcs = new Map<string, VpcRecord>();
  readonly subnets = new Map<string, SubnetRecord>();
  readonly routeTables = new Map<string, RouteTableRecord>();
  readonly queues = new Map<string, QueueRecord>();
  readonly pools = new Map<string, PoolRecord>();
  readonly forbidden = new Set<string>();
  /** Hooked by the server: expires issued tokens and temporary keys. */
  onExpireCredentials: () => void = () => {};

  constructor(readonly config: StateConfig) {}

  // ---- test-facing surface (EmulatorState) ----

  seedConnection(c: SeedConnection): string {
    const now = Date.now();
    const id = c.id ?? randomUUID();
    const status = c.peeringStatus ?? 'ACTIVE';
    const toPeering = (kind: 'queue' | 'pool', p: SeedPeering | string): Peering => {
      const s: SeedPeering = typeof p === 'string' ? { name: p } : p;
      const st = s.status ?? status;
      return {
        kind,
        name: s.name,
        peer_id: s.peer_id ?? randomUUID(),
        status: st,
        err_msg: s.err_msg ?? (st === 'FAILED' ? 'peering failed' : ''),
        update_time: s.update_time ?? now,
        readyAt: now + this.config.peeringDelayMs,
      };
    };
    const peerings = [
      ...(c.available_queue_info ?? []).map((p) => toPeering('queue', p)),
      ...(c.queues ?? []).map((p) => toPeering('queue', p)),
      ...(c.elastic_resource_pools ?? []).map((p) => toPeering('pool', p)),
    ];
    const conn: Connection = {
      id,
      name: c.name,
      status: c.status === 'DELETED' ? 'DELETED' : 'ACTIVE',
      dest_vpc_id: c.dest_vpc_id ?? randomUUID(),
      dest_network_id: c.dest_network_id ?? randomUUID(),
      routetable_id: c.routetable_id,
      create_time: c.create_time ?? now,
      hosts: (c.hosts ?? []).map((h) => ({ name: h.name, ip: h.ip })),
      peerings,
      routes: (c.routes ?? []).map((r) => ({ name: r.name, cidr: r.cidr, create_time: r.create_time ?? now })),
      tags: new Map((c.tags ?? []).map((t) => [t.key, t.value])),
      isPrivis: c.isPrivis ?? true,
      ipv6_enable: c.ipv6_enable ?? false,
    };
    this.insert(conn);
    return id;
  }

  connections(opts: { includeDeleted?: boolean } = {}): ConnectionView[] {
    const out: ConnectionView[] = [];
    for (const c of this.conns.values()) {
      if (c.status === 'DELETED' && !opts.includeDeleted) continue;
      out.push({ ...this.view(c), tags: tagList(c) });
    }
    return out;
  }

  connectionByName(name: string): ConnectionView | undefined {
    const ids = this.liveByName.get(name);
    if (!ids || ids.size === 0) return undefined;
    const c = this.conns.get(ids.values().next().value as string)!;
    return { ...this.view(c), tags: tagList(c) };
  }

  seedVpc(v: VpcRecord): void {
    this.vpcs.set(v.id, v);
  }
  seedSubnet(s: SubnetRecord): void {
    this.subnets.set(s.id, s);
  }
  seedRouteTable(r: RouteTableRecord): void {
    this.routeTables.set(r.id, r);
  }
  seedQueue(q: QueueRecord): void {
    this.queues.set(q.queue_name.toLowerCase(), q);
  }
  seedPool(p: PoolRecord): void {
    this.pools.set(p.elastic_resource_pool_name.toLowerCase(), p);
  }
  forbid(operation: string): void {
    this.forbidden.add(operation);
  }
  setPeeringDelay(ms: number): void {
    this.config.peeringDelayMs = ms;
  }
  setPeeringDelayOf(name: string, ms: number): void {
    this.config.peeringDelays.set(name, ms);
  }
  failPeeringsOf(name: string, errMsg: string): void {
    this.config.failPeerings.set(name, errMsg);
  }
  expireCredentials(): void {
    this.onExpireCredentials();
  }

  // ---- DLI operations ----

  create(body: unknown): string {
    const b = asObject(body);
    const err =
      checkConnectionName(b.name) ??
      checkRequiredId('dest_vpc_id', b.dest_vpc_id) ??
      checkRequiredId('dest_network_id', b.dest_network_id) ??
      (b.routetable_id !== undefined && typeof b.routetable_id !== 'string' ? 'routetable_id must be a string' : null) ??
      checkStringList('queues', b.queues) ??
      checkStringList('elastic_resource_pools', b.elastic_resource_pools) ??
      checkHosts(b.hosts) ??
      checkTags(b.tags);
    if (err) throw param(err);
    const name = b.name as string;
    const queues = (b.queues as string[] | undefined) ?? [];
    const pools = (b.elastic_resource_pools as string[] | undefined) ?? [];
    this.checkBindable(queues, pools);
    if (this.config.duplicateNames === 'reject' && (this.liveByName.get(name)?.size ?? 0) > 0) {
      throw new EmuError(400, 'DLI.0006', `Enhanced connection ${name} already exists.`);
    }
    const now = Date.now();
    const conn: Connection = {
      id: randomUUID(),
      name,
      status: 'ACTIVE',
      dest_vpc_id: b.dest_vpc_id as string,
      dest_network_id: b.dest_network_id as string,
      routetable_id: b.routetable_id as string | undefined,
      create_time: now,
      hosts: ((b.hosts as HostInput[] | undefined) ?? []).map((h) => ({ name: h.name, ip: h.ip })),
      peerings: [...queues.map((q) => this.newPeering(name, 'queue', q, now)), ...pools.map((p) => this.newPeering(name, 'pool', p, now))],
      routes: [],
      tags: new Map(((b.tags as TagInput[] | undefined) ?? []).map((t) => [t.key, t.value ?? ''])),
      isPrivis: true,
      ipv6_enable: false,
    };
    this.insert(conn);
    return conn.id;
  }

  list(q: ListQuery): { connections: LiveConnectionLike[]; count: number } {
    const limit = parseNonNegativeInt('limit', q.limit, 100);
    const offset = parseNonNegativeInt('offset', q.offset, 0);
    let status: string | undefined;
    if (q.status !== undefined && q.status !== '') {
      status = q.status.toUpperCase();
      if (status !== 'ACTIVE' && status !== 'DELETED') throw param('status must be ACTIVE or DELETED');
    }
    const wantTags = q.tags ? parseTagFilter(q.tags) : [];
    const matching: Connection[] = [];
    // One linear pass per list call: O(connections), never O(n²) across pages.
    for (const c of this.conns.values()) {
      if (status && c.status !== status) continue;
      if (q.name !== undefined && q.name !== '' && c.name !== q.name) continue;
      if (wantTags.length && !wantTags.every(([k, v]) => c.tags.get(k) === v)) continue;
      matching.push(c);
    }
    const page = limit === 0 ? matching.slice(offset) : matching.slice(offset, offset + limit);
    return { connections: page.map((c) => this.view(c)), count: matching.length };
  }

  /** Any status (Show answers DELETED connections too). */
  show(id: string): LiveConnectionLike {
    return this.view(this.find(id, true));
  }

  delete(id: string): void {
    const c = this.find(id, false);
    this.settle(c);
    const creating = c.peerings.filter((p) => p.status === 'CREATING').map((p) => p.name);
    if (creating.length) {
      throw new EmuError(
        400,
        'DLI.0009',
        `Connection ${id} cannot be deleted while its peerings are being created: ${creating.join(', ')}`,
      );
    }
    c.status = 'DELETED';
    this.liveByName.get(c.name)?.delete(c.id);
  }

  associate(id: string, body: unknown): void {
    const c = this.find(id, false);
    const { queues, pools } = bindingBody(body);
    this.checkBindable(queues, pools);
    this.settle(c);
    for (const [kind, names] of [['queue', queues], ['pool', pools]] as const) {
      for (const n of names) {
        if (c.peerings.some((p) => p.kind === kind && p.name === n)) {
          throw new EmuError(400, 'DLI.0006', `The ${kind} ${n} is already bound to connection ${id}.`);
        }
      }
    }
    const now = Date.now();
    for (const q of queues) c.peerings.push(this.newPeering(c.name, 'queue', q, now));
    for (const p of pools) c.peerings.push(this.newPeering(c.name, 'pool', p, now));
  }

  disassociate(id: string, body: unknown): void {
    const c = this.find(id, false);
    const { queues, pools } = bindingBody(body);
    if (queues.length + pools.length === 0) throw param('queues or elastic_resource_pools is required');
    this.settle(c);
    const toRemove = new Set<Peering>();
    for (const [kind, names] of [['queue', queues], ['pool', pools]] as const) {
      for (const n of names) {
        // A queue may be listed as a pool on the current cloud, so a name is looked up in its own kind first.
        const p = c.peerings.find((x) => x.kind === kind && x.name === n) ?? c.peerings.find((x) => x.name === n);
        if (!p) throw new EmuError(400, 'DLI.0002', `The ${kind} ${n} is not bound to connection ${id}.`);
        if (p.status === 'FAILED') {
          throw new EmuError(
            400,
            'DLI.0007',
            `The ${kind} ${n} cannot be unbound from connection ${id}: its peering is in FAILED state.`,
          );
        }
        toRemove.add(p);
      }
    }
    c.peerings = c.peerings.filter((p) => !toRemove.has(p));
  }

  replaceHosts(id: string, body: unknown): void {
    const c = this.find(id, false);
    const b = asObject(body);
    if (!Array.isArray(b.hosts)) throw param('hosts is required (an array; [] clears)');
    const err = checkHosts(b.hosts);
    if (err) throw param(err);
    c.hosts = (b.hosts as HostInput[]).map((h) => ({ name: h.name, ip: h.ip }));
  }

  privileges(id: string): { connection_id: string; privileges: unknown[] } {
    const c = this.find(id, false);
    return { connection_id: c.id, privileges: [] };
  }

  addRoute(id: string, body: unknown): void {
    const c = this.find(id, false);
    const err = checkRoute(body);
    if (err) throw param(err);
    const r = body as { name: string; cidr: string };
    if (c.routes.some((x) => x.name === r.name)) {
      throw new EmuError(400, 'DLI.0006', `Route ${r.name} already exists in connection ${id}.`);
    }
    const same = c.routes.find((x) => x.cidr === r.cidr);
    if (same) throw new EmuError(400, 'DLI.0006', `Route ${same.name} of connection ${id} already has cidr ${r.cidr}.`);
    c.routes.push({ name: r.name, cidr: r.cidr, create_time: Date.now() });
  }

  deleteRoute(id: string, name: string): void {
    const c = this.find(id, false);
    const i = c.routes.findIndex((r) => r.name === name);
    if (i < 0) throw new EmuError(400, 'DLI.0002', `Route ${name} does not exist in connection ${id}.`);
    c.routes.splice(i, 1);
  }

  listTags(id: string): TagInput[] {
    return tagList(this.find(id, false));
  }

  createTags(id: string, body: unknown): void {
    const c = this.find(id, false);
    const tags = asObject(body).tags;
    if (!Array.isArray(tags) || tags.length === 0) throw param('tags is required');
    const err = checkTags(tags, c.tags.keys());
    if (err) throw param(err);
    for (const t of tags as TagInput[]) c.tags.set(t.key, t.value ?? '');
  }

  deleteTags(id: string, body: unknown): void {
    const c = this.find(id, false);
    const tags = asObject(body).tags;
    if (!Array.isArray(tags) || tags.length === 0) throw param('tags is required');
    for (const t of tags as Partial<TagInput>[]) {
      if (!t || typeof t.key !== 'string') throw param('each tag needs a key');
    }
    // Deleting an absent key is a no-op (idempotent), like the console.
    for (const t of tags as TagInput[]) c.tags.delete(t.key);
  }

  // ---- internals ----

  private insert(conn: Connection): void {
    this.conns.set(conn.id, conn);
    if (conn.status !== 'DELETED') {
      let ids = this.liveByName.get(conn.name);
      if (!ids) this.liveByName.set(conn.name, (ids = new Set()));
      ids.add(conn.id);
    }
  }

  private find(id: string, allowDeleted: boolean): Connection {
    const c = this.conns.get(id);
    if (!c || (!allowDeleted && c.status === 'DELETED')) throw param(`Connection ${id} is not exist.`);
    return c;
  }

  private newPeering(connection: string, kind: 'queue' | 'pool', name: string, now: number): Peering {
    return {
      kind,
      name,
      peer_id: randomUUID(),
      status: 'CREATING',
      err_msg: '',
      update_time: now,
      readyAt: now + (this.config.peeringDelays.get(connection) ?? this.config.peeringDelayMs),
    };
  }

  /** Refuses `default` and, once any queue/pool has been seeded, names that were not seeded. */
  private checkBindable(queues: string[], pools: string[]): void {
    for (const q of queues) {
      if (q.toLowerCase() === 'default') {
        throw param('The queue default cannot be bound to an enhanced datasource connection; use a dedicated queue.');
      }
      if (this.queues.size > 0 && !this.queues.has(q.toLowerCase())) {
        throw new EmuError(400, 'DLI.0002', `Queue ${q} does not exist.`);
      }
    }
    for (const p of pools) {
      if (this.pools.size > 0 && !this.pools.has(p.toLowerCase())) {
        throw new EmuError(400, 'DLI.0002', `Elastic resource pool ${p} does not exist.`);
      }
    }
  }

  /** Moves due CREATING peerings to ACTIVE / FAILED; lazily, so no timers run and reads stay O(peerings). */
  private settle(c: Connection): void {
    const now = Date.now();
    for (const p of c.peerings) {
      if (p.status !== 'CREATING' || p.readyAt > now) continue;
      const fail = this.config.failPeerings.get(c.name);
      p.status = fail !== undefined ? 'FAILED' : 'ACTIVE';
      p.err_msg = fail ?? '';
      p.update_time = p.readyAt;
    }
  }

  private view(c: Connection): LiveConnectionLike {
    this.settle(c);
    const out = (p: Peering): PeeringLike => ({
      peer_id: p.peer_id,
      name: p.name,
      status: p.status,
      err_msg: p.err_msg,
      update_time: p.update_time,
    });
    const asQueueInfo = this.config.queuesListedAs === 'available_queue_info';
    return {
      id: c.id,
      name: c.name,
      status: c.status,
      dest_vpc_id: c.dest_vpc_id,
      dest_network_id: c.dest_network_id,
      create_time: c.create_time,
      hosts: c.hosts,
      available_queue_info: c.peerings.filter((p) => p.kind === 'queue' && asQueueInfo).map(out),
      elastic_resource_pools: c.peerings.filter((p) => p.kind === 'pool' || !asQueueInfo).map(out),
      routes: c.routes.map((r) => ({ ...r })),
      isPrivis: c.isPrivis,
      ipv6_enable: c.ipv6_enable,
    };
  }
}

function tagList(c: Connection): TagInput[] {
  return [...c.tags].map(([key, value]) => ({ key, value }));
}

function asObject(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw param('request body must be a JSON object');
  return body as Record<string, unknown>;
}

function bindingBody(body: unknown): { queues: string[]; pools: string[] } {
  const b = asObject(body);
  const err = checkStringList('queues', b.queues) ?? checkStringList('elastic_resource_pools', b.elastic_resource_pools);
  if (err) throw param(err);
  const queues = (b.queues as string[] | undefined) ?? [];
  const pools = (b.elastic_resource_pools as string[] | undefined) ?? [];
  if (queues.length + pools.length === 0) throw param('queues or elastic_resource_pools is required');
  return { queues, pools };
}

function parseNonNegativeInt(name: string, raw: string | undefined, dflt: number): number {
  if (raw === undefined || raw === '') return dflt;
  if (!/^\d+$/.test(raw)) throw param(`${name} must be a non-negative integer`);
  return Number(raw);
}

function parseTagFilter(raw: string): [string, string][] {
  return raw.split(',').map((part) => {
    const eq = part.indexOf('=');
    if (eq <= 0) throw param(`tags filter must look like key=value,key=value; got ${part}`);
    return [part.slice(0, eq), part.slice(eq + 1)] as [string, string];
  });
}
