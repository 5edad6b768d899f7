// The one rule of `checks` that needs the whole connection: a host that is not a DNS name (a record name with `_`,
// say) only resolves inside the queue through the connection's own host records, so it must be one of them. Run
// after loading, because the records of hosts_file are only known then.
import type { Diagnostic } from '../diagnostics.js';
import type { ConnectionManifest } from './types.js';
import { isDnsName, isIPv4, showValue, splitCheckAddress } from './rules.js';
import { preparePositions } from './positions.js';

export async function unknownCheckHosts(connections: readonly ConnectionManifest[]): Promise<Diagnostic[]> {
  const found: { c: ConnectionManifest; index: number; host: string }[] = [];
  for (const c of connections) {
    if (!c.checks?.length) continue;
    let names: Set<string> | undefined;
    c.checks.forEach((address, index) => {
      const host = splitCheckAddress(address)?.host;
      if (host === undefined || isIPv4(host) || isDnsName(host)) return;
      names ??= new Set(c.hosts.map((h) => h.name.toLowerCase()));
      if (!names.has(host.toLowerCase())) found.push({ c, index, host });
    });
  }
  if (found.length === 0) return [];
  await preparePositions(); // each error points at its check
  return found.map(({ c, index, host }) => ({
    severity: 'error',
    message: `checks[${index}]: ${showValue(host)} is not a DNS name, so it must be one of the connection's hosts (it is not)`,
    position: c.source.locate(['checks', index]),
    code: 'check-host-unknown',
    hint: `add a host record for ${host} to hosts or hosts_file, or test a DNS name or an IP address`,
  }));
}
