"use strict";
exports.id = 929;
exports.ids = [929];
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

/***/ 4929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkDiagnostics: () => (/* binding */ checkDiagnostics),
  checkPhase: () => (/* binding */ checkPhase),
  targetsAfterApply: () => (/* binding */ targetsAfterApply),
  targetsFromLive: () => (/* binding */ targetsFromLive)
});

// EXTERNAL MODULE: ./src/apply/wait.ts
var wait = __webpack_require__(9935);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/dli/errors.ts
var errors = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/plan/preflight-lookups.ts
var preflight_lookups = __webpack_require__(4914);
// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/checks/run-checks.ts
// The connectivity checks: for every connection with `checks`, DLI's address test (docs/reference/dli-api.md,
// operations 12/13) runs each address from each bound queue whose peering is ACTIVE, and from one queue of each bound
// pool (the API has no pool-level test). Tests run side by side within `concurrency`; each one polls its task with
// backoff until a final answer or its deadline. Every call goes through the client, so the limiter, timeouts and
// retries of all other calls apply. Never throws for an API failure: every outcome is in the report.






/** The IAM action each call of a check needs (Huawei's DLI API reference), for the 403 warning. */
const CHECK_IAM_ACTIONS = {
    startConnectivityTest: 'dli:queue:checkConnection',
    showConnectivityTest: 'dli:queue:getConnection',
    listQueues: 'dli:queue:list',
    showConnection: 'dli:edsconnection:get',
};
const RANK = { unreachable: 4, timeout: 3, error: 2, 'not-run': 1, reachable: 0 };
async function runChecks(targets, deps) {
    const queues = memo(() => deps.api.listQueues());
    const planned = [];
    const checks = [];
    for (const target of targets) {
        const addresses = target.manifest.checks ?? [];
        if (addresses.length === 0)
            continue;
        const mine = addresses.map((address, i) => {
            const position = target.manifest.source?.locate(['checks', i]);
            const check = { connection: target.manifest.name, address, result: 'not-run', runs: [], ...(position ? { position } : {}) };
            checks.push(check);
            return check;
        });
        const sources = await sourcesOf(target, deps, queues);
        for (const check of mine)
            for (const s of sources)
                planned.push({ check, ...s });
    }
    await (0,pool/* runPool */.k)(planned, deps.concurrency, async (p) => {
        const run = p.notRun
            ? { source: p.source, result: 'not-run', ...p.notRun }
            : await testOnce(p.check, p.source, deps);
        p.check.runs.push(run);
    });
    for (const c of checks) {
        if (c.runs.length === 0)
            continue;
        c.result = c.runs.reduce((worst, r) => (RANK[r.result] > RANK[worst] ? r.result : worst), 'reachable');
    }
    deps.logger.info(`checks: ${(0,types/* checkCounts */.t)(checks) || 'none'}`);
    return { checks, failed: checks.some((c) => types/* FAILING_RESULTS */.w.has(c.result)), timeoutSeconds: Math.round(deps.timeoutMs / 1000) };
}
/** The sources of one connection: its bound queues and pools, each runnable or with the reason it is not. */
async function sourcesOf(target, deps, queues) {
    const m = target.manifest;
    const bound = [
        ...m.queues.map((name) => ({ kind: 'queue', name })),
        ...m.elastic_resource_pools.map((name) => ({ kind: 'pool', name })),
    ];
    if (target.skip !== undefined) {
        const source = bound[0] ?? { kind: 'queue', name: '—' };
        return [{ source, notRun: { detail: target.skip } }];
    }
    if (bound.length === 0)
        return [{ source: { kind: 'queue', name: '—' }, notRun: { detail: 'no queue or pool is bound: nothing to test from' } }];
    let peerings = target.peerings;
    if (!peerings && target.connectionId) {
        try {
            peerings = (0,wait/* peeringsOf */.rX)(await deps.api.showConnection(target.connectionId), { queues: m.queues, elastic_resource_pools: m.elastic_resource_pools });
        }
        catch (error) {
            return bound.map((source) => ({ source, notRun: refusal('could not read the connection', error) }));
        }
    }
    const statusOf = (s) => peerings?.find((p) => p.kind === s.kind && p.name.toLowerCase() === s.name.toLowerCase())?.status ?? 'unknown';
    const out = [];
    for (const source of bound) {
        const status = statusOf(source);
        if (status !== 'ACTIVE') {
            out.push({ source, notRun: { detail: `peering of ${source.kind} ${source.name} is ${status}, not ACTIVE` } });
            continue;
        }
        if (source.kind === 'queue') {
            out.push({ source: { ...source, queue: source.name } });
            continue;
        }
        try {
            const queue = queueOfPool(await queues(), source.name);
            if (queue)
                out.push({ source: { ...source, queue } });
            else
                out.push({ source, notRun: { detail: `pool ${source.name} has no queue: DLI tests addresses from queues only` } });
        }
        catch (error) {
            out.push({ source, notRun: refusal(`could not list the queues of pool ${source.name}`, error) });
        }
    }
    return out;
}
/** The first queue (by name) that the queue list places in the pool: the API has no pool-level test. */
function queueOfPool(queues, pool) {
    return queues
        .filter((q) => q.elastic_resource_pool_name?.toLowerCase() === pool.toLowerCase())
        .map((q) => q.queue_name)
        .sort()[0];
}
/** Start the test, then read it until REACHABLE / UNREACHABLE or the deadline. */
async function testOnce(check, source, deps) {
    const sleep = deps.sleep ?? promises_.setTimeout;
    const now = deps.now ?? Date.now;
    const queue = source.queue;
    const from = source.kind === 'pool' ? `queue ${queue} of pool ${source.name}` : `queue ${queue}`;
    const max = Math.min(deps.pollIntervalMs?.max ?? 10_000, 10_000);
    let interval = Math.min(deps.pollIntervalMs?.initial ?? 1_000, max);
    const start = now();
    const deadline = start + Math.max(0, deps.timeoutMs);
    try {
        const { taskId } = await deps.api.startConnectivityTest(queue, check.address);
        for (;;) {
            const answer = await deps.api.showConnectivityTest(queue, taskId);
            const last = answer.connectivity.toUpperCase();
            const secs = Math.round((now() - start) / 1000);
            if (last === 'REACHABLE' || last === 'UNREACHABLE') {
                const reachable = last === 'REACHABLE';
                deps.logger[reachable ? 'info' : 'warning'](`${check.connection}: ${check.address} ${last} from ${from} (${secs} s)`);
                // The answer's message is the API's receipt ("Get node connectivity status successfully …"): log only.
                if (answer.message)
                    deps.logger.debug(`${check.connection}: ${check.address} from ${from}: ${answer.message}`);
                return { source, result: reachable ? 'reachable' : 'unreachable', detail: last };
            }
            const t = now();
            if (t >= deadline) {
                const detail = `no final answer after ${Math.round(deps.timeoutMs / 1000)} s (last: ${last || 'none'}, task ${taskId}): raise check-timeout or test again later`;
                deps.logger.warning(`${check.connection}: ${check.address} from ${from}: ${detail}`);
                return { source, result: 'timeout', detail };
            }
            await sleep(Math.max(0, Math.min(interval, deadline - t)));
            interval = Math.min(interval * 2, max);
        }
    }
    catch (error) {
        const refused = refusal(`the test of ${check.address} from ${from} could not run`, error);
        if (refused.deniedAction)
            return { source, result: 'not-run', ...refused };
        deps.logger.warning(`${check.connection}: ${refused.detail}`);
        return { source, result: 'error', detail: refused.detail };
    }
}
/** An API failure as a reason, with the IAM action when it was a 403. Non-API errors are bugs: rethrown. */
function refusal(what, error) {
    if ((0,preflight_lookups/* isPermissionDenied */.T)(error)) {
        const action = CHECK_IAM_ACTIONS[error.operation] ?? 'required';
        return { detail: `${what}: permission refused (IAM action ${action})`, deniedAction: action };
    }
    if (error instanceof errors/* ApiError */.hD || (error instanceof Error && error.name === 'UnexpectedResponseError')) {
        return { detail: `${what}: ${error.message}` };
    }
    throw error;
}
/** A call made at most once, shared by everyone who asks (also while it is in flight). */
function memo(fn) {
    let p;
    return () => (p ??= fn());
}

;// CONCATENATED MODULE: ./src/checks/index.ts



const withChecks = (manifests) => manifests.filter((m) => (m.checks?.length ?? 0) > 0);
/** After apply: connections whose apply finished, with the peerings the wait saw (else they are read once). */
function targetsAfterApply(manifests, applied) {
    const results = new Map(applied.results.map((r) => [r.name, r]));
    return withChecks(manifests).map((manifest) => {
        const r = results.get(manifest.name);
        const connectionId = applied.connectionIds[manifest.name] ?? r?.connectionId;
        if (r && (r.outcome === 'failed' || r.outcome === 'timeout' || r.outcome === 'skipped')) {
            return { manifest, skip: `apply did not finish for this connection (${r.outcome})` };
        }
        if (!connectionId)
            return { manifest, skip: 'the connection has no id after apply' };
        return { manifest, connectionId, ...(r?.peerings ? { peerings: r.peerings } : {}) };
    });
}
/** mode check: the live connection of each manifest's name, as one List call returned it. */
function targetsFromLive(manifests, live) {
    return withChecks(manifests).map((manifest) => {
        const matches = live.filter((c) => c.name === manifest.name && c.status.toUpperCase() !== 'DELETED');
        if (matches.length === 0)
            return { manifest, skip: `no live connection is named ${manifest.name}: apply first` };
        if (matches.length > 1)
            return { manifest, skip: `${matches.length} live connections are named ${manifest.name}` };
        const c = matches[0];
        const peerings = (0,wait/* peeringsOf */.rX)(c, { queues: manifest.queues, elastic_resource_pools: manifest.elastic_resource_pools });
        return { manifest, connectionId: c.id, peerings };
    });
}
/** Runs the tests of `targets`; undefined when no connection declares checks (nothing to report). */
async function checkPhase(targets, o) {
    if (targets.length === 0)
        return undefined;
    return o.logger.group('Connectivity checks', () => runChecks(targets, { api: o.api, logger: o.logger, concurrency: o.concurrency, timeoutMs: o.timeoutSeconds * 1000 }));
}
/**
 * An error at the manifest line of each failing address; one warning per refused IAM action (a 403 is not a
 * failure: the check could not run); one warning per connection and reason for tests that did not run.
 */
function checkDiagnostics(report) {
    const out = [];
    const seen = new Set();
    for (const c of report.checks) {
        const at = c.position ? { position: c.position } : {};
        if (types/* FAILING_RESULTS */.w.has(c.result)) {
            const bad = c.runs.filter((r) => types/* FAILING_RESULTS */.w.has(r.result));
            const from = bad.map((r) => `from ${r.source.kind === 'pool' ? `queue ${r.source.queue} of pool ${r.source.name}` : `queue ${r.source.queue}`}: ${r.detail}`);
            out.push({
                severity: 'error',
                message: `${c.connection}: ${c.address} is ${c.result === 'error' ? 'not tested (API error)' : c.result === 'timeout' ? 'not confirmed reachable (the test did not finish)' : 'unreachable'} ${from.join('; ')}`,
                ...at,
                code: `check-${c.result}`,
                hint: HINTS[c.result],
            });
        }
        for (const r of c.runs) {
            if (r.result !== 'not-run')
                continue;
            const key = r.deniedAction ? `denied:${r.deniedAction}` : `not-run:${c.connection}:${r.detail}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(r.deniedAction
                ? {
                    severity: 'warning',
                    message: `connectivity checks could not run: ${r.detail}`,
                    ...at,
                    code: 'check-permission-denied',
                    hint: `grant the IAM action ${r.deniedAction} to the identity this action runs as (docs/checks.md lists what checks need)`,
                }
                : { severity: 'warning', message: `${c.connection}: checks not run: ${r.detail}`, ...at, code: 'check-not-run' });
        }
    }
    return out;
}
const HINTS = {
    unreachable: "the peering is ACTIVE but the queue's network cannot open a TCP connection: check the target's security group (inbound from the queue's CIDR), the route table of the target subnet, the host record and that the service listens on that port",
    timeout: 'DLI did not finish the test in time: raise check-timeout, or run mode: check again later',
    error: 'the test API failed after retries: run mode: check again later',
};


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

/***/ 4914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PreflightLookups),
/* harmony export */   T: () => (/* binding */ isPermissionDenied)
/* harmony export */ });
/* harmony import */ var _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4540);
// The read-only calls of preflight, each made at most once per run: one VPC read per VPC id, one subnet read per
// subnet id, one route-table read per id, one queue list and one pool list. Results are memoised as promises, so
// connections checked concurrently share a call in flight instead of racing to make their own.

/**
 * VPC answers that mean "no such object" even when the client raises them as errors: 404 VPC.0003 / VPC.0202 /
 * VPC.2808 and the 400s for a malformed id (VPC.0101, VPC.0201) — an id that cannot exist does not exist.
 */
const VPC_NOT_FOUND_CODES = new Set(['VPC.0003', 'VPC.0101', 'VPC.0202', 'VPC.0201', 'VPC.2808']);
/** A 403 (or the gateway's APIGW.0302 "not authorised") means the credentials may not read it: cannot verify. */
function isPermissionDenied(error) {
    return error instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && (error.status === 403 || error.code === 'APIGW.0302');
}
function describeError(error) {
    if (error instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
        const parts = [error.status === 0 ? 'no answer' : `HTTP ${error.status}`];
        if (error.code)
            parts.push(error.code);
        if (error.apiMessage)
            parts.push(error.apiMessage);
        if (error.requestId)
            parts.push(`request id ${error.requestId}`);
        return parts.join(', ');
    }
    return error instanceof Error ? error.message : String(error);
}
/**
 * Turns a read into a Lookup. API errors (after the client's own retries) and unparseable answers become
 * "unverified": a read-only check that could not run must not fail the plan. Anything else is a bug and is thrown.
 */
async function settle(read, notFoundCodes) {
    try {
        const value = await read();
        return value === null ? { state: 'missing' } : { state: 'found', value };
    }
    catch (error) {
        if (error instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
            if (isPermissionDenied(error))
                return { state: 'unverified', denied: true, reason: describeError(error) };
            // A list is never "missing": a 404 on it is an endpoint problem, reported as unverified below.
            const objectMissing = notFoundCodes !== 'list' &&
                (notFoundCodes.has(error.code ?? '') || (error.status === 404 && !(error.code ?? '').startsWith('APIG')));
            if (objectMissing) {
                return error.apiMessage ? { state: 'missing', apiMessage: error.apiMessage } : { state: 'missing' };
            }
            return { state: 'unverified', denied: false, reason: describeError(error) };
        }
        if (error instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedResponseError */ .dk)
            return { state: 'unverified', denied: false, reason: error.message };
        throw error;
    }
}
function memo(cache, key, make) {
    let pending = cache.get(key);
    if (!pending) {
        pending = make();
        cache.set(key, pending);
    }
    return pending;
}
function byLowercaseName(items, nameOf) {
    const byName = new Map();
    const names = [];
    for (const item of items) {
        const name = nameOf(item);
        names.push(name);
        if (!byName.has(name.toLowerCase()))
            byName.set(name.toLowerCase(), item);
    }
    return { byName, names };
}
class PreflightLookups {
    vpcApi;
    dli;
    vpcs = new Map();
    subnets = new Map();
    routeTables = new Map();
    queueList;
    poolList;
    constructor(vpcApi, dli) {
        this.vpcApi = vpcApi;
        this.dli = dli;
    }
    vpc(id) {
        return memo(this.vpcs, id, () => settle(() => this.vpcApi.showVpc(id), VPC_NOT_FOUND_CODES));
    }
    subnet(id) {
        return memo(this.subnets, id, () => settle(() => this.vpcApi.showSubnet(id), VPC_NOT_FOUND_CODES));
    }
    routeTable(id) {
        return memo(this.routeTables, id, () => settle(() => this.vpcApi.showRouteTable(id), VPC_NOT_FOUND_CODES));
    }
    /** All queues (the client lists with queue_type=all), fetched on first use only. */
    queues() {
        this.queueList ??= settle(async () => byLowercaseName(await this.dli.listQueues(), (q) => q.queue_name), 'list');
        return this.queueList;
    }
    /** All elastic resource pools (every page), fetched on first use only. */
    pools() {
        this.poolList ??= settle(async () => byLowercaseName(await this.dli.listElasticResourcePools(), (p) => p.elastic_resource_pool_name), 'list');
        return this.poolList;
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