// One plan step = one API call (create has its own module: it is the only non-idempotent one). Each step is
// written so that running it again after a crash converges: a route that is already there (identical) or
// already gone, or a connection already deleted, counts as done.
import type { DliApi } from '../dli/types.js';
import type { Logger } from '../logger.js';
import type { PlanStep } from '../plan/types.js';
import { ConnectionApplyError, isAlreadyExists, isNotFound } from './errors.js';

export interface StepContext {
  api: DliApi;
  logger: Logger;
  /** Connection name, for log lines. */
  name: string;
  /** Non-failure remarks for the result ("route x already gone"). */
  notes: string[];
}

const list = (names: readonly string[]): string => names.join(', ');

/** A short, stable description of a step for results and reports. */
export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'create':
      return 'create';
    case 'delete':
      return `delete ${step.connectionId}`;
    case 'replace-hosts':
      return `replace hosts (${step.hosts.length} records, +${step.added.length} −${step.removed.length})`;
    case 'bind':
      return `bind ${list([...step.queues, ...step.elastic_resource_pools])}`;
    case 'unbind':
      return `unbind ${list([...step.queues, ...step.elastic_resource_pools])}`;
    case 'add-route':
      return `add route ${step.route.name} (${step.route.cidr})`;
    case 'delete-route':
      return `delete route ${step.name}`;
    case 'add-tags':
      return `add tags ${list(step.tags.map((t) => t.key))}`;
    case 'delete-tags':
      return `delete tags ${list(step.tags.map((t) => t.key))}`;
    default:
      return `unknown step ${String((step as { kind: unknown }).kind)}`;
  }
}

/** Runs every step kind except `create` against the connection `id`. Throws on failure. */
export async function runStep(ctx: StepContext, step: Exclude<PlanStep, { kind: 'create' }>, id: string): Promise<void> {
  const { api, logger, name } = ctx;
  switch (step.kind) {
    case 'delete':
      try {
        await api.deleteConnection(step.connectionId);
        logger.info(`${name}: deleted id=${step.connectionId}`);
      } catch (err) {
        // Gone already (an earlier run deleted it, or someone else did): the goal is reached.
        if (!isNotFound(err)) throw err;
        logger.info(`${name}: id=${step.connectionId} already gone`);
        ctx.notes.push(`id=${step.connectionId} was already gone`);
      }
      return;
    case 'replace-hosts':
      await api.replaceHosts(id, step.hosts);
      logger.info(`${name}: hosts replaced (${step.hosts.length} records, +${step.added.length} −${step.removed.length})`);
      return;
    case 'bind': {
      const names = list([...step.queues, ...step.elastic_resource_pools]);
      try {
        await api.associateQueues(id, bindingBody(step));
        logger.info(`${name}: bound ${names}`);
      } catch (err) {
        // Bound by an earlier run whose answer was lost: the goal is reached.
        if (!isAlreadyExists(err)) throw err;
        logger.info(`${name}: ${names} already bound`);
        ctx.notes.push(`${names} already bound`);
      }
      return;
    }
    case 'unbind': {
      const names = list([...step.queues, ...step.elastic_resource_pools]);
      try {
        await api.disassociateQueues(id, bindingBody(step));
        logger.info(`${name}: unbound ${names}`);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        logger.info(`${name}: ${names} already unbound`);
        ctx.notes.push(`${names} already unbound`);
      }
      return;
    }
    case 'add-route':
      try {
        await api.addRoute(id, step.route);
        logger.info(`${name}: route ${step.route.name} added`);
      } catch (err) {
        if (!isAlreadyExists(err)) throw err;
        await confirmIdenticalRoute(ctx, id, step.route, err);
      }
      return;
    case 'delete-route':
      try {
        await api.deleteRoute(id, step.name);
        logger.info(`${name}: route ${step.name} deleted`);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        logger.info(`${name}: route ${step.name} already gone`);
        ctx.notes.push(`route ${step.name} was already gone`);
      }
      return;
    case 'add-tags':
      await api.createTags(id, step.tags);
      logger.info(`${name}: tags added: ${list(step.tags.map((t) => t.key))}`);
      return;
    case 'delete-tags':
      await api.deleteTags(id, step.tags);
      logger.info(`${name}: tags deleted: ${list(step.tags.map((t) => t.key))}`);
      return;
    default:
      // A plan file from a newer version, say: never report a step we did not run as done.
      throw new ConnectionApplyError(`unknown plan step kind ${JSON.stringify((step as { kind: unknown }).kind)}`);
  }
}

/** Only the lists that have names: an empty list in the body is at best noise for the API. */
function bindingBody(step: { queues: string[]; elastic_resource_pools: string[] }) {
  const body: { queues?: string[]; elastic_resource_pools?: string[] } = {};
  if (step.queues.length > 0) body.queues = step.queues;
  if (step.elastic_resource_pools.length > 0) body.elastic_resource_pools = step.elastic_resource_pools;
  return body;
}

/**
 * "Already exists" is success only if the existing route is the one we want (same name, same CIDR): then an
 * earlier run added it. A same-named route with another CIDR is a real conflict the plan did not foresee.
 */
async function confirmIdenticalRoute(
  ctx: StepContext,
  id: string,
  route: { name: string; cidr: string },
  original: unknown,
): Promise<void> {
  const live = await ctx.api.showConnection(id);
  const existing = live.routes.find((r) => r.name === route.name);
  if (existing && existing.cidr === route.cidr) {
    ctx.logger.info(`${ctx.name}: route ${route.name} already present`);
    ctx.notes.push(`route ${route.name} was already present`);
    return;
  }
  const what = existing
    ? `route ${route.name} exists with CIDR ${existing.cidr}, not ${route.cidr}`
    : `the API says route ${route.name} (${route.cidr}) conflicts with an existing route`;
  throw new ConnectionApplyError(`${what}; it changed after the plan was made: plan again`, {
    cause: original,
    code: (original as { code?: string }).code,
    requestId: (original as { requestId?: string }).requestId,
  });
}
