// IPv4 CIDR arithmetic for preflight: does a DLI queue's or pool's CIDR overlap the target subnet's? DLI refuses
// (or leaves FAILED) a peering between overlapping ranges, so this decides an error before anything is created.
// IPv4 only: VPC subnets, DLI queue and pool CIDRs are all IPv4.

export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit number, host bits cleared. */
  network: number;
  /** Prefix length 0–32. */
  prefix: number;
}

const OCTET = /^(?:0|[1-9]\d{0,2})$/;

/** Parses `a.b.c.d/n` (host bits may be set; they are cleared). A bare address counts as `/32`. Null when invalid. */
export function parseIpv4Cidr(text: string): Ipv4Cidr | null {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  const address = slash === -1 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash === -1 ? '32' : trimmed.slice(slash + 1);
  if (!/^\d{1,2}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  if (prefix > 32) return null;
  const octets = address.split('.');
  if (octets.length !== 4) return null;
  let value = 0;
  for (const octet of octets) {
    if (!OCTET.test(octet)) return null;
    const n = Number(octet);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return { network: (value & prefixMask(prefix)) >>> 0, prefix };
}

function prefixMask(prefix: number): number {
  // `<< 32` is a no-op in JavaScript, so /0 needs its own case.
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/**
 * Two CIDR blocks overlap exactly when one contains the other (blocks are aligned), i.e. when they agree on the
 * shorter of the two prefixes.
 */
export function ipv4CidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  const mask = prefixMask(Math.min(a.prefix, b.prefix));
  return ((a.network & mask) >>> 0) === ((b.network & mask) >>> 0);
}

/** Overlap of two CIDR strings; null when either cannot be parsed (the caller decides what "unknown" means). */
export function cidrTextsOverlap(a: string, b: string): boolean | null {
  const pa = parseIpv4Cidr(a);
  const pb = parseIpv4Cidr(b);
  if (!pa || !pb) return null;
  return ipv4CidrsOverlap(pa, pb);
}

/** A DLI elastic resource pool's default CIDR (docs/reference/preflight-api.md); a pool's CIDR never changes. */
export const DEFAULT_POOL_CIDR = '172.16.0.0/12';

/** True when `cidr` denotes the same block as DLI's default pool CIDR. */
export function isDefaultPoolCidr(cidr: string): boolean {
  const a = parseIpv4Cidr(cidr);
  const b = parseIpv4Cidr(DEFAULT_POOL_CIDR);
  return a !== null && b !== null && a.prefix === b.prefix && a.network === b.network;
}
