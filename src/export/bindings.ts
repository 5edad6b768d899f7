// Which manifest list a bound name goes to: `queues` or `elastic_resource_pools`.
//
// The plan compares bound names across BOTH live lists and BOTH manifest fields (src/plan/diff.ts, diffBindings),
// so for the round trip either placement plans no change. Placement still matters the day the connection is
// re-created (a replace sends the manifest's lists in the Create body, where a queue named as a pool fails), and
// the live list is not a reliable hint: current Huawei Cloud lists a bound queue under `elastic_resource_pools`.
// So when the queue and pool listings can be read, a name that is only a queue goes to `queues` and a name that is
// only a pool goes to `elastic_resource_pools`; otherwise (unknown, or both) it goes where the API listed it.
import type { DliResourceApi, LiveConnection } from '../dli/types.js';
import type { Logger } from '../logger.js';

export interface ResourceKinds {
  /** Lowercased names (DLI stores names lowercase). */
  queues: Set<string>;
  pools: Set<string>;
}

/** Reads the queue and pool listings; undefined (with a warning) when they cannot be read. */
export async function readResourceKinds(resources: DliResourceApi, logger: Logger): Promise<ResourceKinds | undefined> {
  try {
    const [queues, pools] = await Promise.all([resources.listQueues(), resources.listElasticResourcePools()]);
    return {
      queues: new Set(queues.map((q) => q.queue_name.toLowerCase())),
      pools: new Set(pools.map((p) => p.elastic_resource_pool_name.toLowerCase())),
    };
  } catch (err) {
    logger.warning(
      `could not list DLI queues and elastic resource pools (${(err as Error).message}); bound names are exported under the list DLI reports them in`,
    );
    return undefined;
  }
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The bound names of a live connection, split into the two manifest fields, each sorted and without duplicates
 * (a name listed twice, or in both live lists, is written once). Names are written as DLI shows them.
 */
export function splitBindings(
  conn: Pick<LiveConnection, 'available_queue_info' | 'elastic_resource_pools'>,
  kinds: ResourceKinds | undefined,
): { queues: string[]; elastic_resource_pools: string[] } {
  const queues: string[] = [];
  const pools: string[] = [];
  const seen = new Set<string>();
  const place = (name: string, listedAs: 'queue' | 'pool'): void => {
    const lower = name.toLowerCase();
    if (seen.has(lower)) return;
    seen.add(lower);
    const isQueue = kinds?.queues.has(lower) ?? false;
    const isPool = kinds?.pools.has(lower) ?? false;
    const kind = isQueue && !isPool ? 'queue' : isPool && !isQueue ? 'pool' : listedAs;
    (kind === 'queue' ? queues : pools).push(name);
  };
  for (const p of conn.available_queue_info) place(p.name, 'queue');
  for (const p of conn.elastic_resource_pools) place(p.name, 'pool');
  return { queues: queues.sort(byName), elastic_resource_pools: pools.sort(byName) };
}
