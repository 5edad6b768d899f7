import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cidrTextsOverlap, ipv4CidrsOverlap, isDefaultPoolCidr, parseIpv4Cidr } from '../../src/plan/preflight-cidr.js';

describe('parseIpv4Cidr', () => {
  it('parses a block and clears host bits', () => {
    expect(parseIpv4Cidr('192.168.1.0/24')).toEqual({ network: 0xc0a80100, prefix: 24 });
    expect(parseIpv4Cidr('192.168.1.77/24')).toEqual({ network: 0xc0a80100, prefix: 24 });
    expect(parseIpv4Cidr(' 10.0.0.0/8 ')).toEqual({ network: 0x0a000000, prefix: 8 });
  });
  it('handles /0 and /32, and a bare address as /32', () => {
    expect(parseIpv4Cidr('255.255.255.255/0')).toEqual({ network: 0, prefix: 0 });
    expect(parseIpv4Cidr('255.255.255.255/32')).toEqual({ network: 0xffffffff, prefix: 32 });
    expect(parseIpv4Cidr('10.1.2.3')).toEqual({ network: 0x0a010203, prefix: 32 });
  });
  it.each(['', '10.0.0/8', '10.0.0.0.0/8', '256.0.0.0/8', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/-1', 'a.b.c.d/8', '010.0.0.0/8', '::1/128', '10.0.0.0/8x'])(
    'refuses %j',
    (text) => {
      expect(parseIpv4Cidr(text)).toBeNull();
    },
  );
});

describe('CIDR overlap', () => {
  it.each([
    ['172.16.0.0/12', '172.16.1.0/24', true],
    ['172.16.0.0/12', '172.31.255.0/24', true],
    ['172.16.0.0/12', '172.32.0.0/24', false],
    ['172.16.0.0/12', '172.15.255.0/24', false],
    ['10.0.0.0/16', '192.168.1.0/24', false],
    ['192.168.0.0/16', '192.168.1.0/24', true],
    ['192.168.1.0/24', '192.168.1.0/24', true],
    ['192.168.1.0/25', '192.168.1.128/25', false],
    ['0.0.0.0/0', '8.8.8.8/32', true],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(cidrTextsOverlap(a, b)).toBe(expected);
    expect(cidrTextsOverlap(b, a)).toBe(expected);
  });
  it('is unknown (null) when a side cannot be parsed', () => {
    expect(cidrTextsOverlap('nonsense', '10.0.0.0/8')).toBeNull();
  });
  it('agrees with comparing address ranges, for any two blocks', () => {
    const cidr = fc.record({ address: fc.nat(0xffffffff), prefix: fc.integer({ min: 0, max: 32 }) });
    fc.assert(
      fc.property(cidr, cidr, (a, b) => {
        const range = (c: { address: number; prefix: number }): [number, number] => {
          const size = 2 ** (32 - c.prefix);
          const start = Math.floor(c.address / size) * size;
          return [start, start + size - 1];
        };
        const [as, ae] = range(a);
        const [bs, be] = range(b);
        const text = (c: { address: number; prefix: number }) =>
          `${[24, 16, 8, 0].map((s) => Math.floor(c.address / 2 ** s) % 256).join('.')}/${c.prefix}`;
        const pa = parseIpv4Cidr(text(a));
        const pb = parseIpv4Cidr(text(b));
        expect(pa).not.toBeNull();
        expect(pb).not.toBeNull();
        expect(ipv4CidrsOverlap(pa!, pb!)).toBe(as <= be && bs <= ae);
      }),
    );
  });
});

describe('isDefaultPoolCidr', () => {
  it('recognises 172.16.0.0/12 only', () => {
    expect(isDefaultPoolCidr('172.16.0.0/12')).toBe(true);
    expect(isDefaultPoolCidr('172.16.0.0/16')).toBe(false);
    expect(isDefaultPoolCidr('10.0.0.0/12')).toBe(false);
  });
});
