// The typed DLI client: one method per operation of docs/reference/dli-api.md (numbers in comments), plus the
// read-only queue and pool listings of preflight-api.md there. Everything goes through the HTTP transport (signing,
// retries, limiter, typed errors); every answer is checked with zod before anyone trusts it.
import type { HostRecord, RouteSpec } from '../manifest/types.js';
import type { CredentialProvider } from './credentials.js';
import { DEFAULT_PAGE_SIZE, fetchAllPages } from './paging.js';
import { createHttpTransport, type ApiRequest, type HttpMethod, type HttpTransport, type HttpTransportOptions, type QueryValue } from './http.js';
import {
  connectionSchema,
  connectivityResultAnswer,
  connectivityTaskAnswer,
  createConnectionAnswer,
  listConnectionsAnswer,
  listPoolsAnswer,
  listQueuesAnswer,
  listTagsAnswer,
  parseAnswer,
  privilegesAnswer,
} from './schemas.js';
import type {
  ConnectivityTestApi,
  CreateConnectionRequest,
  DliApi,
  DliElasticResourcePool,
  DliQueue,
  DliResourceApi,
  ListConnectionsQuery,
  LiveConnection,
  QueueBinding,
  Tag,
} from './types.js';

/** The transport's knobs (retries, timeout, limiter, injected clock) plus where and as whom to call. */
export interface ClientOptions
  extends Pick<HttpTransportOptions, 'logger' | 'maxRetries' | 'requestTimeoutMs' | 'limiter' | 'sleep' | 'random' | 'now'> {
  /** Service base URL, e.g. https://dli.cn-north-4.myhuaweicloud.com (validated by validateEndpoint beforehand). */
  endpoint: string;
  projectId: string;
  credentials: CredentialProvider;
  /** Use an existing transport instead of building one from the options above (tests, sharing). */
  transport?: HttpTransport;
}


/** IAM actions per operation, for the APIGW.0302 hint (docs/reference/dli-api.md; `update`, `tag` are undocumented). */
const PERMISSION = {
  create: 'dli:edsconnection:create',
  list: 'dli:edsconnection:list',
  get: 'dli:edsconnection:get',
  delete: 'dli:edsconnection:delete',
  bindQueue: 'dli:edsconnection:bindQueue',
  unbindQueue: 'dli:edsconnection:unbindQueue',
  update: 'dli:edsconnection:update',
  createRoute: 'dli:edsconnection:createRoute',
  deleteRoute: 'dli:edsconnection:deleteRoute',
  tag: 'dli:edsconnection:tag',
  queueList: 'dli:queue:list',
  poolList: 'dli:elasticresourcepool:list',
  checkConnection: 'dli:queue:checkConnection',
  getConnection: 'dli:queue:getConnection',
} as const;

export function transportFrom(opts: ClientOptions): HttpTransport {
  return (
    opts.transport ??
    createHttpTransport({
      credentials: opts.credentials,
      logger: opts.logger,
      maxRetries: opts.maxRetries,
      requestTimeoutMs: opts.requestTimeoutMs,
      limiter: opts.limiter,
      sleep: opts.sleep,
      random: opts.random,
      now: opts.now,
    })
  );
}

/** `k=v,k=v`, the List call's tag filter. */
export function formatTagFilter(tags: readonly Tag[]): string {
  return tags.map((t) => `${t.key}=${t.value}`).join(',');
}

export function createDliClient(opts: ClientOptions): DliApi & DliResourceApi & ConnectivityTestApi {
  const transport = transportFrom(opts);
  const project = opts.projectId;
  const connections = ['v2.0', project, 'datasource', 'enhanced-connections'];
  const connectionsV3 = ['v3', project, 'datasource', 'enhanced-connections'];
  const tagsBase = (id: string) => ['v3', project, 'dli_enhanced_datasource', id, 'tags'];

  async function call(
    operation: string,
    method: HttpMethod,
    path: string[],
    permission: string,
    extra: { body?: unknown; query?: Record<string, QueryValue>; idempotent?: boolean } = {},
  ): Promise<unknown> {
    const req: ApiRequest = {
      operation,
      method,
      baseUrl: opts.endpoint,
      path,
      projectId: project,
      permission,
      ...extra,
    };
    return (await transport.request(req)).body;
  }

  const toConnection = (c: ReturnType<typeof connectionSchema.parse>): LiveConnection => c;

  return {
    // 1. Not idempotent: a lost answer is an UnknownOutcomeError (the caller looks the name up), never a retry.
    async createConnection(request: CreateConnectionRequest) {
      const answer = await call('createConnection', 'POST', connections, PERMISSION.create, {
        body: createBody(request),
        idempotent: false,
      });
      return { connection_id: parseAnswer('createConnection', createConnectionAnswer, answer).connection_id };
    },

    // 2. All pages (paging.ts): side by side once a first page's `count` tells the total, else one by one.
    async listConnections(query: ListConnectionsQuery = {}) {
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(limit) || limit < 1) throw new Error(`listConnections: limit must be a positive integer`);
      return fetchAllPages({
        operation: 'listConnections',
        limit,
        keyOf: (c: LiveConnection) => c.id,
        fetch: async (offset) => {
          const answer = await call('listConnections', 'GET', connections, PERMISSION.list, {
            query: {
              limit,
              offset,
              name: query.name,
              status: query.status,
              tags: query.tags && query.tags.length ? formatTagFilter(query.tags) : undefined,
            },
          });
          const parsed = parseAnswer('listConnections', listConnectionsAnswer, answer);
          return { items: parsed.connections.map(toConnection), count: parsed.count };
        },
      });
    },

    // 3. The connection comes flattened at the top level, next to is_success/message.
    async showConnection(id: string) {
      const answer = await call('showConnection', 'GET', [...connections, id], PERMISSION.get);
      return toConnection(parseAnswer('showConnection', connectionSchema, answer));
    },

    // 4.
    async deleteConnection(id: string) {
      await call('deleteConnection', 'DELETE', [...connections, id], PERMISSION.delete);
    },

    // 5.
    async associateQueues(id: string, binding: QueueBinding) {
      await call('associateQueues', 'POST', [...connections, id, 'associate-queue'], PERMISSION.bindQueue, {
        body: bindingBody(binding),
      });
    },

    // 6.
    async disassociateQueues(id: string, binding: QueueBinding) {
      await call('disassociateQueues', 'POST', [...connections, id, 'disassociate-queue'], PERMISSION.unbindQueue, {
        body: bindingBody(binding),
      });
    },

    // 7. Full overwrite; [] clears.
    async replaceHosts(id: string, hosts: HostRecord[]) {
      await call('replaceHosts', 'PUT', [...connections, id], PERMISSION.update, {
        body: { hosts: hosts.map((h) => ({ name: h.name, ip: h.ip })) },
      });
    },

    // 8.
    async showPrivileges(id: string) {
      const answer = await call('showPrivileges', 'GET', [...connections, id, 'privileges'], PERMISSION.get);
      const parsed = parseAnswer('showPrivileges', privilegesAnswer, answer);
      return { connection_id: parsed.connection_id, privileges: parsed.privileges };
    },

    // 9. v3 path (the v2.0 twin is deprecated).
    async addRoute(id: string, route: RouteSpec) {
      await call('addRoute', 'POST', [...connectionsV3, id, 'routes'], PERMISSION.createRoute, {
        body: { name: route.name, cidr: route.cidr },
      });
    },

    // 10. v3 path.
    async deleteRoute(id: string, routeName: string) {
      await call('deleteRoute', 'DELETE', [...connectionsV3, id, 'routes', routeName], PERMISSION.deleteRoute);
    },

    // 11. Any 2xx is success; a 204 has no body.
    async listTags(id: string) {
      const answer = await call('listTags', 'GET', tagsBase(id), PERMISSION.tag);
      return parseAnswer('listTags', listTagsAnswer, answer ?? {}).tags.map((t) => ({ key: t.key, value: t.value }));
    },
    async createTags(id: string, tags: Tag[]) {
      await call('createTags', 'POST', [...tagsBase(id), 'create'], PERMISSION.tag, { body: { tags: plainTags(tags) } });
    },
    async deleteTags(id: string, tags: Tag[]) {
      await call('deleteTags', 'POST', [...tagsBase(id), 'delete'], PERMISSION.tag, { body: { tags: plainTags(tags) } });
    },

    // Preflight: queue_type=all, or general-purpose queues are missed (the default is `sql`).
    async listQueues(): Promise<DliQueue[]> {
      const answer = await call('listQueues', 'GET', ['v1.0', project, 'queues'], PERMISSION.queueList, {
        query: { queue_type: 'all' },
      });
      return parseAnswer('listQueues', listQueuesAnswer, answer).queues;
    },

    // Preflight: no get-one-pool call exists; all pages, as for connections.
    async listElasticResourcePools(): Promise<DliElasticResourcePool[]> {
      return fetchAllPages({
        operation: 'listElasticResourcePools',
        limit: DEFAULT_PAGE_SIZE,
        keyOf: (p: DliElasticResourcePool) => p.elastic_resource_pool_name,
        fetch: async (offset) => {
          const answer = await call(
            'listElasticResourcePools',
            'GET',
            ['v3', project, 'elastic-resource-pools'],
            PERMISSION.poolList,
            { query: { limit: DEFAULT_PAGE_SIZE, offset } },
          );
          const parsed = parseAnswer('listElasticResourcePools', listPoolsAnswer, answer);
          return { items: parsed.elastic_resource_pools, count: parsed.count };
        },
      });
    },

    // 12. Retried like a read: a second test of the same address from the same queue changes nothing, and the
    // task id of the answer that arrived is the one read back.
    async startConnectivityTest(queue: string, address: string) {
      const answer = await call('startConnectivityTest', 'POST', ['v1.0', project, 'queues', queue, 'connection-test'], PERMISSION.checkConnection, {
        body: { address },
        idempotent: true,
      });
      return { taskId: parseAnswer('startConnectivityTest', connectivityTaskAnswer, answer).task_id };
    },

    // 13.
    async showConnectivityTest(queue: string, taskId: string) {
      const answer = await call('showConnectivityTest', 'GET', ['v1.0', project, 'queues', queue, 'connection-test', taskId], PERMISSION.getConnection);
      const parsed = parseAnswer('showConnectivityTest', connectivityResultAnswer, answer);
      return parsed.message === undefined ? { connectivity: parsed.connectivity } : { connectivity: parsed.connectivity, message: parsed.message };
    },
  };
}

/**
 * The Create body from the SDK model's fields only (docs/api-fidelity.md), whatever else the request object carries
 * (a plan file is JSON read back from disk). Optional lists go out only when they hold something: the API's
 * handling of a field it does not know is undocumented, and `elastic_resource_pools` is younger than the API
 * (SDK 3.1.81), so an API that predates it never sees it unless the manifest names a pool.
 */
export function createBody(r: CreateConnectionRequest): CreateConnectionRequest {
  return {
    name: r.name,
    dest_vpc_id: r.dest_vpc_id,
    dest_network_id: r.dest_network_id,
    ...(r.routetable_id ? { routetable_id: r.routetable_id } : {}),
    ...(r.queues?.length ? { queues: [...r.queues] } : {}),
    ...(r.elastic_resource_pools?.length ? { elastic_resource_pools: [...r.elastic_resource_pools] } : {}),
    ...(r.hosts?.length ? { hosts: r.hosts.map((h) => ({ name: h.name, ip: h.ip })) } : {}),
    ...(r.tags?.length ? { tags: plainTags(r.tags) } : {}),
  };
}

function bindingBody(binding: QueueBinding): QueueBinding {
  return {
    ...(binding.queues?.length ? { queues: binding.queues } : {}),
    ...(binding.elastic_resource_pools?.length ? { elastic_resource_pools: binding.elastic_resource_pools } : {}),
  };
}

function plainTags(tags: readonly Tag[]): Tag[] {
  return tags.map((t) => ({ key: t.key, value: t.value }));
}
