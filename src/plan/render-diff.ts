// The plan as a diff a reviewer reads at a glance, shared by the log (render-text.ts) and the ```diff block of the
// job summary and PR comment (src/report). Per connection, a header line, then one line per value that changes:
//   ~ update kafka_prod [d6e83db6-…]
//   -   host kafka-lb: 192.168.0.20
//   +   host kafka-lb: 192.168.0.99
//   +   queue q_reporting
// `+` added, `-` removed; a changed value is its old line then its new line (GitHub colours both). Each fact is said
// once; long lists are cut after `maxFacts` lines with "… and N more" (the plan file keeps everything).
import { apiText } from '../untrusted-text.js';
import type { ConnectionChange, FieldChange, Plan, PlanStep } from './types.js';
import { OWNERSHIP_TAG_KEY } from '../ownership.js';

/** "1 host", "2 hosts". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** The word a value of each field is named by, singular ("host kafka-1"). */
export const FACT_WORD: Record<FactField, string> = {
  dest_vpc_id: 'vpc',
  dest_network_id: 'subnet',
  routetable_id: 'route table',
  hosts: 'host',
  queues: 'queue',
  elastic_resource_pools: 'pool',
  routes: 'route',
  tags: 'tag',
};

/** A create also shows its route table (create-only, so never a FieldChange of an update). */
export type FactField = FieldChange['field'] | 'routetable_id';
export type Fact = Omit<FieldChange, 'field'> & { field: FactField };

/** The symbol of each action in the header line (terraform's, plus `?` orphan and `!` blocked). */
export const ACTION_SYMBOL: Record<ConnectionChange['action'], string> = {
  create: '+',
  update: '~',
  adopt: '~',
  replace: '-/+',
  delete: '-',
  orphan: '?',
  blocked: '!',
  unchanged: ' ',
};

/**
 * Reading order of the connections: what changes first, then what is blocked, then orphans, then unchanged ones
 * (stable: name order within each group, as the plan sorts them). The report table uses it too.
 */
const READING_GROUP: Record<ConnectionChange['action'], number> = {
  create: 0,
  update: 0,
  adopt: 0,
  replace: 0,
  delete: 0,
  blocked: 1,
  orphan: 2,
  unchanged: 3,
};

export function displayOrder<T extends { action: ConnectionChange['action'] }>(changes: readonly T[]): T[] {
  return [...changes].sort((a, b) => READING_GROUP[a.action] - READING_GROUP[b.action]);
}

/** How many value lines a connection shows in the diff before "… and N more". */
export const DIFF_FACTS_PER_CONNECTION = 20;

/** The longest name or value shown whole in a line of the diff (a tag value holds up to 255 characters). */
const SHOWN_CHARS = 300;

/**
 * Text from manifests and API answers as one line of sane length (untrusted-text.ts): a line break would start a
 * line of its own in the diff, and in the log a line of its own is where a workflow command is read.
 */
function oneLine(s: string): string {
  return apiText(s, SHOWN_CHARS);
}

/** What a create request sets, as added values (the ownership tag is implied by every create and not shown). */
function createFacts(steps: readonly PlanStep[]): Fact[] {
  const facts: Fact[] = [];
  for (const s of steps) {
    if (s.kind === 'create') {
      const r = s.request;
      facts.push({ field: 'dest_vpc_id', new: r.dest_vpc_id }, { field: 'dest_network_id', new: r.dest_network_id });
      if (r.routetable_id) facts.push({ field: 'routetable_id', new: r.routetable_id });
      for (const h of r.hosts ?? []) facts.push({ field: 'hosts', key: h.name, new: h.ip });
      for (const q of r.queues ?? []) facts.push({ field: 'queues', key: q, new: q });
      for (const p of r.elastic_resource_pools ?? []) facts.push({ field: 'elastic_resource_pools', key: p, new: p });
    } else if (s.kind === 'add-route') {
      facts.push({ field: 'routes', key: s.route.name, new: s.route.cidr });
    }
  }
  for (const s of steps) {
    if (s.kind !== 'create') continue;
    for (const t of s.request.tags ?? []) if (t.key !== OWNERSHIP_TAG_KEY) facts.push({ field: 'tags', key: t.key, new: t.value });
  }
  return facts;
}

/**
 * The values a change sets, changes or removes, in reading order. Create: what the request carries. Replace: the
 * VPC/subnet that force it, then what the new connection carries. Update/adopt: the plan's fieldChanges.
 */
export function changeFacts(c: ConnectionChange): Fact[] {
  switch (c.action) {
    case 'create':
      return createFacts(c.steps);
    case 'replace': {
      // The VPC and subnet show as old → new (a replace field that did not change is not news).
      const placement = (f: Fact): boolean => f.field === 'dest_vpc_id' || f.field === 'dest_network_id';
      return [...(c.fieldChanges ?? []), ...createFacts(c.steps).filter((f) => !placement(f))];
    }
    case 'update':
    case 'adopt':
      return c.fieldChanges ?? [];
    default:
      return [];
  }
}

/** `+` added, `-` removed, `~` changed. */
export function factSign(f: Fact): '+' | '-' | '~' {
  if (f.old === undefined) return '+';
  if (f.new === undefined) return '-';
  return '~';
}

function isBinding(f: Fact): boolean {
  return f.field === 'queues' || f.field === 'elastic_resource_pools';
}

/** "host kafka-lb" / "vpc" / "queue q1". */
function subject(f: Fact): string {
  return f.key === undefined ? FACT_WORD[f.field] : `${FACT_WORD[f.field]} ${oneLine(f.key)}`;
}

/** One value as text without its sign: "host kafka-lb: 192.168.0.20 → 192.168.0.99", "queue q1", "vpc abc". */
export function factText(f: Fact): string {
  if (isBinding(f)) return subject(f);
  const value = (v: string | undefined): string => oneLine(v ?? '');
  if (factSign(f) === '~') return `${subject(f)}: ${value(f.old)} \u2192 ${value(f.new)}`;
  const v = value(f.old ?? f.new);
  return f.key === undefined ? `${subject(f)} ${v}` : `${subject(f)}: ${v}`;
}

/** The diff lines of one value: its old line and/or its new line. */
function factDiffLines(f: Fact): string[] {
  if (factSign(f) !== '~') return [`${factSign(f)}   ${factText(f)}`];
  return [`-   ${factText({ ...f, new: undefined })}`, `+   ${factText({ ...f, old: undefined })}`];
}

/** Words in the header after the action: why a delete/orphan/blocked happens, that an adoption takes one over. */
function headerNote(c: ConnectionChange): string {
  switch (c.action) {
    case 'delete':
    case 'orphan':
    case 'blocked':
      return c.reasons.join(', ');
    case 'adopt':
      return 'not managed yet'; // the ownership tag it gets is one of its values
    case 'replace':
      return c.reasons.filter((r) => r.startsWith('not managed yet')).join(', ');
    default:
      return '';
  }
}

/** "~ update kafka_prod [d6e83db6-…]". */
export function headerLine(c: ConnectionChange): string {
  const note = headerNote(c);
  const id = c.connectionId ? ` [${oneLine(c.connectionId)}]` : '';
  return `${ACTION_SYMBOL[c.action]} ${c.action} ${oneLine(c.name)}${note ? ` (${oneLine(note)})` : ''}${id}`;
}

/** One connection's diff: its header and up to `maxFacts` values (a changed value counts once). */
export function connectionDiff(c: ConnectionChange, maxFacts = DIFF_FACTS_PER_CONNECTION): string[] {
  const facts = changeFacts(c);
  const lines = [headerLine(c)];
  for (const f of facts.slice(0, maxFacts)) lines.push(...factDiffLines(f));
  if (facts.length > maxFacts) lines.push(`    \u2026 and ${facts.length - maxFacts} more`);
  return lines;
}

/** Every connection that is not unchanged, in reading order, one block each, separated by a blank line. Unchanged
 *  ones are counted by the callers. Empty when nothing changes. */
export function planDiff(plan: Pick<Plan, 'changes'>, maxFacts = DIFF_FACTS_PER_CONNECTION): string {
  return displayOrder(plan.changes)
    .filter((c) => c.action !== 'unchanged')
    .map((c) => connectionDiff(c, maxFacts).join('\n'))
    .join('\n\n');
}
