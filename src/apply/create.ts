// The one non-idempotent call: Create. Rules (docs/reliability.md): never create twice.
// - Before creating, the name must be known to be free. The observe list this run's plan was made from is that
//   lookup: a create planned from it needs no other call. Without it (a plan applied on its own), look the name up:
//   a live connection of that name carrying our ownership tag is one an earlier run created and then crashed:
//   adopt its id. One that is not ours appeared after the plan: refuse.
// - After an unknown outcome (no answer) or "already exists" (DLI.0006), look the name up, a few times with backoff
//   because a fresh connection may not be listed at once; use what is found, never create again. Lookups go through
//   a NameLookup, so that one list call answers every create waiting for one.
import { ApiError, UnknownOutcomeError } from '../dli/errors.js';
import type { CreateConnectionRequest, DliApi, LiveConnection } from '../dli/types.js';
import type { Logger } from '../logger.js';
import { OWNERSHIP_TAG_KEY } from '../ownership.js';
import { ConnectionApplyError, reasonOf } from './errors.js';
import type { NameLookup } from './lookup.js';

/** Delays before the 2nd, 3rd … lookup after an ambiguous create (the 1st lookup is immediate). */
export const CREATE_LOOKUP_DELAYS_MS = [1_000, 2_000, 4_000, 8_000] as const;

export interface CreateContext {
  api: DliApi;
  logger: Logger;
  label: string;
  sleep: (ms: number) => Promise<void>;
  notes: string[];
  /** For replace: the id just deleted. The API may still list it for a while; it is never "the" connection. */
  replacedId?: string;
  /** Shared by every create of one apply (batched list calls). */
  lookup: NameLookup;
  /**
   * The plan was made in this run from an observe list that showed no live connection of this name (but the one
   * being replaced): that list is the lookup before the create.
   */
  observedAbsent?: boolean;
}

/** Creates the connection (or finds the one an earlier attempt created) and returns its id. */
export async function createIdempotent(ctx: CreateContext, request: CreateConnectionRequest): Promise<string> {
  const { api, logger } = ctx;
  const name = request.name;

  const existing = ctx.observedAbsent ? undefined : await findLive(ctx, name);
  if (existing) {
    if (await isOwned(ctx, existing.id)) {
      logger.info(`${name}: found id=${existing.id} created by an earlier run; adopting it instead of creating`);
      ctx.notes.push(`adopted id=${existing.id} left by an earlier run`);
      return existing.id;
    }
    throw new ConnectionApplyError(
      `a connection named ${name} (id=${existing.id}) appeared after the plan was made and is not managed by this ` +
        `action (no ${OWNERSHIP_TAG_KEY}=${ctx.label} tag); not touching it`,
      { hint: 'plan again: it will be adopted, or rename the manifest' },
    );
  }

  try {
    const { connection_id } = await api.createConnection(request);
    logger.info(`${name}: created id=${connection_id}`);
    return connection_id;
  } catch (err) {
    const unknown = err instanceof UnknownOutcomeError;
    const exists = err instanceof ApiError && err.code === 'DLI.0006';
    if (!unknown && !exists) throw err;
    logger.warning(
      unknown
        ? `${name}: create sent but no answer came back; looking the name up before doing anything else`
        : `${name}: the API says the connection already exists; looking it up`,
    );
    return resolveAmbiguousCreate(ctx, request, unknown ? 'unknown' : 'exists', err);
  }
}

async function resolveAmbiguousCreate(
  ctx: CreateContext,
  request: CreateConnectionRequest,
  why: 'unknown' | 'exists',
  original: unknown,
): Promise<string> {
  const name = request.name;
  let lookupError: unknown;
  for (let attempt = 0; attempt <= CREATE_LOOKUP_DELAYS_MS.length; attempt++) {
    if (attempt > 0) await ctx.sleep(CREATE_LOOKUP_DELAYS_MS[attempt - 1] as number);
    let found: LiveConnection | undefined;
    let owned = false;
    try {
      found = await findLive(ctx, name);
      // Our create body carried the ownership tag; if the connection lacks it, someone else made it.
      if (found) owned = !carriesOwnershipTag(ctx, request) || (await isOwned(ctx, found.id));
      lookupError = undefined;
    } catch (err) {
      // A lookup that fails is retried like one that finds nothing; a duplicate-name answer is final.
      if (err instanceof ConnectionApplyError) throw err;
      lookupError = err;
      if (reasonOf(err) === 'auth-failed') break; // retrying cannot help
      continue;
    }
    if (!found) continue;
    if (owned) {
      ctx.logger.info(`${name}: found id=${found.id} after the ${why === 'unknown' ? 'unanswered' : 'refused'} create`);
      ctx.notes.push(`create outcome resolved by lookup: id=${found.id}`);
      return found.id;
    }
    throw new ConnectionApplyError(
      `a connection named ${name} (id=${found.id}) exists but is not managed by this action (no ` +
        `${OWNERSHIP_TAG_KEY}=${ctx.label} tag); someone created it after the plan was made`,
      { hint: 'plan again: it will be adopted, or rename the manifest' },
    );
  }
  const tail = lookupError instanceof Error ? ` (last lookup failed: ${lookupError.message})` : '';
  const reason = lookupError === undefined ? 'api-error' : reasonOf(lookupError);
  if (why === 'unknown') {
    throw new ConnectionApplyError(
      `create of ${name}: outcome unknown (no answer) and no connection of that name is visible${tail}; ` +
        `rerun apply: it looks the name up before creating, so it will not create a duplicate`,
      { cause: original, reason },
    );
  }
  const api = original as ApiError;
  throw new ConnectionApplyError(
    `create of ${name}: the API says it already exists (DLI.0006) but no live connection of that name is visible${tail}; ` +
      `rerun apply later`,
    { cause: original, code: api.code, requestId: api.requestId, reason },
  );
}

/** The one live (not DELETED) connection of that exact name, or undefined; more than one is an error. */
async function findLive(ctx: CreateContext, name: string): Promise<LiveConnection | undefined> {
  const all = await ctx.lookup.find(name);
  const live = all.filter((c) => c.name === name && c.status !== 'DELETED' && c.id !== ctx.replacedId);
  if (live.length > 1) {
    throw new ConnectionApplyError(
      `more than one live connection is named ${name} (ids ${live.map((c) => c.id).join(', ')}); refusing to guess`,
      { hint: 'delete the extra ones in the DLI console, then rerun' },
    );
  }
  return live[0];
}

async function isOwned(ctx: CreateContext, id: string): Promise<boolean> {
  const tags = await ctx.api.listTags(id);
  return tags.some((t) => t.key === OWNERSHIP_TAG_KEY && t.value === ctx.label);
}

function carriesOwnershipTag(ctx: CreateContext, request: CreateConnectionRequest): boolean {
  return (request.tags ?? []).some((t) => t.key === OWNERSHIP_TAG_KEY && t.value === ctx.label);
}
