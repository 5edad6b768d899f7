// The emulator's own verifier for SDK-HMAC-SHA256 (docs/reference/signing.md). It deliberately does not import the
// product's signer (src/dli/signer.ts): two independent implementations that agree with the official vectors catch
// mistakes one implementation would repeat on both sides of the wire.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface RawRequest {
  method: string;
  /** Path with query (`/v2.0/...?a=b`) as received, or an absolute URL (its authority then stands in for `Host`). */
  url: string;
  /** Header names in any case; a value may be an array (node's IncomingHttpHeaders). */
  headers: Record<string, string | string[] | undefined>;
  /** Exact body bytes; null/undefined/empty for no body. */
  body?: Buffer | string | null;
}

/** What a secret lookup knows about an access key. */
export interface SecretInfo {
  secretAccessKey: string;
  /** Set for temporary credentials: the request must carry (and sign) exactly this X-Security-Token. */
  securityToken?: string;
  /** Temporary credentials that passed their expiry (or were expired on purpose) are refused. */
  expired?: boolean;
}

export type SecretLookup = (accessKeyId: string) => SecretInfo | string | undefined;

export type VerifyResult =
  | { ok: true; accessKeyId: string; signedHeaders: string[]; securityToken?: string }
  | { ok: false; status: number; code: string; message: string };

export const DEFAULT_CLOCK_SKEW_MS = 15 * 60 * 1000;
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX (uppercase). */
export function rfc3986Encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Percent-decoding that never throws: a malformed escape is kept literally. `+` stays `+` (never a space). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function splitUrl(url: string): { path: string; query: string; authority?: string } {
  let rest = url;
  let authority: string | undefined;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/.exec(rest);
  if (scheme) {
    authority = scheme[1];
    rest = rest.slice(scheme[0].length) || '/';
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  return q >= 0 ? { path: rest.slice(0, q), query: rest.slice(q + 1), authority } : { path: rest, query: '', authority };
}

/** Canonical URI: each segment decoded once then encoded once, and always a trailing slash. */
export function canonicalUri(path: string): string {
  const encoded = path
    .split('/')
    .map((seg) => rfc3986Encode(safeDecode(seg)))
    .join('/');
  return encoded.endsWith('/') ? encoded : encoded + '/';
}

/** Canonical query: pairs sorted by name then value (code point order), both encoded, `=` always kept. */
export function canonicalQuery(rawQuery: string): string {
  if (!rawQuery) return '';
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = safeDecode(eq >= 0 ? part.slice(0, eq) : part);
    const value = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
    pairs.push([rfc3986Encode(name), rfc3986Encode(value)]);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  return pairs.map(([n, v]) => `${n}=${v}`).join('&');
}

function headerValue(headers: RawRequest['headers'], lowerName: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() !== lowerName || v === undefined) continue;
    return Array.isArray(v) ? v.join(',') : v;
  }
  return undefined;
}

/** Parses `YYYYMMDDTHHMMSSZ`; NaN when malformed. */
export function parseSdkDate(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

export function formatSdkDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The canonical request exactly as step 7 of docs/reference/signing.md builds it, for the given signed header list. */
export function buildCanonicalRequest(req: RawRequest, signedHeaders: string[]): string | { missing: string } {
  const { path, query, authority } = splitUrl(req.url);
  const lines: string[] = [];
  for (const name of signedHeaders) {
    let value = headerValue(req.headers, name);
    if (value === undefined && name === 'host' && authority !== undefined) value = stripDefaultPort(authority);
    if (value === undefined) return { missing: name };
    lines.push(`${name}:${value.trim()}\n`);
  }
  const body = req.body ?? '';
  const payloadHash = createHash('sha256').update(body).digest('hex');
  return [
    req.method.toUpperCase(),
    canonicalUri(path),
    canonicalQuery(query),
    lines.join(''),
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
}

function stripDefaultPort(authority: string): string {
  return authority.replace(/:(443|80)$/, '');
}

const AUTH_RE = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)\s*$/;

function refuse(code: string, message: string, status = 401): VerifyResult {
  return { ok: false, status, code, message };
}

/**
 * Checks a request's AK/SK signature the way the API gateway does. `now` defaults to Date.now(); pass the
 * vector's own date to verify recorded requests. Codes: 401 APIGW.0301 for anything wrong with the signature or the
 * key, 401 APIGW.0303 for a missing/malformed/stale X-Sdk-Date (the gateway's "app authentication" code).
 */
export function verifySignature(
  req: RawRequest,
  secretLookup: SecretLookup,
  now: number = Date.now(),
  clockSkewToleranceMs: number = DEFAULT_CLOCK_SKEW_MS,
): VerifyResult {
  const auth = headerValue(req.headers, 'authorization');
  if (!auth) return refuse('APIGW.0301', 'Incorrect IAM authentication information: Authorization header missing');
  const m = AUTH_RE.exec(auth.trim());
  if (!m) return refuse('APIGW.0301', 'Incorrect IAM authentication information: malformed Authorization header');
  const accessKeyId = m[1]!;
  const signedHeaders = m[2]!.split(';');
  const signature = m[3]!.toLowerCase();

  const sorted = [...signedHeaders].sort();
  if (signedHeaders.some((h, i) => h !== h.toLowerCase() || h !== sorted[i] || h === '')) {
    return refuse('APIGW.0301', 'Incorrect IAM authentication information: SignedHeaders must be lowercase and sorted');
  }
  for (const required of ['host', 'x-sdk-date']) {
    if (!signedHeaders.includes(required)) {
      return refuse('APIGW.0301', `Incorrect IAM authentication information: header ${required} must be signed`);
    }
  }

  const sdkDate = headerValue(req.headers, 'x-sdk-date');
  if (!sdkDate) return refuse('APIGW.0303', 'Incorrect app authentication information: X-Sdk-Date missing');
  const dateMs = parseSdkDate(sdkDate.trim());
  if (Number.isNaN(dateMs)) return refuse('APIGW.0303', 'Incorrect app authentication information: malformed X-Sdk-Date');
  if (Math.abs(now - dateMs) > clockSkewToleranceMs) {
    return refuse('APIGW.0303', 'Incorrect app authentication information: X-Sdk-Date is too far from the server time');
  }

  const found = secretLookup(accessKeyId);
  const info: SecretInfo | undefined = typeof found === 'string' ? { secretAccessKey: found } : found;
  if (!info) return refuse('APIGW.0301', 'Incorrect IAM authentication information: unknown access key');
  if (info.expired) return refuse('APIGW.0301', 'Incorrect IAM authentication information: the credential has expired');

  const token = headerValue(req.headers, 'x-security-token');
  if (info.securityToken !== undefined) {
    if (token === undefined || token.trim() !== info.securityToken) {
      return refuse('APIGW.0301', 'Incorrect IAM authentication information: X-Security-Token missing or wrong');
    }
    if (!signedHeaders.includes('x-security-token')) {
      return refuse('APIGW.0301', 'Incorrect IAM authentication information: X-Security-Token must be signed');
    }
  } else if (token !== undefined) {
    return refuse('APIGW.0301', 'Incorrect IAM authentication information: X-Security-Token sent with a permanent key');
  }

  const canonical = buildCanonicalRequest(req, signedHeaders);
  if (typeof canonical !== 'string') {
    return refuse('APIGW.0301', `Incorrect IAM authentication information: signed header ${canonical.missing} not sent`);
  }
  const stringToSign = `SDK-HMAC-SHA256\n${sdkDate.trim()}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const expected = createHmac('sha256', Buffer.from(info.secretAccessKey, 'utf8')).update(stringToSign).digest('hex');
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(signature, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return refuse('APIGW.0301', 'Incorrect IAM authentication information: verify aksk signature fail');
  }
  return { ok: true, accessKeyId, signedHeaders, ...(token !== undefined ? { securityToken: token.trim() } : {}) };
}
