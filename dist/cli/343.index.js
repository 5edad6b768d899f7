"use strict";
exports.id = 343;
exports.ids = [343];
exports.modules = {

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

/***/ 343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   observe: () => (/* binding */ observe)
/* harmony export */ });
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9537);
/* harmony import */ var _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4540);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2603);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8521);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2334);
// Observe: read the live state the diff needs, and nothing more. Calls are the budget (account rate limits can be
// a few hundred requests per minute): two paged lists whatever the number of connections, then tag reads only for
// the connections whose tags the diff actually looks at.





/**
 * 1. one paged list, no filter → every connection, DELETED ones dropped;
 * 2. one paged list filtered by the ownership tag with this label → the owned set (prune candidates, and ownership
 *    of managed ones), DELETED dropped;
 * 3. tags (one read each, bounded concurrency) only for live connections named by a manifest that declares tags,
 *    and for those named by a manifest but not owned (adopt candidates: they may carry ANOTHER label's ownership
 *    tag, which must block rather than be taken over). Names matched by two live connections are blocked by the
 *    diff whatever their tags, so they are not read.
 */
async function observe(api, manifests, opts) {
    const { label, logger } = opts;
    const [all, ownedList] = await Promise.all([
        api.listConnections(),
        api.listConnections({ tags: [{ key: _ownership_js__WEBPACK_IMPORTED_MODULE_3__/* .OWNERSHIP_TAG_KEY */ .J, value: label }] }),
    ]);
    const alive = (c) => !(0,_diff_js__WEBPACK_IMPORTED_MODULE_1__.isDeletedStatus)(c.status);
    const connections = all.filter(alive);
    const owned = new Set(ownedList.filter(alive).map((c) => c.id));
    // The two lists are not one snapshot: a connection created between them is only in the second. Keep it, so an
    // owned connection is never "absent" (and re-created) because of list timing.
    const known = new Set(connections.map((c) => c.id));
    for (const c of ownedList)
        if (alive(c) && !known.has(c.id))
            connections.push(c);
    const byName = new Map();
    for (const c of connections)
        byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    const toRead = [];
    for (const m of manifests) {
        const matches = byName.get(m.name) ?? [];
        if (matches.length !== 1)
            continue;
        const c = matches[0];
        if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_1__.tagsDeclared)(m) || !owned.has(c.id))
            toRead.push(c.id);
    }
    const tags = new Map();
    const vanished = new Set();
    await (0,_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .runPool */ .k)(toRead, opts.concurrency ?? 8, async (id) => {
        try {
            tags.set(id, await api.listTags(id));
        }
        catch (err) {
            // Deleted between the list and this read: it is absent now, so the diff must treat it as such.
            if (err instanceof _dli_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && err.notFound) {
                vanished.add(id);
                logger.debug(`connection ${id} disappeared while its tags were read; treating it as absent`);
                return;
            }
            throw err;
        }
    });
    const live = {
        connections: vanished.size > 0 ? connections.filter((c) => !vanished.has(c.id)) : connections,
        owned: new Set([...owned].filter((id) => !vanished.has(id))),
        tags,
    };
    logger.info(`Observed ${live.connections.length} live connection(s), ${live.owned.size} managed under label "${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(label)}"; read the tags of ${toRead.length}.`);
    return live;
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