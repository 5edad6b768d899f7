// The read-only calls of preflight, each made at most once per run: one VPC read per VPC id, one subnet read per
// subnet id, one route-table read per id, one queue list and one pool list. Results are memoised as promises, so
// connections checked concurrently share a call in flight instead of racing to make their own.
import { ApiError, UnexpectedResponseError } from '../dli/errors.js';
import type {
  DliElasticResourcePool,
  DliQueue,
  DliResourceApi,
  RouteTableInfo,
  SubnetInfo,
  VpcApi,
  VpcInfo,
} from '../dli/types.js';

/** What a lookup found: the object, its certain absence, or nothing we can rely on (denied or failed). */
export type Lookup<T> =
  | { state: 'found'; value: T }
  /** `apiMessage`: what the API said when it answered "not found" with an error (already one line, cut). */
  | { state: 'missing'; apiMessage?: string }
  | { state: 'unverified'; denied: boolean; reason: string };

/** Queues or pools keyed by lowercase name (DLI stores names in lowercase and matches them case-blind). */
export interface NamedList<T> {
  byName: Map<string, T>;
  /** Names as listed, for "did you mean" suggestions. */
  names: string[];
}

/**
 * VPC answers that mean "no such object" even when the client raises them as errors: 404 VPC.0003 / VPC.0202 /
 * VPC.2808 and the 400s for a malformed id (VPC.0101, VPC.0201) — an id that cannot exist does not exist.
 */
const VPC_NOT_FOUND_CODES = new Set(['VPC.0003', 'VPC.0101', 'VPC.0202', 'VPC.0201', 'VPC.2808']);

/** A 403 (or the gateway's APIGW.0302 "not authorised") means the credentials may not read it: cannot verify. */
export function isPermissionDenied(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.code === 'APIGW.0302');
}

function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const parts = [error.status === 0 ? 'no answer' : `HTTP ${error.status}`];
    if (error.code) parts.push(error.code);
    if (error.apiMessage) parts.push(error.apiMessage);
    if (error.requestId) parts.push(`request id ${error.requestId}`);
    return parts.join(', ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns a read into a Lookup. API errors (after the client's own retries) and unparseable answers become
 * "unverified": a read-only check that could not run must not fail the plan. Anything else is a bug and is thrown.
 */
async function settle<T>(
  read: () => Promise<T | null>,
  notFoundCodes: ReadonlySet<string> | 'list',
): Promise<Lookup<T>> {
  try {
    const value = await read();
    return value === null ? { state: 'missing' } : { state: 'found', value };
  } catch (error) {
    if (error instanceof ApiError) {
      if (isPermissionDenied(error)) return { state: 'unverified', denied: true, reason: describeError(error) };
      // A list is never "missing": a 404 on it is an endpoint problem, reported as unverified below.
      const objectMissing =
        notFoundCodes !== 'list' &&
        (notFoundCodes.has(error.code ?? '') || (error.status === 404 && !(error.code ?? '').startsWith('APIG')));
      if (objectMissing) {
        return error.apiMessage ? { state: 'missing', apiMessage: error.apiMessage } : { state: 'missing' };
      }
      return { state: 'unverified', denied: false, reason: describeError(error) };
    }
    if (error instanceof UnexpectedResponseError) return { state: 'unverified', denied: false, reason: error.message };
    throw error;
  }
}

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = make();
    cache.set(key, pending);
  }
  return pending;
}

function byLowercaseName<T>(items: T[], nameOf: (item: T) => string): NamedList<T> {
  const byName = new Map<string, T>();
  const names: string[] = [];
  for (const item of items) {
    const name = nameOf(item);
    names.push(name);
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), item);
  }
  return { byName, names };
}

export class PreflightLookups {
  private readonly vpcs = new Map<string, Promise<Lookup<VpcInfo>>>();
  private readonly subnets = new Map<string, Promise<Lookup<SubnetInfo>>>();
  private readonly routeTables = new Map<string, Promise<Lookup<RouteTableInfo>>>();
  private queueList?: Promise<Lookup<NamedList<DliQueue>>>;
  private poolList?: Promise<Lookup<NamedList<DliElasticResourcePool>>>;

  constructor(
    private readonly vpcApi: VpcApi,
    private readonly dli: DliResourceApi,
  ) {}

  vpc(id: string): Promise<Lookup<VpcInfo>> {
    return memo(this.vpcs, id, () => settle(() => this.vpcApi.showVpc(id), VPC_NOT_FOUND_CODES));
  }

  subnet(id: string): Promise<Lookup<SubnetInfo>> {
    return memo(this.subnets, id, () => settle(() => this.vpcApi.showSubnet(id), VPC_NOT_FOUND_CODES));
  }

  routeTable(id: string): Promise<Lookup<RouteTableInfo>> {
    return memo(this.routeTables, id, () => settle(() => this.vpcApi.showRouteTable(id), VPC_NOT_FOUND_CODES));
  }

  /** All queues (the client lists with queue_type=all), fetched on first use only. */
  queues(): Promise<Lookup<NamedList<DliQueue>>> {
    this.queueList ??= settle(async () => byLowercaseName(await this.dli.listQueues(), (q) => q.queue_name), 'list');
    return this.queueList;
  }

  /** All elastic resource pools (every page), fetched on first use only. */
  pools(): Promise<Lookup<NamedList<DliElasticResourcePool>>> {
    this.poolList ??= settle(
      async () => byLowercaseName(await this.dli.listElasticResourcePools(), (p) => p.elastic_resource_pool_name),
      'list',
    );
    return this.poolList;
  }
}
