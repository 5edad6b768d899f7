"use strict";
exports.id = 501;
exports.ids = [501];
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

/***/ 5501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PREFLIGHT_IAM_ACTIONS: () => (/* reexport */ PREFLIGHT_IAM_ACTIONS),
  runPreflight: () => (/* binding */ runPreflight),
  selectPreflightTargets: () => (/* binding */ selectPreflightTargets)
});

// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
;// CONCATENATED MODULE: ./src/plan/preflight-cidr.ts
// IPv4 CIDR arithmetic for preflight: does a DLI queue's or pool's CIDR overlap the target subnet's? DLI refuses
// (or leaves FAILED) a peering between overlapping ranges, so this decides an error before anything is created.
// IPv4 only: VPC subnets, DLI queue and pool CIDRs are all IPv4.
const OCTET = /^(?:0|[1-9]\d{0,2})$/;
/** Parses `a.b.c.d/n` (host bits may be set; they are cleared). A bare address counts as `/32`. Null when invalid. */
function parseIpv4Cidr(text) {
    const trimmed = text.trim();
    const slash = trimmed.indexOf('/');
    const address = slash === -1 ? trimmed : trimmed.slice(0, slash);
    const prefixText = slash === -1 ? '32' : trimmed.slice(slash + 1);
    if (!/^\d{1,2}$/.test(prefixText))
        return null;
    const prefix = Number(prefixText);
    if (prefix > 32)
        return null;
    const octets = address.split('.');
    if (octets.length !== 4)
        return null;
    let value = 0;
    for (const octet of octets) {
        if (!OCTET.test(octet))
            return null;
        const n = Number(octet);
        if (n > 255)
            return null;
        value = value * 256 + n;
    }
    return { network: (value & prefixMask(prefix)) >>> 0, prefix };
}
function prefixMask(prefix) {
    // `<< 32` is a no-op in JavaScript, so /0 needs its own case.
    return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}
/**
 * Two CIDR blocks overlap exactly when one contains the other (blocks are aligned), i.e. when they agree on the
 * shorter of the two prefixes.
 */
function ipv4CidrsOverlap(a, b) {
    const mask = prefixMask(Math.min(a.prefix, b.prefix));
    return ((a.network & mask) >>> 0) === ((b.network & mask) >>> 0);
}
/** Overlap of two CIDR strings; null when either cannot be parsed (the caller decides what "unknown" means). */
function cidrTextsOverlap(a, b) {
    const pa = parseIpv4Cidr(a);
    const pb = parseIpv4Cidr(b);
    if (!pa || !pb)
        return null;
    return ipv4CidrsOverlap(pa, pb);
}
/** A DLI elastic resource pool's default CIDR (docs/reference/preflight-api.md); a pool's CIDR never changes. */
const DEFAULT_POOL_CIDR = '172.16.0.0/12';
/** True when `cidr` denotes the same block as DLI's default pool CIDR. */
function isDefaultPoolCidr(cidr) {
    const a = parseIpv4Cidr(cidr);
    const b = parseIpv4Cidr(DEFAULT_POOL_CIDR);
    return a !== null && b !== null && a.prefix === b.prefix && a.network === b.network;
}

;// CONCATENATED MODULE: ./src/plan/preflight-suggest.ts
// "Did you mean …?" for a queue or pool name that is not in DLI's list: the closest listed names by edit distance.
/** Levenshtein distance (insert, delete, substitute each cost 1). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    if (a.length === 0)
        return b.length;
    if (b.length === 0)
        return a.length;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/**
 * Up to `max` candidates close to `name` (case-insensitive), closest first, ties alphabetical. "Close" means an
 * edit distance of at most a third of the longer name (at least 2), or one name containing the other, so that
 * `q_report` finds `q_reporting` and a typo finds its word, but unrelated short names are not offered.
 */
function closestNames(name, candidates, max = 3) {
    const wanted = name.toLowerCase();
    const scored = [];
    const seen = new Set();
    for (const candidate of candidates) {
        const lower = candidate.toLowerCase();
        if (seen.has(lower) || lower === wanted)
            continue;
        seen.add(lower);
        const distance = editDistance(wanted, lower);
        const limit = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
        const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
        if (distance <= limit || contains)
            scored.push({ candidate, distance });
    }
    scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
    return scored.slice(0, max).map((s) => s.candidate);
}

;// CONCATENATED MODULE: ./src/plan/preflight-checks.ts


/** The IAM action that each read needs (docs/reference/preflight-api.md). */
const PREFLIGHT_IAM_ACTIONS = {
    vpc: 'vpc:vpcs:get',
    subnet: 'vpc:subnets:get',
    routeTable: 'vpc:routeTables:get',
    queues: 'dli:queue:list',
    pools: 'dli:elasticresourcepool:list',
};
const quote = (s) => `"${s}"`;
/** ` The API said: "…".` after a "does not exist" finding that came from an error answer (the user's evidence). */
const apiSaid = (lookup) => lookup.state === 'missing' && lookup.apiMessage ? ` The API said: "${lookup.apiMessage}".` : '';
async function checkConnection(target, lookups, context) {
    const findings = [];
    const who = `connection ${quote(target.name)}`;
    const where = `project ${context.projectId} (${context.region})`;
    const error = (code, path, message, hint) => {
        findings.push({ diagnostic: diag('error', code, target.locate(path), `${who}: ${message}`, hint) });
    };
    const warning = (code, path, message, hint, onceKey) => {
        findings.push({ diagnostic: diag('warning', code, target.locate(path), `${who}: ${message}`, hint), onceKey });
    };
    /** A read that was refused or failed: warn (once per object), and let the caller skip what depends on it. */
    const cannotVerify = (kind, what, path, lookup, key) => {
        if (lookup.state !== 'unverified')
            return;
        if (lookup.denied) {
            const action = PREFLIGHT_IAM_ACTIONS[kind];
            warning('preflight-permission-denied', path, `could not verify ${what}: the credentials may not read it (${lookup.reason}); the check was skipped.`, `grant the IAM action ${action} to the identity this action runs as, so that plan can check it`, `denied:${kind}:${key}`);
        }
        else {
            warning('preflight-unverified', path, `could not verify ${what}: the read failed (${lookup.reason}); the check was skipped, apply may still fail.`, undefined, `unverified:${kind}:${key}`);
        }
    };
    // 1. The VPC exists (full scope only; its CIDR feeds the VPC-overlap warning).
    let vpcCidr;
    if (target.scope === 'full') {
        const vpc = await lookups.vpc(target.vpcId);
        if (vpc.state === 'missing') {
            error('preflight-vpc-missing', ['dest_vpc_id'], `VPC ${quote(target.vpcId)} (dest_vpc_id) does not exist in ${where}.${apiSaid(vpc)}`, 'copy the VPC ID from the VPC console (Virtual Private Cloud → VPCs → the VPC → ID), in the same region and project');
        }
        else if (vpc.state === 'found') {
            vpcCidr = vpc.value.cidr;
        }
        else {
            cannotVerify('vpc', `that VPC ${quote(target.vpcId)} exists`, ['dest_vpc_id'], vpc, target.vpcId);
        }
    }
    // 2. The subnet exists, is in that VPC, is ACTIVE; its CIDR feeds the overlap check. For an existing connection
    // gaining bindings only the CIDR matters (the subnet was checked when the connection was made).
    let subnet;
    const subnetLookup = await lookups.subnet(target.subnetId);
    const subnetText = `subnet ${quote(target.subnetId)} (dest_network_id)`;
    if (subnetLookup.state === 'found') {
        subnet = subnetLookup.value;
        if (target.scope === 'full') {
            if (subnet.vpc_id !== target.vpcId) {
                error('preflight-subnet-other-vpc', ['dest_network_id'], `${subnetText} belongs to VPC ${quote(subnet.vpc_id)}, not to dest_vpc_id ${quote(target.vpcId)}.`, `set dest_vpc_id to "${subnet.vpc_id}", or pick a subnet of VPC "${target.vpcId}"`);
            }
            // An answer without a status says nothing either way: only a stated non-ACTIVE status is an error.
            const status = subnet.status;
            if (status !== undefined && status !== 'ACTIVE') {
                error('preflight-subnet-not-active', ['dest_network_id'], `${subnetText} is ${status}, not ACTIVE: DLI cannot peer with it.`, 'wait until the VPC console shows the subnet as Available (ACTIVE), or pick another subnet');
            }
        }
    }
    else if (subnetLookup.state === 'missing') {
        if (target.scope === 'full') {
            error('preflight-subnet-missing', ['dest_network_id'], `${subnetText} does not exist in ${where}. Most likely this is the console's "Subnet ID" (the Neutron ` +
                `subnet id): dest_network_id must be the VPC subnet id, which the console shows as "Network ID".${apiSaid(subnetLookup)}`, 'in the VPC console open Subnets → your subnet → Summary and copy "Network ID" (not "Subnet ID") into dest_network_id');
        }
        else {
            warning('preflight-unverified', ['dest_network_id'], `${subnetText} of this existing connection was not found, so the new bindings could not be checked for ` +
                `CIDR overlap; their peerings may fail.${apiSaid(subnetLookup)}`);
        }
    }
    else {
        cannotVerify('subnet', `${subnetText}`, ['dest_network_id'], subnetLookup, target.subnetId);
    }
    // 3. The route table (when given) is in the VPC, and holds the subnet.
    if (target.scope === 'full' && target.routeTableId) {
        const rtId = target.routeTableId;
        const rt = await lookups.routeTable(rtId);
        const rtText = `route table ${quote(rtId)} (routetable_id)`;
        if (rt.state === 'missing') {
            error('preflight-routetable-missing', ['routetable_id'], `${rtText} does not exist in ${where}.${apiSaid(rt)}`, `copy the id of a route table of VPC "${target.vpcId}" (VPC console → Route Tables), or remove routetable_id`);
        }
        else if (rt.state === 'found') {
            if (rt.value.vpc_id !== target.vpcId) {
                error('preflight-routetable-other-vpc', ['routetable_id'], `${rtText} belongs to VPC ${quote(rt.value.vpc_id)}, not to dest_vpc_id ${quote(target.vpcId)}.`, `use the route table of VPC "${target.vpcId}" that subnet "${target.subnetId}" is associated with, or remove routetable_id`);
            }
            else if (rt.value.subnets && !rt.value.subnets.some((s) => s.id === target.subnetId)) {
                warning('preflight-routetable-subnet', ['routetable_id'], `${rtText} is not associated with subnet ${quote(target.subnetId)}: routes DLI adds to it may not ` +
                    `apply to traffic from that subnet.`, 'give the route table associated with the subnet (VPC console → Subnets → the subnet → Route Table)');
            }
        }
        else {
            cannotVerify('routeTable', rtText, ['routetable_id'], rt, rtId);
        }
    }
    // 4. Each queue exists and is not `default`; a queue in a pool binds that pool, a legacy queue brings its own CIDR.
    const overlaps = [];
    const poolRefs = [];
    for (const [i, name] of target.pools.entries()) {
        const index = target.indexOf('elastic_resource_pools', name);
        poolRefs.push({ name, path: ['elastic_resource_pools', index >= 0 ? index : i] });
    }
    const queuePath = (name) => {
        const index = target.indexOf('queues', name);
        return index >= 0 ? ['queues', index] : ['queues'];
    };
    const wantedQueues = target.queues.filter((q) => {
        if (q.toLowerCase() !== 'default')
            return true;
        error('preflight-queue-default', queuePath(q), `the queue "default" cannot be bound to an enhanced connection: DLI's shared default queue has no VPC of yours.`, 'bind a queue or elastic resource pool of your own');
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
                    error('preflight-queue-missing', path, `queue ${quote(name)} does not exist in ${where}.` +
                        (close.length ? ` Did you mean ${close.map(quote).join(', ')}?` : ''), 'queue names are listed in the DLI console under Resources → Queue Management');
                }
                else if (queue.elastic_resource_pool_name) {
                    poolRefs.push({ name: queue.elastic_resource_pool_name, path, viaQueue: queue.queue_name });
                }
                else if (queue.cidr_in_vpc) {
                    overlaps.push({
                        label: `queue ${quote(queue.queue_name)} (not in an elastic resource pool)`,
                        cidr: queue.cidr_in_vpc,
                        isPool: false,
                        path,
                    });
                }
            }
        }
        else {
            cannotVerify('queues', `queues ${wantedQueues.map(quote).join(', ')}`, queuePath(wantedQueues[0] ?? ''), queues, '*');
        }
    }
    // 5. Each pool (named, or reached through a queue) exists and is AVAILABLE; its CIDR feeds the overlap check.
    const seenPools = new Set();
    const uniquePools = poolRefs.filter((ref) => {
        const key = ref.name.toLowerCase();
        if (seenPools.has(key))
            return false;
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
                    error('preflight-pool-missing', ref.path, `${label} does not exist in ${where}.` + (close.length ? ` Did you mean ${close.map(quote).join(', ')}?` : ''), 'pool names are listed in the DLI console under Resources → Elastic Resource Pools');
                    continue;
                }
                const status = pool.status;
                if (status !== undefined && status !== 'AVAILABLE') {
                    error('preflight-pool-not-available', ref.path, `${label} is ${status}, not AVAILABLE` + (pool.fail_reason ? ` (${pool.fail_reason})` : '') + '.', status === 'FAILED'
                        ? 'a FAILED pool cannot be bound: fix or recreate it, or bind another pool'
                        : 'bind it once it is AVAILABLE, or bind another pool');
                }
                if (pool.cidr_in_vpc) {
                    overlaps.push({
                        label: `elastic resource pool ${quote(pool.elastic_resource_pool_name)}` +
                            (ref.viaQueue ? ` (the pool of queue ${quote(ref.viaQueue)})` : ''),
                        cidr: pool.cidr_in_vpc,
                        isPool: true,
                        poolName: pool.elastic_resource_pool_name,
                        path: ref.path,
                    });
                }
            }
        }
        else {
            const names = uniquePools.map((r) => quote(r.name)).join(', ');
            cannotVerify('pools', `elastic resource pools ${names}`, uniquePools[0]?.path ?? ['elastic_resource_pools'], pools, '*');
        }
    }
    // 6. No bound CIDR overlaps the subnet (error); overlapping only the rest of the VPC warns.
    const subnetCidr = subnet?.cidr;
    for (const candidate of overlaps) {
        if (subnetCidr && cidrTextsOverlap(candidate.cidr, subnetCidr) === true) {
            error('preflight-cidr-overlap', candidate.path, ...overlapMessage(candidate, target.subnetId, subnetCidr));
        }
        else if (vpcCidr && cidrTextsOverlap(candidate.cidr, vpcCidr) === true) {
            warning('preflight-cidr-overlap-vpc', candidate.path, `${candidate.label} has CIDR ${candidate.cidr}, which overlaps the CIDR ${vpcCidr} of VPC ${quote(target.vpcId)} (not subnet ${quote(target.subnetId)}): the ` +
                `connection can work, but other subnets of that VPC inside ${candidate.cidr} can never be reached from it.`);
        }
    }
    return findings;
}
function overlapMessage(c, subnetId, subnetCidr) {
    const base = `${c.label} has CIDR ${c.cidr}, which overlaps the CIDR ${subnetCidr} of subnet ${quote(subnetId)} (dest_network_id): DLI cannot ` +
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
function diag(severity, code, position, message, hint) {
    const d = { severity, code, message };
    if (position)
        d.position = position;
    if (hint)
        d.hint = hint;
    return d;
}

// EXTERNAL MODULE: ./src/plan/preflight-lookups.ts
var preflight_lookups = __webpack_require__(4914);
;// CONCATENATED MODULE: ./src/plan/preflight.ts
// Preflight: read-only checks, at plan time, of what the plan would create or bind, so that a connection whose
// peering would end FAILED is stopped before it exists (a pool whose peering failed cannot even be unbound).
// Which connections are checked is decided here; the checks themselves are in preflight-checks.ts, the memoised
// reads in preflight-lookups.ts. Errors block apply (the caller maps them to failure-reason=preflight-failed);
// a check that could not run (403, 5xx after retries) is only a warning.




const DEFAULT_CONCURRENCY = 8;
/**
 * What to check, per change: a create or replace is checked in full (from its manifest); an update or adopt that
 * binds new queues/pools has only those checked, against its subnet. Everything else (unchanged, delete, orphan,
 * blocked, updates of hosts/routes/tags only) creates no peering and is not checked.
 */
function selectPreflightTargets(plan, manifests) {
    const byName = new Map(manifests.map((m) => [m.name, m]));
    const targets = [];
    for (const change of plan.changes) {
        const target = targetFor(change, byName.get(change.name));
        if (target)
            targets.push(target);
    }
    return targets;
}
function targetFor(change, manifest) {
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
        if (!create)
            return undefined;
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
        const queues = new Set();
        const pools = new Set();
        for (const step of change.steps) {
            if (step.kind !== 'bind')
                continue;
            step.queues.forEach((q) => queues.add(q));
            step.elastic_resource_pools.forEach((p) => pools.add(p));
        }
        // Without a manifest we do not know the subnet; an update always has one (its manifest drives it).
        if ((queues.size === 0 && pools.size === 0) || !manifest)
            return undefined;
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
function locator(change, manifest) {
    const fallback = manifest?.source.position ?? (change.manifest ? { ...change.manifest, col: 1 } : undefined);
    return {
        locate(path) {
            if (!manifest)
                return fallback;
            try {
                return manifest.source.locate(path);
            }
            catch {
                // Positions are a convenience: a file that cannot be re-read must not hide the finding itself.
                return fallback;
            }
        },
        indexOf(field, name) {
            if (!manifest)
                return -1;
            const wanted = name.toLowerCase();
            return manifest[field].findIndex((n) => n.toLowerCase() === wanted);
        },
    };
}
/** Runs the checks of every selected connection; each VPC object and each DLI list is read at most once. */
async function runPreflight(input) {
    const { plan, logger } = input;
    const targets = selectPreflightTargets(plan, input.manifests);
    if (targets.length === 0) {
        logger.info('preflight: nothing to check (no connection is created, replaced or bound to new queues/pools)');
        return { diagnostics: [], checked: [] };
    }
    logger.info(`preflight: checking ${targets.length} connection(s)`);
    const lookups = new preflight_lookups/* PreflightLookups */.H(input.vpc, input.dli);
    for (const target of targets)
        prefetch(target, lookups);
    const context = { projectId: plan.projectId, region: plan.region };
    const perTarget = await (0,pool/* runPool */.k)(targets, input.concurrency ?? DEFAULT_CONCURRENCY, async (target) => {
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
function prefetch(target, lookups) {
    // The checks await these same promises and meet any failure there; this copy only must not count as unhandled.
    const warm = (read) => void read.catch(() => undefined);
    if (target.scope === 'full')
        warm(lookups.vpc(target.vpcId));
    warm(lookups.subnet(target.subnetId));
    if (target.scope === 'full' && target.routeTableId)
        warm(lookups.routeTable(target.routeTableId));
    if (target.queues.some((q) => q.toLowerCase() !== 'default'))
        warm(lookups.queues());
    if (target.pools.length > 0)
        warm(lookups.pools());
}
/** A warning that every connection would repeat (the queue list was refused) is shown once, at its first place. */
function dedupe(findings) {
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        if (f.onceKey) {
            if (seen.has(f.onceKey))
                continue;
            seen.add(f.onceKey);
        }
        out.push(f.diagnostic);
    }
    return out;
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