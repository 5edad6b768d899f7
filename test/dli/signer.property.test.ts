// Property: whatever we sign, the emulator's independent verifier (test/emulator/signature.ts) accepts, and any
// change to a signed byte makes it refuse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { verifySignature } from '../emulator/signature.js';
import { encodeRfc3986, sign } from '../../src/dli/signer.js';

const AK = 'HPUAEXAMPLEAK1234567';
const SK = 'exampleSecretKey0123456789abcdefghijklmn';
const DATE = Date.UTC(2024, 0, 15, 8, 30, 0);
const lookup = (ak: string) => (ak === AK ? { secretAccessKey: SK, securityToken: undefined } : undefined);
const lookupWithToken = (token: string) => (ak: string) => (ak === AK ? { secretAccessKey: SK, securityToken: token } : undefined);

const text = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 12 });
const segment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).filter((s) => s !== '.' && s !== '..');
const requestArb = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  host: fc.constantFrom('dli.cn-north-4.myhuaweicloud.com', '127.0.0.1:8080', 'h.example:8443'),
  segments: fc.array(segment, { minLength: 1, maxLength: 5 }),
  trailingSlash: fc.boolean(),
  // Names from a tiny set as well as free text, so repeated names are common.
  query: fc.array(fc.tuple(fc.oneof(fc.constantFrom('a', 'name', 'tags', 'A b'), text), text), { maxLength: 6 }),
  body: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: null }),
  projectId: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 }), { nil: undefined }),
  securityToken: fc.option(fc.base64String({ minLength: 4, maxLength: 40 }), { nil: undefined }),
});
type Req = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

function build(r: Req) {
  const path = '/' + r.segments.map(encodeRfc3986).join('/') + (r.trailingSlash ? '/' : '');
  const search = r.query.length ? '?' + r.query.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&') : '';
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (r.projectId) headers['X-Project-Id'] = r.projectId;
  const signed = sign({
    method: r.method,
    url: `http://${r.host}${path}${search}`,
    headers,
    body: r.body,
    accessKeyId: AK,
    secretAccessKey: SK,
    securityToken: r.securityToken,
    date: new Date(DATE),
  });
  return { method: r.method, url: path + search, headers: { ...signed.headers }, body: (r.body ?? '') as string | Buffer };
}

const verify = (r: Req, wire: ReturnType<typeof build>) =>
  verifySignature(wire, r.securityToken ? lookupWithToken(r.securityToken) : lookup, DATE);

type Mutation = 'method' | 'path' | 'query' | 'header' | 'body' | 'date' | 'signature' | 'host' | 'token';
const mutationArb = fc.constantFrom<Mutation>('method', 'path', 'query', 'header', 'body', 'date', 'signature', 'host', 'token');

function mutate(wire: ReturnType<typeof build>, m: Mutation, r: Req): ReturnType<typeof build> {
  const w = { ...wire, headers: { ...wire.headers } };
  switch (m) {
    case 'method':
      w.method = w.method === 'GET' ? 'POST' : 'GET';
      break;
    case 'path': {
      const q = w.url.indexOf('?');
      const [p, s] = q >= 0 ? [w.url.slice(0, q), w.url.slice(q)] : [w.url, ''];
      w.url = p.replace(/\/?$/, (end) => `x${end}`) + s;
      break;
    }
    case 'query':
      w.url += (w.url.includes('?') ? '&' : '?') + 'zz=1';
      break;
    case 'header':
      w.headers['Content-Type'] = 'application/jsonx';
      break;
    case 'body': {
      // Flip one bit of the first body byte (as raw bytes: a string round-trip could repair it).
      const bytes = Buffer.from(w.body);
      w.body = bytes.length
        ? Buffer.from(bytes.map((b, i) => (i === 0 ? b ^ 1 : b)))
        : Buffer.from('x');
      break;
    }
    case 'date':
      w.headers['X-Sdk-Date'] = '20240115T083001Z';
      break;
    case 'signature':
      w.headers['Authorization'] = w.headers['Authorization']!.replace(/Signature=(.)/, (_all, c: string) => `Signature=${c === '0' ? '1' : '0'}`);
      break;
    case 'host':
      w.headers['Host'] = `x${w.headers['Host']}`;
      break;
    case 'token':
      if (r.securityToken) w.headers['X-Security-Token'] = `${r.securityToken}x`;
      else w.headers['X-Project-Id'] = `${w.headers['X-Project-Id'] ?? ''}0`;
      break;
  }
  return w;
}

describe('signer ↔ emulator verifier', () => {
  it('every signed request verifies', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const result = verify(r, build(r));
        expect(result).toMatchObject({ ok: true });
      }),
      { numRuns: 400 },
    );
  });

  it('any change to a signed part is refused', () => {
    fc.assert(
      fc.property(requestArb, mutationArb, (r, m) => {
        const wire = mutate(build(r), m, r);
        // An X-Project-Id added after signing is unsigned, not a change to a signed byte: skip that one case.
        fc.pre(!(m === 'token' && !r.securityToken && !r.projectId));
        const result = verify(r, wire);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
