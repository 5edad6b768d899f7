// In-memory VpcApi / DliResourceApi that count their calls, and builders for manifests and plans.
import type { SourcePosition } from '../../src/diagnostics.js';
import { ApiError } from '../../src/dli/errors.js';
import type {
  DliElasticResourcePool,
  DliQueue,
  DliResourceApi,
  RouteTableInfo,
  SubnetInfo,
  VpcApi,
  VpcInfo,
} from '../../src/dli/types.js';
import type { ConnectionManifest, FieldPath } from '../../src/manifest/types.js';
import type { ConnectionChange, Plan } from '../../src/plan/types.js';

export const VPC_ID = 'vpc-1111';
export const SUBNET_ID = 'subnet-aaaa';
export const NEUTRON_SUBNET_ID = 'neutron-subnet-9999';

export class FakeCloud implements VpcApi, DliResourceApi {
  vpcs = new Map<string, VpcInfo>();
  subnets = new Map<string, SubnetInfo>();
  routeTables = new Map<string, RouteTableInfo>();
  queues: DliQueue[] = [];
  pools: DliElasticResourcePool[] = [];
  /** Operation → error to throw instead of answering. */
  failures = new Map<string, Error>();
  calls: string[] = [];

  count(operation: string): number {
    return this.calls.filter((c) => c === operation || c.startsWith(`${operation}:`)).length;
  }

  private call(operation: string, id?: string): void {
    this.calls.push(id === undefined ? operation : `${operation}:${id}`);
    const failure = this.failures.get(operation);
    if (failure) throw failure;
  }

  async showVpc(id: string): Promise<VpcInfo | null> {
    this.call('showVpc', id);
    return this.vpcs.get(id) ?? null;
  }
  async showSubnet(id: string): Promise<SubnetInfo | null> {
    this.call('showSubnet', id);
    return this.subnets.get(id) ?? null;
  }
  async showRouteTable(id: string): Promise<RouteTableInfo | null> {
    this.call('showRouteTable', id);
    return this.routeTables.get(id) ?? null;
  }
  async listQueues(): Promise<DliQueue[]> {
    this.call('listQueues');
    return this.queues.map((q) => ({ ...q }));
  }
  async listElasticResourcePools(): Promise<DliElasticResourcePool[]> {
    this.call('listElasticResourcePools');
    return this.pools.map((p) => ({ ...p }));
  }
}

/** A cloud with one VPC 192.168.0.0/16, one ACTIVE subnet 192.168.1.0/24 and a route table holding it. */
export function healthyCloud(): FakeCloud {
  const cloud = new FakeCloud();
  cloud.vpcs.set(VPC_ID, { id: VPC_ID, name: 'vpc-prod', cidr: '192.168.0.0/16', status: 'OK' });
  cloud.subnets.set(SUBNET_ID, {
    id: SUBNET_ID,
    vpc_id: VPC_ID,
    cidr: '192.168.1.0/24',
    status: 'ACTIVE',
    neutron_network_id: SUBNET_ID,
    neutron_subnet_id: NEUTRON_SUBNET_ID,
  });
  cloud.routeTables.set('rt-1', { id: 'rt-1', vpc_id: VPC_ID, subnets: [{ id: SUBNET_ID }] });
  cloud.pools.push({ elastic_resource_pool_name: 'pool_etl', cidr_in_vpc: '10.0.0.0/16', status: 'AVAILABLE' });
  cloud.queues.push({ queue_name: 'q_reporting', elastic_resource_pool_name: 'pool_etl', cidr_in_vpc: '10.0.0.0/16' });
  return cloud;
}

export function apiError(status: number, code: string, operation = 'test'): ApiError {
  return new ApiError(`${operation}: ${status} ${code}`, {
    operation,
    status,
    code,
    apiMessage: `${code} message`,
    retryable: status >= 500,
  });
}

/**
 * A fake position per field, so tests can assert "the diagnostic points at this field": line = 2 + field index in
 * FIELD_LINES (queues and pools: one line per item), column 3 for list items.
 */
const FIELD_LINES: Record<string, number> = {
  name: 1,
  dest_vpc_id: 2,
  dest_network_id: 3,
  routetable_id: 4,
  queues: 10,
  elastic_resource_pools: 20,
};

export function positionOf(file: string, path: FieldPath): SourcePosition {
  const [field, index] = path;
  const line = (FIELD_LINES[String(field)] ?? 1) + (typeof index === 'number' ? index + 1 : 0);
  return { file, line, col: typeof index === 'number' ? 5 : 1 };
}

export function manifest(
  name: string,
  fields: Partial<Omit<ConnectionManifest, 'name' | 'source'>> = {},
): ConnectionManifest & { located: FieldPath[] } {
  const file = `connections/${name}.yaml`;
  const located: FieldPath[] = [];
  return {
    name,
    dest_vpc_id: VPC_ID,
    dest_network_id: SUBNET_ID,
    queues: [],
    elastic_resource_pools: [],
    hosts: [],
    routes: [],
    tags: {},
    ...fields,
    located,
    source: {
      file,
      documentIndex: 0,
      position: { file, line: 1, col: 1 },
      locate(path) {
        located.push(path);
        return positionOf(file, path);
      },
    },
  };
}

export function createChange(m: ConnectionManifest): ConnectionChange {
  return {
    name: m.name,
    action: 'create',
    reasons: ['new'],
    steps: [
      {
        kind: 'create',
        request: {
          name: m.name,
          dest_vpc_id: m.dest_vpc_id,
          dest_network_id: m.dest_network_id,
          routetable_id: m.routetable_id,
          queues: m.queues,
          elastic_resource_pools: m.elastic_resource_pools,
        },
      },
    ],
    manifest: { file: m.source.file, line: 1 },
  };
}

export function plan(changes: ConnectionChange[]): Plan {
  return {
    version: 1,
    label: 'default',
    region: 'cn-north-4',
    projectId: 'proj-1',
    changes,
    problems: [],
    hasChanges: changes.some((c) => c.action !== 'unchanged' && c.action !== 'orphan'),
    fingerprint: 'test',
  };
}
