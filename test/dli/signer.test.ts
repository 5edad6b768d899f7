// The signer must reproduce the official SDK's signatures byte for byte (test/fixtures/signing-vectors.json).
import { describe, expect, it } from 'vitest';
import {
  canonicalQueryString,
  canonicalUri,
  encodeRfc3986,
  formatSdkDate,
  sha256Hex,
  sign,
} from '../../src/dli/signer.js';
import { signingVectors as file } from '../fixtures/signing-vectors.js';

describe('signing vectors', () => {
  expect(file.vectors.length).toBeGreaterThanOrEqual(5);
  for (const v of file.vectors) {
    it(`reproduces ${v.id}`, () => {
      const token = v.headers['X-Security-Token'];
      const headers = Object.fromEntries(
        Object.entries(v.headers).filter(([k]) => !['x-sdk-date', 'x-security-token'].includes(k.toLowerCase())),
      );
      const out = sign({
        method: v.method,
        url: v.url,
        headers,
        body: v.body,
        accessKeyId: file.credentials.access_key_id,
        secretAccessKey: file.credentials.secret_access_key,
        securityToken: token,
        date: file.x_sdk_date,
      });
      if (v.canonical_request !== undefined) expect(out.canonicalRequest).toBe(v.canonical_request);
      if (v.string_to_sign !== undefined) expect(out.stringToSign).toBe(v.string_to_sign);
      // The vectors' `string_to_sign_hash` is the hash line of the string to sign (SHA-256 of the canonical request).
      if (v.string_to_sign_hash !== undefined) {
        expect(sha256Hex(out.canonicalRequest)).toBe(v.string_to_sign_hash);
        expect(out.stringToSign).toBe(`SDK-HMAC-SHA256\n${file.x_sdk_date}\n${v.string_to_sign_hash}`);
      }
      expect(out.authorization).toBe(v.authorization);
      expect(out.headers['Authorization']).toBe(v.authorization);
      expect(out.headers['X-Sdk-Date']).toBe(file.x_sdk_date);
      expect(out.headers['Host']).toBe(new URL(v.url).host);
      if (token) expect(out.headers['X-Security-Token']).toBe(token);
    });
  }
});

describe('signer building blocks', () => {
  it('formats X-Sdk-Date as YYYYMMDDTHHMMSSZ in UTC', () => {
    expect(formatSdkDate(new Date(Date.UTC(2024, 0, 15, 8, 30, 0, 999)))).toBe('20240115T083000Z');
  });
  it('encodes RFC 3986 style, space as %20, multibyte as UTF-8 bytes', () => {
    expect(encodeRfc3986("a b+c/ü~._-*'")).toBe('a%20b%2Bc%2F%C3%BC~._-%2A%27');
  });
  it('encodes each path segment once (no double-encoding of %) and appends /', () => {
    expect(canonicalUri('/v1/a%20b/50%25')).toBe('/v1/a%20b/50%25/');
    expect(canonicalUri('/v1/x/')).toBe('/v1/x/');
    expect(canonicalUri('/')).toBe('/');
  });
  it('sorts query names and repeated values, keeps empty values with =', () => {
    expect(canonicalQueryString('?b=2&a=z&a=y&c=&d')).toBe('a=y&a=z&b=2&c=&d=');
    expect(canonicalQueryString('')).toBe('');
  });
  it('omits the default port from Host and keeps a non-default one', () => {
    const base = { method: 'GET', accessKeyId: 'ak', secretAccessKey: 'sk', date: '20240115T083000Z' };
    expect(sign({ ...base, url: 'https://h.example:443/x' }).headers['Host']).toBe('h.example');
    expect(sign({ ...base, url: 'http://127.0.0.1:8080/x' }).headers['Host']).toBe('127.0.0.1:8080');
  });
  it('does not duplicate caller-supplied Host or date headers', () => {
    const out = sign({
      method: 'GET',
      url: 'https://h.example/x',
      headers: { host: 'evil', 'x-sdk-date': 'old', 'Content-Type': 'application/json' },
      accessKeyId: 'ak',
      secretAccessKey: 'sk',
      date: '20240115T083000Z',
    });
    expect(Object.keys(out.headers).map((k) => k.toLowerCase()).sort()).toEqual([
      'authorization',
      'content-type',
      'host',
      'x-sdk-date',
    ]);
    expect(out.headers['Host']).toBe('h.example');
  });
});
