// Small builders for report inputs: plans, changes, apply results.
import type { ChangeAction, ConnectionChange, Plan } from '../../src/plan/types.js';
import type { ApplyConnectionResult, ReportInput } from '../../src/report/types.js';

export function change(name: string, action: ChangeAction, extra: Partial<ConnectionChange> = {}): ConnectionChange {
  return {
    name,
    action,
    reasons: action === 'unchanged' ? [] : [`${action} reason for ${name}`],
    steps: action === 'delete' ? [{ kind: 'delete', connectionId: `id-${name}` }] : [],
    connectionId: action === 'create' ? undefined : `id-${name}`,
    ...extra,
  };
}

export function plan(changes: ConnectionChange[], extra: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    label: 'default',
    region: 'cn-north-4',
    projectId: 'proj123',
    changes,
    problems: [],
    hasChanges: changes.some((c) => c.action !== 'unchanged' && c.action !== 'orphan'),
    fingerprint: 'f'.repeat(64),
    ...extra,
  };
}

export function result(name: string, action: ChangeAction, extra: Partial<ApplyConnectionResult> = {}): ApplyConnectionResult {
  return { name, action, outcome: 'done', completedSteps: [], pendingSteps: [], connectionId: `id-${name}`, ...extra };
}

export function planInput(p: Plan, extra: Partial<ReportInput> = {}): ReportInput {
  return { mode: 'plan', region: p.region, projectId: p.projectId, label: p.label, diagnostics: [], plan: p, ...extra };
}
