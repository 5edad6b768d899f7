// Builders for plan tests: manifests with a fake `source.locate`, live connections, and live states.
import type { LiveConnection, Peering, Tag } from '../../src/dli/types.js';
import type { ConnectionManifest, FieldPath } from '../../src/manifest/types.js';
import { computePlan } from '../../src/plan/diff.js';
import { OWNERSHIP_TAG_KEY } from '../../src/ownership.js';
import type { LiveState, Plan, PlanInput } from '../../src/plan/types.js';

/** Line of each top-level key in the fake manifest file, so tests can check where a problem points. */
export const KEY_LINES: Record<string, number> = {
  name: 2,
  dest_vpc_id: 3,
  dest_network_id: 4,
  routetable_id: 5,
  queues: 6,
  elastic_resource_pools: 7,
  hosts: 8,
  routes: 9,
  tags: 10,
};

export type ManifestOverrides = Partial<Omit<ConnectionManifest, 'source'>>;

export function manifest(name: string, over: ManifestOverrides = {}): ConnectionManifest {
  const file = `connections/${name}.yaml`;
  const m: ConnectionManifest = {
    name,
    dest_vpc_id: 'vpc-1',
    dest_network_id: 'net-1',
    queues: [],
    elastic_resource_pools: [],
    hosts: [],
    routes: [],
    tags: {},
    ...over,
    source: {
      file,
      documentIndex: 0,
      position: { file, line: 2, col: 1 },
      locate: (path: FieldPath) => ({ file, line: KEY_LINES[String(path[0])] ?? 2, col: 1 + 2 * (path.length - 1) }),
    },
  };
  return m;
}

export function peering(name: string, status = 'ACTIVE'): Peering {
  return { peer_id: `peer-${name}`, name, status, update_time: 1_700_000_000_000 };
}

export function liveConn(name: string, over: Partial<LiveConnection> = {}): LiveConnection {
  return {
    id: `id-${name}`,
    name,
    status: 'ACTIVE',
    dest_vpc_id: 'vpc-1',
    dest_network_id: 'net-1',
    create_time: 1_700_000_000_000,
    hosts: [],
    available_queue_info: [],
    elastic_resource_pools: [],
    routes: [],
    isPrivis: true,
    ...over,
  };
}

export function own(label = 'default'): Tag {
  return { key: OWNERSHIP_TAG_KEY, value: label };
}

export function liveState(
  connections: LiveConnection[],
  opts: { owned?: string[]; tags?: Record<string, Tag[]> } = {},
): LiveState {
  return {
    connections,
    owned: new Set(opts.owned ?? []),
    tags: new Map(Object.entries(opts.tags ?? {})),
  };
}

export function plan(
  manifests: ConnectionManifest[],
  live: LiveState,
  opts: Partial<Omit<PlanInput, 'manifests' | 'live'>> = {},
): Plan {
  return computePlan({
    manifests,
    live,
    label: 'default',
    region: 'cn-north-4',
    projectId: 'proj-1',
    prune: false,
    allowReplace: false,
    ...opts,
  });
}
