// The plan as plain text, one block per connection with its API steps: what goes into the collapsible "full plan"
// of the summary and the comment (inside a code block, so it needs no markdown escaping).
import type { ChangeAction, ConnectionChange, Plan, PlanStep } from '../plan/types.js';

const ACTION_SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  adopt: '~',
  delete: '-',
  unchanged: ' ',
  orphan: '?',
  blocked: '!',
};

/** Host lists can hold 20,000 entries: a plan line shows the first few and a count. */
const MAX_LISTED = 10;

function list(xs: readonly string[]): string {
  if (xs.length === 0) return '(none)';
  const shown = xs.slice(0, MAX_LISTED).join(', ');
  return xs.length > MAX_LISTED ? `${shown}, … ${xs.length - MAX_LISTED} more` : shown;
}

/** One API call of the plan, as a line a reviewer understands. */
export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'create': {
      const r = step.request;
      const parts = [`vpc ${r.dest_vpc_id}`, `subnet ${r.dest_network_id}`];
      if (r.routetable_id) parts.push(`route table ${r.routetable_id}`);
      if (r.queues?.length) parts.push(`queues ${list(r.queues)}`);
      if (r.elastic_resource_pools?.length) parts.push(`pools ${list(r.elastic_resource_pools)}`);
      if (r.hosts?.length) parts.push(`${r.hosts.length} hosts`);
      if (r.tags?.length) parts.push(`tags ${r.tags.map((t) => t.key).join(', ')}`);
      return `create connection (${parts.join('; ')})`;
    }
    case 'delete':
      return `delete connection ${step.connectionId}`;
    case 'replace-hosts': {
      const added = step.added.map((h) => `${h.name}=${h.ip}`);
      const removed = step.removed.map((h) => h.name);
      return `replace hosts (${step.hosts.length} total): added ${list(added)}; removed ${list(removed)}`;
    }
    case 'bind':
      return `bind queues ${list(step.queues)}; pools ${list(step.elastic_resource_pools)}`;
    case 'unbind':
      return `unbind queues ${list(step.queues)}; pools ${list(step.elastic_resource_pools)}`;
    case 'add-route':
      return `add route ${step.route.name} ${step.route.cidr}`;
    case 'delete-route':
      return `delete route ${step.name}`;
    case 'add-tags':
      return `add tags ${list(step.tags.map((t) => `${t.key}=${t.value}`))}`;
    case 'delete-tags':
      return `delete tags ${list(step.tags.map((t) => t.key))}`;
  }
}

/** One connection's block: `+ name (create)`, its reasons, then its steps, indented. */
export function changeText(c: ConnectionChange): string {
  const id = c.connectionId ? ` [${c.connectionId}]` : '';
  const lines = [`${ACTION_SYMBOL[c.action]} ${c.name} (${c.action})${id}`];
  for (const r of c.reasons) lines.push(`    # ${r}`);
  for (const s of c.steps) lines.push(`    ${describeStep(s)}`);
  return lines.join('\n');
}

/** The whole plan; unchanged connections are one line each so that a big repository stays readable. */
export function planText(plan: Plan): string {
  const header = `Plan for label ${plan.label}, region ${plan.region}, project ${plan.projectId} (fingerprint ${plan.fingerprint})`;
  const blocks = plan.changes.map((c) => (c.action === 'unchanged' ? `  ${c.name} (unchanged)` : changeText(c)));
  return [header, '', ...blocks].join('\n');
}
