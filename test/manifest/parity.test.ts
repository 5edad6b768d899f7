// The fast (js-yaml) and precise (yaml) loaders must be indistinguishable: same diagnostics (text, position,
// order), same connections, same positions, over the whole corpus and over random input.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import type { LoadManifestsResult } from '../../src/manifest/index.js';
import { invalidCases, validCases, BASE } from './corpus.js';
import { loadCase } from './helpers.js';

function snapshot(r: LoadManifestsResult) {
  return {
    files: r.set.files,
    diagnostics: r.diagnostics,
    connections: r.set.connections.map(({ source, ...rest }) => ({
      ...rest,
      file: source.file,
      documentIndex: source.documentIndex,
      position: source.position,
      at: [
        ['name'],
        ['dest_vpc_id'],
        ['queues', 0],
        ['elastic_resource_pools', 1],
        ['hosts', 0, 'ip'],
        ['routes', 0, 'cidr'],
        ...Object.keys(rest.tags).map((k) => ['tags', k]),
      ].map((p) => source.locate(p)),
    })),
  };
}

describe('fast and precise parsers agree', () => {
  it.each([...invalidCases, ...validCases].map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const fast = snapshot(await loadCase(c.files, 'fast'));
    const precise = snapshot(await loadCase(c.files, 'precise'));
    expect(fast).toEqual(precise);
  }, 120_000);
});

/** Values that look like manifests: right keys, often wrong shapes. */
const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('default', '10.0.0.1', '10.0.0.0/8', 'a-b', ' x', '_sys_a'));
const keyName = fc.constantFrom('name', 'dest_vpc_id', 'dest_network_id', 'routetable_id', 'queues', 'elastic_resource_pools', 'hosts', 'routes', 'tags', 'vpc_id', 'ip', 'cidr', 'x');
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(keyName, tie('v'), { maxKeys: 4 })),
})).v;
const manifestish = fc.record(
  {
    name: fc.oneof(fc.constantFrom('a', 'b_1', 'kafka_prod'), scalar),
    dest_vpc_id: fc.oneof(fc.constant('v'), scalar),
    dest_network_id: fc.oneof(fc.constant('n'), scalar),
    queues: fc.oneof(fc.array(fc.constantFrom('q1', 'q2', 'default', ''), { maxLength: 3 }), value),
    hosts: fc.oneof(fc.array(fc.record({ name: fc.constantFrom('h', '1h', 'h.x'), ip: fc.constantFrom('1.2.3.4', '::1', '256.0.0.1') }), { maxLength: 3 }), value),
    tags: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 4 }), value),
    extra: value,
  },
  { requiredKeys: [] },
);

describe('property: the loader never throws and always explains', () => {
  it('random manifest-like documents', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(manifestish, { minLength: 1, maxLength: 3 }), async (docs) => {
        const text = docs.map((d) => jsYaml.dump(d, { schema: jsYaml.CORE_SCHEMA, flowLevel: Math.random() < 0.5 ? 1 : -1 })).join('---\n');
        const fast = await loadCase({ 'm.yml': text }, 'fast');
        const precise = await loadCase({ 'm.yml': text }, 'precise');
        for (const r of [fast, precise]) {
          for (const d of r.diagnostics) {
            expect(d.message.length).toBeGreaterThan(0);
            expect(d.position?.line).toBeGreaterThanOrEqual(1);
            expect(d.position?.col).toBeGreaterThanOrEqual(1);
          }
          // Either every document became a connection, or something says why not.
          if (r.set.connections.length < docs.length) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
        expect(snapshot(fast)).toEqual(snapshot(precise));
      }),
      { numRuns: 60 },
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('random text, with and without a valid prefix', async () => {
    const chunk = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('\n', ': ', '- ', '---\n', '&a ', '*a', '{', '}', '[', ']', '"', "'", '#', '\t', '? ', '!!str ', '|\n  ', '\ufeff', '\u0000', 'name: x\n'),
    );
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(chunk, { maxLength: 20 }), async (prefix, parts) => {
        const text = (prefix ? BASE : '') + parts.join('');
        for (const parser of ['fast', 'precise'] as const) {
          const r = await loadCase({ 'm.yml': text }, parser);
          for (const d of r.diagnostics) expect(d.position?.file).toBe('m.yml');
          if (r.set.connections.length === 0) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, 90_000);
});
