// SDK-HMAC-SHA256 request signing, exactly as docs/reference/signing.md (Huawei Cloud's API gateway) describes
// it. Pure functions over node:crypto so the emulator, the property tests and the HTTP layer can all check the same
// bytes. We do not use the official SDK signer: it double-encodes `%` in paths and hashes `{}` as a GET body.
import { createHash, createHmac } from 'node:crypto';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
/** SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** RFC 3986 unreserved characters stay, every other UTF-8 byte becomes `%XX` (uppercase hex). */
export function encodeRfc3986(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const isUnreserved =
      (byte >= 0x41 && byte <= 0x5a) || // A-Z
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
function decodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `X-Sdk-Date` format: `YYYYMMDDTHHMMSSZ`, UTC. */
export function formatSdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Canonical URI: each path segment of the URL *as sent* decoded once and re-encoded once, joined by `/`, plus a
 * trailing `/` (for signing only: the request itself goes without it).
 */
export function canonicalUri(pathname: string): string {
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
export function canonicalQueryString(search: string): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw === '') return '';
  const pairs: [string, string][] = [];
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decodeComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decodeComponent(part.slice(eq + 1));
    pairs.push([encodeRfc3986(name), encodeRfc3986(value)]);
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

/** Lowercase names, sorted, values trimmed. Returns the header block (ending in `\n`) and the signed-header list. */
export function canonicalHeaders(headers: Record<string, string>): { block: string; signedHeaders: string } {
  const entries = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), String(value).trim()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    block: entries.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders: entries.map(([name]) => name).join(';'),
  };
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface CanonicalRequestInput {
  method: string;
  url: string | URL;
  /** Exactly the headers to sign (Host and X-Sdk-Date included). */
  headers: Record<string, string>;
  /** The exact body bytes sent; null/undefined/'' for no body. */
  body?: string | Uint8Array | null;
}

/** Step 7 of docs/reference/signing.md: `METHOD\nURI\nQUERY\nHEADERS\nSIGNED_HEADERS\nPAYLOAD_HASH`. */
export function canonicalRequest(input: CanonicalRequestInput): string {
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
export function stringToSign(canonical: string, sdkDate: string): string {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

/** Step 9: lowercase hex HMAC-SHA256 keyed with the secret key's UTF-8 bytes. */
export function signature(toSign: string, secretAccessKey: string): string {
  return createHmac('sha256', Buffer.from(secretAccessKey, 'utf8')).update(toSign).digest('hex');
}

export interface SignInput {
  method: string;
  url: string | URL;
  /**
   * Headers to send and sign (e.g. Content-Type, X-Project-Id). Host, X-Sdk-Date and X-Security-Token are added
   * here; every header of the result is signed, so add unsigned headers (Content-Length…) only after signing.
   */
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials: sent and signed as X-Security-Token. */
  securityToken?: string;
  /** The signing time; a string is taken as an already formatted X-Sdk-Date. */
  date: Date | string;
}

export interface SignResult {
  /** Everything to put on the wire: the input headers plus Host, X-Sdk-Date, X-Security-Token, Authorization. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  authorization: string;
}

/** Drops a header whatever its case, so the caller's spelling never yields two copies. */
function withoutHeader(headers: Record<string, string>, name: string): Record<string, string> {
  const lower = name.toLowerCase();
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== lower));
}

export function sign(input: SignInput): SignResult {
  const url = typeof input.url === 'string' ? new URL(input.url) : input.url;
  const sdkDate = typeof input.date === 'string' ? input.date : formatSdkDate(input.date);
  // Values go on the wire exactly as signed: trimmed.
  let headers = Object.fromEntries(Object.entries(input.headers ?? {}).map(([k, v]) => [k, String(v).trim()]));
  for (const name of ['Host', 'X-Sdk-Date', 'Authorization', 'X-Security-Token']) headers = withoutHeader(headers, name);
  headers['Host'] = url.host;
  headers['X-Sdk-Date'] = sdkDate;
  if (input.securityToken) headers['X-Security-Token'] = input.securityToken;

  const canonical = canonicalRequest({ method: input.method, url, headers, body: input.body });
  const toSign = stringToSign(canonical, sdkDate);
  const { signedHeaders } = canonicalHeaders(headers);
  const authorization =
    `${SIGNING_ALGORITHM} Access=${input.accessKeyId}, SignedHeaders=${signedHeaders}, ` +
    `Signature=${signature(toSign, input.secretAccessKey)}`;
  return { headers: { ...headers, Authorization: authorization }, canonicalRequest: canonical, stringToSign: toSign, authorization };
}
