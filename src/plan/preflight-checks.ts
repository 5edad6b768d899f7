// The checks of one connection, in the order of docs/reference/preflight-api.md: VPC, subnet, route table, queues,
// pools, CIDR overlap. Each failure is a Diagnostic at the manifest field at fault, with a message that says how to fix
// it. A check whose read was refused (403) or failed becomes a warning, and the checks that depend on it are skipped.
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { FieldPath } from '../manifest/types.js';
import type { SubnetInfo } from '../dli/types.js';
import { cidrTextsOverlap, DEFAULT_POOL_CIDR, isDefaultPoolCidr } from './preflight-cidr.js';
import type { Lookup, PreflightLookups } from './preflight-lookups.js';
import { closestNames } from './preflight-suggest.js';

/** One connection to check, as selected from the plan (see preflight.ts). */
export interface PreflightTarget {
  name: string;
  /**
   * `full`: a connection the plan creates or replaces — everything is checked.
   * `bindings`: an existing connection that gains queues/pools — only those, and their overlap with its subnet.
   */
  scope: 'full' | 'bindings';
  vpcId: string;
  subnetId: string;
  routeTableId?: string;
  /** Queues / pools to check: all declared ones (full) or only the newly bound ones (bindings). */
  queues: string[];
  pools: string[];
  /** Position of a manifest field, e.g. ['queues', 2]; undefined when the connection has no manifest. */
  locate(path: FieldPath): SourcePosition | undefined;
  /** Index of a queue / pool name in the manifest's list (case-blind), for positions; -1 when absent. */
  indexOf(field: 'queues' | 'elastic_resource_pools', name: string): number;
}

/** Context of the run, for messages. */
export interface PreflightContext {
  projectId: string;
  region: string;
}

/** A diagnostic plus, for warnings that would repeat for every connection (a 403 on a list), a key to show it once. */
export interface PreflightFinding {
  diagnostic: Diagnostic;
  onceKey?: string;
}

/** The IAM action that each read needs (docs/reference/preflight-api.md). */
export const PREFLIGHT_IAM_ACTIONS = {
  vpc: 'vpc:vpcs:get',
  subnet: 'vpc:subnets:get',
  routeTable: 'vpc:routeTables:get',
  queues: 'dli:queue:list',
  pools: 'dli:elasticresourcepool:list',
} as const;

type ReadKind = keyof typeof PREFLIGHT_IAM_ACTIONS;

/** Something bound to the connection whose CIDR must not overlap the subnet: a pool, or a legacy queue. */
interface OverlapCandidate {
  /** How to name it in a message, e.g. `elastic resource pool "p" (the pool of queue "q")`. */
  label: string;
  cidr: string;
  isPool: boolean;
  poolName?: string;
  path: FieldPath;
}

/** A pool to check, with where it comes from (named in the manifest, or reached through a queue). */
interface PoolRef {
  name: string;
  path: FieldPath;
  viaQueue?: string;
}

const quote = (s: string): string => `"${s}"`;

/** ` The API said: "…".` after a "does not exist" finding that came from an error answer (the user's evidence). */
const apiSaid = (lookup: Lookup<unknown>): string =>
  lookup.state === 'missing' && lookup.apiMessage ? ` The API said: "${lookup.apiMessage}".` : '';

export async function checkConnection(
  target: PreflightTarget,
  lookups: PreflightLookups,
  context: PreflightContext,
): Promise<PreflightFinding[]> {
  const findings: PreflightFinding[] = [];
  const who = `connection ${quote(target.name)}`;
  const where = `project ${context.projectId} (${context.region})`;

  const error = (code: string, path: FieldPath, message: string, hint?: string): void => {
    findings.push({ diagnostic: diag('error', code, target.locate(path), `${who}: ${message}`, hint) });
  };
  const warning = (code: string, path: FieldPath, message: string, hint?: string, onceKey?: string): void => {
    findings.push({ diagnostic: diag('warning', code, target.locate(path), `${who}: ${message}`, hint), onceKey });
  };
  /** A read that was refused or failed: warn (once per object), and let the caller skip what depends on it. */
  const cannotVerify = (kind: ReadKind, what: string, path: FieldPath, lookup: Lookup<unknown>, key: string): void => {
    if (lookup.state !== 'unverified') return;
    if (lookup.denied) {
      const action = PREFLIGHT_IAM_ACTIONS[kind];
      warning(
        'preflight-permission-denied',
        path,
        `could not verify ${what}: the credentials may not read it (${lookup.reason}); the check was skipped.`,
        `grant the IAM action ${action} to the identity this action runs as, so that plan can check it`,
        `denied:${kind}:${key}`,
      );
    } else {
      warning(
        'preflight-unverified',
        path,
        `could not verify ${what}: the read failed (${lookup.reason}); the check was skipped, apply may still fail.`,
        undefined,
        `unverified:${kind}:${key}`,
      );
    }
  };

  // 1. The VPC exists (full scope only; its CIDR feeds the VPC-overlap warning).
  let vpcCidr: string | undefined;
  if (target.scope === 'full') {
    const vpc = await lookups.vpc(target.vpcId);
    if (vpc.state === 'missing') {
      error(
        'preflight-vpc-missing',
        ['dest_vpc_id'],
        `VPC ${quote(target.vpcId)} (dest_vpc_id) does not exist in ${where}.${apiSaid(vpc)}`,
        'copy the VPC ID from the VPC console (Virtual Private Cloud → VPCs → the VPC → ID), in the same region and project',
      );
    } else if (vpc.state === 'found') {
      vpcCidr = vpc.value.cidr;
    } else {
      cannotVerify('vpc', `that VPC ${quote(target.vpcId)} exists`, ['dest_vpc_id'], vpc, target.vpcId);
    }
  }

  // 2. The subnet exists, is in that VPC, is ACTIVE; its CIDR feeds the overlap check. For an existing connection
  // gaining bindings only the CIDR matters (the subnet was checked when the connection was made).
  let subnet: SubnetInfo | undefined;
  const subnetLookup = await lookups.subnet(target.subnetId);
  const subnetText = `subnet ${quote(target.subnetId)} (dest_network_id)`;
  if (subnetLookup.state === 'found') {
    subnet = subnetLookup.value;
    if (target.scope === 'full') {
      if (subnet.vpc_id !== target.vpcId) {
        error(
          'preflight-subnet-other-vpc',
          ['dest_network_id'],
          `${subnetText} belongs to VPC ${quote(subnet.vpc_id)}, not to dest_vpc_id ${quote(target.vpcId)}.`,
          `set dest_vpc_id to "${subnet.vpc_id}", or pick a subnet of VPC "${target.vpcId}"`,
        );
      }
      // An answer without a status says nothing either way: only a stated non-ACTIVE status is an error.
      const status = subnet.status;
      if (status !== undefined && status !== 'ACTIVE') {
        error(
          'preflight-subnet-not-active',
          ['dest_network_id'],
          `${subnetText} is ${status}, not ACTIVE: DLI cannot peer with it.`,
          'wait until the VPC console shows the subnet as Available (ACTIVE), or pick another subnet',
        );
      }
    }
  } else if (subnetLookup.state === 'missing') {
    if (target.scope === 'full') {
      error(
        'preflight-subnet-missing',
        ['dest_network_id'],
        `${subnetText} does not exist in ${where}. Most likely this is the console's "Subnet ID" (the Neutron ` +
          `subnet id): dest_network_id must be the VPC subnet id, which the console shows as "Network ID".${apiSaid(subnetLookup)}`,
        'in the VPC console open Subnets → your subnet → Summary and copy "Network ID" (not "Subnet ID") into dest_network_id',
      );
    } else {
      warning(
        'preflight-unverified',
        ['dest_network_id'],
        `${subnetText} of this existing connection was not found, so the new bindings could not be checked for ` +
          `CIDR overlap; their peerings may fail.${apiSaid(subnetLookup)}`,
      );
    }
  } else {
    cannotVerify('subnet', `${subnetText}`, ['dest_network_id'], subnetLookup, target.subnetId);
  }

  // 3. The route table (when given) is in the VPC, and holds the subnet.
  if (target.scope === 'full' && target.routeTableId) {
    const rtId = target.routeTableId;
    const rt = await lookups.routeTable(rtId);
    const rtText = `route table ${quote(rtId)} (routetable_id)`;
    if (rt.state === 'missing') {
      error(
        'preflight-routetable-missing',
        ['routetable_id'],
        `${rtText} does not exist in ${where}.${apiSaid(rt)}`,
        `copy the id of a route table of VPC "${target.vpcId}" (VPC console → Route Tables), or remove routetable_id`,
      );
    } else if (rt.state === 'found') {
      if (rt.value.vpc_id !== target.vpcId) {
        error(
          'preflight-routetable-other-vpc',
          ['routetable_id'],
          `${rtText} belongs to VPC ${quote(rt.value.vpc_id)}, not to dest_vpc_id ${quote(target.vpcId)}.`,
          `use the route table of VPC "${target.vpcId}" that subnet "${target.subnetId}" is associated with, or remove routetable_id`,
        );
      } else if (rt.value.subnets && !rt.value.subnets.some((s) => s.id === target.subnetId)) {
        warning(
          'preflight-routetable-subnet',
          ['routetable_id'],
          `${rtText} is not associated with subnet ${quote(target.subnetId)}: routes DLI adds to it may not ` +
            `apply to traffic from that subnet.`,
          'give the route table associated with the subnet (VPC console → Subnets → the subnet → Route Table)',
        );
      }
    } else {
      cannotVerify('routeTable', rtText, ['routetable_id'], rt, rtId);
    }
  }

  // 4. Each queue exists and is not `default`; a queue in a pool binds that pool, a legacy queue brings its own CIDR.
  const overlaps: OverlapCandidate[] = [];
  const poolRefs: PoolRef[] = [];
  for (const [i, name] of target.pools.entries()) {
    const index = target.indexOf('elastic_resource_pools', name);
    poolRefs.push({ name, path: ['elastic_resource_pools', index >= 0 ? index : i] });
  }
  const queuePath = (name: string): FieldPath => {
    const index = target.indexOf('queues', name);
    return index >= 0 ? ['queues', index] : ['queues'];
  };
  const wantedQueues = target.queues.filter((q) => {
    if (q.toLowerCase() !== 'default') return true;
    error(
      'preflight-queue-default',
      queuePath(q),
      `the queue "default" cannot be bound to an enhanced connection: DLI's shared default queue has no VPC of yours.`,
      'bind a queue or elastic resource pool of your own',
    );
    return false;
  });
  if (wantedQueues.length > 0) {
    const queues = await lookups.queues();
    if (queues.state === 'found') {
      for (const name of wantedQueues) {
        const queue = queues.value.byName.get(name.toLowerCase());
        const path = queuePath(name);
        if (!queue) {
          const close = closestNames(name, queues.value.names);
          error(
            'preflight-queue-missing',
            path,
            `queue ${quote(name)} does not exist in ${where}.` +
              (close.length ? ` Did you mean ${close.map(quote).join(', ')}?` : ''),
            'queue names are listed in the DLI console under Resources → Queue Management',
          );
        } else if (queue.elastic_resource_pool_name) {
          poolRefs.push({ name: queue.elastic_resource_pool_name, path, viaQueue: queue.queue_name });
        } else if (queue.cidr_in_vpc) {
          overlaps.push({
            label: `queue ${quote(queue.queue_name)} (not in an elastic resource pool)`,
            cidr: queue.cidr_in_vpc,
            isPool: false,
            path,
          });
        }
      }
    } else {
      cannotVerify('queues', `queues ${wantedQueues.map(quote).join(', ')}`, queuePath(wantedQueues[0] ?? ''), queues, '*');
    }
  }

  // 5. Each pool (named, or reached through a queue) exists and is AVAILABLE; its CIDR feeds the overlap check.
  const seenPools = new Set<string>();
  const uniquePools = poolRefs.filter((ref) => {
    const key = ref.name.toLowerCase();
    if (seenPools.has(key)) return false;
    seenPools.add(key);
    return true;
  });
  if (uniquePools.length > 0) {
    const pools = await lookups.pools();
    if (pools.state === 'found') {
      for (const ref of uniquePools) {
        const pool = pools.value.byName.get(ref.name.toLowerCase());
        const label = ref.viaQueue
          ? `queue ${quote(ref.viaQueue)} runs in elastic resource pool ${quote(ref.name)}, which`
          : `elastic resource pool ${quote(ref.name)}`;
        if (!pool) {
          const close = ref.viaQueue ? [] : closestNames(ref.name, pools.value.names);
          error(
            'preflight-pool-missing',
            ref.path,
            `${label} does not exist in ${where}.` + (close.length ? ` Did you mean ${close.map(quote).join(', ')}?` : ''),
            'pool names are listed in the DLI console under Resources → Elastic Resource Pools',
          );
          continue;
        }
        const status = pool.status;
        if (status !== undefined && status !== 'AVAILABLE') {
          error(
            'preflight-pool-not-available',
            ref.path,
            `${label} is ${status}, not AVAILABLE` + (pool.fail_reason ? ` (${pool.fail_reason})` : '') + '.',
            status === 'FAILED'
              ? 'a FAILED pool cannot be bound: fix or recreate it, or bind another pool'
              : 'bind it once it is AVAILABLE, or bind another pool',
          );
        }
        if (pool.cidr_in_vpc) {
          overlaps.push({
            label:
              `elastic resource pool ${quote(pool.elastic_resource_pool_name)}` +
              (ref.viaQueue ? ` (the pool of queue ${quote(ref.viaQueue)})` : ''),
            cidr: pool.cidr_in_vpc,
            isPool: true,
            poolName: pool.elastic_resource_pool_name,
            path: ref.path,
          });
        }
      }
    } else {
      const names = uniquePools.map((r) => quote(r.name)).join(', ');
      cannotVerify('pools', `elastic resource pools ${names}`, uniquePools[0]?.path ?? ['elastic_resource_pools'], pools, '*');
    }
  }

  // 6. No bound CIDR overlaps the subnet (error); overlapping only the rest of the VPC warns.
  const subnetCidr = subnet?.cidr;
  for (const candidate of overlaps) {
    if (subnetCidr && cidrTextsOverlap(candidate.cidr, subnetCidr) === true) {
      error('preflight-cidr-overlap', candidate.path, ...overlapMessage(candidate, target.subnetId, subnetCidr));
    } else if (vpcCidr && cidrTextsOverlap(candidate.cidr, vpcCidr) === true) {
      warning(
        'preflight-cidr-overlap-vpc',
        candidate.path,
        `${candidate.label} has CIDR ${candidate.cidr}, which overlaps the CIDR ${vpcCidr} of VPC ${quote(target.vpcId)} (not subnet ${quote(target.subnetId)}): the ` +
          `connection can work, but other subnets of that VPC inside ${candidate.cidr} can never be reached from it.`,
      );
    }
  }
  return findings;
}

function overlapMessage(c: OverlapCandidate, subnetId: string, subnetCidr: string): [string, string] {
  const base =
    `${c.label} has CIDR ${c.cidr}, which overlaps the CIDR ${subnetCidr} of subnet ${quote(subnetId)} (dest_network_id): DLI cannot ` +
    `peer overlapping ranges, so the connection would fail.`;
  if (c.isPool) {
    const pool = quote(c.poolName ?? '');
    const defaultNote = isDefaultPoolCidr(c.cidr) ? ` ${DEFAULT_POOL_CIDR} is the default pool CIDR, and` : ' And';
    return [
      `${base}${defaultNote} a pool's CIDR can never change: this subnet can never be reached from pool ${pool}.`,
      `pick a subnet outside ${c.cidr}, or bind another pool whose CIDR does not overlap ${subnetCidr} ` +
        `(a new pool can be created with a different CIDR)`,
    ];
  }
  return [
    base,
    `pick a subnet outside ${c.cidr}, change the queue's CIDR block (DLI console → Queue Management → Modify CIDR ` +
      `Block), or bind another queue or pool`,
  ];
}

function diag(
  severity: Diagnostic['severity'],
  code: string,
  position: SourcePosition | undefined,
  message: string,
  hint?: string,
): Diagnostic {
  const d: Diagnostic = { severity, code, message };
  if (position) d.position = position;
  if (hint) d.hint = hint;
  return d;
}
