// A tiny signer for the emulator's own tests (and for anyone who needs to poke the emulator by hand). It reuses the
// verifier's canonicalisation, which the official vectors pin down in signature.test.ts; the product's signer in
// src/dli/signer.ts is a separate implementation on purpose.
import { createHash, createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { buildCanonicalRequest, formatSdkDate } from './signature.js';

export interface SignInput {
  method: string;
  /** Absolute URL (http://127.0.0.1:PORT/path?query). */
  url: string;
  body?: string;
  accessKeyId: string;
  secretAccessKey: string;
  projectId?: string;
  securityToken?: string;
  /** Epoch ms used for X-Sdk-Date; defaults to now. */
  date?: number;
  extraHeaders?: Record<string, string>;
}

/** Returns the headers to send: Content-Type, Host-less (fetch sets Host), X-Sdk-Date, X-Project-Id, Authorization… */
export function signHeaders(input: SignInput): Record<string, string> {
  const u = new URL(input.url);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-sdk-date': formatSdkDate(input.date ?? Date.now()),
    ...(input.projectId ? { 'x-project-id': input.projectId } : {}),
    ...(input.securityToken ? { 'x-security-token': input.securityToken } : {}),
    ...lowerKeys(input.extraHeaders ?? {}),
  };
  const toSign = { ...headers, host: u.host };
  const signed = Object.keys(toSign).sort();
  const canonical = buildCanonicalRequest(
    { method: input.method, url: u.pathname + u.search, headers: toSign, body: input.body ?? '' },
    signed,
  );
  if (typeof canonical !== 'string') throw new Error(`missing header ${canonical.missing}`);
  const sts = `SDK-HMAC-SHA256\n${headers['x-sdk-date']}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const sig = createHmac('sha256', input.secretAccessKey).update(sts).digest('hex');
  headers['authorization'] = `SDK-HMAC-SHA256 Access=${input.accessKeyId}, SignedHeaders=${signed.join(';')}, Signature=${sig}`;
  return headers;
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

export interface SignedFetchOptions {
  body?: unknown;
  accessKeyId: string;
  secretAccessKey: string;
  projectId?: string;
  securityToken?: string;
  date?: number;
  extraHeaders?: Record<string, string>;
}

export interface SimpleResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
}

/**
 * One request with node:http (fetch refuses a GET body, and the official SDK's `{}` GET body must be testable).
 * `body` is JSON-encoded unless it is already a string. Rejects on a socket error (reset / dropped answer).
 */
export function rawRequest(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
  timeoutMs = 10_000,
): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    // An explicit Content-Length: node sends a GET body unframed otherwise (the `{}` GET quirk needs one).
    const framed = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest(url, { method, headers: framed, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** An SDK-HMAC-SHA256-signed request (see rawRequest). */
export function signedRequest(method: string, url: string, opts: SignedFetchOptions): Promise<SimpleResponse> {
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const headers = signHeaders({ ...opts, method, url, body });
  return rawRequest(method, url, headers, body);
}
