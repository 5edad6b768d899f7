// The live state as the DLI API returns it (after zod parsing), and the client surface the core depends on.
// Field names are the API's own (see docs/reference/dli-api.md).
import type { HostRecord, RouteSpec } from '../manifest/types.js';

export type PeeringStatus = 'CREATING' | 'ACTIVE' | 'FAILED' | (string & {});

export interface Peering {
  peer_id?: string;
  name: string;
  status: PeeringStatus;
  err_msg?: string;
  update_time?: number;
}

export interface LiveConnection {
  id: string;
  name: string;
  /** 'ACTIVE' | 'DELETED' | an undocumented transient value. */
  status: string;
  dest_vpc_id: string;
  dest_network_id: string;
  create_time?: number;
  hosts: HostRecord[];
  available_queue_info: Peering[];
  elastic_resource_pools: Peering[];
  routes: (RouteSpec & { create_time?: number })[];
  isPrivis?: boolean;
}

export interface Tag {
  key: string;
  value: string;
}

export interface CreateConnectionRequest {
  name: string;
  dest_vpc_id: string;
  dest_network_id: string;
  routetable_id?: string;
  queues?: string[];
  elastic_resource_pools?: string[];
  hosts?: HostRecord[];
  tags?: Tag[];
}

export interface ListConnectionsQuery {
  name?: string;
  status?: 'ACTIVE' | 'DELETED';
  /** Matches connections carrying all of these tags. */
  tags?: Tag[];
  /** Page size; default 100. */
  limit?: number;
}

export interface QueueBinding {
  queues?: string[];
  elastic_resource_pools?: string[];
}

/** One typed method per operation (docs/reference/dli-api.md; numbers refer to its table). */
export interface DliApi {
  /** 1. Throws UnknownOutcomeError when the request may have reached the server but no answer came back. */
  createConnection(body: CreateConnectionRequest): Promise<{ connection_id: string }>;
  /** 2. All pages, until a short or empty page. Includes DELETED ones unless filtered. */
  listConnections(query?: ListConnectionsQuery): Promise<LiveConnection[]>;
  /** 3. Throws ApiError with notFound=true when the id is unknown. */
  showConnection(id: string): Promise<LiveConnection>;
  /** 4. */
  deleteConnection(id: string): Promise<void>;
  /** 5. */
  associateQueues(id: string, binding: QueueBinding): Promise<void>;
  /** 6. */
  disassociateQueues(id: string, binding: QueueBinding): Promise<void>;
  /** 7. Full overwrite; [] clears. */
  replaceHosts(id: string, hosts: HostRecord[]): Promise<void>;
  /** 8. */
  showPrivileges(id: string): Promise<{ connection_id?: string; privileges: unknown[] }>;
  /** 9. v3 path. */
  addRoute(id: string, route: RouteSpec): Promise<void>;
  /** 10. v3 path. */
  deleteRoute(id: string, routeName: string): Promise<void>;
  /** 11. */
  listTags(id: string): Promise<Tag[]>;
  createTags(id: string, tags: Tag[]): Promise<void>;
  deleteTags(id: string, tags: Tag[]): Promise<void>;
}

/** DLI queues and elastic resource pools (docs/reference/preflight-api.md), read-only. */
export interface DliQueue {
  queue_name: string;
  cidr_in_vpc?: string;
  elastic_resource_pool_name?: string;
  resource_mode?: number;
  queue_type?: string;
}

export interface DliElasticResourcePool {
  elastic_resource_pool_name: string;
  cidr_in_vpc?: string;
  status?: string;
  fail_reason?: string;
  queues?: string[];
}

export interface DliResourceApi {
  listQueues(): Promise<DliQueue[]>;
  listElasticResourcePools(): Promise<DliElasticResourcePool[]>;
}

/**
 * The queue-level address connectivity test (docs/reference/dli-api.md, operations 12 and 13; Huawei's SDK:
 * CreateConnectivityTask, ShowConnectivityTask). There is no pool-level test: a pool is tested through one of its queues.
 */
export interface ConnectivityTestApi {
  /** 12. Starts a test of `address` (`host:port`) from the queue's network; the task id to read it back. */
  startConnectivityTest(queue: string, address: string): Promise<{ taskId: string }>;
  /**
   * 13. The task's `connectivity` as the API says it (`REACHABLE` is documented; `UNREACHABLE` is final too; any
   * other value, or none, means not finished yet) and its message.
   */
  showConnectivityTest(queue: string, taskId: string): Promise<{ connectivity: string; message?: string }>;
}

/**
 * VPC reads (docs/reference/preflight-api.md). The real client throws ApiError for a missing object (its code says
 * so, its message is kept); a test double may return null instead. Both mean "does not exist" to preflight.
 */
export interface VpcInfo {
  id: string;
  name?: string;
  cidr?: string;
  status?: string;
}
export interface SubnetInfo {
  id: string;
  name?: string;
  vpc_id: string;
  cidr?: string;
  status?: string;
  neutron_network_id?: string;
  neutron_subnet_id?: string;
}
export interface RouteTableInfo {
  id: string;
  vpc_id: string;
  subnets?: { id: string }[];
}

export interface VpcApi {
  showVpc(vpcId: string): Promise<VpcInfo | null>;
  showSubnet(subnetId: string): Promise<SubnetInfo | null>;
  showRouteTable(routeTableId: string): Promise<RouteTableInfo | null>;
}
