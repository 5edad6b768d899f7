// The manifest rules that need no zod: limits, name/IP/CIDR patterns, tag rules, the accepted keys. Both the zod
// schema (schema.ts, which explains problems) and the hand-written fast check (fast-check.ts, which only says yes
// or no on the cold-start path) import them from here, so each rule is written once.
import { OWNERSHIP_TAG_KEY } from '../ownership.js';

export const MAX_HOSTS = 20_000;
/** User tags; the ownership tag makes the API/console limit of 10. */
export const MAX_USER_TAGS = 9;
/** dest_vpc_id, dest_network_id, routetable_id. */
export const ID_MAX = 128;

export const CONNECTION_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
export const HOST_NAME_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;
export const ROUTE_NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;
const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
/** Dotted quad, no leading zeros (010 is octal to some tools, decimal to others: refuse the ambiguity). */
export const IPV4_RE = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);
export const CIDRV4_RE = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}/(?:3[0-2]|[12]?[0-9])$`);

// Plain regex tests instead of zod string formats: the hosts list can hold 20,000 entries and these run per host.
export const isIPv4 = (s: string): boolean => IPV4_RE.test(s);
export const isHostName = (s: string): boolean => HOST_NAME_RE.test(s);

/**
 * A DNS name as a resolver takes it (RFC 1123): dot-separated labels of letters, digits and `-`, each 1–63 long
 * and not starting or ending with `-`, 253 characters at most; a trailing dot is not accepted.
 */
const DNS_NAME_RE = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
export const isDnsName = (s: string): boolean => DNS_NAME_RE.test(s) && !/^[0-9.]+$/.test(s);

/** A connectivity check address: `host:port`, the port in decimal. */
const CHECK_ADDRESS_RE = /^([^:\s]+):([0-9]{1,5})$/;
/** The same rule for the JSON Schema (editors): port 1–65535 without a leading zero. */
export const CHECK_ADDRESS_PATTERN =
  '^[A-Za-z0-9_.-]+:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$';
/** At most this many `checks` per connection (each one is a test task per bound queue or pool). */
export const MAX_CHECKS = 50;

/** The host and port of a check address, or undefined when it is not `host:port`. */
export function splitCheckAddress(s: string): { host: string; port: string } | undefined {
  const m = CHECK_ADDRESS_RE.exec(s);
  return m ? { host: m[1]!, port: m[2]! } : undefined;
}

/**
 * What is wrong with a check address, or undefined. The host is an IPv4 address, a DNS name, or a host record name
 * (HOST_NAME_RE, which also allows `_`); whether a name that is not a DNS name is one of the connection's `hosts`
 * is checked after loading, once hosts_file has been read (unknownCheckHosts in checks-hosts.ts).
 */
export function checkAddressProblem(s: string): string | undefined {
  const parts = splitCheckAddress(s);
  if (!parts) return `check ${showValue(s)} must be \`host:port\` or \`ip:port\` (e.g. kafka-1:9092, 192.168.0.12:3306)`;
  const { host, port } = parts;
  if (port.startsWith('0') || Number(port) > 65_535) return `check ${showValue(s)}: port ${port} is not a port number (1–65535)`;
  if (/^[0-9.]+$/.test(host)) return isIPv4(host) ? undefined : `check ${showValue(s)}: ${showValue(host)} is not an IPv4 address`;
  if (!isDnsName(host) && !isHostName(host)) return `check ${showValue(s)}: ${showValue(host)} is neither a DNS name nor a host record name`;
  return undefined;
}

/** DLI refuses to bind the queue `default`, in any case. */
export const isDefaultQueue = (q: string): boolean => q.toLowerCase() === 'default';

/** Keys accepted at each level (the schema's strict objects; "did you mean" suggestions). */
export const CONNECTION_KEYS = [
  'name',
  'dest_vpc_id',
  'dest_network_id',
  'routetable_id',
  'queues',
  'elastic_resource_pools',
  'hosts',
  'hosts_file',
  'routes',
  'tags',
  'checks',
] as const;
export const HOST_KEYS = ['name', 'ip'];
export const ROUTE_KEYS = ['name', 'cidr'];

/** A short, safe rendering of a user value for messages. */
export function showValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 255;

/** Tag key/value rules, shared with the record check below and exported for others (export, plan). */
export function tagKeyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > TAG_KEY_MAX) return `tag key ${showValue(key)} must be 1–${TAG_KEY_MAX} characters`;
  if (key !== key.trim()) return `tag key ${showValue(key)} must not start or end with spaces`;
  if (key.startsWith('_sys_')) return `tag key ${showValue(key)} must not start with \`_sys_\` (reserved by the system)`;
  if (key === OWNERSHIP_TAG_KEY) return `tag key \`${OWNERSHIP_TAG_KEY}\` is reserved for this action's ownership tag`;
  return undefined;
}

export function tagValueProblem(key: string, value: string): string | undefined {
  if (value.length > TAG_VALUE_MAX) return `tag ${showValue(key)}: value is too long (${value.length} characters, at most ${TAG_VALUE_MAX})`;
  if (value !== value.trim()) return `tag ${showValue(key)}: value must not start or end with spaces`;
  return undefined;
}
