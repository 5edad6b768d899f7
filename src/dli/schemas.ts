// zod schemas for every answer the client reads. An answer that does not fit fails loudly, naming the field
// (UnexpectedResponseError), instead of flowing on as `undefined` into a diff that might delete something.
// Unknown extra fields are tolerated and dropped (z.object strips them: the API adds fields over time); missing optional arrays
// become [] (the API omits empty lists); null optional scalars become undefined.
import { z } from 'zod';
import { apiText } from '../untrusted-text.js';
import { UnexpectedResponseError } from './errors.js';

/** An array the API may omit or send as null: always an array afterwards. */
const list = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

/** An optional scalar the API may send as null. */
const opt = <T extends z.ZodTypeAny>(schema: T) =>
  schema.nullish().transform((v) => (v === null ? undefined : v));

export const hostSchema = z.object({ name: z.string(), ip: z.string() });

export const peeringSchema = z.object({
  peer_id: opt(z.union([z.string(), z.number()]).transform(String)),
  name: z.string(),
  status: z.string(),
  // Shown to people only (never compared): made one line and cut to a sane length where it enters.
  err_msg: opt(z.string().transform((s) => apiText(s))),
  update_time: opt(z.number()),
});

export const routeSchema = z.object({ name: z.string(), cidr: z.string(), create_time: opt(z.number()) });

export const connectionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  status: z.string(),
  dest_vpc_id: z.string(),
  dest_network_id: z.string(),
  create_time: opt(z.number()),
  hosts: list(hostSchema),
  available_queue_info: list(peeringSchema),
  elastic_resource_pools: list(peeringSchema),
  routes: list(routeSchema),
  isPrivis: opt(z.boolean()),
});

export const createConnectionAnswer = z.object({ connection_id: z.string().min(1) });

export const listConnectionsAnswer = z.object({
  connections: list(connectionSchema),
  count: opt(z.number()),
});

export const privilegesAnswer = z.object({
  connection_id: opt(z.string()),
  privileges: list(z.unknown()),
});

export const tagSchema = z.object({ key: z.string(), value: z.string().nullish().transform((v) => v ?? '') });
export const listTagsAnswer = z.object({ tags: list(tagSchema) });

export const queueSchema = z.object({
  queue_name: z.string(),
  cidr_in_vpc: opt(z.string()),
  elastic_resource_pool_name: opt(z.string()),
  resource_mode: opt(z.number()),
  queue_type: opt(z.string()),
});
export const listQueuesAnswer = z.object({ queues: list(queueSchema) });

export const elasticResourcePoolSchema = z.object({
  elastic_resource_pool_name: z.string(),
  cidr_in_vpc: opt(z.string()),
  status: opt(z.string()),
  fail_reason: opt(z.string().transform((s) => apiText(s))),
  queues: list(z.string()),
});
export const listPoolsAnswer = z.object({
  elastic_resource_pools: list(elasticResourcePoolSchema),
  count: opt(z.number()),
});

/** 12. `task_id` is an integer in the SDK since 3.1.94 and a string before (and in one edition of the docs). */
export const connectivityTaskAnswer = z.object({
  task_id: z.union([z.string().min(1), z.number()]).transform((v) => apiText(String(v), 100)),
  message: opt(z.string().transform((s) => apiText(s))),
});
/** 13. `connectivity` may be absent while the test runs: then it reads as '' (not final). */
export const connectivityResultAnswer = z.object({
  connectivity: opt(z.string().transform((s) => apiText(s, 100))).transform((v) => v ?? ''),
  message: opt(z.string().transform((s) => apiText(s))),
});

export const vpcAnswer = z.object({
  vpc: z.object({ id: z.string(), name: opt(z.string()), cidr: opt(z.string()), status: opt(z.string()) }),
});
export const subnetAnswer = z.object({
  subnet: z.object({
    id: z.string(),
    name: opt(z.string()),
    vpc_id: z.string(),
    cidr: opt(z.string()),
    status: opt(z.string()),
    neutron_network_id: opt(z.string()),
    neutron_subnet_id: opt(z.string()),
  }),
});
export const routeTableAnswer = z.object({
  routetable: z.object({ id: z.string(), vpc_id: z.string(), subnets: list(z.object({ id: z.string() })) }),
});

export const projectsAnswer = z.object({
  projects: list(z.object({ id: z.string(), name: z.string(), enabled: opt(z.boolean()) })),
});

/** Parses `body` or throws UnexpectedResponseError naming the first offending fields. */
export function parseAnswer<T extends z.ZodTypeAny>(operation: string, schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
  throw new UnexpectedResponseError(operation, detail);
}
