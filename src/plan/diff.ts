// The pure diff: desired connections (manifests) against the observed live state → a Plan.
// No I/O, no clock, no randomness: the same input always gives the same plan (and the same fingerprint), which is
// what lets apply refuse a plan that changed since it was reviewed.
//
// Rules (docs/manifests.md, "What changes how"), per manifest, matched BY NAME against live connections that are not
// DELETED:
//   no live match            → create (request carries hosts, queues, pools, routetable_id and the tags incl. the
//                              ownership tag; routes follow as add-route steps: Create has no routes field)
//   two or more live matches → blocked, error naming every id (never guess)
//   one match, owned by another label → blocked
//   one match, replace field differs (see fields.ts) → replace with allow-replace, else blocked (replace-blocked)
//   one match otherwise      → in-place steps; 'update' when owned by this label, 'adopt' when not (plus the
//                              ownership tag)
// Live connections owned by this label that no manifest names → delete with prune, else orphan (reported).
// Live connections not owned by this label and not named by a manifest are none of our business: not reported.
// Problem messages are for people: strings echoed from API answers in them go through inertText. Reasons and steps
// are data (plan file, fingerprint) and stay raw: renderers neutralise or escape them.
import type { Diagnostic } from '../diagnostics.js';
import type { LiveConnection, Peering, Tag } from '../dli/types.js';
import type { ConnectionManifest, HostRecord, RouteSpec } from '../manifest/types.js';
import { FIELD_TABLE, fieldsUpdatedBy } from './fields.js';
import { fingerprintPlan } from './fingerprint.js';
import { apiText, inertText } from '../untrusted-text.js';
import { OWNERSHIP_TAG_KEY } from '../ownership.js';
import { plural } from './render-diff.js';
import type { ChangeAction, ConnectionChange, FieldChange, LiveState, Plan, PlanInput, PlanStep } from './types.js';

/** U+2212, the minus sign reasons use ("hosts +3 −1"). */
const MINUS = '\u2212';

/**
 * Order of the steps of one connection, and why:
 *  1. delete, 2. create: a replace removes the old connection, then creates the new one (same name: the old one
 *     must be gone first), before anything else can be done to it; a delete is the only step of its change.
 *     A create's routes follow as add-route steps (Create has no routes field).
 *  3. replace-hosts: one full overwrite, independent of everything else; done early so the names resolve by the
 *     time new bindings' peerings come up.
 *  4. unbind before 5. bind: a name that must move between `queues` and `elastic_resource_pools` is unbound first,
 *     and peerings are released before new ones are made (fewer peerings alive at any moment).
 *  6. delete-route before 7. add-route: a changed route is delete + add under the same name (names are unique per
 *     connection), and two routes of a connection may not share a CIDR, so a CIDR moving from one route to another
 *     needs the old route gone first.
 *  8. delete-tags before 9. add-tags: a changed tag value is delete old + add new (the API does not document whether
 *     create overwrites), and a connection holds at most 10 tags, so removing first keeps within the limit. Tags
 *     come last so that an adopted connection carries our ownership tag only once it matches its manifest.
 */
export const STEP_ORDER: readonly PlanStep['kind'][] = [
  'delete',
  'create',
  'replace-hosts',
  'unbind',
  'bind',
  'delete-route',
  'add-route',
  'delete-tags',
  'add-tags',
];

function sortSteps(steps: PlanStep[]): PlanStep[] {
  const rank = (s: PlanStep): number => STEP_ORDER.indexOf(s.kind);
  // Array.prototype.sort is stable: steps of one kind keep their order (routes in manifest order).
  return [...steps].sort((a, b) => rank(a) - rank(b));
}

export function isDeletedStatus(status: string): boolean {
  return status.trim().toUpperCase() === 'DELETED';
}

/** Whether the manifest manages tags (declared a `tags` map, even an empty one). */
export function tagsDeclared(m: ConnectionManifest): boolean {
  // Manifests built without the loader (tests, export) may leave tagsDeclared unset: a non-empty map is declared.
  return m.tagsDeclared ?? Object.keys(m.tags).length > 0;
}

/** The user tags a manifest asks for, sorted by key (the ownership tag is never the manifest's to set). */
function desiredUserTags(m: ConnectionManifest): Tag[] {
  return Object.entries(m.tags)
    .filter(([key]) => key !== OWNERSHIP_TAG_KEY)
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => compareStrings(a.key, b.key));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ownershipTag(label: string): Tag {
  return { key: OWNERSHIP_TAG_KEY, value: label };
}

function manifestRef(m: ConnectionManifest): { file: string; line: number } {
  return { file: m.source.file, line: m.source.position.line };
}

/** Queues and pools the connection should end up bound to, lowercased (DLI stores names lowercase, and waits
 *  compare them with live peerings). */
function desiredBindings(m: ConnectionManifest): { queues: string[]; elastic_resource_pools: string[] } {
  const norm = (xs: string[]): string[] => [...new Set(xs.map((x) => x.toLowerCase()))].sort(compareStrings);
  return { queues: norm(m.queues), elastic_resource_pools: norm(m.elastic_resource_pools) };
}

function createRequestSteps(m: ConnectionManifest, label: string): PlanStep[] {
  const request: Extract<PlanStep, { kind: 'create' }>['request'] = {
    name: m.name,
    dest_vpc_id: m.dest_vpc_id,
    dest_network_id: m.dest_network_id,
  };
  if (m.routetable_id) request.routetable_id = m.routetable_id;
  if (m.queues.length > 0) request.queues = [...m.queues];
  if (m.elastic_resource_pools.length > 0) request.elastic_resource_pools = [...m.elastic_resource_pools];
  if (m.hosts.length > 0) request.hosts = m.hosts.map((h) => ({ name: h.name, ip: h.ip }));
  // The ownership tag rides in the create body, so a connection is never ours-but-untagged, even after a crash.
  request.tags = [...desiredUserTags(m), ownershipTag(label)];
  const steps: PlanStep[] = [{ kind: 'create', request }];
  for (const route of m.routes) steps.push({ kind: 'add-route', route: { name: route.name, cidr: route.cidr } });
  return steps;
}

// ---------------------------------------------------------------------------------------------------------------
// In-place comparisons, one per update kind of the field table.

interface StepsAndReasons {
  steps: PlanStep[];
  reasons: string[];
  /** The values that change, old → new (ConnectionChange.fieldChanges). */
  changes: FieldChange[];
}

function hostKey(h: HostRecord): string {
  return `${h.name}\u0000${h.ip}`;
}

/** Hosts are a SET of name/ip pairs: reordering alone is no change. */
function diffHosts(desired: HostRecord[], live: HostRecord[]): StepsAndReasons {
  const desiredKeys = new Set(desired.map(hostKey));
  const liveKeys = new Set(live.map(hostKey));
  const added = uniqueHosts(desired.filter((h) => !liveKeys.has(hostKey(h))));
  const removed = uniqueHosts(live.filter((h) => !desiredKeys.has(hostKey(h))));
  if (added.length === 0 && removed.length === 0) return { steps: [], reasons: [], changes: [] };
  const parts = [added.length > 0 ? `+${added.length}` : '', removed.length > 0 ? `${MINUS}${removed.length}` : ''];
  return {
    steps: [
      {
        kind: 'replace-hosts',
        hosts: desired.map((h) => ({ name: h.name, ip: h.ip })),
        added,
        removed,
      },
    ],
    reasons: [`${FIELD_TABLE.hosts.reasonWord} ${parts.filter(Boolean).join(' ')}`],
    changes: hostChanges(added, removed),
  };
}

/**
 * Added and removed hosts as the reader sees them: a name removed once and added once moved to another IP
 * (`kafka-lb: 192.168.0.20 → 192.168.0.99`); any other name is listed as added or removed with its IP.
 * Sorted by name, removed before added within a name.
 */
function hostChanges(added: HostRecord[], removed: HostRecord[]): FieldChange[] {
  const count = (hs: HostRecord[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const h of hs) m.set(h.name, (m.get(h.name) ?? 0) + 1);
    return m;
  };
  const addedPerName = count(added);
  const removedPerName = count(removed);
  const moved = (name: string): boolean => addedPerName.get(name) === 1 && removedPerName.get(name) === 1;
  const addedByName = new Map(added.map((h) => [h.name, h]));
  const changes: FieldChange[] = [];
  for (const h of removed) {
    const to = moved(h.name) ? addedByName.get(h.name) : undefined;
    changes.push(to ? { field: 'hosts', key: h.name, old: h.ip, new: to.ip } : { field: 'hosts', key: h.name, old: h.ip });
  }
  for (const h of added) if (!moved(h.name)) changes.push({ field: 'hosts', key: h.name, new: h.ip });
  // Stable: removed before added for one name (the order they were pushed in).
  return changes.sort((a, b) => compareStrings(a.key ?? '', b.key ?? ''));
}

function uniqueHosts(hs: HostRecord[]): HostRecord[] {
  const seen = new Set<string>();
  const out: HostRecord[] = [];
  for (const h of hs) {
    const k = hostKey(h);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ name: h.name, ip: h.ip });
  }
  return out;
}

type BindingField = 'queues' | 'elastic_resource_pools';
const BINDING_FIELDS = fieldsUpdatedBy('in-place: bind/unbind') as BindingField[];

/**
 * Under which request field a live peering found in a given live list is unbound. A queue bound through `queues`
 * may be reported under `elastic_resource_pools`; once the manifest no longer names it we cannot tell a queue from
 * a pool, so we unbind it under the list DLI reports it in: that list is where DLI keeps the peering, and the
 * request then names the peering exactly as DLI showed it.
 */
const UNBIND_FIELD_FOR_LIVE_LIST: Record<'available_queue_info' | 'elastic_resource_pools', BindingField> = {
  available_queue_info: 'queues',
  elastic_resource_pools: 'elastic_resource_pools',
};

type PeeringList = keyof typeof UNBIND_FIELD_FOR_LIVE_LIST;

/** The live lists bound names are read from: the union of the field table's `live` entries of the binding fields. */
const BINDING_LIVE_LISTS: readonly PeeringList[] = (() => {
  const lists = new Set<PeeringList>();
  for (const field of BINDING_FIELDS) {
    const live = FIELD_TABLE[field].live;
    if (!Array.isArray(live)) throw new Error(`field table: binding field ${field} has no live list`);
    for (const l of live) {
      if (!(l in UNBIND_FIELD_FOR_LIVE_LIST)) throw new Error(`field table: ${field} reads ${String(l)}, not a peering list`);
      lists.add(l as PeeringList);
    }
  }
  return [...lists];
})();

/**
 * Bound names are compared across BOTH live lists and BOTH manifest fields, case-insensitively (DLI stores names
 * lowercase). A desired name bound under either live list is bound. A bound name no manifest field asks for is
 * unbound under the list it was found in.
 */
function diffBindings(m: ConnectionManifest, live: LiveConnection): StepsAndReasons {
  const liveLists = BINDING_LIVE_LISTS;
  const liveNames = new Set<string>();
  for (const list of liveLists) for (const p of live[list] as Peering[]) liveNames.add(p.name.toLowerCase());
  const desiredNames = new Set<string>();
  for (const field of BINDING_FIELDS) for (const n of m[field]) desiredNames.add(n.toLowerCase());

  const bind: Record<BindingField, string[]> = { queues: [], elastic_resource_pools: [] };
  const unbind: Record<BindingField, string[]> = { queues: [], elastic_resource_pools: [] };
  const reasons: string[] = [];
  for (const field of BINDING_FIELDS) {
    const seen = new Set<string>();
    for (const name of m[field]) {
      const lower = name.toLowerCase();
      if (liveNames.has(lower) || seen.has(lower)) continue;
      seen.add(lower);
      bind[field].push(name);
    }
  }
  for (const list of liveLists) {
    const field = UNBIND_FIELD_FOR_LIVE_LIST[list];
    const seen = new Set<string>();
    for (const p of live[list] as Peering[]) {
      const lower = p.name.toLowerCase();
      if (desiredNames.has(lower) || seen.has(lower)) continue;
      seen.add(lower);
      unbind[field].push(p.name);
    }
  }
  const steps: PlanStep[] = [];
  const sorted = (xs: string[]): string[] => [...xs].sort(compareStrings);
  if (unbind.queues.length + unbind.elastic_resource_pools.length > 0) {
    steps.push({ kind: 'unbind', queues: sorted(unbind.queues), elastic_resource_pools: sorted(unbind.elastic_resource_pools) });
  }
  if (bind.queues.length + bind.elastic_resource_pools.length > 0) {
    steps.push({ kind: 'bind', queues: sorted(bind.queues), elastic_resource_pools: sorted(bind.elastic_resource_pools) });
  }
  const changes: FieldChange[] = [];
  for (const field of BINDING_FIELDS) {
    const word = FIELD_TABLE[field].reasonWord;
    for (const n of sorted(unbind[field])) {
      reasons.push(`${word} ${n} unbound`);
      changes.push({ field, key: n, old: n });
    }
  }
  for (const field of BINDING_FIELDS) {
    const word = FIELD_TABLE[field].reasonWord;
    for (const n of sorted(bind[field])) {
      reasons.push(`${word} ${n} bound`);
      changes.push({ field, key: n, new: n });
    }
  }
  return { steps, reasons, changes };
}

/** Routes by name: new → add, gone → delete, changed cidr → delete + add. */
function diffRoutes(desired: RouteSpec[], live: RouteSpec[]): StepsAndReasons {
  const word = FIELD_TABLE.routes.reasonWord;
  const liveByName = new Map(live.map((r) => [r.name, r.cidr]));
  const desiredNames = new Set(desired.map((r) => r.name));
  const steps: PlanStep[] = [];
  const reasons: string[] = [];
  const changes: FieldChange[] = [];
  const removed = live.filter((r) => !desiredNames.has(r.name)).sort((a, b) => compareStrings(a.name, b.name));
  for (const r of removed) {
    steps.push({ kind: 'delete-route', name: r.name });
    reasons.push(`${word} ${r.name} removed`);
    changes.push({ field: 'routes', key: r.name, old: r.cidr });
  }
  for (const r of desired) {
    const liveCidr = liveByName.get(r.name);
    if (liveCidr === undefined) {
      steps.push({ kind: 'add-route', route: { name: r.name, cidr: r.cidr } });
      reasons.push(`${word} ${r.name} added`);
      changes.push({ field: 'routes', key: r.name, new: r.cidr });
    } else if (liveCidr !== r.cidr) {
      steps.push({ kind: 'delete-route', name: r.name });
      steps.push({ kind: 'add-route', route: { name: r.name, cidr: r.cidr } });
      reasons.push(`${word} ${r.name} changed (${liveCidr} \u2192 ${r.cidr})`);
      changes.push({ field: 'routes', key: r.name, old: liveCidr, new: r.cidr });
    }
  }
  return { steps, reasons, changes };
}

/**
 * Tags, when the manifest declares them: the live user tags (all but the ownership tag) must equal the manifest's.
 * A changed value is delete old + add new (see STEP_ORDER). The ownership tag is never deleted: it is excluded on
 * both sides. `extraAdd` carries the ownership tag of an adoption, merged into the one add-tags call.
 */
function diffTags(m: ConnectionManifest, liveTags: Tag[] | undefined, extraAdd: Tag[]): StepsAndReasons {
  const word = FIELD_TABLE.tags.reasonWord;
  const add: Tag[] = [];
  const del: Tag[] = [];
  const reasons: string[] = [];
  const changes: FieldChange[] = [];
  if (tagsDeclared(m)) {
    const desired = desiredUserTags(m);
    const live = (liveTags ?? []).filter((t) => t.key !== OWNERSHIP_TAG_KEY);
    const liveByKey = new Map(live.map((t) => [t.key, t.value]));
    const desiredKeys = new Set(desired.map((t) => t.key));
    for (const t of [...live].sort((a, b) => compareStrings(a.key, b.key))) {
      if (!desiredKeys.has(t.key)) {
        del.push({ key: t.key, value: t.value });
        reasons.push(`${word} ${t.key} removed`);
        changes.push({ field: 'tags', key: t.key, old: t.value });
      }
    }
    for (const t of desired) {
      const liveValue = liveByKey.get(t.key);
      if (liveValue === undefined) {
        add.push(t);
        reasons.push(`${word} ${t.key} added`);
        changes.push({ field: 'tags', key: t.key, new: t.value });
      } else if (liveValue !== t.value) {
        del.push({ key: t.key, value: liveValue });
        add.push(t);
        reasons.push(`${word} ${t.key} changed`);
        changes.push({ field: 'tags', key: t.key, old: liveValue, new: t.value });
      }
    }
  }
  add.push(...extraAdd);
  for (const t of extraAdd) changes.push({ field: 'tags', key: t.key, new: t.value });
  const steps: PlanStep[] = [];
  if (del.length > 0) steps.push({ kind: 'delete-tags', tags: del.sort((a, b) => compareStrings(a.key, b.key)) });
  if (add.length > 0) steps.push({ kind: 'add-tags', tags: add });
  return { steps, reasons, changes };
}

// ---------------------------------------------------------------------------------------------------------------

/** The replace fields (fields.ts) whose live value differs from the manifest. */
function replaceFieldsChanged(m: ConnectionManifest, live: LiveConnection): ('dest_vpc_id' | 'dest_network_id')[] {
  const out: ('dest_vpc_id' | 'dest_network_id')[] = [];
  for (const field of fieldsUpdatedBy('replace') as ('dest_vpc_id' | 'dest_network_id')[]) {
    const liveFields = FIELD_TABLE[field].live;
    if (!Array.isArray(liveFields) || liveFields.length !== 1) throw new Error(`field table: ${field} has no live field`);
    const liveValue = live[liveFields[0] as keyof LiveConnection];
    if (liveValue !== m[field]) out.push(field);
  }
  return out;
}

/** A connection carries at most 10 tags (console limit, docs/reference/dli-api.md), the ownership tag included. */
const MAX_TAGS = 10;

/** How many tags the connection holds once the tag steps ran; undefined when its tags were not read. */
function tagsAfter(liveTags: Tag[] | undefined, steps: PlanStep[]): number | undefined {
  if (liveTags === undefined) return undefined;
  const keys = new Set(liveTags.map((t) => t.key));
  for (const s of steps) if (s.kind === 'delete-tags') for (const t of s.tags) keys.delete(t.key);
  for (const s of steps) if (s.kind === 'add-tags') for (const t of s.tags) keys.add(t.key);
  return keys.size;
}

function liveTagOwner(tags: Tag[] | undefined): string | undefined {
  return tags?.find((t) => t.key === OWNERSHIP_TAG_KEY)?.value;
}

/**
 * A FAILED peering on a connection this plan manages: the user needs DLI's own reason (err_msg), in the log and the
 * summary, not only in the plan file. A warning: the plan may still be what fixes it (unbind, replace).
 */
function failedPeeringWarnings(m: ConnectionManifest, conn: LiveConnection): Diagnostic[] {
  const lists = [
    ['queue', 'available_queue_info', conn.available_queue_info],
    ['pool', 'elastic_resource_pools', conn.elastic_resource_pools],
  ] as const;
  const out: Diagnostic[] = [];
  for (const [kind, field, peerings] of lists) {
    for (const p of peerings) {
      if (p.status !== 'FAILED') continue;
      const manifestField = field === 'available_queue_info' ? 'queues' : 'elastic_resource_pools';
      out.push({
        severity: 'warning',
        code: 'peering-failed',
        message:
          `connection "${m.name}" (${inertText(apiText(conn.id, 100))}): the peering of ${kind} ` +
          `"${inertText(apiText(p.name, 200))}" is FAILED: ${inertText(apiText(p.err_msg ?? 'DLI gave no error message'))}`,
        hint: "check the target subnet's security groups, route table and CIDR overlap; a FAILED pool cannot be unbound: fix it in DLI or bind another",
        position: m.source.locate([manifestField]),
      });
    }
  }
  return out;
}

interface Ctx {
  input: PlanInput;
  problems: Diagnostic[];
}

function planOne(m: ConnectionManifest, matches: LiveConnection[], ctx: Ctx): ConnectionChange {
  const { live, label, allowReplace } = ctx.input;
  const base = { name: m.name, manifest: manifestRef(m), bindings: desiredBindings(m) };
  const blocked = (reason: string, problem: Diagnostic, connectionId?: string): ConnectionChange => {
    ctx.problems.push(problem);
    return { ...base, action: 'blocked', ...(connectionId ? { connectionId } : {}), reasons: [reason], steps: [] };
  };

  if (matches.length === 0) {
    return { ...base, action: 'create', reasons: createReasons(m), steps: createRequestSteps(m, label) };
  }
  if (matches.length > 1) {
    const ids = matches.map((c) => c.id).sort(compareStrings);
    return blocked(`${matches.length} live connections share this name`, {
      severity: 'error',
      code: 'duplicate-live-name',
      message: `${matches.length} live connections are named "${m.name}" (ids ${inertText(ids.join(', '))}); refusing to guess which one this manifest means`,
      hint: 'delete or rename the extra connection(s) in DLI, then run again',
      position: m.source.locate(['name']),
    });
  }

  const conn = matches[0] as LiveConnection;
  const liveTags = live.tags.get(conn.id);
  const tagOwner = liveTagOwner(liveTags);
  const owned = live.owned.has(conn.id) || tagOwner === label;
  if (!owned && tagOwner !== undefined) {
    return blocked(
      `owned by label "${tagOwner}"`,
      {
        severity: 'error',
        code: 'owned-by-other-label',
        message: `connection "${m.name}" (${inertText(conn.id)}) is managed by this action under label "${inertText(tagOwner)}", not "${label}"; refusing to take it over`,
        hint: `use label "${inertText(tagOwner)}" for this manifest, or remove the tag ${OWNERSHIP_TAG_KEY} from the connection first`,
        position: m.source.locate(['name']),
      },
      conn.id,
    );
  }

  ctx.problems.push(...failedPeeringWarnings(m, conn));

  const replaceFields = replaceFieldsChanged(m, conn);
  if (replaceFields.length > 0) {
    const words = replaceFields.map((f) => FIELD_TABLE[f].reasonWord);
    if (!allowReplace) {
      const details = replaceFields.map((f) => `${f} ${inertText(conn[f])} \u2192 ${m[f]}`).join(', ');
      return blocked(
        `${words.join(' and ')} changed: replace needs allow-replace`,
        {
          severity: 'error',
          code: 'replace-blocked',
          message: `connection "${m.name}" must be replaced (${details}): replacing breaks running jobs; set allow-replace: true to let it happen`,
          position: m.source.locate([replaceFields[0] as string]),
        },
        conn.id,
      );
    }
    return {
      ...base,
      action: 'replace',
      connectionId: conn.id,
      fieldChanges: replaceFields.map((f) => ({ field: f, old: conn[f], new: m[f] })),
      // An unmanaged connection is replaced only because the manifest names it and allow-replace is on; say so.
      reasons: [`${words.join(' and ')} changed: replace`, ...(owned ? [] : ['not managed yet: replaced by a managed one'])],
      steps: sortSteps([{ kind: 'delete', connectionId: conn.id }, ...createRequestSteps(m, label)]),
    };
  }

  const parts: StepsAndReasons[] = [
    diffHosts(m.hosts, conn.hosts),
    diffBindings(m, conn),
    diffRoutes(m.routes, conn.routes),
    diffTags(m, liveTags, owned ? [] : [ownershipTag(label)]),
  ];
  const steps = sortSteps(parts.flatMap((p) => p.steps));
  const reasons = parts.flatMap((p) => p.reasons);
  const fieldChanges = parts.flatMap((p) => p.changes);
  const tagCount = tagsAfter(liveTags, steps);
  if (tagCount !== undefined && tagCount > MAX_TAGS) {
    // Typically adopting a connection that already holds 10 tags: the ownership tag would be an 11th, and the
    // tag call would fail half-way through the apply. Refuse up front instead.
    return blocked(
      `would carry ${tagCount} tags (at most ${MAX_TAGS})`,
      {
        severity: 'error',
        code: 'too-many-tags',
        message: `connection "${m.name}" (${inertText(conn.id)}) would carry ${tagCount} tags after this plan, incl. ${OWNERSHIP_TAG_KEY}; DLI allows at most ${MAX_TAGS}`,
        hint: 'declare `tags` in the manifest without the ones you do not need (declared tags replace the live ones), or remove some in the console',
        position: m.source.locate(['tags']),
      },
      conn.id,
    );
  }
  let action: ChangeAction;
  if (!owned) {
    action = 'adopt';
    reasons.unshift('not managed yet: ownership tag added');
  } else {
    action = steps.length === 0 ? 'unchanged' : 'update';
  }
  return { ...base, action, connectionId: conn.id, reasons, steps, ...(fieldChanges.length > 0 ? { fieldChanges } : {}) };
}

function ownershipTagInManifest(m: ConnectionManifest): Diagnostic | undefined {
  if (!Object.prototype.hasOwnProperty.call(m.tags, OWNERSHIP_TAG_KEY)) return undefined;
  return {
    severity: 'warning',
    code: 'ownership-tag-in-manifest',
    message: `tag ${OWNERSHIP_TAG_KEY} is set by the action from its label; the value in the manifest of "${m.name}" is ignored`,
    position: m.source.locate(['tags', OWNERSHIP_TAG_KEY]),
  };
}

/** Desired vs live → the plan. Pure. */
export function computePlan(input: PlanInput): Plan {
  const ctx: Ctx = { input, problems: [] };
  const liveConns = input.live.connections.filter((c) => !isDeletedStatus(c.status));
  const liveByName = new Map<string, LiveConnection[]>();
  for (const c of liveConns) {
    const list = liveByName.get(c.name);
    if (list) list.push(c);
    else liveByName.set(c.name, [c]);
  }

  const changes: ConnectionChange[] = [];
  const manifests = [...input.manifests].sort((a, b) => compareStrings(a.name, b.name));
  const named = new Set<string>();
  for (const m of manifests) {
    named.add(m.name);
    const warning = ownershipTagInManifest(m);
    if (warning) ctx.problems.push(warning);
    changes.push(planOne(m, liveByName.get(m.name) ?? [], ctx));
  }

  for (const c of liveConns) {
    if (named.has(c.name) || !isOwnedBy(input.live, c.id, input.label)) continue;
    changes.push(
      input.prune
        ? { name: c.name, action: 'delete', connectionId: c.id, reasons: ['no manifest; prune is on'], steps: [{ kind: 'delete', connectionId: c.id }] }
        : { name: c.name, action: 'orphan', connectionId: c.id, reasons: ['no manifest; prune is off'], steps: [] },
    );
  }

  changes.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.connectionId ?? '', b.connectionId ?? ''));
  const hasChanges = changes.some((c) => c.action !== 'unchanged' && c.action !== 'orphan');
  const withoutFingerprint: Omit<Plan, 'fingerprint'> = {
    version: 1,
    label: input.label,
    region: input.region,
    projectId: input.projectId,
    changes,
    problems: ctx.problems,
    hasChanges,
  };
  return { ...withoutFingerprint, fingerprint: fingerprintPlan(withoutFingerprint) };
}

function isOwnedBy(live: LiveState, id: string, label: string): boolean {
  return live.owned.has(id) || liveTagOwner(live.tags.get(id)) === label;
}

/** What a new connection will carry, in the same short phrases as an update ("5 hosts, queue q1, route r1"). */
function createReasons(m: ConnectionManifest): string[] {
  const reasons = ['new connection'];
  if (m.hosts.length > 0) reasons.push(plural(m.hosts.length, 'host'));
  for (const q of m.queues) reasons.push(`queue ${q}`);
  for (const p of m.elastic_resource_pools) reasons.push(`pool ${p}`);
  for (const r of m.routes) reasons.push(`route ${r.name}`);
  const tags = Object.keys(m.tags).length;
  if (tags > 0) reasons.push(plural(tags, 'tag'));
  return reasons;
}
