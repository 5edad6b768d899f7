// The plan: what must change, per connection, and why. Pure data: serialisable to JSON (the plan file), with a
// stable fingerprint, rendered to text (logs) and markdown (summary, PR comment) elsewhere.
import type { Diagnostic } from '../diagnostics.js';
import type { ConnectionManifest, HostRecord, RouteSpec } from '../manifest/types.js';
import type { CreateConnectionRequest, LiveConnection, Tag } from '../dli/types.js';

/** What happens to one connection. */
export type ChangeAction =
  | 'create' // absent live → create it (then routes, then tags the create body could not carry)
  | 'update' // exists and owned by us; some fields differ (steps say which)
  | 'replace' // dest_vpc_id / dest_network_id differ and allow-replace is on: delete + create
  | 'adopt' // exists without our ownership tag: tag it, then bring it to the manifest
  | 'delete' // owned by us (same label), no manifest, prune on
  | 'unchanged' // nothing to do
  | 'orphan' // owned by us (same label), no manifest, prune off: reported only
  | 'blocked'; // a change we refuse to make (replace without allow-replace, duplicate live names, owned by another label)

/** One API call (or one wait) of the apply, in order within a connection. */
export type PlanStep =
  | { kind: 'create'; request: CreateConnectionRequest }
  | { kind: 'delete'; connectionId: string }
  | { kind: 'replace-hosts'; hosts: HostRecord[]; added: HostRecord[]; removed: HostRecord[] }
  | { kind: 'bind'; queues: string[]; elastic_resource_pools: string[] }
  | { kind: 'unbind'; queues: string[]; elastic_resource_pools: string[] }
  | { kind: 'add-route'; route: RouteSpec }
  | { kind: 'delete-route'; name: string }
  | { kind: 'add-tags'; tags: Tag[] }
  | { kind: 'delete-tags'; tags: Tag[] };

/**
 * One value a change moves from old to new, for the reader: a host's IP, a route's CIDR, a tag's value, a bound
 * queue or pool, the VPC or subnet of a replace. `old` absent: added; `new` absent: removed; both: changed.
 * Bindings have no value: `key` is the queue or pool, added = bound, removed = unbound.
 */
export interface FieldChange {
  field: 'dest_vpc_id' | 'dest_network_id' | 'hosts' | 'queues' | 'elastic_resource_pools' | 'routes' | 'tags';
  /** The host name, route name, tag key, queue or pool; absent for the single-valued VPC and subnet. */
  key?: string;
  old?: string;
  new?: string;
}

export interface ConnectionChange {
  name: string;
  action: ChangeAction;
  /** The live connection's id (absent for create). For replace, the id being replaced. */
  connectionId?: string;
  /** Short human phrases: "hosts +3 −1", "queue q1 bound", "route to_idc changed", "tag team added". */
  reasons: string[];
  steps: PlanStep[];
  /** Manifest file and line, for reports (absent for delete/orphan). */
  manifest?: { file: string; line: number };
  /** Queues and pools the connection will be bound to after apply (what `wait` polls). */
  bindings?: { queues: string[]; elastic_resource_pools: string[] };
  /**
   * Update, adopt, replace: every value that changes, old → new, in field-table order (what the reports show; a
   * create's values are its request). Not part of the fingerprint: the steps already carry what apply does, and
   * plan files written before this field existed keep their fingerprint.
   */
  fieldChanges?: FieldChange[];
}

export interface Plan {
  /** Format version of the plan file. */
  version: 1;
  label: string;
  region: string;
  projectId: string;
  /** Sorted by name. */
  changes: ConnectionChange[];
  /** Problems that block apply (duplicate live names, blocked replace …), with positions where known. */
  problems: Diagnostic[];
  /** True when any change is not 'unchanged'/'orphan'. */
  hasChanges: boolean;
  /** sha256 over the canonical JSON of label, region, project and changes (no timestamps). */
  fingerprint: string;
}

/**
 * What `observe` read from the cloud, and all the diff needs to know about it. Added for the plan module.
 * - `connections`: every live connection that is not DELETED (the unfiltered list, plus any connection only the
 *   ownership-filtered list returned, so a page shifting between the two reads loses nothing).
 * - `owned`: ids of the connections carrying the ownership tag with this run's label (one tag-filtered list).
 * - `tags`: tags read one by one, only for connections where they matter (matched manifests that declare tags,
 *   and matched connections not in `owned`: adopt candidates). An id absent here means "not read".
 */
export interface LiveState {
  connections: LiveConnection[];
  owned: Set<string>;
  tags: Map<string, Tag[]>;
}

/** Everything the pure diff needs. */
export interface PlanInput {
  manifests: ConnectionManifest[];
  live: LiveState;
  label: string;
  region: string;
  projectId: string;
  prune: boolean;
  allowReplace: boolean;
}
