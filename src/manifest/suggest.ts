// "did you mean …?" for unknown keys: known aliases first (names people bring from Terraform or the console),
// then the closest known key by edit distance.

const ALIASES: Record<string, string> = {
  vpc_id: 'dest_vpc_id',
  vpc: 'dest_vpc_id',
  dest_vpc: 'dest_vpc_id',
  subnet_id: 'dest_network_id',
  subnet: 'dest_network_id',
  network_id: 'dest_network_id',
  dest_subnet_id: 'dest_network_id',
  pools: 'elastic_resource_pools',
  pool: 'elastic_resource_pools',
  elastic_pools: 'elastic_resource_pools',
  resource_pools: 'elastic_resource_pools',
  elastic_resource_pool: 'elastic_resource_pools',
  route_table_id: 'routetable_id',
  route_table: 'routetable_id',
  queue: 'queues',
  host: 'hosts',
  route: 'routes',
  tag: 'tags',
  labels: 'tags',
  hostsfile: 'hosts_file',
  hosts_path: 'hosts_file',
  hostname: 'name',
  host_name: 'name',
  address: 'ip',
  ip_address: 'ip',
  destination: 'cidr',
  cidr_block: 'cidr',
};

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The known key the user most likely meant, or undefined when nothing is close. */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  const norm = unknown.trim().toLowerCase().replace(/[-\s]+/g, '_');
  if (known.includes(norm)) return norm;
  const alias = ALIASES[norm];
  if (alias && known.includes(alias)) return alias;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(norm, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  // Close enough: at most a third of the key's length (min 1, max 3) edits away.
  const limit = Math.min(3, Math.max(1, Math.floor(norm.length / 3)));
  return bestD <= limit ? best : undefined;
}
