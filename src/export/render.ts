// One live connection → the text of its manifest (and of its hosts file). Pure and deterministic: the same
// connection always gives the same bytes (fixed key order, sorted lists where order carries no meaning, no
// timestamps, no statuses), so exporting twice is byte-identical and a re-export only shows real changes in a PR.
import type { HostRecord, RouteSpec } from '../manifest/types.js';
import { yamlScalar } from './yaml-scalar.js';

/** What a manifest written by export holds; field names are the API's (and the manifest format's). */
export interface ExportedManifest {
  name: string;
  dest_vpc_id: string;
  dest_network_id: string;
  queues: string[];
  elastic_resource_pools: string[];
  /** Inline hosts (empty when they live in `hosts_file`). */
  hosts: HostRecord[];
  /** Relative to the manifest, `/` separators. */
  hosts_file?: string;
  routes: RouteSpec[];
  /** Sorted by key; never the ownership tag. */
  tags: { key: string; value: string }[];
}

/** Comment text comes partly from the API: keep each note on one line, whatever it holds. */
function commentLine(text: string): string {
  return `# ${text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`.trimEnd();
}

/**
 * The manifest text. `schemaRef` is what the yaml-language-server modeline points at (a path relative to the
 * manifest, or a URL). Empty lists are left out (an absent list means "none" to the loader, exactly like `[]`);
 * `tags` is always written, `{}` when there are none, because a declared `tags` map is what makes the action manage
 * tags at all, and the exported manifest is meant to describe the whole connection.
 */
export function renderManifest(m: ExportedManifest, schemaRef: string): string {
  const lines: string[] = [
    `# yaml-language-server: $schema=${schemaRef}`,
    '# Exported from DLI by `dli-connections export`: this file is now the source of truth for the connection.',
    '# Not exported: routetable_id. DLI never returns it (it is create-only), so set it by hand below if this',
    '# connection needs a custom route table; it is only used if the connection is ever re-created.',
    `name: ${yamlScalar(m.name)}`,
    `dest_vpc_id: ${yamlScalar(m.dest_vpc_id)}`,
    `dest_network_id: ${yamlScalar(m.dest_network_id)}`,
    '# routetable_id: <route table id of the destination subnet, if the connection needs one>',
  ];
  const list = (key: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push(`${key}:`);
    for (const item of items) lines.push(`  - ${yamlScalar(item)}`);
  };
  list('queues', m.queues);
  list('elastic_resource_pools', m.elastic_resource_pools);
  if (m.hosts.length > 0) {
    lines.push('hosts:');
    for (const h of m.hosts) lines.push(`  - { name: ${yamlScalar(h.name)}, ip: ${yamlScalar(h.ip)} }`);
  }
  if (m.hosts_file !== undefined) lines.push(`hosts_file: ${yamlScalar(m.hosts_file)}`);
  if (m.routes.length > 0) {
    lines.push('routes:');
    for (const r of m.routes) lines.push(`  - { name: ${yamlScalar(r.name)}, cidr: ${yamlScalar(r.cidr)} }`);
  }
  if (m.tags.length === 0) {
    lines.push('tags: {}');
  } else {
    lines.push('tags:');
    for (const t of m.tags) lines.push(`  ${yamlScalar(t.key)}: ${yamlScalar(t.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The hosts file: /etc/hosts syntax, one record per line (`IP name`), in the order the API returned them (the order
 * they were last written in; the diff compares hosts as a set, so order never causes a change). Host names cannot
 * hold `#` or spaces (the API's rule), so no escaping is needed.
 */
export function renderHostsFile(connectionName: string, manifestFileName: string, hosts: HostRecord[]): string {
  const lines = [
    commentLine(`Hosts of DLI connection ${connectionName}, exported by \`dli-connections export\`.`),
    commentLine(`Used by hosts_file in ${manifestFileName}. Syntax: IP name [alias ...]; each name is one host record.`),
  ];
  for (const h of hosts) lines.push(`${h.ip.padEnd(15)} ${h.name}`);
  return `${lines.join('\n')}\n`;
}


