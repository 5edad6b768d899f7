// An in-memory DLI for apply's unit tests. It models what apply relies on: names and ids, DELETED connections that
// stay listed, hosts, bindings whose peerings move CREATING → ACTIVE | FAILED when the test says so, routes, tags,
// duplicate-name refusal (DLI.0006), and per-method error injection (including a create that takes effect but
// whose answer is lost). Every call is recorded, and the number of calls in flight is tracked.
import { ApiError, UnknownOutcomeError } from '../../src/dli/errors.js';
import type {
  CreateConnectionRequest,
  DliApi,
  ListConnectionsQuery,
  LiveConnection,
  Peering,
  PeeringStatus,
  QueueBinding,
  Tag,
} from '../../src/dli/types.js';
import type { HostRecord, RouteSpec } from '../../src/manifest/types.js';

type Method = keyof DliApi;

interface FakeConnection extends LiveConnection {
  tags: Tag[];
}

interface Injection {
  method: Method;
  error: Error | ((args: unknown[]) => Error);
  /** Perform the call's effect, then throw (a lost answer). */
  afterEffect: boolean;
  /** Only calls whose arguments match. */
  when?: (args: unknown[]) => boolean;
  /** How many times left. */
  times: number;
}

export function apiError(operation: string, status: number, code: string, apiMessage: string): ApiError {
  return new ApiError(`${operation}: ${apiMessage} (HTTP ${status} ${code})`, {
    operation,
    status,
    code,
    apiMessage,
    requestId: `req-${operation}`,
    retryable: false,
  });
}

export const authError = (operation: string) =>
  new ApiError(`${operation}: incorrect IAM authentication information`, {
    operation,
    status: 401,
    code: 'APIGW.0301',
    apiMessage: 'Incorrect IAM authentication information',
    requestId: 'req-auth',
    retryable: false,
  });

export interface FakeOptions {
  /** Reject a create whose name a live connection already has (DLI.0006). Default true. */
  rejectDuplicateNames?: boolean;
  /** Bound queues show up in `elastic_resource_pools` instead of `available_queue_info` (current Huawei Cloud). */
  queuesListedAsPools?: boolean;
  /** Async hops each call takes, so that concurrent calls really overlap. Default 2. */
  latencyTicks?: number;
}

export class FakeDliApi implements DliApi {
  readonly connections = new Map<string, FakeConnection>();
  readonly calls: { method: Method; args: unknown[] }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Per connection id: how many in-flight calls touch it at once (steps of one connection must be sequential). */
  readonly maxInFlightPerId = new Map<string, number>();
  private readonly inFlightPerId = new Map<string, number>();
  private readonly injections: Injection[] = [];
  /**
   * Peering status scripts: on each read of a connection (a Show, or its entry in a List answer), the next status of
   * each scripted peering is applied.
   */
  private readonly scripts = new Map<string, { status: PeeringStatus; err_msg?: string }[]>();
  private nextId = 1;
  private readonly opts: Required<FakeOptions>;

  constructor(opts: FakeOptions = {}) {
    this.opts = { rejectDuplicateNames: true, queuesListedAsPools: false, latencyTicks: 2, ...opts };
  }

  // ---- test controls ----

  /** Puts a connection in place (as if made earlier); returns its id. */
  seed(
    c: Partial<Omit<FakeConnection, 'available_queue_info' | 'elastic_resource_pools'>> & {
      name: string;
      queues?: string[];
      pools?: string[];
      peeringStatus?: PeeringStatus;
    },
  ): string {
    const id = c.id ?? this.newId();
    const status = c.peeringStatus ?? 'ACTIVE';
    this.connections.set(id, {
      id,
      name: c.name,
      status: c.status ?? 'ACTIVE',
      dest_vpc_id: c.dest_vpc_id ?? 'vpc-1',
      dest_network_id: c.dest_network_id ?? 'net-1',
      create_time: 1,
      hosts: c.hosts ?? [],
      available_queue_info: (c.queues ?? []).map((name) => ({ name, status, peer_id: `p-${name}` })),
      elastic_resource_pools: (c.pools ?? []).map((name) => ({ name, status, peer_id: `p-${name}` })),
      routes: c.routes ?? [],
      tags: c.tags ?? [],
    });
    return id;
  }

  /** Makes the next `times` calls of `method` (matching `when`) throw `error`. */
  inject(
    method: Method,
    error: Error | ((args: unknown[]) => Error),
    opts: { times?: number; afterEffect?: boolean; when?: (args: unknown[]) => boolean } = {},
  ): void {
    this.injections.push({ method, error, afterEffect: opts.afterEffect ?? false, when: opts.when, times: opts.times ?? 1 });
  }

  /** On each read (Show or List entry), peering `peer` (any connection) takes the next status; the last one sticks. */
  scriptPeering(peer: string, statuses: (PeeringStatus | { status: PeeringStatus; err_msg?: string })[]): void {
    this.scripts.set(
      peer.toLowerCase(),
      statuses.map((s) => (typeof s === 'string' ? { status: s } : s)),
    );
  }

  setPeering(id: string, peer: string, status: PeeringStatus, err_msg?: string): void {
    const c = this.mustGet(id, 'setPeering');
    for (const p of [...c.available_queue_info, ...c.elastic_resource_pools]) {
      if (p.name.toLowerCase() === peer.toLowerCase()) {
        p.status = status;
        if (err_msg !== undefined) p.err_msg = err_msg;
      }
    }
  }

  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  live(): FakeConnection[] {
    return [...this.connections.values()].filter((c) => c.status !== 'DELETED');
  }

  byName(name: string): FakeConnection[] {
    return this.live().filter((c) => c.name === name);
  }

  // ---- DliApi ----

  createConnection(body: CreateConnectionRequest): Promise<{ connection_id: string }> {
    return this.call('createConnection', [body], undefined, () => {
      if (this.opts.rejectDuplicateNames && this.byName(body.name).length > 0) {
        throw apiError('createConnection', 400, 'DLI.0006', `Connection ${body.name} already exists.`);
      }
      const id = this.newId();
      const peer = (name: string): Peering => ({ name, status: 'CREATING', peer_id: `p-${name}`, update_time: 1 });
      const queues = (body.queues ?? []).map(peer);
      const pools = (body.elastic_resource_pools ?? []).map(peer);
      this.connections.set(id, {
        id,
        name: body.name,
        status: 'ACTIVE',
        dest_vpc_id: body.dest_vpc_id,
        dest_network_id: body.dest_network_id,
        create_time: Date.now(),
        hosts: [...(body.hosts ?? [])],
        available_queue_info: this.opts.queuesListedAsPools ? [] : queues,
        elastic_resource_pools: this.opts.queuesListedAsPools ? [...queues, ...pools] : pools,
        routes: [],
        tags: [...(body.tags ?? [])],
      });
      return { connection_id: id };
    });
  }

  listConnections(query: ListConnectionsQuery = {}): Promise<LiveConnection[]> {
    return this.call('listConnections', [query], undefined, () =>
      [...this.connections.values()]
        .filter((c) => query.name === undefined || c.name === query.name)
        .filter((c) => query.status === undefined || c.status === query.status)
        .filter((c) => (query.tags ?? []).every((t) => c.tags.some((ct) => ct.key === t.key && ct.value === t.value)))
        .map((c) => this.view(this.advanceScripts(c))),
    );
  }

  showConnection(id: string): Promise<LiveConnection> {
    return this.call('showConnection', [id], id, () => {
      return this.view(this.advanceScripts(this.mustGet(id, 'showConnection')));
    });
  }

  deleteConnection(id: string): Promise<void> {
    return this.call('deleteConnection', [id], id, () => {
      this.mustGet(id, 'deleteConnection').status = 'DELETED';
    });
  }

  associateQueues(id: string, binding: QueueBinding): Promise<void> {
    return this.call('associateQueues', [id, binding], id, () => {
      const c = this.mustGet(id, 'associateQueues');
      const add = (list: Peering[], name: string) => {
        if (!list.some((p) => p.name === name)) list.push({ name, status: 'CREATING', peer_id: `p-${name}` });
      };
      for (const q of binding.queues ?? []) {
        add(this.opts.queuesListedAsPools ? c.elastic_resource_pools : c.available_queue_info, q);
      }
      for (const p of binding.elastic_resource_pools ?? []) add(c.elastic_resource_pools, p);
    });
  }

  disassociateQueues(id: string, binding: QueueBinding): Promise<void> {
    return this.call('disassociateQueues', [id, binding], id, () => {
      const c = this.mustGet(id, 'disassociateQueues');
      const gone = new Set([...(binding.queues ?? []), ...(binding.elastic_resource_pools ?? [])]);
      c.available_queue_info = c.available_queue_info.filter((p) => !gone.has(p.name));
      c.elastic_resource_pools = c.elastic_resource_pools.filter((p) => !gone.has(p.name));
    });
  }

  replaceHosts(id: string, hosts: HostRecord[]): Promise<void> {
    return this.call('replaceHosts', [id, hosts], id, () => {
      this.mustGet(id, 'replaceHosts').hosts = [...hosts];
    });
  }

  showPrivileges(id: string): Promise<{ connection_id?: string; privileges: unknown[] }> {
    return this.call('showPrivileges', [id], id, () => {
      this.mustGet(id, 'showPrivileges');
      return { connection_id: id, privileges: [] };
    });
  }

  addRoute(id: string, route: RouteSpec): Promise<void> {
    return this.call('addRoute', [id, route], id, () => {
      const c = this.mustGet(id, 'addRoute');
      if (c.routes.some((r) => r.name === route.name)) {
        throw apiError('addRoute', 400, 'DLI.0006', `Route ${route.name} already exists.`);
      }
      if (c.routes.some((r) => r.cidr === route.cidr)) {
        throw apiError('addRoute', 400, 'DLI.0001', `A route with CIDR ${route.cidr} exists.`);
      }
      c.routes.push({ ...route, create_time: 1 });
    });
  }

  deleteRoute(id: string, routeName: string): Promise<void> {
    return this.call('deleteRoute', [id, routeName], id, () => {
      const c = this.mustGet(id, 'deleteRoute');
      if (!c.routes.some((r) => r.name === routeName)) {
        throw apiError('deleteRoute', 400, 'DLI.0002', `Route ${routeName} does not exist.`);
      }
      c.routes = c.routes.filter((r) => r.name !== routeName);
    });
  }

  listTags(id: string): Promise<Tag[]> {
    return this.call('listTags', [id], id, () => this.mustGet(id, 'listTags').tags.map((t) => ({ ...t })));
  }

  createTags(id: string, tags: Tag[]): Promise<void> {
    return this.call('createTags', [id, tags], id, () => {
      const c = this.mustGet(id, 'createTags');
      for (const t of tags) {
        c.tags = [...c.tags.filter((x) => x.key !== t.key), { ...t }];
      }
    });
  }

  deleteTags(id: string, tags: Tag[]): Promise<void> {
    return this.call('deleteTags', [id, tags], id, () => {
      const c = this.mustGet(id, 'deleteTags');
      c.tags = c.tags.filter((x) => !tags.some((t) => t.key === x.key));
    });
  }

  // ---- internals ----

  private advanceScripts(c: FakeConnection): FakeConnection {
    for (const p of [...c.available_queue_info, ...c.elastic_resource_pools]) {
      const script = this.scripts.get(p.name.toLowerCase());
      if (!script || script.length === 0) continue;
      const next = script.length > 1 ? script.shift()! : script[0]!;
      p.status = next.status;
      if (next.err_msg !== undefined) p.err_msg = next.err_msg;
    }
    return c;
  }

  private newId(): string {
    return `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`;
  }

  private mustGet(id: string, operation: string): FakeConnection {
    const c = this.connections.get(id);
    if (!c || c.status === 'DELETED') {
      throw apiError(operation, 400, 'DLI.0001', `Connection ${id} is not exist.`);
    }
    return c;
  }

  /** What the API returns: a copy, without the tags (Show/List never carry them). */
  private view(c: FakeConnection): LiveConnection {
    const { tags: _tags, ...rest } = structuredClone(c);
    return rest;
  }

  private async call<T>(method: Method, args: unknown[], id: string | undefined, effect: () => T): Promise<T> {
    this.calls.push({ method, args: structuredClone(args) });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    if (id !== undefined) {
      const n = (this.inFlightPerId.get(id) ?? 0) + 1;
      this.inFlightPerId.set(id, n);
      this.maxInFlightPerId.set(id, Math.max(this.maxInFlightPerId.get(id) ?? 0, n));
    }
    try {
      for (let i = 0; i < this.opts.latencyTicks; i++) await new Promise<void>((r) => setImmediate(r));
      const inj = this.injections.find((j) => j.method === method && j.times > 0 && (!j.when || j.when(args)));
      if (inj) {
        inj.times--;
        const err = typeof inj.error === 'function' ? inj.error(args) : inj.error;
        if (inj.afterEffect) effect();
        throw err;
      }
      return effect();
    } finally {
      this.inFlight--;
      if (id !== undefined) this.inFlightPerId.set(id, (this.inFlightPerId.get(id) ?? 1) - 1);
    }
  }
}

export { UnknownOutcomeError };
