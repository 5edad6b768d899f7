// The checked-in fixture folders (used by end-to-end tests too) load as their names say.
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadManifests } from '../../src/manifest/index.js';
import { formatDiagnostic } from '../../src/diagnostics.js';

const workspace = fileURLToPath(new URL('../..', import.meta.url));

describe('test/fixtures/manifests', () => {
  it('valid/ loads three connections with hosts from the hosts file', async () => {
    const r = await loadManifests({ workspace, patterns: ['test/fixtures/manifests/valid/**/*.{yml,yaml}'] });
    expect(r.diagnostics).toEqual([]);
    expect(r.set.connections.map((c) => c.name)).toEqual(['kafka_prod', 'rds_reporting', 'hbase_analytics']);
    expect(r.set.connections[0]!.hosts.map((h) => h.name)).toEqual(['kafka-1', 'kafka-2', 'kafka-2.internal', 'kafka-3']);
    expect(r.set.connections[0]!.source.locate(['hosts', 3])).toEqual({ file: 'test/fixtures/manifests/valid/hosts/kafka.hosts', line: 3, col: 14 });
  });

  it('invalid/ reports every problem as file:line:col', async () => {
    const r = await loadManifests({ workspace, patterns: ['test/fixtures/manifests/invalid/*.yml'], parser: 'fast' });
    const f = 'test/fixtures/manifests/invalid/typos.yml';
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      `${f}:1:1: error: missing required key \`dest_vpc_id\``,
      `${f}:1:7: error: name: connection name "kafka-prod" must be 1–64 characters of letters, digits and \`_\``,
      `${f}:2:1: error: unknown key \`vpc_id\` (did you mean \`dest_vpc_id\`?)`,
      `${f}:4:10: error: queues[0]: the queue \`default\` cannot be bound to a connection (DLI refuses it)`,
      `${f}:6:26: error: hosts[0].ip: "192.168.0.300" is not an IPv4 address (the API takes IPv4 only)`,
    ]);
  });
});
