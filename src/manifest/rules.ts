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
