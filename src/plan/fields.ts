// THE field table: for every manifest field, how a difference from the live connection is carried out.
// The diff (diff.ts) reads this table to decide which fields force a replace, which are create-only and which are
// compared in place, so the table and the behaviour cannot drift apart; reports and docs can print it as is.
import type { LiveConnection } from '../dli/types.js';
import type { ConnectionManifest } from '../manifest/types.js';

export type FieldUpdate =
  | 'create-only' // sent in Create, never returned by the API: can never be compared, so never causes a diff
  | 'replace' // cannot be changed on a live connection: delete + create (only with allow-replace)
  | 'in-place: replace-hosts' // one PUT with the full host list
  | 'in-place: bind/unbind' // associate-queue / disassociate-queue
  | 'in-place: add/delete route' // v3 routes POST / DELETE; a changed route is delete + add
  | 'in-place: tags'; // tags/create and tags/delete

/**
 * The manifest fields the table covers. `name` is the identity (what live connections are matched by, so it is
 * never "changed"), `source` is where the manifest came from, `hosts_file` is merged into `hosts` by the loader, and
 * `checks` is never sent to the connection API (it drives the connectivity tests after apply, src/checks/).
 * Every other field of ConnectionManifest must appear here: adding a field to the manifest type without deciding
 * how it is updated is a compile error.
 */
export type ManagedField = Exclude<keyof ConnectionManifest, 'name' | 'source' | 'hosts_file' | 'tagsDeclared' | 'checks'>;

export interface FieldRule {
  update: FieldUpdate;
  /** The API operation(s) that apply a difference (numbers refer to docs/reference/dli-api.md). */
  operation: string;
  /**
   * Where the live value is read from: a LiveConnection field (or several, unioned), 'tags-api' for tags
   * (List does not return them), or null when the API never returns the value.
   */
  live: readonly (keyof LiveConnection)[] | 'tags-api' | null;
  /** The word reasons use for this field ("vpc changed: replace"). */
  reasonWord: string;
}

export const FIELD_TABLE: Readonly<Record<ManagedField, FieldRule>> = {
  dest_vpc_id: {
    update: 'replace',
    operation: '4. Delete, then 1. Create (+ 9. Add route per route)',
    live: ['dest_vpc_id'],
    reasonWord: 'vpc',
  },
  dest_network_id: {
    update: 'replace',
    operation: '4. Delete, then 1. Create (+ 9. Add route per route)',
    live: ['dest_network_id'],
    reasonWord: 'subnet',
  },
  routetable_id: {
    update: 'create-only',
    operation: '1. Create (field routetable_id)',
    live: null,
    reasonWord: 'route table',
  },
  hosts: {
    update: 'in-place: replace-hosts',
    operation: '7. Replace hosts (PUT, full overwrite)',
    live: ['hosts'],
    reasonWord: 'hosts',
  },
  // A bound queue may be listed under elastic_resource_pools on current Huawei Cloud (docs/reference/dli-api.md,
  // "What happens asynchronously"), so both binding fields are compared against the union of both live lists.
  queues: {
    update: 'in-place: bind/unbind',
    operation: '5. associate-queue / 6. disassociate-queue (field queues)',
    live: ['available_queue_info', 'elastic_resource_pools'],
    reasonWord: 'queue',
  },
  elastic_resource_pools: {
    update: 'in-place: bind/unbind',
    operation: '5. associate-queue / 6. disassociate-queue (field elastic_resource_pools)',
    live: ['available_queue_info', 'elastic_resource_pools'],
    reasonWord: 'pool',
  },
  routes: {
    update: 'in-place: add/delete route',
    operation: '9. Add route / 10. Delete route (changed cidr: delete + add)',
    live: ['routes'],
    reasonWord: 'route',
  },
  tags: {
    update: 'in-place: tags',
    operation: '11. tags/delete, tags/create (only when the manifest declares tags)',
    live: 'tags-api',
    reasonWord: 'tag',
  },
};

/** The fields updated a given way, in table order. */
export function fieldsUpdatedBy(update: FieldUpdate): ManagedField[] {
  return (Object.keys(FIELD_TABLE) as ManagedField[]).filter((f) => FIELD_TABLE[f].update === update);
}
