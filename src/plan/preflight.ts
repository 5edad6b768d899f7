// Preflight: read-only checks, at plan time, of what the plan would create or bind, so that a connection whose
// peering would end FAILED is stopped before it exists (a pool whose peering failed cannot even be unbound).
// Which connections are checked is decided here; the checks themselves are in preflight-checks.ts, the memoised
// reads in preflight-lookups.ts. Errors block apply (the caller maps them to failure-reason=preflight-failed);
// a check that could not run (403, 5xx after retries) is only a warning.
import { runPool } from '../pool.js';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { DliResourceApi, VpcApi } from '../dli/types.js';
import type { Logger } from '../logger.js';
import type { ConnectionManifest, FieldPath } from '../manifest/types.js';
import { checkConnection, type PreflightFinding, type PreflightTarget } from './preflight-checks.js';
import { PreflightLookups } from './preflight-lookups.js';
import type { ConnectionChange, Plan } from './types.js';

export { PREFLIGHT_IAM_ACTIONS, type PreflightTarget } from './preflight-checks.js';

export interface PreflightInput {
  plan: Plan;
  manifests: ConnectionManifest[];
  vpc: VpcApi;
  dli: DliResourceApi;
  logger: Logger;
  /** Connections checked at once (each read is still made once); default 8. */
  concurrency?: number;
}

export interface PreflightResult {
  /** Errors (block apply) and warnings (checks that could not run, VPC-only overlaps), in plan order. */
  diagnostics: Diagnostic[];
  /** Names of the connections that were checked, in plan order. */
  checked: string[];
}

const DEFAULT_CONCURRENCY = 8;

/**
 * What to check, per change: a create or replace is checked in full (from its manifest); an update or adopt that
 * binds new queues/pools has only those checked, against its subnet. Everything else (unchanged, delete, orphan,
 * blocked, updates of hosts/routes/tags only) creates no peering and is not checked.
 */
export function selectPreflightTargets(plan: Plan, manifests: readonly ConnectionManifest[]): PreflightTarget[] {
  const byName = new Map(manifests.map((m) => [m.name, m]));
  const targets: PreflightTarget[] = [];
  for (const change of plan.changes) {
    const target = targetFor(change, byName.get(change.name));
    if (target) targets.push(target);
  }
  return targets;
}

function targetFor(change: ConnectionChange, manifest: ConnectionManifest | undefined): PreflightTarget | undefined {
  if (change.action === 'create' || change.action === 'replace') {
    if (manifest) {
      return {
        ...locator(change, manifest),
        name: change.name,
        scope: 'full',
        vpcId: manifest.dest_vpc_id,
        subnetId: manifest.dest_network_id,
        routeTableId: manifest.routetable_id,
        queues: [...manifest.queues],
        pools: [...manifest.elastic_resource_pools],
      };
    }
    // A plan read back from a plan file may come without manifests: the create request says the same.
    const create = change.steps.find((s) => s.kind === 'create');
    if (!create) return undefined;
    const r = create.request;
    return {
      ...locator(change, undefined),
      name: change.name,
      scope: 'full',
      vpcId: r.dest_vpc_id,
      subnetId: r.dest_network_id,
      routeTableId: r.routetable_id,
      queues: [...(r.queues ?? [])],
      pools: [...(r.elastic_resource_pools ?? [])],
    };
  }
  if (change.action === 'update' || change.action === 'adopt') {
    const queues = new Set<string>();
    const pools = new Set<string>();
    for (const step of change.steps) {
      if (step.kind !== 'bind') continue;
      step.queues.forEach((q) => queues.add(q));
      step.elastic_resource_pools.forEach((p) => pools.add(p));
    }
    // Without a manifest we do not know the subnet; an update always has one (its manifest drives it).
    if ((queues.size === 0 && pools.size === 0) || !manifest) return undefined;
    return {
      ...locator(change, manifest),
      name: change.name,
      scope: 'bindings',
      vpcId: manifest.dest_vpc_id,
      subnetId: manifest.dest_network_id,
      queues: [...queues],
      pools: [...pools],
    };
  }
  return undefined;
}

function locator(
  change: ConnectionChange,
  manifest: ConnectionManifest | undefined,
): Pick<PreflightTarget, 'locate' | 'indexOf'> {
  const fallback: SourcePosition | undefined =
    manifest?.source.position ?? (change.manifest ? { ...change.manifest, col: 1 } : undefined);
  return {
    locate(path: FieldPath): SourcePosition | undefined {
      if (!manifest) return fallback;
      try {
        return manifest.source.locate(path);
      } catch {
        // Positions are a convenience: a file that cannot be re-read must not hide the finding itself.
        return fallback;
      }
    },
    indexOf(field, name) {
      if (!manifest) return -1;
      const wanted = name.toLowerCase();
      return manifest[field].findIndex((n) => n.toLowerCase() === wanted);
    },
  };
}

/** Runs the checks of every selected connection; each VPC object and each DLI list is read at most once. */
export async function runPreflight(input: PreflightInput): Promise<PreflightResult> {
  const { plan, logger } = input;
  const targets = selectPreflightTargets(plan, input.manifests);
  if (targets.length === 0) {
    logger.info('preflight: nothing to check (no connection is created, replaced or bound to new queues/pools)');
    return { diagnostics: [], checked: [] };
  }
  logger.info(`preflight: checking ${targets.length} connection(s)`);
  const lookups = new PreflightLookups(input.vpc, input.dli);
  for (const target of targets) prefetch(target, lookups);
  const context = { projectId: plan.projectId, region: plan.region };
  const perTarget = await runPool(targets, input.concurrency ?? DEFAULT_CONCURRENCY, async (target) => {
    const findings = await checkConnection(target, lookups, context);
    logger.debug(`preflight: ${target.name} (${target.scope}): ${findings.length} finding(s)`);
    return findings;
  });

  const diagnostics = dedupe(perTarget.flat());
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  logger.info(`preflight: ${targets.length} connection(s) checked, ${errors} error(s), ${warnings} warning(s)`);
  return { diagnostics, checked: targets.map((t) => t.name) };
}

/**
 * Starts every read a target's checks will make, so that independent reads (the VPC, the subnet, the route table,
 * the queue list, the pool list) are in flight at the same time instead of one after another; the checks then
 * await the memoised answers. Only reads the checks make whatever they find (a pool reached through a queue is
 * read when the queue list says so).
 */
function prefetch(target: PreflightTarget, lookups: PreflightLookups): void {
  // The checks await these same promises and meet any failure there; this copy only must not count as unhandled.
  const warm = (read: Promise<unknown>): void => void read.catch(() => undefined);
  if (target.scope === 'full') warm(lookups.vpc(target.vpcId));
  warm(lookups.subnet(target.subnetId));
  if (target.scope === 'full' && target.routeTableId) warm(lookups.routeTable(target.routeTableId));
  if (target.queues.some((q) => q.toLowerCase() !== 'default')) warm(lookups.queues());
  if (target.pools.length > 0) warm(lookups.pools());
}

/** A warning that every connection would repeat (the queue list was refused) is shown once, at its first place. */
function dedupe(findings: PreflightFinding[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const f of findings) {
    if (f.onceKey) {
      if (seen.has(f.onceKey)) continue;
      seen.add(f.onceKey);
    }
    out.push(f.diagnostic);
  }
  return out;
}

