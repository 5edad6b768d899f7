// Executes a plan: connections in parallel (bounded), the steps of one connection strictly in order, then (with
// `wait`) the peering wait. A connection whose steps are done hands its wait to the one shared PeeringWatcher and
// frees its worker for the next connection, so every wait overlaps every other and the creates still in line. A
// failure stops only its own connection; the result records what ran and what did not, so the report can say
// exactly that.
import { setTimeout as sleepFor } from 'node:timers/promises';
import { OWNERSHIP_TAG_KEY } from '../ownership.js';
import type { ConnectionChange, Plan, PlanStep } from '../plan/types.js';
import { createIdempotent } from './create.js';
import { ConnectionApplyError, describeError, overallReason, reasonOf, toApplyError } from './errors.js';
import { NameLookup } from './lookup.js';
import { runPool } from '../pool.js';
import { describeStep, runStep } from './steps.js';
import type { ApplyDeps, ApplyFailureReason, ApplyResult, ConnectionApplyResult } from './types.js';
import { PeeringWatcher } from './wait.js';


/** Actions whose connection is managed by a manifest after apply (their ids go to the `connection-ids` output). */
const MANAGED_ACTIONS = new Set(['create', 'update', 'replace', 'adopt', 'unchanged']);

/**
 * Applies `plan`. Never throws for an API failure: every failure is in the result.
 * `failureReason` precedence when several connections fail differently: auth-failed > api-error > timeout >
 * replace-blocked (a FAILED peering and an unresolved create count as api-error).
 */
export async function applyPlan(plan: Plan, deps: ApplyDeps): Promise<ApplyResult> {
  const shared = sharedContext(deps);
  // A worker is free once its connection's steps ran; `outcome` settles when its wait (if any) is over.
  const started = await runPool(plan.changes, deps.concurrency, (change) => applyChange(change, deps, shared));
  const outcomes = await Promise.all(started.map((s) => s.outcome));

  const results = outcomes.map((o) => o.result);
  const reasons = outcomes.flatMap((o) => (o.reason ? [o.reason] : []));
  const connectionIds: Record<string, string> = {};
  for (const r of results) {
    if (MANAGED_ACTIONS.has(r.action) && r.connectionId) connectionIds[r.name] = r.connectionId;
  }
  const failureReason = overallReason(reasons);
  const ok = results.every((r) => r.outcome === 'done' || r.outcome === 'unchanged');

  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  const summary = (['done', 'unchanged', 'failed', 'timeout', 'skipped'] as const)
    .filter((o) => count(o) > 0)
    .map((o) => `${count(o)} ${o}`)
    .join(', ');
  deps.logger.info(`apply: ${summary || 'nothing to do'}`);

  const result: ApplyResult = { results, ok, connectionIds };
  if (!ok && failureReason) result.failureReason = failureReason;
  return result;
}

interface ChangeOutcome {
  result: ConnectionApplyResult;
  reason?: ApplyFailureReason;
}

/** A connection whose steps ran: its outcome, settled now or when its wait is over (never rejects). */
interface Started {
  outcome: Promise<ChangeOutcome>;
}

/** What the connections of one apply share: batched name lookups, one peering watcher, the plan's observation. */
interface SharedContext {
  lookup: NameLookup;
  watcher: PeeringWatcher;
  /** name → ids the plan's observe list showed live (undefined: no observation, every create looks its name up). */
  observedIds?: ReadonlyMap<string, string[]>;
}

function sharedContext(deps: ApplyDeps): SharedContext {
  const observed = deps.observed;
  return {
    lookup: new NameLookup(deps.api, { knownTotal: observed?.connections.length }),
    watcher: new PeeringWatcher({
      api: deps.api,
      logger: deps.logger,
      sleep: deps.sleep ?? sleepFor,
      now: deps.now ?? Date.now,
      timeoutMs: deps.waitTimeoutMs,
      pollIntervalMs: deps.pollIntervalMs,
      ownershipTag: { key: OWNERSHIP_TAG_KEY, value: deps.label },
      knownOwned: observed?.owned.size,
    }),
    observedIds: observed ? idsByName(observed.connections) : undefined,
  };
}

function idsByName(connections: readonly { id: string; name: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of connections) out.set(c.name, [...(out.get(c.name) ?? []), c.id]);
  return out;
}

/** The plan's observation showed no live connection of this name but the one being replaced. */
function observedAbsent(shared: SharedContext, name: string, replacedId: string | undefined): boolean {
  if (!shared.observedIds) return false;
  return (shared.observedIds.get(name) ?? []).every((id) => id === replacedId);
}

/** Runs the steps and hands the wait (if any) to the watcher. Never rejects. */
async function applyChange(change: ConnectionChange, deps: ApplyDeps, shared: SharedContext): Promise<Started> {
  const { logger } = deps;
  const name = change.name;
  const notes: string[] = [];
  const result: ConnectionApplyResult = {
    name,
    action: change.action,
    outcome: 'done',
    completedSteps: [],
    pendingSteps: [],
  };
  if (change.connectionId) result.connectionId = change.connectionId;
  const finish = (reason?: ApplyFailureReason): ChangeOutcome => {
    if (notes.length > 0) result.notes = notes;
    return reason ? { result, reason } : { result };
  };
  const settled = (reason?: ApplyFailureReason): Started => ({ outcome: Promise.resolve(finish(reason)) });

  // Defensive: the caller refuses plans with blocking problems, but a blocked change must never run.
  if (change.action === 'blocked') {
    result.outcome = 'skipped';
    result.pendingSteps = change.steps.map(describeStep);
    logger.warning(`${name}: blocked in the plan; not applied`);
    return settled('replace-blocked');
  }
  if (change.action === 'orphan') {
    result.outcome = 'unchanged';
    return settled();
  }

  let id = change.connectionId;
  for (const [i, step] of change.steps.entries()) {
    try {
      id = await runOne(step, id, change, deps, notes, shared);
      result.completedSteps.push(describeStep(step));
    } catch (err) {
      const error = toApplyError(err);
      result.outcome = 'failed';
      result.error = error;
      result.pendingSteps = change.steps.slice(i).map(describeStep);
      if (id) result.connectionId = id;
      else delete result.connectionId;
      logger.error(`${name}: ${describeStep(step)} failed: ${describeError(error)}`);
      if (result.pendingSteps.length > 1) logger.info(`${name}: not done: ${result.pendingSteps.join('; ')}`);
      return settled(reasonOf(err));
    }
  }
  if (id) result.connectionId = id;
  else if (change.action !== 'delete') delete result.connectionId;
  if (change.action === 'unchanged') result.outcome = 'unchanged';

  const bindings = bindingsToWaitFor(change);
  const shouldWait =
    deps.wait &&
    id !== undefined &&
    change.action !== 'delete' &&
    (change.action !== 'unchanged' || deps.waitUnchanged !== false) &&
    bindings.queues.length + bindings.elastic_resource_pools.length > 0;
  if (!shouldWait || id === undefined) return settled();

  return { outcome: waitFor(name, id, bindings, deps, shared, result, finish) };
}

/** The wait of one connection, turned into its outcome. Never rejects. */
async function waitFor(
  name: string,
  id: string,
  bindings: { queues: string[]; elastic_resource_pools: string[] },
  deps: ApplyDeps,
  shared: SharedContext,
  result: ConnectionApplyResult,
  finish: (reason?: ApplyFailureReason) => ChangeOutcome,
): Promise<ChangeOutcome> {
  const { logger } = deps;
  try {
    const waited = await shared.watcher.wait(name, id, bindings);
    result.peerings = waited.peerings;
    const secs = `${Math.round(waited.elapsedMs / 1000)} s`;
    if (waited.state === 'active') {
      // An unchanged connection found settled at once was not waited for: no line for each of them.
      const waitedFor = !(result.action === 'unchanged' && waited.settledAtFirstRead);
      if (waited.peerings.length > 0 && waited.elapsedMs > 0 && waitedFor) {
        logger.info(`${name}: ${waited.peerings.length} peering(s) ACTIVE after ${secs}`);
      }
      return finish();
    }
    if (waited.state === 'failed') {
      const failed = waited.peerings.filter((p) => p.status === 'FAILED');
      const detail = failed.map((p) => `${p.name}: ${p.err_msg ?? 'no error message'}`).join('; ');
      result.outcome = 'failed';
      result.error = {
        message: `peering FAILED for ${detail}`,
        hint: 'check the security groups, route table and CIDR overlap of the target subnet, then unbind and rebind',
      };
      logger.error(`${name}: peering FAILED: ${detail}`);
      return finish('api-error');
    }
    const waiting = waited.peerings.filter((p) => p.status !== 'ACTIVE' && p.status !== 'FAILED');
    const list = waiting.map((p) => `${p.name} ${p.status}`).join(', ');
    result.outcome = 'timeout';
    result.error = {
      message: `peerings not ACTIVE after ${Math.round(deps.waitTimeoutMs / 1000)} s: ${list} (connection id=${id} exists)`,
      hint: 'the peerings may still finish: rerun later or raise wait-timeout',
    };
    logger.error(`${name}: timed out waiting for peerings: ${list}`);
    return finish('timeout');
  } catch (err) {
    const error = toApplyError(err);
    result.outcome = 'failed';
    result.error = { ...error, message: `while waiting for peerings: ${error.message}` };
    logger.error(`${name}: wait failed: ${describeError(error)}`);
    return finish(reasonOf(err));
  }
}

/** Runs one step; returns the connection id from then on (create makes one, delete of the current one ends it). */
async function runOne(
  step: PlanStep,
  id: string | undefined,
  change: ConnectionChange,
  deps: ApplyDeps,
  notes: string[],
  shared: SharedContext,
): Promise<string | undefined> {
  const { api, logger } = deps;
  if (step.kind === 'create') {
    const replacedId = change.action === 'replace' ? change.connectionId : undefined;
    return createIdempotent(
      {
        api,
        logger,
        label: deps.label,
        sleep: deps.sleep ?? sleepFor,
        notes,
        replacedId,
        lookup: shared.lookup,
        observedAbsent: observedAbsent(shared, step.request.name, replacedId),
      },
      step.request,
    );
  }
  if (step.kind === 'delete') {
    await runStep({ api, logger, name: change.name, notes }, step, step.connectionId);
    return step.connectionId === id ? undefined : id;
  }
  if (id === undefined) {
    throw new ConnectionApplyError(`no connection id for step "${describeStep(step)}" (the plan has no create before it)`);
  }
  await runStep({ api, logger, name: change.name, notes }, step, id);
  return id;
}

/** What to wait for: the plan's `bindings`, or (older plans) what the create and bind steps bind. */
function bindingsToWaitFor(change: ConnectionChange): { queues: string[]; elastic_resource_pools: string[] } {
  if (change.bindings) return change.bindings;
  const queues = new Set<string>();
  const pools = new Set<string>();
  for (const step of change.steps) {
    if (step.kind === 'create') {
      for (const q of step.request.queues ?? []) queues.add(q);
      for (const p of step.request.elastic_resource_pools ?? []) pools.add(p);
    } else if (step.kind === 'bind' || step.kind === 'unbind') {
      const apply = step.kind === 'bind' ? 'add' : 'delete';
      for (const q of step.queues) queues[apply](q);
      for (const p of step.elastic_resource_pools) pools[apply](p);
    }
  }
  return { queues: [...queues], elastic_resource_pools: [...pools] };
}
