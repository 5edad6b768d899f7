// `positions: 'lazy'` (validate mode, bench B7): valid manifests load without the `yaml` module, document positions
// still come from js-yaml, and field positions work once preparePositions() ran — the same as the default.
// One file on purpose: the loaded module is process state, so the order of these tests matters.
import { describe, it, expect } from 'vitest';
import { loadManifests, preparePositions } from '../../src/manifest/index.js';
import { makeWorkspace } from './helpers.js';

const text = '# a comment\n\nname: kafka_prod\ndest_vpc_id: vpc-1\ndest_network_id: net-1\nqueues: [q1, q2]\ntags:\n  team: data\n';

describe('lazy positions', () => {
  it('valid files: document positions without the yaml module, field positions once prepared', async () => {
    const ws = makeWorkspace({ 'm.yml': text });
    try {
      const lazy = await loadManifests({ workspace: ws.dir, patterns: ['*.yml'], positions: 'lazy' });
      expect(lazy.diagnostics).toEqual([]);
      const c = lazy.set.connections[0];
      expect(c?.source.position).toEqual({ file: 'm.yml', line: 3, col: 1 });
      // Nothing loaded the position-keeping parser: asking for a field is a caller's mistake, said loudly.
      expect(() => c?.source.locate(['queues', 1])).toThrow(/preparePositions/);
      await preparePositions();
      expect(c?.source.locate(['queues', 1])).toEqual({ file: 'm.yml', line: 6, col: 14 });
      const eager = await loadManifests({ workspace: ws.dir, patterns: ['*.yml'] });
      expect(eager.set.connections[0]?.source.locate(['tags', 'team'])).toEqual(c?.source.locate(['tags', 'team']));
    } finally {
      ws.cleanup();
    }
  });
});
