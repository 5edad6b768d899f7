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
import { HttpClient, type HttpClientResponse } from '@actions/http-client';
import type { RequestHandler, RequestOptions } from '@actions/http-client/lib/interfaces';
import type { IncomingHttpHeaders, IncomingMessage, RequestOptions as NodeRequestOptions } from 'node:http';
import type { Logger } from '../logger.js';
import type { CredentialProvider, ResolvedCredentials } from './credentials.js';
import { ApiError, UnknownOutcomeError } from './errors.js';
import { createAimdLimiter, realSleep, type RateLimiter } from './limiter.js';
import { encodeRfc3986, sign } from './signer.js';
import { apiText } from '../untrusted-text.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface ApiRequest {
  /** Client operation name for errors and logs, e.g. 'createConnection'. */
  operation: string;
  method: HttpMethod;
  /** Base URL (scheme + authority, optional path prefix), e.g. https://dli.cn-north-4.myhuaweicloud.com */
  baseUrl: string;
  /** Path segments, each encoded here once (`['v2.0', projectId, 'datasource', …]`). */
  path: readonly string[];
  /** Query parameters, undefined ones dropped, encoded RFC 3986 style (`%20`, never `+`). */
  query?: Record<string, QueryValue>;
  /** JSON body (never sent on GET). */
  body?: unknown;
  /** Sent and signed as X-Project-Id when given (not on IAM project lookups). */
  projectId?: string;
  /**
   * False for calls that create something (Create): once the request may have been sent, a lost answer is an
   * UnknownOutcomeError, never a retry. Default true.
   */
  idempotent?: boolean;
  /** IAM action the call needs, for the APIGW.0302 hint, e.g. 'dli:edsconnection:create'. */
  permission?: string;
  /** Send unsigned and without credentials (OIDC assume-with-oidc). */
  unauthenticated?: boolean;
  /** Extra headers (unsigned when `unauthenticated`, otherwise signed). Never logged. */
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
  headers: IncomingHttpHeaders;
  requestId?: string;
}

export interface HttpTransportOptions {
  credentials?: CredentialProvider;
  logger: Logger;
  /** Retries after the first attempt (0: no retry). */
  maxRetries: number;
  /** Whole-request deadline: connect, send, headers and body. */
  requestTimeoutMs: number;
  /** Defaults to one AIMD limiter shared by every transport of the process (all calls of a run slow down together). */
  limiter?: RateLimiter;
  /** Backoff waits (injected in tests). */
  sleep?: (ms: number) => Promise<void>;
  /** [0, 1) for full jitter (injected in tests). */
  random?: () => number;
  /** Wall clock in ms, for X-Sdk-Date and Retry-After dates. */
  now?: () => number;
  /** First backoff ceiling, ms. Default 1000. */
  backoffBaseMs?: number;
  /** Largest backoff ceiling, ms. Default 30000. */
  backoffMaxMs?: number;
  /** Largest Retry-After we obey, ms. Default 120000. */
  retryAfterMaxMs?: number;
}

export interface HttpTransport {
  request(req: ApiRequest): Promise<ApiResponse>;
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const GATEWAY_INTERNAL_CODE = /^APIGW?\.06\d\d$/;
// Errors raised before a single byte reached the server: retrying these can never duplicate a Create.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

/** The whole-request deadline passed (connect, send, wait, or body). */
export class RequestTimeoutError extends Error {
  constructor(ms: number) {
    super(`no complete answer within ${ms} ms`);
    this.name = 'RequestTimeoutError';
  }
}

export function isRetryableAnswer(status: number, code?: string): boolean {
  return RETRYABLE_STATUS.has(status) || (code !== undefined && GATEWAY_INTERNAL_CODE.test(code));
}

/** `Retry-After` as seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Full jitter (AWS architecture blog): uniform in [0, min(max, base · 2^attempt)). */
export function fullJitterDelay(attempt: number, random: () => number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

export function buildUrl(baseUrl: string, path: readonly string[], query?: Record<string, QueryValue>): URL {
  for (const segment of path) {
    // '.' and '..' would be collapsed by URL parsing and send the request somewhere else than asked.
    if (segment === '' || segment === '.' || segment === '..') throw new Error(`invalid URL path segment "${segment}"`);
  }
  const base = baseUrl.replace(/\/+$/, '');
  const pathPart = path.map(encodeRfc3986).join('/');
  const pairs = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(String(v))}`);
  return new URL(`${base}/${pathPart}${pairs.length ? `?${pairs.join('&')}` : ''}`);
}

interface ErrorFields {
  code?: string;
  message?: string;
  requestId?: string;
}

/** DLI/APIG `{error_code, error_msg, request_id}`, VPC `{code, message}`, IAM `{error: {code, message}}`. */
export function readErrorFields(body: unknown): ErrorFields {
  if (typeof body !== 'object' || body === null) return {};
  const b = body as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const nested = typeof b['error'] === 'object' && b['error'] !== null ? (b['error'] as Record<string, unknown>) : {};
  return {
    code: str(b['error_code']) ?? str(b['code']) ?? str(nested['error_code']) ?? str(nested['code']),
    message:
      str(b['error_msg']) ?? str(b['message']) ?? str(b['msg']) ?? str(nested['error_msg']) ?? str(nested['message']),
    requestId: str(b['request_id']) ?? str(b['requestId']),
  };
}

function hintFor(status: number, code: string | undefined, permission: string | undefined, notFound: boolean): string | undefined {
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
  if (notFound) return 'not found: the object does not exist (it may have been deleted outside this action)';
  if (status === 403) return `permission refused: grant the IAM permission ${permission ?? 'required'} for this operation`;
  if (status === 401) return "check the credentials and the runner's clock";
  return undefined;
}

function requestIdOf(headers: IncomingHttpHeaders): string | undefined {
  const v = headers['x-request-id'];
  return Array.isArray(v) ? v[0] : v;
}

/** Builds the typed error for an answer; also used by callers that get a 2xx with `is_success: false`. */
export function apiErrorFrom(
  req: Pick<ApiRequest, 'operation' | 'method' | 'permission'> & { path: string },
  status: number,
  body: unknown,
  headers: IncomingHttpHeaders,
  rawText?: string,
): ApiError {
  // API text is untrusted: one line, cut to a sane length (src/untrusted-text.ts), before it reaches any message.
  const raw = readErrorFields(body);
  const fields = {
    code: raw.code === undefined ? undefined : apiText(raw.code, 100),
    message: raw.message === undefined ? undefined : apiText(raw.message),
    requestId: raw.requestId === undefined ? undefined : apiText(raw.requestId, 100),
  };
  const requestId = requestIdOf(headers) ?? fields.requestId;
  const apiMessage = fields.message ?? (rawText ? apiText(rawText, 300) : undefined);
  const retryable = isRetryableAnswer(status, fields.code);
  const probe = new ApiError('', { operation: req.operation, status, code: fields.code, apiMessage, retryable });
  const hint = hintFor(status, fields.code, req.permission, probe.notFound);
  const what = [fields.code, apiMessage].filter(Boolean).join(': ');
  const message =
    `${req.operation} failed: HTTP ${status}${what ? ` ${what}` : ''}` + (requestId ? ` (request id ${requestId})` : '');
  return new ApiError(message, {
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
function abortHandler(signal: AbortSignal): RequestHandler {
  return {
    prepareRequest: (options) => {
      (options as NodeRequestOptions).signal = signal;
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not supported')),
  };
}

/** Reads the whole body; rejects if the stream errors or closes early (aborted by the deadline). */
function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    message.on('error', reject);
    message.on('close', () => {
      if (!message.complete) reject(new Error('connection closed before the answer was complete'));
    });
  });
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** One HTTP exchange with a hard deadline over the whole of it. */
async function exchange(
  method: HttpMethod,
  url: URL,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
): Promise<RawAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestTimeoutError(timeoutMs)), timeoutMs);
  const options: RequestOptions = {
    allowRetries: false, // our loop retries, with jitter and the limiter
    allowRedirects: false, // a redirect would carry our signature elsewhere
    keepAlive: false,
    // http-client's idle timeout, a little after ours so that ours decides; it only ends the socket, the abort
    // signal destroys it. ignoreSslError is never set: TLS verification stays on.
    socketTimeout: timeoutMs + 1000,
  };
  const client = new HttpClient('dli-connections', [abortHandler(controller.signal)], options);
  try {
    let res: HttpClientResponse;
    try {
      res = await client.request(method, url.href, body ?? null, headers);
    } catch (err) {
      throw controller.signal.aborted ? controller.signal.reason : err;
    }
    try {
      const text = await readBody(res.message);
      return { status: res.message.statusCode ?? 0, headers: res.message.headers, text };
    } catch (err) {
      res.message.destroy();
      throw controller.signal.aborted ? controller.signal.reason : err;
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Was the request possibly seen by the server? Only a failure to connect proves it was not. */
function mayHaveBeenSent(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return false;
  // The tunnel agent (proxy CONNECT) failing means nothing reached the target.
  if (err instanceof Error && /tunneling socket could not be established/i.test(err.message)) return false;
  return true;
}

function describeNetworkError(err: unknown): string {
  if (err instanceof RequestTimeoutError) return err.message;
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? `${e.code}: ` : '';
  return `${code}${typeof e?.message === 'string' ? e.message : String(err)}`;
}

function authHeaders(
  creds: ResolvedCredentials,
  method: HttpMethod,
  url: URL,
  headers: Record<string, string>,
  body: string | undefined,
  nowMs: number,
): Record<string, string> {
  if (creds.kind === 'token') return { ...headers, Host: url.host, 'X-Auth-Token': creds.authToken };
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

let processLimiter: RateLimiter | undefined;
/** The limiter every transport uses unless given another: one run, one view of the gateway's patience. */
export function sharedLimiter(): RateLimiter {
  processLimiter ??= createAimdLimiter();
  return processLimiter;
}

export function createHttpTransport(opts: HttpTransportOptions): HttpTransport {
  const sleep = opts.sleep ?? realSleep;
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const limiter = opts.limiter ?? sharedLimiter();
  const baseMs = opts.backoffBaseMs ?? 1000;
  const maxMs = opts.backoffMaxMs ?? 30_000;
  const retryAfterMaxMs = opts.retryAfterMaxMs ?? 120_000;
  const log = opts.logger;

  async function request(req: ApiRequest): Promise<ApiResponse> {
    const url = buildUrl(req.baseUrl, req.path, req.query);
    const logPath = `${url.pathname}${url.search}`;
    const idempotent = req.idempotent ?? true;
    const body = req.method === 'GET' || req.body === undefined ? undefined : JSON.stringify(req.body);
    const baseHeaders: Record<string, string> = { 'Content-Type': 'application/json', ...(req.headers ?? {}) };
    if (req.projectId) baseHeaders['X-Project-Id'] = req.projectId;

    let refreshed = false;
    let forceCreds: ResolvedCredentials | undefined;
    let usedCreds: ResolvedCredentials | undefined;
    for (let attempt = 0; ; attempt++) {
      await limiter.acquire();
      let headers: Record<string, string>;
      if (req.unauthenticated) {
        headers = { ...baseHeaders, Host: url.host };
      } else {
        if (!opts.credentials) throw new Error(`${req.operation}: no credentials configured`);
        const creds = forceCreds ?? (await opts.credentials.get());
        usedCreds = creds;
        headers = authHeaders(creds, req.method, url, baseHeaders, body, now());
      }
      const canRetry = attempt < opts.maxRetries;

      let answer: RawAnswer;
      try {
        answer = await exchange(req.method, url, headers, body, opts.requestTimeoutMs);
      } catch (err) {
        const detail = describeNetworkError(err);
        log.debug(`${req.method} ${logPath} -> no answer (${detail}) [attempt ${attempt + 1}]`);
        if (!idempotent && mayHaveBeenSent(err)) throw new UnknownOutcomeError(req.operation, err);
        if (canRetry) {
          await sleep(fullJitterDelay(attempt, random, baseMs, maxMs));
          continue;
        }
        throw new ApiError(`${req.operation} failed: no answer from ${url.host} (${detail})`, {
          operation: req.operation,
          status: 0,
          retryable: true,
          hint: 'check the endpoint, the network and any HTTPS_PROXY/NO_PROXY settings',
          cause: err,
        });
      }

      let parsed: unknown = undefined;
      let parseFailed = false;
      if (answer.text.trim() !== '') {
        try {
          parsed = JSON.parse(answer.text);
        } catch {
          parseFailed = true;
        }
      }
      const requestId = requestIdOf(answer.headers) ?? readErrorFields(parsed).requestId;
      const code = readErrorFields(parsed).code;
      log.debug(
        `${req.method} ${logPath} -> ${answer.status}${code && answer.status >= 300 ? ` ${code}` : ''}` +
          `${requestId ? ` (request id ${requestId})` : ''} [attempt ${attempt + 1}]`,
      );

      const ok = answer.status >= 200 && answer.status < 300;
      const refused =
        ok && typeof parsed === 'object' && parsed !== null && (parsed as Record<string, unknown>)['is_success'] === false;
      if (ok && !refused) {
        limiter.onSuccess();
        if (parseFailed) {
          throw new ApiError(`${req.operation}: HTTP ${answer.status} with a body that is not JSON`, {
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
      if (answer.status === 429 || error.code === 'APIGW.0308') limiter.onThrottle(retryAfterMs);
      else limiter.onSuccess();

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
