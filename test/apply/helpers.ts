// Builders for plans and a fake clock, shared by the apply tests.
import { memoryLogger } from '../../src/logger.js';
import type { CreateConnectionRequest, Tag } from '../../src/dli/types.js';
import { OWNERSHIP_TAG_KEY } from '../../src/ownership.js';
import type { ConnectionChange, Plan, PlanStep } from '../../src/plan/types.js';
import type { ApplyDeps } from '../../src/apply/types.js';
import { FakeDliApi } from './fake-api.js';

export const LABEL = 'prod';
export const OWN: Tag = { key: OWNERSHIP_TAG_KEY, value: LABEL };

export function plan(changes: ConnectionChange[]): Plan {
  return {
    version: 1,
    label: LABEL,
    region: 'ap-southeast-1',
    projectId: 'p1',
    changes,
    problems: [],
    hasChanges: changes.some((c) => c.action !== 'unchanged' && c.action !== 'orphan'),
    fingerprint: 'test',
  };
}

export function createRequest(name: string, extra: Partial<CreateConnectionRequest> = {}): CreateConnectionRequest {
  return {
    name,
    dest_vpc_id: 'vpc-1',
    dest_network_id: 'net-1',
    tags: [OWN],
    ...extra,
  };
}

/** A create change: create (with the ownership tag), then `more` steps. */
export function createChange(
  name: string,
  opts: { request?: Partial<CreateConnectionRequest>; more?: PlanStep[] } = {},
): ConnectionChange {
  const request = createRequest(name, opts.request);
  return {
    name,
    action: 'create',
    reasons: ['new'],
    steps: [{ kind: 'create', request }, ...(opts.more ?? [])],
    bindings: { queues: request.queues ?? [], elastic_resource_pools: request.elastic_resource_pools ?? [] },
  };
}

/** A clock that only moves when the code under test sleeps. */
export function fakeClock(start = 1_000_000) {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export function deps(api: FakeDliApi, overrides: Partial<ApplyDeps> = {}) {
  const logger = memoryLogger();
  const clock = fakeClock();
  const d: ApplyDeps = {
    api,
    logger,
    concurrency: 4,
    wait: false,
    waitTimeoutMs: 600_000,
    label: LABEL,
    sleep: clock.sleep,
    now: clock.now,
    ...overrides,
  };
  return { deps: d, logger, clock };
}
