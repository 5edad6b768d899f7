"use strict";
exports.id = 227;
exports.ids = [227];
exports.modules = {

/***/ 227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectCloud: () => (/* binding */ connectCloud),
  guard: () => (/* binding */ guard),
  toRunFailure: () => (/* binding */ toRunFailure)
});

// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
// EXTERNAL MODULE: ./src/dli/errors.ts
var errors = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/dli/paging.ts
var paging = __webpack_require__(4467);
// EXTERNAL MODULE: external "./lazy/http-client.js"
var http_client_js_ = __webpack_require__(2534);
;// CONCATENATED MODULE: ./src/dli/limiter.ts
// A client-side rate limiter shared by every call of one run. The gateway throttles per API and per user (often
// per minute, far below its 200 req/s default), so we start fast and adapt: AIMD like TCP congestion control.
// A 429 halves the allowed rate (and honours Retry-After as a pause for everyone); each success adds a little back.
// It paces the *start* of requests; how many run at once is the caller's `concurrency`. After a quiet spell a few
// requests may start at once (a burst, as a token bucket allows: the pages of a list whose total is known go out
// side by side); the burst shrinks with the rate and a throttle empties it.
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function createAimdLimiter(options = {}) {
    const maxRate = options.maxRate ?? 50;
    const minRate = options.minRate ?? 0.2;
    const increase = options.increasePerSuccess ?? 0.5;
    const decrease = options.decreaseFactor ?? 0.5;
    const cooldownMs = options.decreaseCooldownMs ?? 1000;
    const burst = Math.max(1, Math.floor(options.burst ?? 20));
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? realSleep;
    let rate = maxRate;
    /**
     * When the next request would start if requests were spaced evenly (GCRA's theoretical arrival time); a request
     * may start up to `tolerance()` before it, which is what lets a burst through after a quiet spell.
     */
    let nextSlot = 0;
    /** How far ahead of the even spacing a request may start: (burst at this rate − 1) intervals. */
    const tolerance = () => (Math.max(1, Math.floor((burst * rate) / maxRate)) - 1) * (1000 / rate);
    /** A Retry-After pause applies to everyone. */
    let pausedUntil = 0;
    // Several throttles from requests that were already in flight, or sent in the same throttling window, are one
    // congestion signal: halve at most once per cooldown (and per current interval), or a burst of N answers would
    // divide the rate by 2^N. Measured by npm run bench (B5): one halving per interval fell to 6 req/s under a
    // 20 req/s throttle (1.4x the floor); one per second holds ~1.1x.
    let lastDecreaseAt = Number.NEGATIVE_INFINITY;
    return {
        get rate() {
            return rate;
        },
        async acquire() {
            const t = now();
            const start = Math.max(t, nextSlot - tolerance(), pausedUntil);
            nextSlot = Math.max(nextSlot, start) + 1000 / rate;
            if (start > t)
                await sleep(start - t);
        },
        onSuccess() {
            rate = Math.min(maxRate, rate + increase);
        },
        onThrottle(retryAfterMs) {
            const t = now();
            if (t - lastDecreaseAt >= Math.max(cooldownMs, 1000 / rate)) {
                rate = Math.max(minRate, rate * decrease);
                lastDecreaseAt = t;
            }
            if (retryAfterMs !== undefined && retryAfterMs > 0)
                pausedUntil = Math.max(pausedUntil, t + retryAfterMs);
            // Re-space what is already reserved and empty the burst: the next request cannot start sooner than one new
            // interval from now.
            nextSlot = Math.max(nextSlot, t + tolerance() + 1000 / rate);
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/dli/signer.ts
// SDK-HMAC-SHA256 request signing, exactly as docs/reference/signing.md (Huawei Cloud's API gateway) describes
// it. Pure functions over node:crypto so the emulator, the property tests and the HTTP layer can all check the same
// bytes. We do not use the official SDK signer: it double-encodes `%` in paths and hashes `{}` as a GET body.

const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
/** SHA-256 of the empty string: the payload hash of a request without a body. */
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** RFC 3986 unreserved characters stay, every other UTF-8 byte becomes `%XX` (uppercase hex). */
function encodeRfc3986(value) {
    let out = '';
    for (const byte of Buffer.from(value, 'utf8')) {
        const isUnreserved = (byte >= 0x41 && byte <= 0x5a) || // A-Z
            (byte >= 0x61 && byte <= 0x7a) || // a-z
            (byte >= 0x30 && byte <= 0x39) || // 0-9
            byte === 0x2d || // -
            byte === 0x5f || // _
            byte === 0x2e || // .
            byte === 0x7e; // ~
        out += isUnreserved ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/**
 * Decodes one percent-encoded URL component without treating `+` as a space (the query is always built with
 * `%20`). A malformed escape is kept literally, so signing never throws on odd input.
 */
function decodeComponent(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** `X-Sdk-Date` format: `YYYYMMDDTHHMMSSZ`, UTC. */
function formatSdkDate(date) {
    return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
/**
 * Canonical URI: each path segment of the URL *as sent* decoded once and re-encoded once, joined by `/`, plus a
 * trailing `/` (for signing only: the request itself goes without it).
 */
function canonicalUri(pathname) {
    const encoded = pathname
        .split('/')
        .map((segment) => encodeRfc3986(decodeComponent(segment)))
        .join('/');
    const withLeading = encoded.startsWith('/') ? encoded : `/${encoded}`;
    return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
/**
 * Canonical query from the URL's raw query string (with or without `?`): each name and value decoded once and
 * RFC 3986-encoded once, pairs sorted by encoded name then encoded value (code point order; the encoded form is
 * ASCII), a repeated name giving one pair per value, an empty value keeping its `=`.
 *
 * Why sort the *encoded* pairs: "sorted by code point" (signing.md) can be read before or after encoding, and the two
 * readings only differ when a name or value mixes a reserved character with a higher code point than an unreserved
 * one (`[` vs `A`). The emulator's independent verifier sorts encoded pairs, and every query this client sends
 * (limit, offset, name, status, tags, queue_type — never repeated) is ordered identically under both readings.
 */
function canonicalQueryString(search) {
    const raw = search.startsWith('?') ? search.slice(1) : search;
    if (raw === '')
        return '';
    const pairs = [];
    for (const part of raw.split('&')) {
        if (part === '')
            continue;
        const eq = part.indexOf('=');
        const name = decodeComponent(eq < 0 ? part : part.slice(0, eq));
        const value = eq < 0 ? '' : decodeComponent(part.slice(eq + 1));
        pairs.push([encodeRfc3986(name), encodeRfc3986(value)]);
    }
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    pairs.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
    return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}
/** Lowercase names, sorted, values trimmed. Returns the header block (ending in `\n`) and the signed-header list. */
function canonicalHeaders(headers) {
    const entries = Object.entries(headers)
        .map(([name, value]) => [name.toLowerCase(), String(value).trim()])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
        block: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
        signedHeaders: entries.map(([name]) => name).join(';'),
    };
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** Step 7 of docs/reference/signing.md: `METHOD\nURI\nQUERY\nHEADERS\nSIGNED_HEADERS\nPAYLOAD_HASH`. */
function canonicalRequest(input) {
    const url = typeof input.url === 'string' ? new URL(input.url) : input.url;
    const { block, signedHeaders } = canonicalHeaders(input.headers);
    const payloadHash = input.body == null || input.body.length === 0 ? EMPTY_BODY_SHA256 : sha256Hex(input.body);
    return [
        input.method.toUpperCase(),
        canonicalUri(url.pathname),
        canonicalQueryString(url.search),
        block,
        signedHeaders,
        payloadHash,
    ].join('\n');
}
/** Step 8: `SDK-HMAC-SHA256\n{X-Sdk-Date}\n{hex SHA-256 of the canonical request}`. */
function stringToSign(canonical, sdkDate) {
    return `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}
/** Step 9: lowercase hex HMAC-SHA256 keyed with the secret key's UTF-8 bytes. */
function signature(toSign, secretAccessKey) {
    return (0,external_node_crypto_.createHmac)('sha256', Buffer.from(secretAccessKey, 'utf8')).update(toSign).digest('hex');
}
/** Drops a header whatever its case, so the caller's spelling never yields two copies. */
function withoutHeader(headers, name) {
    const lower = name.toLowerCase();
    return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== lower));
}
function sign(input) {
    const url = typeof input.url === 'string' ? new URL(input.url) : input.url;
    const sdkDate = typeof input.date === 'string' ? input.date : formatSdkDate(input.date);
    // Values go on the wire exactly as signed: trimmed.
    let headers = Object.fromEntries(Object.entries(input.headers ?? {}).map(([k, v]) => [k, String(v).trim()]));
    for (const name of ['Host', 'X-Sdk-Date', 'Authorization', 'X-Security-Token'])
        headers = withoutHeader(headers, name);
    headers['Host'] = url.host;
    headers['X-Sdk-Date'] = sdkDate;
    if (input.securityToken)
        headers['X-Security-Token'] = input.securityToken;
    const canonical = canonicalRequest({ method: input.method, url, headers, body: input.body });
    const toSign = stringToSign(canonical, sdkDate);
    const { signedHeaders } = canonicalHeaders(headers);
    const authorization = `${SIGNING_ALGORITHM} Access=${input.accessKeyId}, SignedHeaders=${signedHeaders}, ` +
        `Signature=${signature(toSign, input.secretAccessKey)}`;
    return { headers: { ...headers, Authorization: authorization }, canonicalRequest: canonical, stringToSign: toSign, authorization };
}

// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __webpack_require__(8521);
;// CONCATENATED MODULE: ./src/dli/http.ts
// The one way this action talks to Huawei Cloud: signed JSON requests over @actions/http-client (which honours
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY), with a hard per-request timeout, retries with exponential backoff and full
// jitter, a shared AIMD rate limiter, typed errors with hints, and a single credential refresh on expiry.
//
// Proxies: http-client picks HTTPS_PROXY/HTTP_PROXY by the target's scheme, honours NO_PROXY, and ALWAYS bypasses
// loopback targets (localhost, 127.*, [::1]); through a proxy it opens a CONNECT tunnel. TLS verification is never
// turned off (no ignoreSslError); corporate CAs go in NODE_EXTRA_CA_CERTS.
//
// Never logged: request or response headers and bodies (they carry Authorization, X-Auth-Token, X-Security-Token,
// and an OIDC exchange carries the JWT). Only method, path, status, request id and error codes reach the log.





const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const GATEWAY_INTERNAL_CODE = /^APIGW?\.06\d\d$/;
// Errors raised before a single byte reached the server: retrying these can never duplicate a Create.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);
/** The whole-request deadline passed (connect, send, wait, or body). */
class RequestTimeoutError extends Error {
    constructor(ms) {
        super(`no complete answer within ${ms} ms`);
        this.name = 'RequestTimeoutError';
    }
}
function isRetryableAnswer(status, code) {
    return RETRYABLE_STATUS.has(status) || (code !== undefined && GATEWAY_INTERNAL_CODE.test(code));
}
/** `Retry-After` as seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const text = raw.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** Full jitter (AWS architecture blog): uniform in [0, min(max, base · 2^attempt)). */
function fullJitterDelay(attempt, random, baseMs, maxMs) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
    return Math.floor(random() * ceiling);
}
function buildUrl(baseUrl, path, query) {
    for (const segment of path) {
        // '.' and '..' would be collapsed by URL parsing and send the request somewhere else than asked.
        if (segment === '' || segment === '.' || segment === '..')
            throw new Error(`invalid URL path segment "${segment}"`);
    }
    const base = baseUrl.replace(/\/+$/, '');
    const pathPart = path.map(encodeRfc3986).join('/');
    const pairs = Object.entries(query ?? {})
        .filter((entry) => entry[1] !== undefined)
        .map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(String(v))}`);
    return new URL(`${base}/${pathPart}${pairs.length ? `?${pairs.join('&')}` : ''}`);
}
/** DLI/APIG `{error_code, error_msg, request_id}`, VPC `{code, message}`, IAM `{error: {code, message}}`. */
function readErrorFields(body) {
    if (typeof body !== 'object' || body === null)
        return {};
    const b = body;
    const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const nested = typeof b['error'] === 'object' && b['error'] !== null ? b['error'] : {};
    return {
        code: str(b['error_code']) ?? str(b['code']) ?? str(nested['error_code']) ?? str(nested['code']),
        message: str(b['error_msg']) ?? str(b['message']) ?? str(b['msg']) ?? str(nested['error_msg']) ?? str(nested['message']),
        requestId: str(b['request_id']) ?? str(b['requestId']),
    };
}
function hintFor(status, code, permission, notFound) {
    switch (code) {
        case 'APIGW.0301':
        case 'APIGW.0303':
            return "check the access key/secret key and the runner's clock (signatures older than 15 minutes are refused)";
        case 'APIGW.0307':
            return 'the token or temporary credentials expired: re-run the job (short-lived credentials are refreshed once automatically)';
        case 'APIGW.0302':
            return `grant the IAM permission ${permission ?? 'required'} for this operation`;
        case 'APIGW.0308':
            return 'throttled by the API gateway: lower `concurrency` or run later (the action already backs off)';
        case 'APIGW.0101':
            return 'the API path does not exist: check the endpoint inputs';
    }
    if (notFound)
        return 'not found: the object does not exist (it may have been deleted outside this action)';
    if (status === 403)
        return `permission refused: grant the IAM permission ${permission ?? 'required'} for this operation`;
    if (status === 401)
        return "check the credentials and the runner's clock";
    return undefined;
}
function requestIdOf(headers) {
    const v = headers['x-request-id'];
    return Array.isArray(v) ? v[0] : v;
}
/** Builds the typed error for an answer; also used by callers that get a 2xx with `is_success: false`. */
function apiErrorFrom(req, status, body, headers, rawText) {
    // API text is untrusted: one line, cut to a sane length (src/untrusted-text.ts), before it reaches any message.
    const raw = readErrorFields(body);
    const fields = {
        code: raw.code === undefined ? undefined : (0,untrusted_text/* apiText */.AX)(raw.code, 100),
        message: raw.message === undefined ? undefined : (0,untrusted_text/* apiText */.AX)(raw.message),
        requestId: raw.requestId === undefined ? undefined : (0,untrusted_text/* apiText */.AX)(raw.requestId, 100),
    };
    const requestId = requestIdOf(headers) ?? fields.requestId;
    const apiMessage = fields.message ?? (rawText ? (0,untrusted_text/* apiText */.AX)(rawText, 300) : undefined);
    const retryable = isRetryableAnswer(status, fields.code);
    const probe = new errors/* ApiError */.hD('', { operation: req.operation, status, code: fields.code, apiMessage, retryable });
    const hint = hintFor(status, fields.code, req.permission, probe.notFound);
    const what = [fields.code, apiMessage].filter(Boolean).join(': ');
    const message = `${req.operation} failed: HTTP ${status}${what ? ` ${what}` : ''}` + (requestId ? ` (request id ${requestId})` : '');
    return new errors/* ApiError */.hD(message, {
        operation: req.operation,
        status,
        code: fields.code,
        apiMessage,
        requestId,
        retryable,
        hint,
    });
}
/** Gives node's request an AbortSignal: the only way to tear down a hung socket that http-client exposes. */
function abortHandler(signal) {
    return {
        prepareRequest: (options) => {
            options.signal = signal;
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('not supported')),
    };
}
/** Reads the whole body; rejects if the stream errors or closes early (aborted by the deadline). */
function readBody(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', reject);
        message.on('close', () => {
            if (!message.complete)
                reject(new Error('connection closed before the answer was complete'));
        });
    });
}
/** One HTTP exchange with a hard deadline over the whole of it. */
async function exchange(method, url, headers, body, timeoutMs) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new RequestTimeoutError(timeoutMs)), timeoutMs);
    const options = {
        allowRetries: false, // our loop retries, with jitter and the limiter
        allowRedirects: false, // a redirect would carry our signature elsewhere
        keepAlive: false,
        // http-client's idle timeout, a little after ours so that ours decides; it only ends the socket, the abort
        // signal destroys it. ignoreSslError is never set: TLS verification stays on.
        socketTimeout: timeoutMs + 1000,
    };
    const client = new http_client_js_.HttpClient('dli-connections', [abortHandler(controller.signal)], options);
    try {
        let res;
        try {
            res = await client.request(method, url.href, body ?? null, headers);
        }
        catch (err) {
            throw controller.signal.aborted ? controller.signal.reason : err;
        }
        try {
            const text = await readBody(res.message);
            return { status: res.message.statusCode ?? 0, headers: res.message.headers, text };
        }
        catch (err) {
            res.message.destroy();
            throw controller.signal.aborted ? controller.signal.reason : err;
        }
    }
    finally {
        clearTimeout(timer);
    }
}
/** Was the request possibly seen by the server? Only a failure to connect proves it was not. */
function mayHaveBeenSent(err) {
    const code = err?.code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code))
        return false;
    // The tunnel agent (proxy CONNECT) failing means nothing reached the target.
    if (err instanceof Error && /tunneling socket could not be established/i.test(err.message))
        return false;
    return true;
}
function describeNetworkError(err) {
    if (err instanceof RequestTimeoutError)
        return err.message;
    const e = err;
    const code = typeof e?.code === 'string' ? `${e.code}: ` : '';
    return `${code}${typeof e?.message === 'string' ? e.message : String(err)}`;
}
function authHeaders(creds, method, url, headers, body, nowMs) {
    if (creds.kind === 'token')
        return { ...headers, Host: url.host, 'X-Auth-Token': creds.authToken };
    return sign({
        method,
        url,
        headers,
        body,
        accessKeyId: creds.accessKeyId,
        secretAccessKey: creds.secretAccessKey,
        securityToken: creds.securityToken,
        date: new Date(nowMs),
    }).headers;
}
let processLimiter;
/** The limiter every transport uses unless given another: one run, one view of the gateway's patience. */
function sharedLimiter() {
    processLimiter ??= createAimdLimiter();
    return processLimiter;
}
function createHttpTransport(opts) {
    const sleep = opts.sleep ?? realSleep;
    const random = opts.random ?? Math.random;
    const now = opts.now ?? Date.now;
    const limiter = opts.limiter ?? sharedLimiter();
    const baseMs = opts.backoffBaseMs ?? 1000;
    const maxMs = opts.backoffMaxMs ?? 30_000;
    const retryAfterMaxMs = opts.retryAfterMaxMs ?? 120_000;
    const log = opts.logger;
    async function request(req) {
        const url = buildUrl(req.baseUrl, req.path, req.query);
        const logPath = `${url.pathname}${url.search}`;
        const idempotent = req.idempotent ?? true;
        const body = req.method === 'GET' || req.body === undefined ? undefined : JSON.stringify(req.body);
        const baseHeaders = { 'Content-Type': 'application/json', ...(req.headers ?? {}) };
        if (req.projectId)
            baseHeaders['X-Project-Id'] = req.projectId;
        let refreshed = false;
        let forceCreds;
        let usedCreds;
        for (let attempt = 0;; attempt++) {
            await limiter.acquire();
            let headers;
            if (req.unauthenticated) {
                headers = { ...baseHeaders, Host: url.host };
            }
            else {
                if (!opts.credentials)
                    throw new Error(`${req.operation}: no credentials configured`);
                const creds = forceCreds ?? (await opts.credentials.get());
                usedCreds = creds;
                headers = authHeaders(creds, req.method, url, baseHeaders, body, now());
            }
            const canRetry = attempt < opts.maxRetries;
            let answer;
            try {
                answer = await exchange(req.method, url, headers, body, opts.requestTimeoutMs);
            }
            catch (err) {
                const detail = describeNetworkError(err);
                log.debug(`${req.method} ${logPath} -> no answer (${detail}) [attempt ${attempt + 1}]`);
                if (!idempotent && mayHaveBeenSent(err))
                    throw new errors/* UnknownOutcomeError */.rk(req.operation, err);
                if (canRetry) {
                    await sleep(fullJitterDelay(attempt, random, baseMs, maxMs));
                    continue;
                }
                throw new errors/* ApiError */.hD(`${req.operation} failed: no answer from ${url.host} (${detail})`, {
                    operation: req.operation,
                    status: 0,
                    retryable: true,
                    hint: 'check the endpoint, the network and any HTTPS_PROXY/NO_PROXY settings',
                    cause: err,
                });
            }
            let parsed = undefined;
            let parseFailed = false;
            if (answer.text.trim() !== '') {
                try {
                    parsed = JSON.parse(answer.text);
                }
                catch {
                    parseFailed = true;
                }
            }
            const requestId = requestIdOf(answer.headers) ?? readErrorFields(parsed).requestId;
            const code = readErrorFields(parsed).code;
            log.debug(`${req.method} ${logPath} -> ${answer.status}${code && answer.status >= 300 ? ` ${code}` : ''}` +
                `${requestId ? ` (request id ${requestId})` : ''} [attempt ${attempt + 1}]`);
            const ok = answer.status >= 200 && answer.status < 300;
            const refused = ok && typeof parsed === 'object' && parsed !== null && parsed['is_success'] === false;
            if (ok && !refused) {
                limiter.onSuccess();
                if (parseFailed) {
                    throw new errors/* ApiError */.hD(`${req.operation}: HTTP ${answer.status} with a body that is not JSON`, {
                        operation: req.operation,
                        status: answer.status,
                        requestId,
                        retryable: false,
                    });
                }
                return { status: answer.status, body: parsed, headers: answer.headers, requestId };
            }
            const error = apiErrorFrom({ ...req, path: logPath }, answer.status, parsed, answer.headers, parseFailed ? answer.text : undefined);
            const retryAfterMs = parseRetryAfter(answer.headers['retry-after'], now());
            if (answer.status === 429 || error.code === 'APIGW.0308')
                limiter.onThrottle(retryAfterMs);
            else
                limiter.onSuccess();
            // Expired OIDC / temporary credentials: one refresh per request, then try again (not counted as a retry:
            // the refused request did nothing, so even a Create is safe to resend).
            if (error.isExpiredCredential && !refreshed && !req.unauthenticated && opts.credentials) {
                refreshed = true;
                // Passing the refused credentials lets the provider serve concurrent refusals with a single exchange.
                const fresh = await opts.credentials.refresh(usedCreds);
                if (fresh) {
                    log.debug(`${req.operation}: credentials refused as expired (${error.code}); refreshed them, trying again`);
                    forceCreds = fresh;
                    attempt--;
                    continue;
                }
            }
            // An *answer* refusing the call, even a 5xx to a Create, means it was not done: safe to retry.
            if (error.retryable && canRetry) {
                const backoff = fullJitterDelay(attempt, random, baseMs, maxMs);
                const wait = retryAfterMs !== undefined ? Math.min(retryAfterMs, retryAfterMaxMs) : backoff;
                log.debug(`${req.operation}: ${error.code ?? `HTTP ${answer.status}`}, retrying in ${wait} ms`);
                await sleep(wait);
                continue;
            }
            throw error;
        }
    }
    return { request };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/dli/schemas.ts
// zod schemas for every answer the client reads. An answer that does not fit fails loudly, naming the field
// (UnexpectedResponseError), instead of flowing on as `undefined` into a diff that might delete something.
// Unknown extra fields are tolerated and dropped (z.object strips them: the API adds fields over time); missing optional arrays
// become [] (the API omits empty lists); null optional scalars become undefined.



/** An array the API may omit or send as null: always an array afterwards. */
const list = (item) => schemas/* array */.YOg(item)
    .nullish()
    .transform((v) => v ?? []);
/** An optional scalar the API may send as null. */
const opt = (schema) => schema.nullish().transform((v) => (v === null ? undefined : v));
const hostSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), ip: schemas/* string */.YjP() });
const peeringSchema = schemas/* object */.Ikc({
    peer_id: opt(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String)),
    name: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    // Shown to people only (never compared): made one line and cut to a sane length where it enters.
    err_msg: opt(schemas/* string */.YjP().transform((s) => (0,untrusted_text/* apiText */.AX)(s))),
    update_time: opt(schemas/* number */.aig()),
});
const routeSchema = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), cidr: schemas/* string */.YjP(), create_time: opt(schemas/* number */.aig()) });
const connectionSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().min(1),
    name: schemas/* string */.YjP(),
    status: schemas/* string */.YjP(),
    dest_vpc_id: schemas/* string */.YjP(),
    dest_network_id: schemas/* string */.YjP(),
    create_time: opt(schemas/* number */.aig()),
    hosts: list(hostSchema),
    available_queue_info: list(peeringSchema),
    elastic_resource_pools: list(peeringSchema),
    routes: list(routeSchema),
    isPrivis: opt(schemas/* boolean */.zMY()),
});
const createConnectionAnswer = schemas/* object */.Ikc({ connection_id: schemas/* string */.YjP().min(1) });
const listConnectionsAnswer = schemas/* object */.Ikc({
    connections: list(connectionSchema),
    count: opt(schemas/* number */.aig()),
});
const privilegesAnswer = schemas/* object */.Ikc({
    connection_id: opt(schemas/* string */.YjP()),
    privileges: list(schemas/* unknown */.L5J()),
});
const tagSchema = schemas/* object */.Ikc({ key: schemas/* string */.YjP(), value: schemas/* string */.YjP().nullish().transform((v) => v ?? '') });
const listTagsAnswer = schemas/* object */.Ikc({ tags: list(tagSchema) });
const queueSchema = schemas/* object */.Ikc({
    queue_name: schemas/* string */.YjP(),
    cidr_in_vpc: opt(schemas/* string */.YjP()),
    elastic_resource_pool_name: opt(schemas/* string */.YjP()),
    resource_mode: opt(schemas/* number */.aig()),
    queue_type: opt(schemas/* string */.YjP()),
});
const listQueuesAnswer = schemas/* object */.Ikc({ queues: list(queueSchema) });
const elasticResourcePoolSchema = schemas/* object */.Ikc({
    elastic_resource_pool_name: schemas/* string */.YjP(),
    cidr_in_vpc: opt(schemas/* string */.YjP()),
    status: opt(schemas/* string */.YjP()),
    fail_reason: opt(schemas/* string */.YjP().transform((s) => (0,untrusted_text/* apiText */.AX)(s))),
    queues: list(schemas/* string */.YjP()),
});
const listPoolsAnswer = schemas/* object */.Ikc({
    elastic_resource_pools: list(elasticResourcePoolSchema),
    count: opt(schemas/* number */.aig()),
});
/** 12. `task_id` is an integer in the SDK since 3.1.94 and a string before (and in one edition of the docs). */
const connectivityTaskAnswer = schemas/* object */.Ikc({
    task_id: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig()]).transform((v) => (0,untrusted_text/* apiText */.AX)(String(v), 100)),
    message: opt(schemas/* string */.YjP().transform((s) => (0,untrusted_text/* apiText */.AX)(s))),
});
/** 13. `connectivity` may be absent while the test runs: then it reads as '' (not final). */
const connectivityResultAnswer = schemas/* object */.Ikc({
    connectivity: opt(schemas/* string */.YjP().transform((s) => (0,untrusted_text/* apiText */.AX)(s, 100))).transform((v) => v ?? ''),
    message: opt(schemas/* string */.YjP().transform((s) => (0,untrusted_text/* apiText */.AX)(s))),
});
const vpcAnswer = schemas/* object */.Ikc({
    vpc: schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: opt(schemas/* string */.YjP()), cidr: opt(schemas/* string */.YjP()), status: opt(schemas/* string */.YjP()) }),
});
const subnetAnswer = schemas/* object */.Ikc({
    subnet: schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        name: opt(schemas/* string */.YjP()),
        vpc_id: schemas/* string */.YjP(),
        cidr: opt(schemas/* string */.YjP()),
        status: opt(schemas/* string */.YjP()),
        neutron_network_id: opt(schemas/* string */.YjP()),
        neutron_subnet_id: opt(schemas/* string */.YjP()),
    }),
});
const routeTableAnswer = schemas/* object */.Ikc({
    routetable: schemas/* object */.Ikc({ id: schemas/* string */.YjP(), vpc_id: schemas/* string */.YjP(), subnets: list(schemas/* object */.Ikc({ id: schemas/* string */.YjP() })) }),
});
const projectsAnswer = schemas/* object */.Ikc({
    projects: list(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP(), enabled: opt(schemas/* boolean */.zMY()) })),
});
/** Parses `body` or throws UnexpectedResponseError naming the first offending fields. */
function parseAnswer(operation, schema, body) {
    const result = schema.safeParse(body);
    if (result.success)
        return result.data;
    const detail = result.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
        .join('; ');
    throw new errors/* UnexpectedResponseError */.dk(operation, detail);
}

;// CONCATENATED MODULE: ./src/dli/client.ts



/** IAM actions per operation, for the APIGW.0302 hint (docs/reference/dli-api.md; `update`, `tag` are undocumented). */
const PERMISSION = {
    create: 'dli:edsconnection:create',
    list: 'dli:edsconnection:list',
    get: 'dli:edsconnection:get',
    delete: 'dli:edsconnection:delete',
    bindQueue: 'dli:edsconnection:bindQueue',
    unbindQueue: 'dli:edsconnection:unbindQueue',
    update: 'dli:edsconnection:update',
    createRoute: 'dli:edsconnection:createRoute',
    deleteRoute: 'dli:edsconnection:deleteRoute',
    tag: 'dli:edsconnection:tag',
    queueList: 'dli:queue:list',
    poolList: 'dli:elasticresourcepool:list',
    checkConnection: 'dli:queue:checkConnection',
    getConnection: 'dli:queue:getConnection',
};
function transportFrom(opts) {
    return (opts.transport ??
        createHttpTransport({
            credentials: opts.credentials,
            logger: opts.logger,
            maxRetries: opts.maxRetries,
            requestTimeoutMs: opts.requestTimeoutMs,
            limiter: opts.limiter,
            sleep: opts.sleep,
            random: opts.random,
            now: opts.now,
        }));
}
/** `k=v,k=v`, the List call's tag filter. */
function formatTagFilter(tags) {
    return tags.map((t) => `${t.key}=${t.value}`).join(',');
}
function createDliClient(opts) {
    const transport = transportFrom(opts);
    const project = opts.projectId;
    const connections = ['v2.0', project, 'datasource', 'enhanced-connections'];
    const connectionsV3 = ['v3', project, 'datasource', 'enhanced-connections'];
    const tagsBase = (id) => ['v3', project, 'dli_enhanced_datasource', id, 'tags'];
    async function call(operation, method, path, permission, extra = {}) {
        const req = {
            operation,
            method,
            baseUrl: opts.endpoint,
            path,
            projectId: project,
            permission,
            ...extra,
        };
        return (await transport.request(req)).body;
    }
    const toConnection = (c) => c;
    return {
        // 1. Not idempotent: a lost answer is an UnknownOutcomeError (the caller looks the name up), never a retry.
        async createConnection(request) {
            const answer = await call('createConnection', 'POST', connections, PERMISSION.create, {
                body: createBody(request),
                idempotent: false,
            });
            return { connection_id: parseAnswer('createConnection', createConnectionAnswer, answer).connection_id };
        },
        // 2. All pages (paging.ts): side by side once a first page's `count` tells the total, else one by one.
        async listConnections(query = {}) {
            const limit = query.limit ?? paging/* DEFAULT_PAGE_SIZE */.yQ;
            if (!Number.isInteger(limit) || limit < 1)
                throw new Error(`listConnections: limit must be a positive integer`);
            return (0,paging/* fetchAllPages */.Ey)({
                operation: 'listConnections',
                limit,
                keyOf: (c) => c.id,
                fetch: async (offset) => {
                    const answer = await call('listConnections', 'GET', connections, PERMISSION.list, {
                        query: {
                            limit,
                            offset,
                            name: query.name,
                            status: query.status,
                            tags: query.tags && query.tags.length ? formatTagFilter(query.tags) : undefined,
                        },
                    });
                    const parsed = parseAnswer('listConnections', listConnectionsAnswer, answer);
                    return { items: parsed.connections.map(toConnection), count: parsed.count };
                },
            });
        },
        // 3. The connection comes flattened at the top level, next to is_success/message.
        async showConnection(id) {
            const answer = await call('showConnection', 'GET', [...connections, id], PERMISSION.get);
            return toConnection(parseAnswer('showConnection', connectionSchema, answer));
        },
        // 4.
        async deleteConnection(id) {
            await call('deleteConnection', 'DELETE', [...connections, id], PERMISSION.delete);
        },
        // 5.
        async associateQueues(id, binding) {
            await call('associateQueues', 'POST', [...connections, id, 'associate-queue'], PERMISSION.bindQueue, {
                body: bindingBody(binding),
            });
        },
        // 6.
        async disassociateQueues(id, binding) {
            await call('disassociateQueues', 'POST', [...connections, id, 'disassociate-queue'], PERMISSION.unbindQueue, {
                body: bindingBody(binding),
            });
        },
        // 7. Full overwrite; [] clears.
        async replaceHosts(id, hosts) {
            await call('replaceHosts', 'PUT', [...connections, id], PERMISSION.update, {
                body: { hosts: hosts.map((h) => ({ name: h.name, ip: h.ip })) },
            });
        },
        // 8.
        async showPrivileges(id) {
            const answer = await call('showPrivileges', 'GET', [...connections, id, 'privileges'], PERMISSION.get);
            const parsed = parseAnswer('showPrivileges', privilegesAnswer, answer);
            return { connection_id: parsed.connection_id, privileges: parsed.privileges };
        },
        // 9. v3 path (the v2.0 twin is deprecated).
        async addRoute(id, route) {
            await call('addRoute', 'POST', [...connectionsV3, id, 'routes'], PERMISSION.createRoute, {
                body: { name: route.name, cidr: route.cidr },
            });
        },
        // 10. v3 path.
        async deleteRoute(id, routeName) {
            await call('deleteRoute', 'DELETE', [...connectionsV3, id, 'routes', routeName], PERMISSION.deleteRoute);
        },
        // 11. Any 2xx is success; a 204 has no body.
        async listTags(id) {
            const answer = await call('listTags', 'GET', tagsBase(id), PERMISSION.tag);
            return parseAnswer('listTags', listTagsAnswer, answer ?? {}).tags.map((t) => ({ key: t.key, value: t.value }));
        },
        async createTags(id, tags) {
            await call('createTags', 'POST', [...tagsBase(id), 'create'], PERMISSION.tag, { body: { tags: plainTags(tags) } });
        },
        async deleteTags(id, tags) {
            await call('deleteTags', 'POST', [...tagsBase(id), 'delete'], PERMISSION.tag, { body: { tags: plainTags(tags) } });
        },
        // Preflight: queue_type=all, or general-purpose queues are missed (the default is `sql`).
        async listQueues() {
            const answer = await call('listQueues', 'GET', ['v1.0', project, 'queues'], PERMISSION.queueList, {
                query: { queue_type: 'all' },
            });
            return parseAnswer('listQueues', listQueuesAnswer, answer).queues;
        },
        // Preflight: no get-one-pool call exists; all pages, as for connections.
        async listElasticResourcePools() {
            return (0,paging/* fetchAllPages */.Ey)({
                operation: 'listElasticResourcePools',
                limit: paging/* DEFAULT_PAGE_SIZE */.yQ,
                keyOf: (p) => p.elastic_resource_pool_name,
                fetch: async (offset) => {
                    const answer = await call('listElasticResourcePools', 'GET', ['v3', project, 'elastic-resource-pools'], PERMISSION.poolList, { query: { limit: paging/* DEFAULT_PAGE_SIZE */.yQ, offset } });
                    const parsed = parseAnswer('listElasticResourcePools', listPoolsAnswer, answer);
                    return { items: parsed.elastic_resource_pools, count: parsed.count };
                },
            });
        },
        // 12. Retried like a read: a second test of the same address from the same queue changes nothing, and the
        // task id of the answer that arrived is the one read back.
        async startConnectivityTest(queue, address) {
            const answer = await call('startConnectivityTest', 'POST', ['v1.0', project, 'queues', queue, 'connection-test'], PERMISSION.checkConnection, {
                body: { address },
                idempotent: true,
            });
            return { taskId: parseAnswer('startConnectivityTest', connectivityTaskAnswer, answer).task_id };
        },
        // 13.
        async showConnectivityTest(queue, taskId) {
            const answer = await call('showConnectivityTest', 'GET', ['v1.0', project, 'queues', queue, 'connection-test', taskId], PERMISSION.getConnection);
            const parsed = parseAnswer('showConnectivityTest', connectivityResultAnswer, answer);
            return parsed.message === undefined ? { connectivity: parsed.connectivity } : { connectivity: parsed.connectivity, message: parsed.message };
        },
    };
}
/**
 * The Create body from the SDK model's fields only (docs/api-fidelity.md), whatever else the request object carries
 * (a plan file is JSON read back from disk). Optional lists go out only when they hold something: the API's
 * handling of a field it does not know is undocumented, and `elastic_resource_pools` is younger than the API
 * (SDK 3.1.81), so an API that predates it never sees it unless the manifest names a pool.
 */
function createBody(r) {
    return {
        name: r.name,
        dest_vpc_id: r.dest_vpc_id,
        dest_network_id: r.dest_network_id,
        ...(r.routetable_id ? { routetable_id: r.routetable_id } : {}),
        ...(r.queues?.length ? { queues: [...r.queues] } : {}),
        ...(r.elastic_resource_pools?.length ? { elastic_resource_pools: [...r.elastic_resource_pools] } : {}),
        ...(r.hosts?.length ? { hosts: r.hosts.map((h) => ({ name: h.name, ip: h.ip })) } : {}),
        ...(r.tags?.length ? { tags: plainTags(r.tags) } : {}),
    };
}
function bindingBody(binding) {
    return {
        ...(binding.queues?.length ? { queues: binding.queues } : {}),
        ...(binding.elastic_resource_pools?.length ? { elastic_resource_pools: binding.elastic_resource_pools } : {}),
    };
}
function plainTags(tags) {
    return tags.map((t) => ({ key: t.key, value: t.value }));
}

;// CONCATENATED MODULE: ./src/dli/vpc.ts


function createVpcClient(opts) {
    const transport = transportFrom(opts);
    async function read(operation, path, permission) {
        const res = await transport.request({
            operation,
            method: 'GET',
            baseUrl: opts.endpoint,
            path,
            projectId: opts.projectId,
            permission,
        });
        return res.body;
    }
    const base = (kind, id) => ['v1', opts.projectId, kind, id];
    return {
        async showVpc(vpcId) {
            return parseAnswer('showVpc', vpcAnswer, await read('showVpc', base('vpcs', vpcId), 'vpc:vpcs:get')).vpc;
        },
        async showSubnet(subnetId) {
            return parseAnswer('showSubnet', subnetAnswer, await read('showSubnet', base('subnets', subnetId), 'vpc:subnets:get')).subnet;
        },
        async showRouteTable(routeTableId) {
            const body = await read('showRouteTable', base('routetables', routeTableId), 'vpc:routeTables:get');
            return parseAnswer('showRouteTable', routeTableAnswer, body).routetable;
        },
    };
}

;// CONCATENATED MODULE: ./src/dli/credentials.ts
// Credentials as the signer and the HTTP layer use them, behind a provider so that short-lived credentials
// (OIDC, temporary AK/SK) can be refreshed once when they expire in the middle of a long apply.
/** A provider for credentials that never change (AK/SK from secrets, a given IAM token). */
function staticCredentials(creds) {
    return { get: async () => creds, refresh: async () => null };
}

;// CONCATENATED MODULE: ./src/dli/auth.ts
// Authentication helpers: the project id lookup through IAM, and static credential providers from Settings.
//
// Masking: these functions never log a secret, but they do not mask either. The host (src/main.ts) masks every
// secret input with core.setSecret the moment it reads it, before anything can log; an OIDC provider masks the
// temporary credentials it receives. Region and project id are not secrets.





/**
 * The project id of `region`: `GET {iam}/v3/projects?name={region}`, signed, without X-Project-Id. Exactly one
 * match is required; never creates a project. Errors say to set the `project-id` input.
 */
async function resolveProjectId(opts) {
    const transport = opts.transport ??
        createHttpTransport({
            credentials: opts.credentials,
            logger: opts.logger,
            maxRetries: opts.maxRetries ?? 3,
            requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
            limiter: opts.limiter,
            sleep: opts.sleep,
            random: opts.random,
            now: opts.now,
        });
    let body;
    try {
        body = (await transport.request({
            operation: 'resolveProjectId',
            method: 'GET',
            baseUrl: opts.iamEndpoint,
            path: ['v3', 'projects'],
            query: { name: opts.region },
            permission: 'iam:projects:listProjects',
        })).body;
    }
    catch (err) {
        if (err instanceof errors/* ApiError */.hD && err.isAuthError) {
            throw new failure/* RunFailure */.a('auth-failed', `could not look up the project id of region ${opts.region}: ${err.message}` +
                `${err.hint ? ` (${err.hint})` : ''}; or set the \`project-id\` input`);
        }
        throw err;
    }
    const projects = parseAnswer('resolveProjectId', projectsAnswer, body).projects.filter((p) => p.name === opts.region);
    if (projects.length === 1) {
        opts.logger.debug(`project id of ${opts.region}: ${projects[0].id}`);
        return projects[0].id;
    }
    if (projects.length === 0) {
        throw new failure/* RunFailure */.a('auth-failed', `IAM lists no project named ${opts.region} for these credentials: check \`region\`, or set the \`project-id\` input`);
    }
    throw new failure/* RunFailure */.a('auth-failed', `IAM lists ${projects.length} projects named ${opts.region} (${projects.map((p) => p.id).join(', ')}): ` +
        'set the `project-id` input to the one to use');
}
/**
 * A static provider for AK/SK (with an optional security token: temporary credentials that cannot be refreshed)
 * or an IAM token. OIDC kinds need the exchange in src/dli/oidc*.ts; `none` has no credentials at all.
 */
function staticCredentialProvider(credentials) {
    switch (credentials.kind) {
        case 'aksk':
            return staticCredentials({
                kind: 'aksk',
                accessKeyId: credentials.accessKeyId,
                secretAccessKey: credentials.secretAccessKey,
                ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
            });
        case 'token':
            return staticCredentials({ kind: 'token', authToken: credentials.authToken });
        default:
            throw new Error(`credentials of kind ${credentials.kind} are not static (use the OIDC provider)`);
    }
}

;// CONCATENATED MODULE: ./src/dli/oidc-errors.ts


/** The issuer every GitHub Actions ID token carries; the identity provider on Huawei Cloud must name it. */
const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/** The exact block a job needs so the runner can mint ID tokens. */
const ID_TOKEN_PERMISSIONS_BLOCK = 'permissions:\n  id-token: write\n  contents: read';
/** Keyless auth failed in a way the user has to fix (or retry later); ends the run with failure-reason auth-failed. */
class AuthSetupError extends failure/* RunFailure */.a {
    /** The STS / IAM error code, when the refusal carried one. */
    code;
    /** HTTP status of the refusal; 0 when no answer came. */
    status;
    requestId;
    /**
     * True when retrying later may help (the service did not answer, or answered 5xx/429 until the retries ran out).
     * False for refusals and setup problems: the provider then remembers the error and fails fast on every later call.
     */
    transient;
    constructor(message, details = {}) {
        super('auth-failed', message);
        this.name = 'AuthSetupError';
        this.code = details.code;
        this.status = details.status;
        this.requestId = details.requestId;
        this.transient = details.transient ?? false;
        if (details.cause !== undefined)
            this.cause = details.cause;
    }
}
/** What to tell the user when the job has no `id-token: write` permission. */
function missingIdTokenPermissionMessage() {
    return [
        'Keyless (OIDC) authentication needs a GitHub ID token, but this job cannot request one: the runner did not set',
        'ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN. Add this to the job (or the workflow) that runs',
        'the action:',
        '',
        ID_TOKEN_PERMISSIONS_BLOCK,
        '',
        'Pull requests from forks never get an ID token; run them with mode: validate.',
    ].join('\n');
}
/** Reads the payload of a JWT without verifying it: only to explain refusals, never to decide anything. */
function idTokenClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        return {};
    try {
        const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const str = (v) => (typeof v === 'string' ? v : undefined);
        const aud = Array.isArray(json.aud) ? json.aud.filter((a) => typeof a === 'string').join(', ') : str(json.aud);
        return { iss: str(json.iss), sub: str(json.sub), aud };
    }
    catch {
        return {};
    }
}
const oidc_errors_RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** The runner's request variables are absent: core.getIDToken says "Unable to get ACTIONS_ID_TOKEN_REQUEST_… env variable". */
function isMissingPermission(err) {
    return /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(err instanceof Error ? err.message : String(err));
}
/**
 * Whether a failed ID token request is worth repeating. core.getIDToken reports HTTP failures only inside its
 * message ("Error Code : 503"); a status of its own (`statusCode`) wins when an implementation provides one.
 * No status at all means the request never got an answer: retry.
 */
function idTokenFailureRetryable(err) {
    if (isMissingPermission(err))
        return false;
    const own = err?.statusCode;
    const fromMessage = /Error Code\s*:\s*(\d{3})/.exec(err instanceof Error ? err.message : String(err))?.[1];
    const status = typeof own === 'number' ? own : fromMessage ? Number(fromMessage) : undefined;
    return status === undefined || oidc_errors_RETRYABLE_STATUS.has(status);
}
/** Turns an exchange failure into an AuthSetupError that names the code and what to check. */
function explainExchangeFailure(err, settings, claims, maxRetries) {
    const service = settings.kind === 'oidc-sts' ? 'STS' : 'IAM';
    if (err instanceof errors/* ApiError */.hD) {
        const details = { code: err.code, status: err.status, requestId: err.requestId, cause: err };
        if (err.retryable) {
            const input = settings.kind === 'oidc-sts' ? 'sts-endpoint' : 'iam-endpoint';
            const advice = err.status === 0
                ? `Check the ${input} input (or the region it is derived from) and the runner's network / HTTPS_PROXY / NO_PROXY.`
                : 'This looks transient; rerun the job.';
            return new AuthSetupError(`Keyless auth: ${service} did not complete the OIDC exchange after ${maxRetries + 1} attempt(s): ${err.message}. ${advice}`, { ...details, transient: true });
        }
        return new AuthSetupError(`Keyless auth: ${service} refused the GitHub OIDC token: ${err.message}.\n${adviceFor(err, settings, claims)}`, details);
    }
    if (err instanceof errors/* UnexpectedResponseError */.dk) {
        return new AuthSetupError(`Keyless auth: ${err.message}.`, { cause: err });
    }
    return new AuthSetupError(`Keyless auth failed: ${err?.message ?? String(err)}`, { cause: err });
}
function adviceFor(err, settings, claims) {
    const token = `This run's token has sub "${claims.sub ?? '?'}", aud "${claims.aud ?? '?'}", iss "${claims.iss ?? '?'}".`;
    if (settings.kind === 'oidc-sts') {
        return [
            'Check:',
            `- oidc-provider-urn "${settings.providerUrn}": an identity provider (iam::<account-id>:oidcProvider:<name>) for ` +
                `${GITHUB_OIDC_ISSUER} whose client IDs include the audience "${settings.audience}" (the oidc-audience input);`,
            `- oidc-agency-urn "${settings.agencyUrn}": an agency (iam::<account-id>:agency:<name>) in the same account whose ` +
                'trust policy lets that identity provider assume it;',
            "- the agency trust policy's conditions on `sub` and `aud` match this run (a `sub` condition names the " +
                'repository and, for jobs with an environment, the environment: repo:<owner>/<repo>:environment:<name>);',
            `- oidc-session-name "${settings.sessionName}" (2-128 characters) and oidc-duration-seconds ` +
                `${settings.durationSeconds} (900-43200, and not above the agency's maximum session duration).`,
            token,
        ].join('\n');
    }
    const step = err.operation === 'temporaryAkSkFromToken'
        ? 'IAM accepted the ID token but would not convert the federated token into temporary AK/SK; check that the ' +
            'identity provider maps users into a group that may use IAM and DLI in this region, and oidc-duration-seconds.'
        : '';
    return [
        ...(step ? [step] : []),
        'Check:',
        `- oidc-idp-id "${settings.idpId}": an IAM identity provider with protocol OIDC for ${GITHUB_OIDC_ISSUER}, ` +
            `whose client ID is the audience "${settings.audience}" (the oidc-audience input);`,
        "- its identity conversion rules accept this run's token (match on `sub`, e.g. repo:<owner>/<repo>:environment:<name>) " +
            'and map it to a user group with DLI permissions in the project of this region;',
        '- project-id / region: the token is scoped to that project.',
        token,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/dli/oidc-exchange.ts
// The two ways Huawei Cloud turns a GitHub OIDC ID token into short-lived credentials (docs/reference/dli-api.md,
// "Auth-related endpoints"). Each function does one exchange and returns temporary AK/SK; masking happens here,
// the moment a secret arrives, before anything can log it. The requests go unsigned through the shared transport
// (src/dli/http.ts: timeouts, retries with backoff on network errors / 408 / 429 / 5xx, proxy support, no body ever
// logged); error wording lives in oidc-errors.ts.


/**
 * Masks the secret fields of a credentials object as soon as it arrives, before validation: even an answer we go on
 * to reject must not leak a key into an error message. The expiry time is not secret and stays readable.
 */
function maskFields(value, keys, mask) {
    if (typeof value !== 'object' || value === null)
        return;
    for (const key of keys) {
        const v = value[key];
        if (typeof v === 'string' && v !== '')
            mask(v);
    }
}
function parseTime(s) {
    if (!s)
        return undefined;
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? undefined : d;
}
const stsAnswer = schemas/* object */.Ikc({
    credentials: schemas/* object */.Ikc({
        access_key_id: schemas/* string */.YjP().min(1),
        secret_access_key: schemas/* string */.YjP().min(1),
        security_token: schemas/* string */.YjP().min(1),
        expiration: schemas/* string */.YjP().optional(),
    }),
});
/** New IAM: `POST {sts}/v5/agencies/assume-with-oidc`, unsigned (the ID token is the proof). */
async function assumeAgencyWithOidc(req, ctx) {
    const operation = 'assumeAgencyWithOidc';
    const res = await ctx.transport.request({
        operation,
        method: 'POST',
        baseUrl: req.stsEndpoint,
        path: ['v5', 'agencies', 'assume-with-oidc'],
        unauthenticated: true,
        body: {
            provider_urn: req.providerUrn,
            agency_urn: req.agencyUrn,
            agency_session_name: req.sessionName,
            id_token: req.idToken,
            duration_seconds: req.durationSeconds,
        },
    });
    maskFields(res.body?.credentials, ['access_key_id', 'secret_access_key', 'security_token'], ctx.mask);
    const parsed = stsAnswer.safeParse(res.body);
    if (!parsed.success)
        throw new errors/* UnexpectedResponseError */.dk(operation, 'no credentials in the STS answer');
    const c = parsed.data.credentials;
    return {
        accessKeyId: c.access_key_id,
        secretAccessKey: c.secret_access_key,
        securityToken: c.security_token,
        expiresAt: parseTime(c.expiration),
    };
}
const securityTokenAnswer = schemas/* object */.Ikc({
    credential: schemas/* object */.Ikc({
        access: schemas/* string */.YjP().min(1),
        secret: schemas/* string */.YjP().min(1),
        securitytoken: schemas/* string */.YjP().min(1),
        expires_at: schemas/* string */.YjP().optional(),
    }),
});
/**
 * Legacy IAM federation: the ID token buys a project-scoped IAM token (`X-Subject-Token`), which is then converted
 * into temporary AK/SK. We always convert: AK/SK signing is accepted by every endpoint this action calls (DLI, IAM,
 * VPC), and it gives the rest of the code one kind of temporary credential to handle and refresh.
 */
async function legacyIdTokenToTemporaryAkSk(req, ctx) {
    const scope = req.projectId ? { project: { id: req.projectId } } : { project: { name: req.region } };
    const tokenRes = await ctx.transport.request({
        operation: 'federatedTokenFromIdToken',
        method: 'POST',
        baseUrl: req.iamEndpoint,
        path: ['v3.0', 'OS-AUTH', 'id-token', 'tokens'],
        unauthenticated: true,
        headers: { 'X-Idp-Id': req.idpId },
        body: { auth: { id_token: { id: req.idToken }, scope } },
    });
    const header = tokenRes.headers['x-subject-token'];
    const authToken = Array.isArray(header) ? header[0] : header;
    if (!authToken) {
        throw new errors/* UnexpectedResponseError */.dk('federatedTokenFromIdToken', 'no X-Subject-Token header in the IAM answer');
    }
    ctx.mask(authToken);
    const operation = 'temporaryAkSkFromToken';
    // Authenticated by the federated token in X-Auth-Token (passed as a plain header: nothing to sign).
    const credRes = await ctx.transport.request({
        operation,
        method: 'POST',
        baseUrl: req.iamEndpoint,
        path: ['v3.0', 'OS-CREDENTIAL', 'securitytokens'],
        unauthenticated: true,
        headers: { 'X-Auth-Token': authToken },
        body: { auth: { identity: { methods: ['token'], token: { duration_seconds: req.durationSeconds } } } },
    });
    maskFields(credRes.body?.credential, ['access', 'secret', 'securitytoken'], ctx.mask);
    const parsed = securityTokenAnswer.safeParse(credRes.body);
    if (!parsed.success)
        throw new errors/* UnexpectedResponseError */.dk(operation, 'no credential in the IAM answer');
    const c = parsed.data.credential;
    return {
        accessKeyId: c.access,
        secretAccessKey: c.secret,
        securityToken: c.securitytoken,
        expiresAt: parseTime(c.expires_at),
    };
}

;// CONCATENATED MODULE: ./src/dli/oidc.ts





/** True when the runner lets this job request an ID token (both request variables are present). */
function idTokenRequestAvailable(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
function isOidcCredentials(c) {
    return c.kind === 'oidc-sts' || c.kind === 'oidc-idp';
}
/** Same backoff shape as the API transport: full jitter, 1 s doubling up to 30 s. */
async function withRetries(what, policy, logger, isRetryable, attempt) {
    for (let n = 0;; n++) {
        try {
            return await attempt();
        }
        catch (err) {
            if (n >= policy.maxRetries || !isRetryable(err))
                throw err;
            const delay = fullJitterDelay(n, policy.random, 1000, 30_000);
            logger.debug(`${what} failed (${err?.message ?? String(err)}); retry ${n + 1}/${policy.maxRetries} in ${delay} ms`);
            await policy.sleep(delay);
        }
    }
}
function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
        timer.unref?.();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
/** Renew this long before the stated expiry (at most a fifth of the lifetime, for short-lived test credentials). */
const RENEW_AHEAD_MS = 5 * 60_000;
/** After a failed early renewal, keep using the still-valid credentials this long before trying again. */
const RENEW_RETRY_MS = 30_000;
const unlimited = { acquire: async () => { }, onSuccess: () => { }, onThrottle: () => { }, rate: Infinity };
function createOidcCredentialProvider(opts) {
    const { credentials: settings, logger, mask } = opts;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? realSleep;
    const random = opts.random ?? Math.random;
    const retry = { maxRetries: opts.maxRetries, sleep, random };
    // Its own transport, without credentials: the exchanges are unsigned, and a 401 from them must never trigger a
    // refresh of the very provider that is doing the exchange. No rate limiter: a handful of calls per run to STS/IAM
    // (their own throttling budget, not DLI's), and the transport still honours Retry-After and backs off on 429.
    const transport = createHttpTransport({
        limiter: unlimited,
        logger,
        maxRetries: opts.maxRetries,
        requestTimeoutMs: opts.requestTimeoutMs,
        sleep,
        random,
        now,
    });
    const ctx = { mask, transport };
    let current;
    let inflight;
    /** A refusal or setup error: every later call fails with it at once instead of asking again (and again). */
    let fatal;
    async function fetchIdToken() {
        let token;
        try {
            token = await withRetries('GitHub ID token request', retry, logger, idTokenFailureRetryable, () => withTimeout(opts.getIdToken(settings.audience), opts.requestTimeoutMs, 'GitHub ID token request'));
        }
        catch (err) {
            if (isMissingPermission(err))
                throw new AuthSetupError(missingIdTokenPermissionMessage(), { cause: err });
            throw new AuthSetupError(`Could not get a GitHub OIDC ID token (audience "${settings.audience}"): ${err.message ?? String(err)}`, { cause: err, transient: idTokenFailureRetryable(err) });
        }
        // Masked before anything else happens: the token is a bearer credential for the exchange.
        if (token)
            mask(token);
        if (!token || token.split('.').length !== 3) {
            throw new AuthSetupError('The GitHub ID token request answered without a token (expected a JWT).');
        }
        return token;
    }
    async function exchange() {
        const idToken = await fetchIdToken();
        let tmp;
        try {
            if (settings.kind === 'oidc-sts') {
                logger.info(`Keyless auth: assuming agency ${settings.agencyUrn} with the GitHub OIDC token (STS).`);
                tmp = await assumeAgencyWithOidc({
                    stsEndpoint: opts.stsEndpoint,
                    providerUrn: settings.providerUrn,
                    agencyUrn: settings.agencyUrn,
                    sessionName: settings.sessionName,
                    durationSeconds: settings.durationSeconds,
                    idToken,
                }, ctx);
            }
            else {
                logger.info(`Keyless auth: exchanging the GitHub OIDC token with IAM identity provider ${settings.idpId}.`);
                tmp = await legacyIdTokenToTemporaryAkSk({
                    iamEndpoint: opts.iamEndpoint,
                    idpId: settings.idpId,
                    idToken,
                    region: opts.region,
                    ...(opts.projectId ? { projectId: opts.projectId } : {}),
                    durationSeconds: settings.durationSeconds,
                }, ctx);
            }
        }
        catch (err) {
            throw explainExchangeFailure(err, settings, idTokenClaims(idToken), opts.maxRetries);
        }
        return hold(tmp);
    }
    function hold(tmp) {
        const t = now();
        const requested = settings.durationSeconds * 1000;
        // Trust the server's expiry unless the clocks clearly disagree (in the past, or beyond what we asked for).
        const stated = tmp.expiresAt ? tmp.expiresAt.getTime() - t : NaN;
        const lifetime = stated > 0 && stated <= requested + 60_000 ? stated : requested;
        const expiresAt = tmp.expiresAt ?? new Date(t + lifetime);
        logger.info(`Keyless auth: temporary credentials valid until ${expiresAt.toISOString()}.`);
        return {
            creds: {
                kind: 'aksk',
                accessKeyId: tmp.accessKeyId,
                secretAccessKey: tmp.secretAccessKey,
                securityToken: tmp.securityToken,
                expiresAt,
            },
            renewAt: t + lifetime - Math.min(RENEW_AHEAD_MS, lifetime / 5),
            hardExpiry: t + lifetime,
        };
    }
    /** At most one exchange at a time: every caller that needs new credentials meanwhile waits for the same one. */
    function exchangeShared() {
        inflight ??= exchange()
            .then((held) => {
            current = held;
            return held;
        }, (err) => {
            if (err instanceof AuthSetupError && !err.transient)
                fatal = err;
            throw err;
        })
            .finally(() => {
            inflight = undefined;
        });
        return inflight;
    }
    return {
        async get() {
            if (inflight)
                return (await inflight).creds;
            if (current && now() < current.renewAt)
                return current.creds;
            if (fatal) {
                // An early renewal was refused, but what we hold still works until it expires.
                if (current && now() < current.hardExpiry)
                    return current.creds;
                throw fatal;
            }
            if (!current)
                return (await exchangeShared()).creds;
            const old = current;
            try {
                return (await exchangeShared()).creds;
            }
            catch (err) {
                // Early renewal failed but the old credentials still work: keep going, try again a little later.
                if (now() < old.hardExpiry) {
                    logger.warning(`Keyless auth: early renewal failed (${err.message}); using the current credentials.`);
                    old.renewAt = now() + RENEW_RETRY_MS;
                    return old.creds;
                }
                throw err;
            }
        },
        /**
         * The API refused the credentials as expired. Pass the credentials the failed request used (`stale`): when they
         * were already replaced by a concurrent refresh, the replacement is returned without another exchange.
         */
        async refresh(stale) {
            if (fatal)
                throw fatal;
            if (inflight)
                return (await inflight).creds;
            if (stale && current && stale !== current.creds)
                return current.creds;
            logger.info('Keyless auth: the API refused the temporary credentials as expired; exchanging a new ID token.');
            return (await exchangeShared()).creds;
        },
    };
}

;// CONCATENATED MODULE: ./src/cloud.ts






async function connectCloud(settings, deps) {
    const { logger } = deps;
    const credentials = await guard(() => Promise.resolve(credentialProvider(settings, deps)));
    const requestTimeoutMs = settings.requestTimeoutSeconds * 1000;
    const projectId = settings.projectId ||
        (await guard(() => resolveProjectId({
            iamEndpoint: settings.endpoints.iam,
            region: settings.region,
            credentials,
            logger,
            maxRetries: settings.maxRetries,
            requestTimeoutMs,
        })));
    logger.info(`Region ${settings.region}, project ${projectId}.`);
    const common = { projectId, credentials, logger, maxRetries: settings.maxRetries, requestTimeoutMs };
    return {
        projectId,
        dli: createDliClient({ endpoint: settings.endpoints.dli, ...common }),
        vpc: createVpcClient({ endpoint: settings.endpoints.vpc, ...common }),
        guard,
    };
}
function credentialProvider(settings, deps) {
    const c = settings.credentials;
    switch (c.kind) {
        case 'aksk':
        case 'token':
            return staticCredentialProvider(c);
        case 'oidc-sts':
        case 'oidc-idp': {
            const getIdToken = deps.getIdToken;
            if (!getIdToken)
                throw new failure/* RunFailure */.a('auth-failed', 'Keyless (OIDC) auth only works inside a GitHub Actions job.');
            return createOidcCredentialProvider({
                credentials: c,
                getIdToken,
                stsEndpoint: settings.endpoints.sts,
                iamEndpoint: settings.endpoints.iam,
                region: settings.region,
                ...(settings.projectId ? { projectId: settings.projectId } : {}),
                mask: deps.mask,
                logger: deps.logger,
                maxRetries: settings.maxRetries,
                requestTimeoutMs: settings.requestTimeoutSeconds * 1000,
            });
        }
        case 'none':
            throw new failure/* RunFailure */.a('auth-failed', 'No credentials.');
    }
}
/** Maps an API failure to the run's failure reason, with the operation, code, request id and what to do. */
async function guard(fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw toRunFailure(error);
    }
}
function toRunFailure(error) {
    if (error instanceof failure/* RunFailure */.a)
        return error;
    if (error instanceof errors/* ApiError */.hD) {
        const parts = [error.message];
        if (error.requestId && !error.message.includes(error.requestId))
            parts.push(`request id ${error.requestId}`);
        if (error.hint && !error.message.includes(error.hint))
            parts.push(error.hint);
        return new failure/* RunFailure */.a(error.isAuthError ? 'auth-failed' : 'api-error', parts.join('; '));
    }
    if (error instanceof errors/* UnknownOutcomeError */.rk || error instanceof errors/* UnexpectedResponseError */.dk) {
        return new failure/* RunFailure */.a('api-error', error.message);
    }
    if (error instanceof Error && error.reason === 'auth-failed') {
        return new failure/* RunFailure */.a('auth-failed', error.message);
    }
    return error;
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