// The emulator's verifier against the official SDK's vectors (test/fixtures/signing-vectors.json), and its refusals.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { buildCanonicalRequest, canonicalQuery, canonicalUri, parseSdkDate, verifySignature, type RawRequest } from './signature.js';
import { signingVectors as file, type SigningVector as Vector } from '../fixtures/signing-vectors.js';

const AK = file.credentials.access_key_id;
const SK = file.credentials.secret_access_key;
const NOW = parseSdkDate(file.x_sdk_date);
const TEMP_TOKEN = 'gQpjbi1ub3J0aC00EXAMPLETOKEN==';

function requestOf(v: Vector, patch: Partial<RawRequest> = {}): RawRequest {
  return { method: v.method, url: v.url, headers: { ...v.headers, Authorization: v.authorization }, body: v.body, ...patch };
}
/** Permanent key, except for the vector that uses temporary credentials. */
const lookupFor = (v: Vector) => (ak: string) =>
  ak !== AK ? undefined : v.headers['X-Security-Token'] ? { secretAccessKey: SK, securityToken: TEMP_TOKEN } : SK;

describe('official signing vectors', () => {
  it('has vectors to check', () => {
    expect(file.vectors.length).toBeGreaterThanOrEqual(5);
  });

  for (const v of file.vectors) {
    it(`accepts ${v.id}`, () => {
      const r = verifySignature(requestOf(v), lookupFor(v), NOW);
      expect(r).toMatchObject({ ok: true, accessKeyId: AK });
    });

    it(`reproduces the canonical request / string to sign of ${v.id}`, () => {
      const signed = /SignedHeaders=([^,]+)/.exec(v.authorization)![1]!.split(';');
      const canonical = buildCanonicalRequest(requestOf(v), signed);
      expect(typeof canonical).toBe('string');
      if (v.canonical_request) expect(canonical).toBe(v.canonical_request);
      const sts = `SDK-HMAC-SHA256\n${file.x_sdk_date}\n${createHash('sha256').update(canonical as string).digest('hex')}`;
      if (v.string_to_sign) expect(sts).toBe(v.string_to_sign);
      // The vectors' `string_to_sign_hash` is the hash line of the string to sign, i.e. SHA-256 of the canonical request.
      if (v.string_to_sign_hash) expect(sts.split('\n')[2]).toBe(v.string_to_sign_hash);
    });

    it(`rejects ${v.id} with one body byte changed`, () => {
      const body = v.body ? v.body.slice(0, -1) + (v.body.endsWith('}') ? ' ' : 'x') : 'x';
      const r = verifySignature(requestOf(v, { body }), lookupFor(v), NOW);
      expect(r).toMatchObject({ ok: false, status: 401, code: 'APIGW.0301' });
    });
  }

  const create = file.vectors.find((v) => v.id === 'create-post')!;
  const list = file.vectors.find((v) => v.id === 'list-get-query')!;
  const temp = file.vectors.find((v) => v.id === 'list-get-temporary-credentials')!;

  it('rejects a tampered query, path, signed header, signature and method', () => {
    const lookup = lookupFor(list);
    const tampered: RawRequest[] = [
      requestOf(list, { url: list.url.replace('limit=100', 'limit=101') }),
      requestOf(list, { url: list.url.replace('/v2.0/', '/v3/') }),
      requestOf(list, { method: 'DELETE' }),
      { ...requestOf(list), headers: { ...requestOf(list).headers, 'X-Project-Id': '0123456789abcdef0123456789abcdee' } },
      { ...requestOf(list), headers: { ...requestOf(list).headers, Host: 'dli.cn-north-1.myhuaweicloud.com' } },
      {
        ...requestOf(list),
        headers: { ...requestOf(list).headers, Authorization: list.authorization.replace(/.$/, (c) => (c === '0' ? '1' : '0')) },
      },
    ];
    for (const req of tampered) expect(verifySignature(req, lookup, NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
  });

  it('rejects the {} GET vector when sent without its body (the body is hashed)', () => {
    const v = file.vectors.find((x) => x.id === 'list-get-with-empty-json-body')!;
    expect(verifySignature(requestOf(v, { body: null }), lookupFor(v), NOW)).toMatchObject({ ok: false });
  });

  it('refuses a stale or future X-Sdk-Date with APIGW.0303, and accepts within 15 minutes', () => {
    expect(verifySignature(requestOf(create), lookupFor(create), NOW + 16 * 60_000)).toMatchObject({ ok: false, code: 'APIGW.0303' });
    expect(verifySignature(requestOf(create), lookupFor(create), NOW - 16 * 60_000)).toMatchObject({ ok: false, code: 'APIGW.0303' });
    expect(verifySignature(requestOf(create), lookupFor(create), NOW + 14 * 60_000)).toMatchObject({ ok: true });
    expect(verifySignature(requestOf(create), lookupFor(create), NOW + 2 * 60_000, 60_000)).toMatchObject({ ok: false, code: 'APIGW.0303' });
  });

  it('refuses an unknown key, a missing Authorization and a malformed one', () => {
    expect(verifySignature(requestOf(create), () => undefined, NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
    const noAuth = { ...requestOf(create), headers: { ...create.headers } };
    expect(verifySignature(noAuth, lookupFor(create), NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
    const bad = { ...requestOf(create), headers: { ...create.headers, Authorization: 'Bearer x' } };
    expect(verifySignature(bad, lookupFor(create), NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
  });

  it('ties temporary keys to their security token', () => {
    const lookup = () => ({ secretAccessKey: SK, securityToken: 'another-token' });
    expect(verifySignature(requestOf(temp), lookup, NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
    const withoutToken = { ...requestOf(list) };
    expect(verifySignature(withoutToken, () => ({ secretAccessKey: SK, securityToken: TEMP_TOKEN }), NOW)).toMatchObject({ ok: false });
    const expired = () => ({ secretAccessKey: SK, securityToken: TEMP_TOKEN, expired: true });
    expect(verifySignature(requestOf(temp), expired, NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
    // A permanent key used with a security token is refused too.
    expect(verifySignature(requestOf(temp), () => SK, NOW)).toMatchObject({ ok: false, code: 'APIGW.0301' });
  });

  it('accepts the path form of the URL when Host is a header', () => {
    const u = new URL(list.url);
    const req: RawRequest = { ...requestOf(list), url: u.pathname + u.search, headers: { ...requestOf(list).headers, host: u.host } };
    expect(verifySignature(req, lookupFor(list), NOW)).toMatchObject({ ok: true });
  });
});

describe('canonical parts', () => {
  it('encodes path segments once and appends a slash', () => {
    expect(canonicalUri('/v3/a b/%C3%BC')).toBe('/v3/a%20b/%C3%BC/');
    expect(canonicalUri('/v3/x/')).toBe('/v3/x/');
  });
  it('sorts query names and repeated values, keeps empty values, encodes space as %20', () => {
    expect(canonicalQuery('b=2&a=z&a=y&c=&d=a%20b')).toBe('a=y&a=z&b=2&c=&d=a%20b');
    expect(canonicalQuery('')).toBe('');
    expect(canonicalQuery('x=%2A')).toBe('x=%2A');
  });
});
