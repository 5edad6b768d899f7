// The cold-start check (src/manifest/fast-check.ts) must accept exactly what the zod route (validateDocument)
// accepts, and build the same value: over every document of the corpora, over random manifest-like documents, and
// at the limits. It must also stay cheap to load: nothing on the action's static start path may import zod or `yaml`.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isValidConnection, toConnectionInput } from '../../src/manifest/fast-check.js';
import { validateDocument } from '../../src/manifest/validate.js';
import { TOP_LEVEL_KEYS } from '../../src/manifest/schema.js';
import { CONNECTION_KEYS, MAX_HOSTS, MAX_USER_TAGS } from '../../src/manifest/rules.js';
import { decodeManifestText } from '../../src/manifest/read-text.js';
import { invalidCases, validCases } from './corpus.js';
import { extraCases } from '../reliability/extra-corpus.js';

/** What the zod route says; a schema that throws on odd input is a "no" as well (the loader reports it). */
function zodAccepts(doc: unknown): boolean {
  try {
    return validateDocument(doc).ok;
  } catch {
    return false;
  }
}

/** For a failure message only: never on the happy path, where an alias bomb would take forever to print. */
function shown(doc: unknown): string {
  try {
    return String(JSON.stringify(doc)).slice(0, 300);
  } catch {
    return String(doc); // a recursive alias
  }
}

function expectParity(doc: unknown): boolean {
  const accepted = zodAccepts(doc);
  const fast = isValidConnection(doc);
  if (fast !== accepted) expect(fast, shown(doc)).toBe(accepted);
  if (accepted) {
    const r = validateDocument(doc);
    if (!r.ok) throw new Error('unreachable');
    // toEqual, not toStrictEqual: zod keeps an optional key written as `undefined` (no YAML parser produces one),
    // the builder leaves it out; the loader reads both the same way (`!== undefined`).
    expect(toConnectionInput(doc)).toEqual(r.input);
  }
  return accepted;
}

/** Every document of every file of a case, as both parsers read it (they differ on a few scalars and on `__proto__`). */
function documentsOf(files: Record<string, string | Uint8Array>): unknown[] {
  const docs: unknown[] = [];
  for (const content of Object.values(files)) {
    const decoded = decodeManifestText(typeof content === 'string' ? Buffer.from(content) : content);
    if (!decoded.ok) continue;
    try {
      jsYaml.loadAll(decoded.text, (d) => docs.push(d), { schema: jsYaml.CORE_SCHEMA });
    } catch {
      // a syntax error: the fast route never gets to the check
    }
    try {
      for (const d of parseAllDocuments(decoded.text, { schema: 'core', merge: false })) {
        if (d.errors.length === 0) docs.push(d.toJS({ maxAliasCount: -1 }));
      }
    } catch {
      // an unresolvable alias, say: no document to check
    }
  }
  return docs;
}

describe('isValidConnection agrees with the zod route', () => {
  it('on every document of the corpora (manifest corpus + reliability extra corpus)', () => {
    let accepted = 0;
    let refused = 0;
    for (const c of [...invalidCases, ...validCases, ...extraCases]) {
      for (const doc of documentsOf(c.files)) {
        if (expectParity(doc)) accepted++;
        else refused++;
      }
    }
    // Not vacuous: the corpora hold plenty of both.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(100);
  }, 60_000);

  it('shares its list of connection keys with the schema', () => {
    expect([...CONNECTION_KEYS].sort()).toEqual([...TOP_LEVEL_KEYS].sort());
  });

  const valid = { name: 'kafka_prod', dest_vpc_id: 'vpc-1', dest_network_id: 'net-1' };

  it('at the hosts and tags limits', () => {
    const hosts = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `h${i}`, ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));
    expect(expectParity({ ...valid, hosts: hosts(MAX_HOSTS) })).toBe(true);
    expect(expectParity({ ...valid, hosts: hosts(MAX_HOSTS + 1) })).toBe(false);
    const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
    expect(expectParity({ ...valid, tags: tags(MAX_USER_TAGS) })).toBe(true);
    expect(expectParity({ ...valid, tags: tags(MAX_USER_TAGS + 1) })).toBe(false);
  });

  it('on `__proto__` keys stored as own keys (as js-yaml does): refused in a mapping, skipped in tags like zod does', () => {
    const own = (o: object, value: unknown) => Object.defineProperty(o, '__proto__', { value, enumerable: true, writable: true, configurable: true });
    expect(expectParity(own({ ...valid }, 'x'))).toBe(false);
    expect(expectParity({ ...valid, hosts: [own({ name: 'a', ip: '1.2.3.4' }, 'x')] })).toBe(false);
    expect(expectParity({ ...valid, tags: own({ team: 'a' }, 5) })).toBe(true);
    const many = own(Object.fromEntries(Array.from({ length: MAX_USER_TAGS }, (_, i) => [`k${i}`, 'v'])), 'v');
    expect(expectParity({ ...valid, tags: many })).toBe(true);
  });

  // Strings around every rule's edge: lengths, IPs and CIDRs zod would read differently, reserved names, unicode.
  const oddString = fc.constantFrom(
    '', ' ', 'a', 'A1_b', 'kafka_prod', 'x'.repeat(63), 'x'.repeat(64), 'x'.repeat(65), 'h'.repeat(128), 'h'.repeat(129), 'v'.repeat(255), 'v'.repeat(256),
    'a-b', 'a.b', '1abc', '_x', 'ünïcödé', 'naïve', 'İ', '\u0130default', 'default', 'DEFAULT', 'Default', 'queue1', 'pool-a',
    ' lead', 'trail ', '_sys_x', 'managed-by-dli-connections', 'team', 'k\n',
    '1.2.3.4', '0.0.0.0', '255.255.255.255', '01.2.3.4', '1.2.3.04', '1.2.3.4 ', ' 1.2.3.4', '256.0.0.1', '1.2.3', '1.2.3.4.5', '1.2.3.4\n', '١.٢.٣.٤',
    '10.0.0.0/24', '10.0.0.0/0', '10.0.0.0/32', '10.0.0.0/33', '10.0.0.0/024', '10.0.0.0/', '10.0.0.0', '10.0.0.0/24 ', '10.1.0.0/16',
    'hosts.txt', '../x',
  );
  const oddScalar = fc.oneof(
    { weight: 6, arbitrary: oddString },
    fc.constantFrom<unknown>(null, undefined, true, false, 0, 1, -1, 1.5, 1234, Number.NaN),
    fc.string({ maxLength: 8 }),
  );
  const oddList = (item: fc.Arbitrary<unknown>) => fc.array(item, { maxLength: 4 });
  const host = fc.oneof(
    { weight: 4, arbitrary: fc.record({ name: oddScalar, ip: oddScalar }, { requiredKeys: [] }) },
    fc.record({ name: oddScalar, ip: oddScalar, nmae: oddScalar }),
    oddScalar,
  );
  const route = fc.oneof(
    { weight: 4, arbitrary: fc.record({ name: oddScalar, cidr: oddScalar }, { requiredKeys: [] }) },
    fc.record({ name: oddScalar, cidr: oddScalar, via: oddScalar }),
    oddScalar,
  );
  const tags = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(fc.oneof(oddString, fc.constant('__proto__')), oddScalar), { maxLength: MAX_USER_TAGS + 2 }) },
  ).map((entries) => {
    // Built with defineProperty so `__proto__` becomes an own key, as the YAML parsers store it.
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    return o;
  });
  const anyOf = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: a }, oddScalar, fc.jsonValue({ maxDepth: 2 }));
  // A small pool makes duplicates (queues, pools, route names and CIDRs) likely.
  const fewStrings = fc.constantFrom('q1', 'q2', 'r1', 'r2', '10.0.0.0/24', '10.1.0.0/16');
  const listItem = fc.oneof(fewStrings, oddScalar);
  const richValid = {
    ...valid,
    routetable_id: 'rt-1',
    queues: ['q1'],
    elastic_resource_pools: ['p1'],
    hosts: [{ name: 'h1', ip: '10.0.0.1' }],
    hosts_file: 'hosts.txt',
    routes: [{ name: 'r1', cidr: '10.0.0.0/24' }],
    tags: { team: 'a' },
    checks: ['h1:9092', '10.0.0.1:3306'],
  };
  const small = fc.oneof(fewStrings, oddScalar);
  // Valid and nearly valid check addresses (port 0, 65536, leading zero, bad IPv4, no port), duplicates likely.
  const checkAddress = fc.constantFrom('h1:9092', 'kafka-1:9092', '10.0.0.1:3306', 'h_1:80', 'h1:0', 'h1:65536', 'h1:080', '10.0.0.256:1', 'h1', ':80', 'a b:1', '-x:1');
  /** One change to one field: a new value, or the key removed (`undefined` → deleted below). */
  const mutation = fc.oneof(
    fc.tuple(fc.constantFrom('name', 'dest_vpc_id', 'dest_network_id', 'routetable_id', 'hosts_file'), anyOf(oddString)),
    fc.tuple(fc.constantFrom('queues', 'elastic_resource_pools'), anyOf(oddList(listItem))),
    fc.tuple(fc.constant('hosts'), anyOf(oddList(host))),
    fc.tuple(
      fc.constant('routes'),
      anyOf(oddList(fc.oneof({ weight: 3, arbitrary: fc.record({ name: small, cidr: small }) }, route))),
    ),
    fc.tuple(fc.constant('tags'), anyOf(tags)),
    fc.tuple(fc.constant('checks'), anyOf(oddList(fc.oneof(checkAddress, oddScalar)))),
    fc.tuple(fc.constantFrom('nmae', 'extra', 'Name'), oddScalar),
    fc.tuple(fc.constantFrom(...CONNECTION_KEYS), fc.constantFrom(undefined, 'undefined-value')),
  );
  const manifestLike = fc.tuple(fc.boolean(), fc.array(mutation, { maxLength: 3 })).map(([rich, changes]) => {
    const d: Record<string, unknown> = structuredClone(rich ? richValid : valid);
    for (const [k, v] of changes) {
      if (v === undefined) delete d[k];
      else d[k] = v === 'undefined-value' ? undefined : v;
    }
    return d;
  });

  it('on random manifest-like documents (valid ones with mutated fields)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(manifestLike, (doc) => {
        if (expectParity(doc)) accepted++;
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(30); // the property reached the "yes" side too
  }, 60_000);

  it('on random values of any shape', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 3 }), (doc) => void expectParity(doc)), { numRuns: 500 });
  });
});

describe('the action starts without zod or yaml', () => {
  // Static (non-type) imports reachable from the entry points; `await import()` is how the slow parts come in.
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'([^']+)'/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) staticImports(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')), seen);
      else seen.add(spec);
    }
    return seen;
  }

  it.each(['index.ts', 'main.ts', 'cli.ts'])('%s', (entry) => {
    const reached = staticImports(path.join(src, entry));
    expect(reached.has(path.join(src, 'manifest/load-file.ts'))).toBe(true); // the walk does follow the loader
    expect(reached.has('zod')).toBe(false);
    expect(reached.has('yaml')).toBe(false);
  });
});
