// The plan as log text, in the spirit of `terraform plan`: the same diff the job summary shows (render-diff.ts),
// then a count line.
//   + create kafka_prod
//   +   host kafka-1: 192.168.0.11
//   ~ update x [id]
//   -   host kafka-lb: 192.168.0.20
//   +   host kafka-lb: 192.168.0.99
//   ? orphan o (no manifest; prune is off) [id]
//   ! blocked w (reason) [id]
//   Plan: 1 to create, 2 to update, 0 to replace, 0 to delete, 3 unchanged.
// Long lists (up to 20,000 hosts) are cut per connection with "… and N more".
import { inertText } from '../untrusted-text.js';
import { connectionDiff } from './render-diff.js';
import type { Plan } from './types.js';

/** Counts per summary bucket. Adopt counts as an update (the connection exists and is changed in place). */
export function summarizePlan(plan: Plan): {
  create: number;
  update: number;
  replace: number;
  delete: number;
  unchanged: number;
  orphan: number;
  blocked: number;
} {
  const n = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0, orphan: 0, blocked: 0 };
  for (const c of plan.changes) n[c.action === 'adopt' ? 'update' : c.action]++;
  return n;
}

export function renderPlanText(plan: Plan): string {
  const lines: string[] = [];
  for (const c of plan.changes) if (c.action !== 'unchanged') lines.push(...connectionDiff(c));
  const n = summarizePlan(plan);
  let summary = `Plan: ${n.create} to create, ${n.update} to update, ${n.replace} to replace, ${n.delete} to delete, ${n.unchanged} unchanged.`;
  const extra: string[] = [];
  if (n.orphan > 0) extra.push(`${n.orphan} orphaned (prune is off)`);
  if (n.blocked > 0) extra.push(`${n.blocked} blocked`);
  if (extra.length > 0) summary += ` ${extra.join(', ')}.`;
  if (lines.length === 0) lines.push('No changes: the live connections match the manifests.');
  lines.push(summary);
  // Final pass: pieces joined above could form `::` across a boundary (a name ending in ':' after a ':').
  return inertText(lines.join('\n'));
}
