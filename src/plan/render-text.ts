// The plan as concise log text, in the spirit of `terraform plan`:
//   + create kafka_prod
//   ~ update x (hosts +3 −1, queue q1 bound)
//   ~ adopt a (not managed yet: ownership tag added)
//   -/+ replace z (vpc changed: replace)
//   - delete y
//   ? orphan o (no manifest (prune is off))
//   ! blocked w: reason
//   Plan: 1 to create, 2 to update, 0 to replace, 0 to delete, 3 unchanged.
// Host lists are never printed (up to 20,000 of them): reasons carry counts.
import { apiText } from '../untrusted-text.js';
import type { ConnectionChange, Plan } from './types.js';

const ZWSP = '\u200b';

/**
 * Makes text from manifests or API answers unable to act as a runner workflow command when it is logged: a
 * zero-width space goes between any two adjacent colons, so no `::` is left anywhere (a command is a line starting
 * with `::`; breaking every pair, not only leading ones, also covers text that lands at a line start after
 * concatenation or an embedded newline), and the legacy `##[` prefix becomes `#\u200b#[`. Idempotent; the text
 * stays readable.
 */
export function inertText(s: string): string {
  return s.replace(/:(?=:)/g, `:${ZWSP}`).replace(/#(?=#\[)/g, `#${ZWSP}`);
}

const SYMBOL: Record<ConnectionChange['action'], string> = {
  create: '+',
  update: '~',
  adopt: '~',
  replace: '-/+',
  delete: '-',
  orphan: '?',
  blocked: '!',
  unchanged: ' ',
};

function changeLine(c: ConnectionChange): string | undefined {
  // A live name or a reason quoting live text is one log line, whatever the API put in it.
  const name = inertText(apiText(c.name, 200));
  const reasons = c.reasons.map((r) => inertText(apiText(r, 500))).join(', ');
  switch (c.action) {
    case 'unchanged':
      return undefined; // counted in the summary only
    case 'create':
    case 'delete':
      return `${SYMBOL[c.action]} ${c.action} ${name}`;
    case 'blocked':
      return `${SYMBOL.blocked} blocked ${name}: ${reasons || 'refused'}`;
    default:
      return `${SYMBOL[c.action]} ${c.action} ${name}${reasons ? ` (${reasons})` : ''}`;
  }
}

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
  for (const c of plan.changes) {
    const line = changeLine(c);
    if (line !== undefined) lines.push(line);
  }
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
