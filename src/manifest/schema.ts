// The manifest schema: one zod object mirroring the DLI Create rules (spec/dli-api.md), used both to validate
// documents and to generate schema/connection.schema.json. Error messages are written here, next to each rule, so
// the text users read and the rule it explains cannot drift apart. Messages carry no field path: the loader adds
// it (and the position) when it turns zod issues into diagnostics.
import { z } from 'zod';
import { OWNERSHIP_TAG_KEY } from '../plan/types.js';

export const MAX_HOSTS = 20_000;
/** User tags; the ownership tag makes the API/console limit of 10. */
export const MAX_USER_TAGS = 9;

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

/** "a string", "a list", "a mapping", "null" … for "expected X, got Y" messages. */
export function describeType(v: unknown): string {
  if (v === null) return 'null (an empty value)';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'a mapping';
    default:
      return typeof v;
  }
}

type IssueInput = { input?: unknown; code?: string };

/** Type errors read "expected a list of strings, got a string"; a missing key keeps zod's default (the loader rewrites it). */
function typed(expected: string): { error: (iss: IssueInput) => string | undefined } {
  return {
    error: (iss) => (iss.input === undefined ? undefined : `expected ${expected}, got ${describeType(iss.input)}`),
  };
}

function rule(message: (v: unknown) => string): { error: (iss: IssueInput) => string } {
  return { error: (iss) => message(iss.input) };
}

const nonEmptyId = (what: string) =>
  z
    .string(typed('a string'))
    .min(1, { error: `${what} must not be empty` })
    .max(128, rule((v) => `${what} is too long (${String(v).length} characters, at most 128)`));

/** Duplicate entries of a list, reported at the later occurrence. */
function uniqueBy<T>(key: (item: T) => string, what: (item: T) => string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: `${what(item)} is listed twice (first at index ${first})` });
    });
  };
}

const queueName = z
  .string(typed('a string'))
  .min(1, { error: 'queue name must not be empty' })
  .refine((q) => q.toLowerCase() !== 'default', { error: 'the queue `default` cannot be bound to a connection (DLI refuses it)' })
  .meta({ not: { pattern: '^[Dd][Ee][Ff][Aa][Uu][Ll][Tt]$' } });

const poolName = z.string(typed('a string')).min(1, { error: 'pool name must not be empty' });

export const hostSchema = z
  .strictObject(
    {
      name: z
        .string(typed('a string'))
        .regex(HOST_NAME_RE, rule((v) => `host name ${showValue(v)} must be 1–128 characters, start with a letter, then letters, digits, \`_\`, \`.\` or \`-\``))
        .describe('Host name: 1–128 characters, a letter first, then letters, digits, `_`, `.`, `-`.'),
      ip: z
        .string(typed('a string'))
        .regex(IPV4_RE, rule((v) => `${showValue(v)} is not an IPv4 address (the API takes IPv4 only)`))
        .describe('IPv4 address.'),
    },
    typed('a mapping {name, ip}'),
  )
  .describe('One host record (name → IPv4), written into the queues\' /etc/hosts.');

export const routeSchema = z
  .strictObject(
    {
      name: z
        .string(typed('a string'))
        .regex(ROUTE_NAME_RE, rule((v) => `route name ${showValue(v)} must be 1–64 characters of letters, digits, \`_\` and \`-\``))
        .describe('Route name: 1–64 of `A-Z a-z 0-9 _ -`, unique within the connection.'),
      cidr: z
        .string(typed('a string'))
        .regex(CIDRV4_RE, rule((v) => `${showValue(v)} is not an IPv4 CIDR (like 10.0.0.0/24)`))
        .describe('Destination IPv4 CIDR, e.g. 10.169.0.0/24.'),
    },
    typed('a mapping {name, cidr}'),
  )
  .describe('A custom route through the connection.');

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

const tagsSchema = z
  .record(z.string(), z.string(typed('a string (quote numbers and booleans)')), typed('a mapping of tag key to value'))
  .superRefine((tags, ctx) => {
    const keys = Object.keys(tags);
    for (const key of keys) {
      const kp = tagKeyProblem(key);
      if (kp) ctx.addIssue({ code: 'custom', path: [key], message: kp, params: { at: 'key' } });
      const vp = tagValueProblem(key, tags[key] as string);
      if (vp) ctx.addIssue({ code: 'custom', path: [key], message: vp });
    }
    if (keys.length > MAX_USER_TAGS) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `${keys.length} tags declared, at most ${MAX_USER_TAGS} (DLI allows 10, one is the ownership tag)`,
        params: { at: 'key' },
      });
    }
  })
  .meta({
    maxProperties: MAX_USER_TAGS,
    propertyNames: {
      minLength: 1,
      maxLength: TAG_KEY_MAX,
      pattern: '^(?!_sys_)(?!managed-by-dli-connections$)(?! )(?!.* $).*$',
    },
    additionalProperties: { type: 'string', maxLength: TAG_VALUE_MAX, pattern: '^(?! )(?!.* $).*$' },
  })
  .describe(`Tags (key → value), at most ${MAX_USER_TAGS}; keys 1–128 characters, not starting with \`_sys_\`; values 0–255; no leading/trailing spaces. When declared, this is the full set: other user tags are removed.`);

export const connectionSchema = z
  .strictObject(
    {
      name: z
        .string(typed('a string'))
        .regex(CONNECTION_NAME_RE, rule((v) => `connection name ${showValue(v)} must be 1–64 characters of letters, digits and \`_\``))
        .describe('Connection name: 1–64 of `A-Z a-z 0-9 _`, unique across all manifests (connections are matched by name).'),
      dest_vpc_id: nonEmptyId('dest_vpc_id').describe('VPC id of the target service.'),
      dest_network_id: nonEmptyId('dest_network_id').describe('Subnet (network) id of the target service.'),
      routetable_id: nonEmptyId('routetable_id')
        .optional()
        .describe('Route table of the target subnet. Create-only: the API never returns it, so changing it causes no diff.'),
      queues: z
        .array(queueName, typed('a list of strings'))
        .superRefine(uniqueBy((q: string) => q, (q) => `queue ${showValue(q)}`))
        .meta({ uniqueItems: true })
        .optional()
        .describe('Queues to bind (legacy; prefer elastic_resource_pools). The queue `default` is refused.'),
      elastic_resource_pools: z
        .array(poolName, typed('a list of strings'))
        .superRefine(uniqueBy((p: string) => p, (p) => `pool ${showValue(p)}`))
        .meta({ uniqueItems: true })
        .optional()
        .describe('Elastic resource pools to bind.'),
      hosts: z
        .array(hostSchema, typed('a list of {name, ip} mappings'))
        .max(MAX_HOSTS, rule((v) => `${Array.isArray(v) ? v.length : '?'} hosts declared, at most ${MAX_HOSTS}`))
        .optional()
        .describe(`Host records, at most ${MAX_HOSTS} together with hosts_file.`),
      hosts_file: z
        .string(typed('a string (a path)'))
        .min(1, { error: 'hosts_file must not be empty' })
        .optional()
        .describe('File in /etc/hosts syntax (`IP name [alias …]`, `#` comments), relative to this manifest; must stay inside the repository.'),
      routes: z
        .array(routeSchema, typed('a list of {name, cidr} mappings'))
        .superRefine((routes, ctx) => {
          uniqueBy((r: { name: string }) => r.name, (r) => `route name ${showValue(r.name)}`)(routes, ctx);
          // Identical CIDRs are refused by the API (overlapping ones are fine); report at the cidr value.
          const seen = new Map<string, number>();
          routes.forEach((r, i) => {
            const first = seen.get(r.cidr);
            if (first === undefined) seen.set(r.cidr, i);
            else ctx.addIssue({ code: 'custom', path: [i, 'cidr'], message: `CIDR ${r.cidr} is already used by route ${showValue(routes[first]?.name)}` });
          });
        })
        .optional()
        .describe('Custom routes; names unique, no two identical CIDRs.'),
      tags: tagsSchema.optional(),
    },
    typed('a mapping'),
  )
  .meta({
    $id: 'https://raw.githubusercontent.com/dli-connections/dli-connections/main/schema/connection.schema.json',
    title: 'DLI enhanced datasource connection',
    $comment: 'Generated from src/manifest/schema.ts by scripts/gen-schema.ts; do not edit.',
  })
  .describe('One Huawei Cloud DLI enhanced datasource connection (one YAML document of a manifest file).');

export type ConnectionInput = z.infer<typeof connectionSchema>;

/** Keys accepted at each level, for "did you mean" suggestions. */
export const TOP_LEVEL_KEYS = Object.keys(connectionSchema.shape);
export const HOST_KEYS = ['name', 'ip'];
export const ROUTE_KEYS = ['name', 'cidr'];
