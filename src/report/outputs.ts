// The action's outputs, computed as plain strings (pure) and set through the runner separately.
import * as core from '@actions/core';
import type { ChangeAction } from '../plan/types.js';
import type { ReportInput } from './types.js';
import { checksOutput } from './checks.js';

export interface ActionOutputs {
  'connection-id': string;
  'connection-ids': string;
  'has-changes': 'true' | 'false';
  created: string;
  updated: string;
  replaced: string;
  deleted: string;
  unchanged: string;
  'plan-file': string;
  'failure-reason': string;
  /** JSON: connection → address → reachable | unreachable | timeout | error | not-run. */
  checks: string;
}

/** Which output list an action counts in; adopt is an update (the connection existed), the rest are not managed. */
const BUCKET: Partial<Record<ChangeAction, 'created' | 'updated' | 'replaced' | 'deleted' | 'unchanged'>> = {
  create: 'created',
  update: 'updated',
  adopt: 'updated',
  replace: 'replaced',
  delete: 'deleted',
  unchanged: 'unchanged',
};

/**
 * Every output, always set (empty string / `[]` / `{}` when not applicable) so that a workflow can rely on them.
 * In apply mode the lists hold what was actually done (a failed or skipped change is not in `created`); in plan
 * mode they hold what the plan would do. `connection-ids` holds every managed connection that has an id (created
 * or existing, deleted ones excluded); `connection-id` is set only when exactly one connection is managed.
 */
export function computeOutputs(input: ReportInput): ActionOutputs {
  const buckets = { created: [] as string[], updated: [] as string[], replaced: [] as string[], deleted: [] as string[], unchanged: [] as string[] };
  const ids: Record<string, string> = {};
  const changes = input.plan?.changes ?? [];
  const results = input.apply ? new Map(input.apply.results.map((r) => [r.name, r])) : undefined;

  for (const c of changes) {
    const bucket = BUCKET[c.action];
    if (!bucket) continue;
    if (results) {
      const r = results.get(c.name);
      // A change counts as done when the apply finished it; unchanged connections need no result to count.
      const done = c.action === 'unchanged' ? !r || r.outcome === 'unchanged' || r.outcome === 'done' : r?.outcome === 'done';
      if (!done) continue;
    }
    buckets[bucket].push(c.name);
  }

  for (const c of changes) {
    if (c.action === 'delete' || c.action === 'orphan' || c.action === 'blocked') continue;
    if (c.action === 'create' || c.action === 'replace') continue; // their id is known only after apply
    if (c.connectionId) ids[c.name] = c.connectionId;
  }
  if (input.apply) {
    for (const r of input.apply.results) {
      if (r.action === 'delete' || r.action === 'orphan') continue;
      if (r.connectionId) ids[r.name] = r.connectionId;
    }
    for (const [name, id] of Object.entries(input.apply.connectionIds)) {
      if (changes.find((c) => c.name === name)?.action === 'delete') continue;
      ids[name] = id;
    }
  }

  const sortedIds = Object.fromEntries(Object.entries(ids).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const idValues = Object.values(sortedIds);
  const managed = changes.filter((c) => !['delete', 'orphan', 'blocked'].includes(c.action)).length;
  return {
    'connection-id': idValues.length === 1 && managed <= 1 ? idValues[0]! : '',
    'connection-ids': JSON.stringify(sortedIds),
    'has-changes': input.plan?.hasChanges ? 'true' : 'false',
    created: JSON.stringify(buckets.created),
    updated: JSON.stringify(buckets.updated),
    replaced: JSON.stringify(buckets.replaced),
    deleted: JSON.stringify(buckets.deleted),
    unchanged: JSON.stringify(buckets.unchanged),
    'plan-file': input.planFile ?? '',
    'failure-reason': input.failureReason ?? '',
    checks: checksOutput(input),
  };
}

/** Sets each output on the runner. */
export function setOutputs(outputs: ActionOutputs | Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
