// The cold-start check: a hand-written yes/no over one parsed document that accepts EXACTLY what
// validateDocument (validate.ts: the alias-size check, then the zod schema of schema.ts) accepts, and the same
// normalised value zod would output. It exists so that a run whose manifests are all valid never loads zod or
// `yaml` (together ~60% of the action's start-up, bench B7); any "no" sends the file to the zod/`yaml` route,
// which explains the problem. The rules themselves live in rules.ts, shared with schema.ts;
// test/manifest/fast-check.test.ts proves the two agree over the corpus and over random documents.
import type { ConnectionInput } from './schema.js';
import { checkExpandedSize } from './expand.js';
import {
  checkAddressProblem,
  CIDRV4_RE,
  CONNECTION_KEYS,
  CONNECTION_NAME_RE,
  HOST_KEYS,
  ID_MAX,
  isDefaultQueue,
  isHostName,
  isIPv4,
  MAX_CHECKS,
  MAX_HOSTS,
  MAX_USER_TAGS,
  ROUTE_KEYS,
  ROUTE_NAME_RE,
  tagKeyProblem,
  tagValueProblem,
} from './rules.js';

type Obj = Record<string, unknown>;

/** zod's object check (util.isObject): arrays and null are not mappings. */
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's record check (util.isPlainObject), for the shapes a YAML parser can produce. */
const isPlainObject = (v: unknown): v is Obj => {
  if (!isObject(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * zod's strictObject: every key (`for…in`, like zod, so `__proto__` stored as an own key counts) must be declared.
 * An optional key whose value is `undefined` is the same as an absent one, as in zod.
 */
function onlyKeys(o: Obj, allowed: readonly string[]): boolean {
  for (const key in o) if (!allowed.includes(key)) return false;
  return true;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): boolean => isString(v) && v.length >= 1 && v.length <= ID_MAX;

/** Every item a string passing `ok`, no item twice (zod's uniqueBy refinement). */
function uniqueStrings(v: unknown, ok: (s: string) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  const seen = new Set<string>();
  for (const item of v as unknown[]) {
    if (!isString(item) || !ok(item) || seen.has(item)) return false;
    seen.add(item);
  }
  return true;
}

function validHosts(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > MAX_HOSTS) return false;
  for (const h of v as unknown[]) {
    if (!isObject(h) || !onlyKeys(h, HOST_KEYS)) return false;
    if (!isString(h.name) || !isHostName(h.name) || !isString(h.ip) || !isIPv4(h.ip)) return false;
  }
  return true;
}

/** Names unique and CIDRs unique (the API refuses two identical destinations). */
function validRoutes(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  const names = new Set<string>();
  const cidrs = new Set<string>();
  for (const r of v as unknown[]) {
    if (!isObject(r) || !onlyKeys(r, ROUTE_KEYS)) return false;
    if (!isString(r.name) || !ROUTE_NAME_RE.test(r.name) || !isString(r.cidr) || !CIDRV4_RE.test(r.cidr)) return false;
    if (names.has(r.name) || cidrs.has(r.cidr)) return false;
    names.add(r.name);
    cidrs.add(r.cidr);
  }
  return true;
}

/**
 * zod's record skips a `__proto__` key altogether (neither checked nor copied), so the tag rules and the count see
 * the other keys only; tagEntries() is the one place that decides which keys are tags.
 */
const tagEntries = (tags: Obj): [string, unknown][] => Object.entries(tags).filter(([k]) => k !== '__proto__');

function validTags(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  const entries = tagEntries(v);
  if (entries.length > MAX_USER_TAGS) return false;
  return entries.every(([k, value]) => isString(value) && tagKeyProblem(k) === undefined && tagValueProblem(k, value) === undefined);
}

/** Optional keys: absent (or `undefined`) is fine, else the rule must hold. */
const optional = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || ok(v);

/**
 * True exactly when `validateDocument(doc, opts).ok` would be. `mayHaveAliases: false` (no `*` in the text) skips
 * the expanded-size walk, as validateDocument does.
 */
export function isValidConnection(doc: unknown, opts: { mayHaveAliases?: boolean } = {}): boolean {
  if (opts.mayHaveAliases !== false && !checkExpandedSize(doc).ok) return false;
  if (!isObject(doc) || !onlyKeys(doc, CONNECTION_KEYS)) return false;
  return (
    isString(doc.name) &&
    CONNECTION_NAME_RE.test(doc.name) &&
    isId(doc.dest_vpc_id) &&
    isId(doc.dest_network_id) &&
    optional(doc.routetable_id, isId) &&
    optional(doc.queues, (q) => uniqueStrings(q, (s) => s.length >= 1 && !isDefaultQueue(s))) &&
    optional(doc.elastic_resource_pools, (p) => uniqueStrings(p, (s) => s.length >= 1)) &&
    optional(doc.hosts, validHosts) &&
    optional(doc.hosts_file, (f) => isString(f) && f.length >= 1) &&
    optional(doc.routes, validRoutes) &&
    optional(doc.tags, validTags) &&
    optional(doc.checks, (c) => Array.isArray(c) && c.length <= MAX_CHECKS && uniqueStrings(c, (s) => checkAddressProblem(s) === undefined))
  );
}

/**
 * The value zod outputs for a document isValidConnection() accepted: fresh objects holding only the declared keys
 * (so nothing aliased in the YAML is shared with the result), absent optional keys left out.
 */
export function toConnectionInput(doc: unknown): ConnectionInput {
  const d = doc as Obj;
  const out: ConnectionInput = { name: d.name as string, dest_vpc_id: d.dest_vpc_id as string, dest_network_id: d.dest_network_id as string };
  if (d.routetable_id !== undefined) out.routetable_id = d.routetable_id as string;
  if (d.queues !== undefined) out.queues = [...(d.queues as string[])];
  if (d.elastic_resource_pools !== undefined) out.elastic_resource_pools = [...(d.elastic_resource_pools as string[])];
  if (d.hosts !== undefined) out.hosts = (d.hosts as Obj[]).map((h) => ({ name: h.name as string, ip: h.ip as string }));
  if (d.hosts_file !== undefined) out.hosts_file = d.hosts_file as string;
  if (d.routes !== undefined) out.routes = (d.routes as Obj[]).map((r) => ({ name: r.name as string, cidr: r.cidr as string }));
  if (d.tags !== undefined) out.tags = Object.fromEntries(tagEntries(d.tags as Obj)) as Record<string, string>;
  if (d.checks !== undefined) out.checks = [...(d.checks as string[])];
  return out;
}
