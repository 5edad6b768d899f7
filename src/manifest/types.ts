// The desired state: one validated connection manifest, as the rest of the action sees it.
import type { SourcePosition } from '../diagnostics.js';

export interface HostRecord {
  name: string;
  ip: string;
}

export interface RouteSpec {
  name: string;
  cidr: string;
}

/** A path into a manifest document, e.g. ['queues', 1] or ['hosts', 20, 'ip']. */
export type FieldPath = readonly (string | number)[];

export interface ManifestSource {
  /** Manifest file, relative to the workspace root, `/` separators. */
  file: string;
  /** 0-based index of the YAML document inside the file. */
  documentIndex: number;
  /** Position of the document's first key (where the connection "is"). */
  position: SourcePosition;
  /**
   * Position of a field of this document, computed on demand (the fast loader keeps no positions; this re-reads
   * the file with a position-keeping parser the first time it is asked, then caches). Falls back to the nearest
   * existing parent, then to the document. Hosts that came from `hosts_file` point into that file.
   * Needs that parser's module loaded: loadManifests does so unless called with `positions: 'lazy'`.
   */
  locate(path: FieldPath): SourcePosition;
}

export interface ConnectionManifest {
  name: string;
  dest_vpc_id: string;
  dest_network_id: string;
  /** Create-only: the API never returns it, so it never causes a diff. */
  routetable_id?: string;
  /** Always present (empty when not declared), in manifest order. */
  queues: string[];
  elastic_resource_pools: string[];
  /** Inline `hosts` followed by the records of `hosts_file`, in order. */
  hosts: HostRecord[];
  routes: RouteSpec[];
  /** Tags exactly as declared (never includes the ownership tags: those are added by the plan). */
  tags: Record<string, string>;
  /**
   * Whether the manifest declared `tags` at all (even `tags: {}`). When false, user tags are not managed: the plan
   * leaves live user tags alone. Optional for backward compatibility; the loader always sets it.
   */
  tagsDeclared?: boolean;
  /** `host:port` addresses the bound queues and pools must reach (connectivity checks); absent when none. */
  checks?: string[];
  /** `hosts_file` as written in the manifest, when there was one (for reports). */
  hosts_file?: string;
  source: ManifestSource;
}

export interface ManifestSet {
  /** Files that matched the globs, relative to the workspace root, sorted. */
  files: string[];
  connections: ConnectionManifest[];
}
