"use strict";
exports.id = 813;
exports.ids = [813];
exports.modules = {

/***/ 3045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ reasonOf),
/* harmony export */   R7: () => (/* binding */ ConnectionApplyError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   YS: () => (/* binding */ overallReason),
/* harmony export */   _z: () => (/* binding */ toApplyError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/* harmony import */ var _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4540);
// How apply turns whatever a step threw into a result entry and a failure reason, and how it recognises the
// API answers that mean "already done" (which a rerun after a crash must treat as success).

/** A failure of one connection, already worded for the user. */
class ConnectionApplyError extends Error {
    reason;
    code;
    requestId;
    hint;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'ConnectionApplyError';
        this.reason = details.reason ?? 'api-error';
        this.code = details.code;
        this.requestId = details.requestId;
        this.hint = details.hint;
    }
}
/** The failure reason an error stands for: a refused credential is not the same problem as a broken call. */
function reasonOf(err) {
    if (err instanceof ConnectionApplyError)
        return err.reason;
    if (err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.isAuthError)
        return 'auth-failed';
    return 'api-error';
}
/** The result's `error` field: message plus whatever the API told us that helps support (code, request id). */
function toApplyError(err) {
    if (err instanceof ConnectionApplyError || err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
        const out = { message: err.message };
        if (err.code)
            out.code = err.code;
        if (err.requestId)
            out.requestId = err.requestId;
        if (err.hint)
            out.hint = err.hint;
        else if (err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.isAuthError) {
            out.hint = 'check the credentials and that they may call DLI enhanced connection APIs in this project';
        }
        return out;
    }
    if (err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnknownOutcomeError */ .rk)
        return { message: err.message };
    if (err instanceof Error)
        return { message: err.message };
    return { message: String(err) };
}
/** `message (CODE, request id X)`, for one log line. */
function describeError(e) {
    const extra = [e.code, e.requestId ? `request id ${e.requestId}` : undefined].filter(Boolean).join(', ');
    return extra ? `${e.message} (${extra})` : e.message;
}
/** 400 DLI.0006, or any answer that says so in words (the route API's wording is undocumented). */
function isAlreadyExists(err) {
    if (!(err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD))
        return false;
    if (err.code === 'DLI.0006')
        return true;
    return err.status >= 400 && err.status < 500 && /already exist/i.test(err.apiMessage ?? '');
}
function isNotFound(err) {
    return err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.notFound;
}
/**
 * Overall reason from the per-connection ones. Precedence: auth-failed (nothing else can work, and fixing the
 * credentials is the first thing to do) > api-error (a definite failure) > timeout (things may still finish on
 * their own) > replace-blocked (a blocked change that the caller should have refused to apply).
 */
function overallReason(reasons) {
    for (const r of ['auth-failed', 'api-error', 'timeout', 'replace-blocked']) {
        if (reasons.includes(r))
            return r;
    }
    return undefined;
}


/***/ }),

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlan: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/ownership.ts
var ownership = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/dli/errors.ts
var errors = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/apply/errors.ts
var apply_errors = __webpack_require__(3045);
;// CONCATENATED MODULE: ./src/apply/create.ts
// The one non-idempotent call: Create. Rules (docs/reliability.md): never create twice.
// - Before creating, the name must be known to be free. The observe list this run's plan was made from is that
//   lookup: a create planned from it needs no other call. Without it (a plan applied on its own), look the name up:
//   a live connection of that name carrying our ownership tag is one an earlier run created and then crashed:
//   adopt its id. One that is not ours appeared after the plan: refuse.
// - After an unknown outcome (no answer) or "already exists" (DLI.0006), look the name up, a few times with backoff
//   because a fresh connection may not be listed at once; use what is found, never create again. Lookups go through
//   a NameLookup, so that one list call answers every create waiting for one.



/** Delays before the 2nd, 3rd … lookup after an ambiguous create (the 1st lookup is immediate). */
const CREATE_LOOKUP_DELAYS_MS = [1_000, 2_000, 4_000, 8_000];
/** Creates the connection (or finds the one an earlier attempt created) and returns its id. */
async function createIdempotent(ctx, request) {
    const { api, logger } = ctx;
    const name = request.name;
    const existing = ctx.observedAbsent ? undefined : await findLive(ctx, name);
    if (existing) {
        if (await isOwned(ctx, existing.id)) {
            logger.info(`${name}: found id=${existing.id} created by an earlier run; adopting it instead of creating`);
            ctx.notes.push(`adopted id=${existing.id} left by an earlier run`);
            return existing.id;
        }
        throw new apply_errors/* ConnectionApplyError */.R7(`a connection named ${name} (id=${existing.id}) appeared after the plan was made and is not managed by this ` +
            `action (no ${ownership/* OWNERSHIP_TAG_KEY */.J}=${ctx.label} tag); not touching it`, { hint: 'plan again: it will be adopted, or rename the manifest' });
    }
    try {
        const { connection_id } = await api.createConnection(request);
        logger.info(`${name}: created id=${connection_id}`);
        return connection_id;
    }
    catch (err) {
        const unknown = err instanceof errors/* UnknownOutcomeError */.rk;
        const exists = err instanceof errors/* ApiError */.hD && err.code === 'DLI.0006';
        if (!unknown && !exists)
            throw err;
        logger.warning(unknown
            ? `${name}: create sent but no answer came back; looking the name up before doing anything else`
            : `${name}: the API says the connection already exists; looking it up`);
        return resolveAmbiguousCreate(ctx, request, unknown ? 'unknown' : 'exists', err);
    }
}
async function resolveAmbiguousCreate(ctx, request, why, original) {
    const name = request.name;
    let lookupError;
    for (let attempt = 0; attempt <= CREATE_LOOKUP_DELAYS_MS.length; attempt++) {
        if (attempt > 0)
            await ctx.sleep(CREATE_LOOKUP_DELAYS_MS[attempt - 1]);
        let found;
        let owned = false;
        try {
            found = await findLive(ctx, name);
            // Our create body carried the ownership tag; if the connection lacks it, someone else made it.
            if (found)
                owned = !carriesOwnershipTag(ctx, request) || (await isOwned(ctx, found.id));
            lookupError = undefined;
        }
        catch (err) {
            // A lookup that fails is retried like one that finds nothing; a duplicate-name answer is final.
            if (err instanceof apply_errors/* ConnectionApplyError */.R7)
                throw err;
            lookupError = err;
            if ((0,apply_errors/* reasonOf */.A3)(err) === 'auth-failed')
                break; // retrying cannot help
            continue;
        }
        if (!found)
            continue;
        if (owned) {
            ctx.logger.info(`${name}: found id=${found.id} after the ${why === 'unknown' ? 'unanswered' : 'refused'} create`);
            ctx.notes.push(`create outcome resolved by lookup: id=${found.id}`);
            return found.id;
        }
        throw new apply_errors/* ConnectionApplyError */.R7(`a connection named ${name} (id=${found.id}) exists but is not managed by this action (no ` +
            `${ownership/* OWNERSHIP_TAG_KEY */.J}=${ctx.label} tag); someone created it after the plan was made`, { hint: 'plan again: it will be adopted, or rename the manifest' });
    }
    const tail = lookupError instanceof Error ? ` (last lookup failed: ${lookupError.message})` : '';
    const reason = lookupError === undefined ? 'api-error' : (0,apply_errors/* reasonOf */.A3)(lookupError);
    if (why === 'unknown') {
        throw new apply_errors/* ConnectionApplyError */.R7(`create of ${name}: outcome unknown (no answer) and no connection of that name is visible${tail}; ` +
            `rerun apply: it looks the name up before creating, so it will not create a duplicate`, { cause: original, reason });
    }
    const api = original;
    throw new apply_errors/* ConnectionApplyError */.R7(`create of ${name}: the API says it already exists (DLI.0006) but no live connection of that name is visible${tail}; ` +
        `rerun apply later`, { cause: original, code: api.code, requestId: api.requestId, reason });
}
/** The one live (not DELETED) connection of that exact name, or undefined; more than one is an error. */
async function findLive(ctx, name) {
    const all = await ctx.lookup.find(name);
    const live = all.filter((c) => c.name === name && c.status !== 'DELETED' && c.id !== ctx.replacedId);
    if (live.length > 1) {
        throw new apply_errors/* ConnectionApplyError */.R7(`more than one live connection is named ${name} (ids ${live.map((c) => c.id).join(', ')}); refusing to guess`, { hint: 'delete the extra ones in the DLI console, then rerun' });
    }
    return live[0];
}
async function isOwned(ctx, id) {
    const tags = await ctx.api.listTags(id);
    return tags.some((t) => t.key === ownership/* OWNERSHIP_TAG_KEY */.J && t.value === ctx.label);
}
function carriesOwnershipTag(ctx, request) {
    return (request.tags ?? []).some((t) => t.key === ownership/* OWNERSHIP_TAG_KEY */.J && t.value === ctx.label);
}

// EXTERNAL MODULE: ./src/dli/paging.ts
var paging = __webpack_require__(4467);
;// CONCATENATED MODULE: ./src/apply/lookup.ts

class NameLookup {
    api;
    queue = [];
    scheduled = false;
    inFlight = false;
    knownTotal;
    constructor(api, opts = {}) {
        this.api = api;
        this.knownTotal = opts.knownTotal;
    }
    /** Every connection (any status) named exactly `name`, from a list call made after this request. */
    find(name) {
        return new Promise((resolve, reject) => {
            this.queue.push({ name, resolve, reject });
            this.schedule();
        });
    }
    schedule() {
        if (this.scheduled || this.inFlight || this.queue.length === 0)
            return;
        this.scheduled = true;
        // One turn of the event loop lets lookups asked for at the same moment share the call.
        setImmediate(() => {
            this.scheduled = false;
            void this.flush();
        });
    }
    async flush() {
        const batch = this.queue;
        this.queue = [];
        this.inFlight = true;
        const names = [...new Set(batch.map((w) => w.name))];
        try {
            const byName = await this.list(names);
            for (const w of batch)
                w.resolve(byName.get(w.name) ?? []);
        }
        catch (error) {
            for (const w of batch)
                w.reject(error);
        }
        finally {
            this.inFlight = false;
            this.schedule();
        }
    }
    async list(names) {
        const wanted = new Set(names);
        const pagesForAll = Math.floor((this.knownTotal ?? Number.POSITIVE_INFINITY) / paging/* DEFAULT_PAGE_SIZE */.yQ) + 1;
        let found;
        if (names.length > 1 && pagesForAll < names.length) {
            found = await this.api.listConnections();
            this.knownTotal = found.length;
        }
        else {
            found = (await Promise.all(names.map((name) => this.api.listConnections({ name })))).flat();
        }
        const byName = new Map();
        for (const c of found) {
            if (!wanted.has(c.name))
                continue;
            byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
        }
        return byName;
    }
}

// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
;// CONCATENATED MODULE: ./src/apply/steps.ts

const list = (names) => names.join(', ');
/** A short, stable description of a step for results and reports. */
function describeStep(step) {
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
            return `unknown step ${String(step.kind)}`;
    }
}
/** Runs every step kind except `create` against the connection `id`. Throws on failure. */
async function runStep(ctx, step, id) {
    const { api, logger, name } = ctx;
    switch (step.kind) {
        case 'delete':
            try {
                await api.deleteConnection(step.connectionId);
                logger.info(`${name}: deleted id=${step.connectionId}`);
            }
            catch (err) {
                // Gone already (an earlier run deleted it, or someone else did): the goal is reached.
                if (!(0,apply_errors/* isNotFound */.c4)(err))
                    throw err;
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
            }
            catch (err) {
                // Bound by an earlier run whose answer was lost: the goal is reached.
                if (!(0,apply_errors/* isAlreadyExists */.x9)(err))
                    throw err;
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
            }
            catch (err) {
                if (!(0,apply_errors/* isNotFound */.c4)(err))
                    throw err;
                logger.info(`${name}: ${names} already unbound`);
                ctx.notes.push(`${names} already unbound`);
            }
            return;
        }
        case 'add-route':
            try {
                await api.addRoute(id, step.route);
                logger.info(`${name}: route ${step.route.name} added`);
            }
            catch (err) {
                if (!(0,apply_errors/* isAlreadyExists */.x9)(err))
                    throw err;
                await confirmIdenticalRoute(ctx, id, step.route, err);
            }
            return;
        case 'delete-route':
            try {
                await api.deleteRoute(id, step.name);
                logger.info(`${name}: route ${step.name} deleted`);
            }
            catch (err) {
                if (!(0,apply_errors/* isNotFound */.c4)(err))
                    throw err;
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
            throw new apply_errors/* ConnectionApplyError */.R7(`unknown plan step kind ${JSON.stringify(step.kind)}`);
    }
}
/** Only the lists that have names: an empty list in the body is at best noise for the API. */
function bindingBody(step) {
    const body = {};
    if (step.queues.length > 0)
        body.queues = step.queues;
    if (step.elastic_resource_pools.length > 0)
        body.elastic_resource_pools = step.elastic_resource_pools;
    return body;
}
/**
 * "Already exists" is success only if the existing route is the one we want (same name, same CIDR): then an
 * earlier run added it. A same-named route with another CIDR is a real conflict the plan did not foresee.
 */
async function confirmIdenticalRoute(ctx, id, route, original) {
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
    throw new apply_errors/* ConnectionApplyError */.R7(`${what}; it changed after the plan was made: plan again`, {
        cause: original,
        code: original.code,
        requestId: original.requestId,
    });
}

// EXTERNAL MODULE: ./src/apply/wait.ts
var wait = __webpack_require__(9935);
;// CONCATENATED MODULE: ./src/apply/executor.ts
// Executes a plan: connections in parallel (bounded), the steps of one connection strictly in order, then (with
// `wait`) the peering wait. A connection whose steps are done hands its wait to the one shared PeeringWatcher and
// frees its worker for the next connection, so every wait overlaps every other and the creates still in line. A
// failure stops only its own connection; the result records what ran and what did not, so the report can say
// exactly that.








/** Actions whose connection is managed by a manifest after apply (their ids go to the `connection-ids` output). */
const MANAGED_ACTIONS = new Set(['create', 'update', 'replace', 'adopt', 'unchanged']);
/**
 * Applies `plan`. Never throws for an API failure: every failure is in the result.
 * `failureReason` precedence when several connections fail differently: auth-failed > api-error > timeout >
 * replace-blocked (a FAILED peering and an unresolved create count as api-error).
 */
async function applyPlan(plan, deps) {
    const shared = sharedContext(deps);
    // A worker is free once its connection's steps ran; `outcome` settles when its wait (if any) is over.
    const started = await (0,pool/* runPool */.k)(plan.changes, deps.concurrency, (change) => applyChange(change, deps, shared));
    const outcomes = await Promise.all(started.map((s) => s.outcome));
    const results = outcomes.map((o) => o.result);
    const reasons = outcomes.flatMap((o) => (o.reason ? [o.reason] : []));
    const connectionIds = {};
    for (const r of results) {
        if (MANAGED_ACTIONS.has(r.action) && r.connectionId)
            connectionIds[r.name] = r.connectionId;
    }
    const failureReason = (0,apply_errors/* overallReason */.YS)(reasons);
    const ok = results.every((r) => r.outcome === 'done' || r.outcome === 'unchanged');
    const count = (o) => results.filter((r) => r.outcome === o).length;
    const summary = ['done', 'unchanged', 'failed', 'timeout', 'skipped']
        .filter((o) => count(o) > 0)
        .map((o) => `${count(o)} ${o}`)
        .join(', ');
    deps.logger.info(`apply: ${summary || 'nothing to do'}`);
    const result = { results, ok, connectionIds };
    if (!ok && failureReason)
        result.failureReason = failureReason;
    return result;
}
function sharedContext(deps) {
    const observed = deps.observed;
    return {
        lookup: new NameLookup(deps.api, { knownTotal: observed?.connections.length }),
        watcher: new wait/* PeeringWatcher */.JC({
            api: deps.api,
            logger: deps.logger,
            sleep: deps.sleep ?? promises_.setTimeout,
            now: deps.now ?? Date.now,
            timeoutMs: deps.waitTimeoutMs,
            pollIntervalMs: deps.pollIntervalMs,
            ownershipTag: { key: ownership/* OWNERSHIP_TAG_KEY */.J, value: deps.label },
            knownOwned: observed?.owned.size,
        }),
        observedIds: observed ? idsByName(observed.connections) : undefined,
    };
}
function idsByName(connections) {
    const out = new Map();
    for (const c of connections)
        out.set(c.name, [...(out.get(c.name) ?? []), c.id]);
    return out;
}
/** The plan's observation showed no live connection of this name but the one being replaced. */
function observedAbsent(shared, name, replacedId) {
    if (!shared.observedIds)
        return false;
    return (shared.observedIds.get(name) ?? []).every((id) => id === replacedId);
}
/** Runs the steps and hands the wait (if any) to the watcher. Never rejects. */
async function applyChange(change, deps, shared) {
    const { logger } = deps;
    const name = change.name;
    const notes = [];
    const result = {
        name,
        action: change.action,
        outcome: 'done',
        completedSteps: [],
        pendingSteps: [],
    };
    if (change.connectionId)
        result.connectionId = change.connectionId;
    const finish = (reason) => {
        if (notes.length > 0)
            result.notes = notes;
        return reason ? { result, reason } : { result };
    };
    const settled = (reason) => ({ outcome: Promise.resolve(finish(reason)) });
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
        }
        catch (err) {
            const error = (0,apply_errors/* toApplyError */._z)(err);
            result.outcome = 'failed';
            result.error = error;
            result.pendingSteps = change.steps.slice(i).map(describeStep);
            if (id)
                result.connectionId = id;
            else
                delete result.connectionId;
            logger.error(`${name}: ${describeStep(step)} failed: ${(0,apply_errors/* describeError */.Uc)(error)}`);
            if (result.pendingSteps.length > 1)
                logger.info(`${name}: not done: ${result.pendingSteps.join('; ')}`);
            return settled((0,apply_errors/* reasonOf */.A3)(err));
        }
    }
    if (id)
        result.connectionId = id;
    else if (change.action !== 'delete')
        delete result.connectionId;
    if (change.action === 'unchanged')
        result.outcome = 'unchanged';
    const bindings = bindingsToWaitFor(change);
    const shouldWait = deps.wait &&
        id !== undefined &&
        change.action !== 'delete' &&
        (change.action !== 'unchanged' || deps.waitUnchanged !== false) &&
        bindings.queues.length + bindings.elastic_resource_pools.length > 0;
    if (!shouldWait || id === undefined)
        return settled();
    return { outcome: waitFor(name, id, bindings, deps, shared, result, finish) };
}
/** The wait of one connection, turned into its outcome. Never rejects. */
async function waitFor(name, id, bindings, deps, shared, result, finish) {
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
    }
    catch (err) {
        const error = (0,apply_errors/* toApplyError */._z)(err);
        result.outcome = 'failed';
        result.error = { ...error, message: `while waiting for peerings: ${error.message}` };
        logger.error(`${name}: wait failed: ${(0,apply_errors/* describeError */.Uc)(error)}`);
        return finish((0,apply_errors/* reasonOf */.A3)(err));
    }
}
/** Runs one step; returns the connection id from then on (create makes one, delete of the current one ends it). */
async function runOne(step, id, change, deps, notes, shared) {
    const { api, logger } = deps;
    if (step.kind === 'create') {
        const replacedId = change.action === 'replace' ? change.connectionId : undefined;
        return createIdempotent({
            api,
            logger,
            label: deps.label,
            sleep: deps.sleep ?? promises_.setTimeout,
            notes,
            replacedId,
            lookup: shared.lookup,
            observedAbsent: observedAbsent(shared, step.request.name, replacedId),
        }, step.request);
    }
    if (step.kind === 'delete') {
        await runStep({ api, logger, name: change.name, notes }, step, step.connectionId);
        return step.connectionId === id ? undefined : id;
    }
    if (id === undefined) {
        throw new apply_errors/* ConnectionApplyError */.R7(`no connection id for step "${describeStep(step)}" (the plan has no create before it)`);
    }
    await runStep({ api, logger, name: change.name, notes }, step, id);
    return id;
}
/** What to wait for: the plan's `bindings`, or (older plans) what the create and bind steps bind. */
function bindingsToWaitFor(change) {
    if (change.bindings)
        return change.bindings;
    const queues = new Set();
    const pools = new Set();
    for (const step of change.steps) {
        if (step.kind === 'create') {
            for (const q of step.request.queues ?? [])
                queues.add(q);
            for (const p of step.request.elastic_resource_pools ?? [])
                pools.add(p);
        }
        else if (step.kind === 'bind' || step.kind === 'unbind') {
            const apply = step.kind === 'bind' ? 'add' : 'delete';
            for (const q of step.queues)
                queues[apply](q);
            for (const p of step.elastic_resource_pools)
                pools[apply](p);
        }
    }
    return { queues: [...queues], elastic_resource_pools: [...pools] };
}


/***/ }),

/***/ 9935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ PeeringWatcher),
/* harmony export */   rX: () => (/* binding */ peeringsOf)
/* harmony export */ });
/* unused harmony exports MAX_POLL_INTERVAL_MS, MIN_STATUS_READ_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS, PROGRESS_LOG_INTERVAL_MS, NOT_LISTED */
/* harmony import */ var _dli_paging_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4467);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9537);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3045);



/** Hard ceiling between two polls, whatever the caller asks for. */
const MAX_POLL_INTERVAL_MS = 10_000;
/** The least time between two status reads of one connection (the first sweep interval after any change). */
const MIN_STATUS_READ_INTERVAL_MS = 2_000;
const DEFAULT_POLL_INTERVAL_MS = { initial: MIN_STATUS_READ_INTERVAL_MS, max: MAX_POLL_INTERVAL_MS };
/** Progress lines at most this often (the first one comes at the first poll that is not settled). */
const PROGRESS_LOG_INTERVAL_MS = 10_000;
/** Status shown for a bound name the connection does not list (yet). */
const NOT_LISTED = 'NOT_LISTED';
/** Shows in flight at once when a sweep reads connections one by one. */
const SHOW_CONCURRENCY = 8;
/** One per apply: `wait()` for each connection, all served by the same sweeps. */
class PeeringWatcher {
    opts;
    waiters = new Set();
    initial;
    max;
    running = false;
    /** A wait began or a peering moved since the last sweep: the next sleep is the short one again. */
    activity = false;
    knownOwned;
    constructor(opts) {
        this.opts = opts;
        const clamp = (v, lo) => Math.min(Math.max(v, lo), MAX_POLL_INTERVAL_MS);
        this.initial = clamp(opts.pollIntervalMs?.initial ?? DEFAULT_POLL_INTERVAL_MS.initial, 1);
        this.max = clamp(opts.pollIntervalMs?.max ?? MAX_POLL_INTERVAL_MS, this.initial);
        this.knownOwned = opts.knownOwned;
    }
    /** Resolves when every bound peering of `id` is ACTIVE or FAILED, or at its deadline. Read errors reject. */
    wait(name, id, bindings) {
        return new Promise((resolve, reject) => {
            const start = this.opts.now();
            this.waiters.add({
                name,
                id,
                bindings,
                start,
                deadline: start + Math.max(0, this.opts.timeoutMs),
                lastReadAt: Number.NEGATIVE_INFINITY,
                lastLog: Number.NEGATIVE_INFINITY,
                lastSeen: '',
                reads: 0,
                resolve,
                reject,
            });
            this.activity = true;
            if (!this.running) {
                this.running = true;
                void this.loop();
            }
        });
    }
    async loop() {
        let interval = this.initial;
        try {
            while (this.waiters.size > 0) {
                await this.sweep();
                if (this.waiters.size === 0)
                    break;
                if (this.activity)
                    interval = this.initial;
                this.activity = false;
                const t = this.opts.now();
                const nextDeadline = Math.min(...[...this.waiters].map((w) => w.deadline));
                // Never sleep past a deadline: the last poll of a wait happens at its deadline, not up to 10 s after it.
                await this.opts.sleep(Math.max(0, Math.min(interval, nextDeadline - t)));
                interval = Math.min(interval * 2, this.max);
            }
        }
        catch (error) {
            // sweep() settles its own errors; anything else must not leave a wait hanging.
            for (const w of this.waiters)
                w.reject(error);
            this.waiters.clear();
        }
        finally {
            this.running = false;
        }
    }
    /** Reads every wait that is due (read at least `initial` ago, or at its deadline) and settles what it can. */
    async sweep() {
        const t = this.opts.now();
        const due = [...this.waiters].filter((w) => t >= w.deadline || t - w.lastReadAt >= this.initial);
        if (due.length === 0)
            return;
        const reads = await this.read(due);
        const now = this.opts.now();
        for (const w of due) {
            w.lastReadAt = t;
            const read = reads.get(w);
            try {
                if (!read || 'error' in read)
                    throw read?.error ?? new Error(`no status read for connection id=${w.id}`);
                this.settle(w, read.live, now);
            }
            catch (error) {
                this.finish(w);
                w.reject(error);
            }
        }
    }
    settle(w, live, now) {
        if (live.status === 'DELETED') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionApplyError */ .R7(`connection id=${w.id} was deleted while waiting for its peerings`);
        }
        const peerings = peeringsOf(live, w.bindings);
        const elapsedMs = now - w.start;
        w.reads++;
        const seen = peerings.map((p) => p.status).join(',');
        if (seen !== w.lastSeen)
            this.activity = true;
        w.lastSeen = seen;
        const unsettled = peerings.filter((p) => !isSettled(p.status));
        if (unsettled.length === 0) {
            const failed = peerings.some((p) => p.status === 'FAILED');
            this.finish(w);
            w.resolve({ state: failed ? 'failed' : 'active', peerings, elapsedMs, settledAtFirstRead: w.reads === 1 });
            return;
        }
        if (now >= w.deadline) {
            this.finish(w);
            w.resolve({ state: 'timeout', peerings, elapsedMs, settledAtFirstRead: false });
            return;
        }
        if (now - w.lastLog >= PROGRESS_LOG_INTERVAL_MS) {
            w.lastLog = now;
            const n = peerings.length;
            this.opts.logger.info(`waiting for ${n} peering${n === 1 ? '' : 's'} of ${w.name}: ` +
                `${peerings.map((p) => `${p.name} ${p.status}`).join(', ')} ` +
                `(${Math.round(elapsedMs / 1000)} s of ${Math.round(this.opts.timeoutMs / 1000)} s)`);
        }
    }
    finish(w) {
        this.waiters.delete(w);
        this.activity = true;
    }
    /**
     * The live state of each due connection: one list of the owned connections when its pages cost fewer calls than
     * a Show per connection, then a Show for any the list left out; a failed read is that connection's error.
     */
    async read(due) {
        const out = new Map();
        let rest = due;
        const pages = Math.floor((this.knownOwned ?? 0) / _dli_paging_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PAGE_SIZE */ .yQ) + 1;
        if (this.opts.ownershipTag && due.length > 1 && pages < due.length) {
            try {
                const listed = await this.opts.api.listConnections({ tags: [this.opts.ownershipTag] });
                this.knownOwned = listed.length;
                const byId = new Map(listed.map((c) => [c.id, c]));
                for (const w of due) {
                    const live = byId.get(w.id);
                    if (live)
                        out.set(w, { live });
                }
                rest = due.filter((w) => !out.has(w));
            }
            catch (error) {
                for (const w of due)
                    out.set(w, { error });
                return out;
            }
        }
        await (0,_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .runPool */ .k)(rest, SHOW_CONCURRENCY, async (w) => {
            try {
                out.set(w, { live: await this.opts.api.showConnection(w.id) });
            }
            catch (error) {
                out.set(w, { error });
            }
        });
        return out;
    }
}
function isSettled(status) {
    return status === 'ACTIVE' || status === 'FAILED';
}
/**
 * The peering of each bound name. A bound queue may be listed under `elastic_resource_pools` (and the reverse is
 * harmless), so both lists are searched, names case-insensitively. When both list a name, a settled entry wins
 * over a CREATING one, and the most recently updated wins among equals.
 */
function peeringsOf(live, bindings) {
    const all = [...(live.available_queue_info ?? []), ...(live.elastic_resource_pools ?? [])];
    const wanted = [
        ...bindings.queues.map((name) => ({ name, kind: 'queue' })),
        ...bindings.elastic_resource_pools.map((name) => ({ name, kind: 'pool' })),
    ];
    return wanted.map(({ name, kind }) => {
        const matches = all.filter((p) => p.name.toLowerCase() === name.toLowerCase());
        const best = pickBest(matches);
        if (!best)
            return { name, kind, status: NOT_LISTED };
        const status = String(best.status).toUpperCase();
        const out = { name, kind, status };
        if (status === 'FAILED' && best.err_msg)
            out.err_msg = best.err_msg;
        return out;
    });
}
function pickBest(matches) {
    const rank = (p) => (isSettled(String(p.status).toUpperCase()) ? 1 : 0);
    return [...matches].sort((a, b) => rank(b) - rank(a) || (b.update_time ?? 0) - (a.update_time ?? 0))[0];
}


/***/ }),

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   rk: () => (/* binding */ UnknownOutcomeError)
/* harmony export */ });
// Typed API errors. Every failure the client raises is one of these, so callers can decide on retry, on
// "not found", and on what to tell the user, without parsing messages.
class ApiError extends Error {
    operation;
    status;
    code;
    apiMessage;
    requestId;
    retryable;
    hint;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'ApiError';
        this.operation = details.operation;
        this.status = details.status;
        this.code = details.code;
        this.apiMessage = details.apiMessage;
        this.requestId = details.requestId;
        this.retryable = details.retryable;
        this.hint = details.hint;
    }
    /** DLI says "not found" as 400 DLI.0001/DLI.0002, 404 DLI.0023, or "Connection … is not exist." */
    get notFound() {
        if (this.code === 'DLI.0002' || this.code === 'DLI.0023')
            return true;
        if (this.code === 'DLI.0001' && /not exist|does not exist|not found/i.test(this.apiMessage ?? ''))
            return true;
        return this.status === 404 && !(this.code ?? '').startsWith('APIG');
    }
    /** Bad signature, bad/expired token, permission refused. */
    get isAuthError() {
        return (this.status === 401 ||
            this.status === 403 ||
            ['APIGW.0301', 'APIGW.0302', 'APIGW.0303', 'APIGW.0307', 'DLI.0013', 'DLI.0014'].includes(this.code ?? ''));
    }
    /** Expired or invalid token/temporary credentials (the caller may refresh credentials once). */
    get isExpiredCredential() {
        return this.code === 'APIGW.0301' || this.code === 'APIGW.0307';
    }
}
/**
 * A non-idempotent call (Create) may or may not have taken effect: the request was sent but no answer arrived
 * (timeout, reset, lost response). Never retry it blindly: look the name up first.
 */
class UnknownOutcomeError extends Error {
    operation;
    constructor(operation, cause) {
        super(`${operation}: the request was sent but no answer came back; its outcome is unknown`, { cause });
        this.name = 'UnknownOutcomeError';
        this.operation = operation;
    }
}
/** The API answered with a shape we do not understand (zod parse failed). */
class UnexpectedResponseError extends Error {
    operation;
    constructor(operation, detail) {
        super(`${operation}: unexpected answer from the API: ${detail}`);
        this.name = 'UnexpectedResponseError';
        this.operation = operation;
    }
}


/***/ }),

/***/ 4467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ fetchAllPages),
/* harmony export */   yQ: () => (/* binding */ DEFAULT_PAGE_SIZE)
/* harmony export */ });
/* unused harmony export DEFAULT_PARALLEL_PAGES */
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9537);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4540);
// Offset paging for the List calls (connections, elastic resource pools), in as few round trips as the answers allow.
//
// Whether a list's `count` is the total or the page size is undocumented, so `count` alone never ends a listing: the
// end is a short (or empty) page, or — after more than one full page — having seen exactly `count` items, which can
// only mean "count is the total and we have it all". What `count` may do is tell the total early: a full first page
// whose `count` is larger than the page cannot be reporting its own size, so the remaining pages are known and go
// out side by side (each still paced by the shared rate limiter). When `count` tells nothing, pages go one by one.


/** The List calls' page size (the API's own default). */
const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_PARALLEL_PAGES = 10;
/** Every item of the list, in offset order, each once. */
async function fetchAllPages(opts) {
    const { limit, keyOf } = opts;
    const all = [];
    const seen = new Set();
    const take = (offset, page) => {
        // A server that ignores `offset` would page forever: a page of nothing but known items is an error.
        if (page.items.length > 0 && page.items.every((item) => seen.has(keyOf(item)))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk(opts.operation, `offset ${offset} returned only items already listed`);
        }
        for (const item of page.items) {
            const key = keyOf(item);
            if (seen.has(key))
                continue;
            seen.add(key);
            all.push(item);
        }
    };
    const first = await opts.fetch(0);
    take(0, first);
    if (first.items.length < limit)
        return all;
    let count = first.count;
    for (let offset = limit;;) {
        // Pages known to exist from a count that can only be the total; otherwise the next page alone.
        const known = count !== undefined && count > offset ? Math.ceil((count - offset) / limit) : 1;
        const offsets = Array.from({ length: known }, (_, i) => offset + i * limit);
        const pages = await (0,_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .runPool */ .k)(offsets, opts.parallelPages ?? DEFAULT_PARALLEL_PAGES, (o) => opts.fetch(o));
        let short = false;
        pages.forEach((page, i) => {
            take(offsets[i], page);
            if (page.items.length < limit)
                short = true;
            if (page.count !== undefined)
                count = page.count;
        });
        if (short)
            return all;
        offset += known * limit;
        if (count === all.length)
            return all;
    }
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPool)
/* harmony export */ });
// A tiny worker pool: run `fn` over `items` with at most `concurrency` in flight, results in input order.
// Shared by apply (connections side by side), observe and export (tag reads) and preflight (checks). When `fn`
// throws, no new item starts and the pool rejects with the first error once the in-flight work has settled,
// so no call is left running unobserved.
async function runPool(items, concurrency, fn) {
    const results = new Array(items.length);
    const width = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
    let next = 0;
    let firstError;
    const worker = async () => {
        // `next` is only read and bumped synchronously, so two workers never take the same item.
        while (next < items.length && !firstError) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                firstError ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: width }, worker));
    if (firstError)
        throw firstError.error;
    return results;
}


/***/ })

};
;