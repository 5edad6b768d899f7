import { describe, it, expect } from 'vitest';
import { symlinkSync, mkdtempSync, writeFileSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadManifests } from '../../src/manifest/index.js';
import { BASE, validCases } from './corpus.js';
import { loadCase, makeWorkspace } from './helpers.js';

const full = validCases.find((c) => c.name === 'every optional field')!;

describe('loadManifests: valid manifests', () => {
  it.each(['fast', 'precise'] as const)('maps every optional field (%s)', async (parser) => {
    const { set, diagnostics } = await loadCase(full.files, parser);
    expect(diagnostics).toEqual([]);
    expect(set.files).toEqual(['m.yml']);
    const [c] = set.connections;
    expect(c).toMatchObject({
      name: 'kafka_prod',
      dest_vpc_id: 'vpc-1',
      dest_network_id: 'net-1',
      routetable_id: 'rt-1',
      queues: ['q_reporting'],
      elastic_resource_pools: ['pool_etl', 'pool_b'],
      hosts: [
        { name: 'kafka-1', ip: '192.168.0.11' },
        { name: 'kafka-2', ip: '192.168.0.12' },
        { name: 'kafka-2.local', ip: '192.168.0.12' },
        { name: 'zk', ip: '10.0.0.1' },
      ],
      hosts_file: 'hosts/kafka.hosts',
      routes: [
        { name: 'to_idc', cidr: '10.169.0.0/24' },
        { name: 'to-b', cidr: '10.0.0.0/8' },
      ],
      tags: { team: 'data', empty: '' },
      tagsDeclared: true,
    });
    // Only the fields of the type: no source-only extras leak into the manifest.
    expect(Object.keys(c!).sort()).toEqual(
      ['dest_network_id', 'dest_vpc_id', 'elastic_resource_pools', 'hosts', 'hosts_file', 'name', 'queues', 'routes', 'routetable_id', 'source', 'tags', 'tagsDeclared'],
    );
  });

  it('fills defaults and records that tags were not declared', async () => {
    const { set } = await loadCase({ 'm.yml': BASE });
    const [c] = set.connections;
    expect(c).toMatchObject({ queues: [], elastic_resource_pools: [], hosts: [], routes: [], tags: {}, tagsDeclared: false });
    expect(c).not.toHaveProperty('routetable_id');
    expect(c).not.toHaveProperty('hosts_file');
  });

  it('an empty tags mapping is declared (all user tags managed, none wanted)', async () => {
    const { set } = await loadCase({ 'm.yml': BASE + 'tags: {}\n' });
    expect(set.connections[0]).toMatchObject({ tags: {}, tagsDeclared: true });
  });

  it('warns about (and skips) an empty document between connections', async () => {
    const { set, diagnostics } = await loadCase({ 'm.yml': BASE + '---\n# nothing\n---\nname: b\ndest_vpc_id: v\ndest_network_id: n\n' });
    expect(set.connections.map((c) => [c.name, c.source.documentIndex])).toEqual([['kafka_prod', 0], ['b', 2]]);
    expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'empty-document', position: { file: 'm.yml', line: 4 } }]);
  });
});

describe('ManifestSource positions', () => {
  it.each(['fast', 'precise'] as const)('document position and locate() (%s)', async (parser) => {
    const { set } = await loadCase(
      { 'm.yml': '# first\n' + BASE + 'queues:\n  - q1\n  - q2\n---\n\n  name: second\n  dest_vpc_id: v\n  dest_network_id: n\n  tags: {a: b}\n' },
      parser,
    );
    const [a, b] = set.connections;
    expect(a!.source).toMatchObject({ file: 'm.yml', documentIndex: 0, position: { file: 'm.yml', line: 2, col: 1 } });
    expect(b!.source).toMatchObject({ documentIndex: 1, position: { line: 10, col: 3 } });
    expect(a!.source.locate(['queues', 1])).toEqual({ file: 'm.yml', line: 7, col: 5 });
    expect(a!.source.locate(['name'])).toEqual({ file: 'm.yml', line: 2, col: 7 });
    expect(b!.source.locate(['tags', 'a'])).toEqual({ file: 'm.yml', line: 13, col: 13 });
    // Missing paths fall back to the nearest existing parent, then to the document.
    expect(a!.source.locate(['queues', 9])).toEqual({ file: 'm.yml', line: 6, col: 3 });
    expect(a!.source.locate(['routes', 0, 'cidr'])).toEqual({ file: 'm.yml', line: 2, col: 1 });
    expect(a!.source.locate([])).toEqual(a!.source.position);
  });

  it('hosts from hosts_file locate into the hosts file', async () => {
    const { set } = await loadCase(full.files);
    const src = set.connections[0]!.source;
    expect(src.locate(['hosts', 0])).toEqual({ file: 'm.yml', line: 9, col: 5 });
    expect(src.locate(['hosts', 1])).toEqual({ file: 'hosts/kafka.hosts', line: 2, col: 14 });
    expect(src.locate(['hosts', 2, 'name'])).toEqual({ file: 'hosts/kafka.hosts', line: 2, col: 22 });
    expect(src.locate(['hosts', 2, 'ip'])).toEqual({ file: 'hosts/kafka.hosts', line: 2, col: 1 });
    expect(src.locate(['hosts', 3])).toEqual({ file: 'hosts/kafka.hosts', line: 4, col: 10 });
    // Past the end of the records: the hosts_file value itself.
    expect(src.locate(['hosts', 99])).toEqual({ file: 'm.yml', line: 10, col: 13 });
  });

  it('locate() keeps working after the files are gone (reads nothing from disk)', async () => {
    const { set } = await loadCase({ 'm.yml': BASE + 'queues: [a]\n' });
    expect(set.connections[0]!.source.locate(['queues', 0])).toEqual({ file: 'm.yml', line: 4, col: 10 });
  });
});

describe('globs', () => {
  it('excludes with !pattern, sorts, and names a pattern that matched nothing', async () => {
    const ws = makeWorkspace({
      '.dli/connections/b.yml': BASE.replace('kafka_prod', 'b'),
      '.dli/connections/a/a.yaml': BASE.replace('kafka_prod', 'a'),
      '.dli/connections/skip.yml': 'not: valid',
    });
    try {
      const r = await loadManifests({
        workspace: ws.dir,
        patterns: ['.dli/connections/**/*.{yml,yaml}', '!**/skip.yml', 'other/*.yml'],
      });
      expect(r.set.files).toEqual(['.dli/connections/a/a.yaml', '.dli/connections/b.yml']);
      expect(r.set.connections.map((c) => c.name)).toEqual(['a', 'b']);
      expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'no-manifests', message: 'no manifest matched `other/*.yml`' }]);
      expect(r.diagnostics[0]).not.toHaveProperty('position');
    } finally {
      ws.cleanup();
    }
  });

  it('refuses an empty pattern list', async () => {
    const r = await loadCase({ 'm.yml': BASE }, 'fast', []);
    expect(r.diagnostics).toMatchObject([{ severity: 'error', message: 'no manifest pattern given' }]);
  });
});

describe('workspace confinement', () => {
  function withOutside(run: (ws: string, outside: string) => Promise<void>) {
    return async () => {
      const outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'dli-outside-')));
      writeFileSync(path.join(outside, 'evil.hosts'), '10.0.0.1 evil\n');
      writeFileSync(path.join(outside, 'evil.yml'), BASE);
      const ws = makeWorkspace({ 'm.yml': BASE + 'hosts_file: link.hosts\n' });
      try {
        await run(ws.dir, outside);
      } finally {
        ws.cleanup();
        rmSync(outside, { recursive: true, force: true });
      }
    };
  }

  it.each(['fast', 'precise'] as const)(
    'a hosts_file symlink to outside the workspace is refused at the value (%s)',
    (parser) =>
      withOutside(async (ws, outside) => {
        symlinkSync(path.join(outside, 'evil.hosts'), path.join(ws, 'link.hosts'));
        const r = await loadManifests({ workspace: ws, patterns: ['*.yml'], parser });
        expect(r.set.connections).toEqual([]);
        expect(r.diagnostics).toMatchObject([{ severity: 'error', position: { file: 'm.yml', line: 4, col: 13 } }]);
        expect(r.diagnostics[0]!.message).toContain('resolves through a symlink to a file outside the repository');
      })(),
  );

  it(
    'a symlink inside the workspace is fine',
    withOutside(async (ws) => {
      writeFileSync(path.join(ws, 'real.hosts'), '10.0.0.2 inside\n');
      symlinkSync(path.join(ws, 'real.hosts'), path.join(ws, 'link.hosts'));
      const r = await loadManifests({ workspace: ws, patterns: ['*.yml'] });
      expect(r.diagnostics).toEqual([]);
      expect(r.set.connections[0]!.hosts).toEqual([{ name: 'inside', ip: '10.0.0.2' }]);
    }),
  );

  it(
    'a manifest symlinked from outside is refused',
    withOutside(async (ws, outside) => {
      rmSync(path.join(ws, 'm.yml'));
      symlinkSync(path.join(outside, 'evil.yml'), path.join(ws, 'm.yml'));
      const r = await loadManifests({ workspace: ws, patterns: ['*.yml'] });
      expect(r.set.connections).toEqual([]);
      expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'outside-workspace', position: { file: 'm.yml', line: 1, col: 1 } }]);
    }),
  );

  it(
    'a pattern reaching outside the workspace loads nothing from there',
    withOutside(async (ws, outside) => {
      const r = await loadManifests({ workspace: ws, patterns: [`../${path.basename(outside)}/*.yml`] });
      expect(r.set.connections).toEqual([]);
      expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }),
  );
});

describe('resource bounds', () => {
  it('an alias bomb 10^20 wide is refused quickly', async () => {
    let s = BASE + 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= 20; i++) s += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(',')}]\n`;
    for (const parser of ['fast', 'precise'] as const) {
      const t = performance.now();
      const r = await loadCase({ 'm.yml': s }, parser);
      expect(performance.now() - t).toBeLessThan(5_000);
      // Reported at the first key whose value expands past the bound (a5, line 4 + 5), not at the document start.
      expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'alias-bomb', position: { line: 9, col: 1 } }]);
    }
  });

  it('deeply nested flow collections give a diagnostic, not a crash', async () => {
    const deep = BASE + 'queues: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n';
    for (const parser of ['fast', 'precise'] as const) {
      const r = await loadCase({ 'm.yml': deep }, parser);
      expect(r.set.connections).toEqual([]);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      expect(r.diagnostics.every((d) => d.severity === 'error' && d.position?.file === 'm.yml')).toBe(true);
    }
  });

  it('the fast path is much faster than the precise one on a 20,000-host file', async () => {
    const big = validCases.find((c) => c.name === '20000 hosts')!;
    const time = async (parser: 'fast' | 'precise') => {
      const t = performance.now();
      const r = await loadCase(big.files, parser);
      expect(r.set.connections[0]!.hosts).toHaveLength(20_000);
      return performance.now() - t;
    };
    await time('fast'); // warm-up
    const fast = await time('fast');
    const precise = await time('precise');
    expect(fast).toBeLessThan(precise);
  });
});
