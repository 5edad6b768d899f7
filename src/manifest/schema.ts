// The manifest schema: one zod object mirroring the DLI Create rules (docs/reference/dli-api.md), used both to validate
// documents and to generate schema/connection.schema.json. Error messages are written here, next to each rule, so
// the text users read and the rule it explains cannot drift apart. Messages carry no field path: the loader adds
// it (and the position) when it turns zod issues into diagnostics.
import { z } from 'zod';
import {
  MAX_HOSTS,
  MAX_USER_TAGS,
  ID_MAX,
  CONNECTION_NAME_RE,
  HOST_NAME_RE,
  ROUTE_NAME_RE,
  IPV4_RE,
  CIDRV4_RE,
  isDefaultQueue,
  showValue,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  tagKeyProblem,
  tagValueProblem,
  checkAddressProblem,
  CHECK_ADDRESS_PATTERN,
  MAX_CHECKS,
} from './rules.js';

export {
  MAX_HOSTS,
  MAX_USER_TAGS,
  CONNECTION_NAME_RE,
  HOST_NAME_RE,
  ROUTE_NAME_RE,
  IPV4_RE,
  CIDRV4_RE,
  isIPv4,
  isHostName,
  showValue,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  tagKeyProblem,
  tagValueProblem,
  HOST_KEYS,
  ROUTE_KEYS,
} from './rules.js';

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
    .max(ID_MAX, rule((v) => `${what} is too long (${String(v).length} characters, at most ${ID_MAX})`));

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
  .refine((q) => !isDefaultQueue(q), { error: 'the queue `default` cannot be bound to a connection (DLI refuses it)' })
  .meta({ not: { pattern: '^[Dd][Ee][Ff][Aa][Uu][Ll][Tt]$' } });

const checkAddressSchema = z
  .string(typed('a string'))
  .superRefine((value, ctx) => {
    const problem = checkAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ pattern: CHECK_ADDRESS_PATTERN });

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
      checks: z
        .array(checkAddressSchema, typed('a list of `host:port` strings'))
        .max(MAX_CHECKS, rule((v) => `${Array.isArray(v) ? v.length : '?'} checks declared, at most ${MAX_CHECKS}`))
        .superRefine(uniqueBy((c: string) => c, (c) => `check ${showValue(c)}`))
        .meta({ uniqueItems: true })
        .optional()
        .describe(
          `Addresses the bound queues and pools must reach, tested after apply (and by mode: check) through DLI's address connectivity test: \`host:port\` or \`ip:port\`, at most ${MAX_CHECKS}. A name that is not a DNS name must be one of the connection's hosts.`,
        ),
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
