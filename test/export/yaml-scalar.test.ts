// The hand-written YAML scalars: every string must read back as exactly itself, in every reader a user may use.
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { doubleQuoted, yamlScalar } from '../../src/export/yaml-scalar.js';

/** `value` as a mapping value, a flow-map value and a mapping key, read back by all four readers. */
function readBack(s: string): unknown[] {
  const doc = `k: ${yamlScalar(s)}\nf: { a: ${yamlScalar(s)}, b: x }\nm:\n  ${yamlScalar(s)}: v\n`;
  const readers = [
    (t: string) => jsYaml.load(t, { schema: jsYaml.CORE_SCHEMA }),
    (t: string) => jsYaml.load(t, { schema: jsYaml.DEFAULT_SCHEMA }),
    (t: string) => parseYaml(t),
    (t: string) => parseYaml(t, { version: '1.1' }),
  ];
  return readers.map((read) => {
    const o = read(doc) as { k: unknown; f: { a: unknown }; m: Record<string, unknown> };
    return [o.k, o.f.a, Object.keys(o.m)];
  });
}

describe('yamlScalar', () => {
  it.each([
    ['yes'], ['no'], ['on'], ['Off'], ['y'], ['null'], ['Null'], ['~'], ['true'], ['FALSE'], ['0123'], ['123'], ['1e3'], ['0x1F'],
    ['0o17'], ['.inf'], ['-.inf'], ['.NaN'], ['1:20'], ['1_000'], ['2001-12-14'], ['a: b'], ['a #b'], ['#x'], ['- x'], ['-x'], [''], [' lead'],
    ['trail '], ['multi\nline'], ['tab\there'], ['"quoted"'], ["it's"], ['back\\slash'], ['[x]'], ['{x}'], ['a,b'], ['*alias'], ['&anchor'],
    ['!tag'], ['%dir'], ['@at'], ['`tick'], ['|'], ['>'], ['?'], ['ünïcödé'], ['emoji 🎉'], ['\u2028sep'], ['\u0085nel'], ['\u0000nul'],
    ['\ufeffbom'], ['\u007fdel'], ['<<'], ['=']
  ])('reads back %j as the same string everywhere', (s) => {
    for (const [value, flowValue, keys] of readBack(s) as [unknown, unknown, unknown][]) {
      expect(value).toBe(s);
      expect(flowValue).toBe(s);
      expect(keys).toEqual([s]);
    }
  });

  it('writes ordinary names, ids, IPs and CIDRs plain, and ambiguous ones quoted', () => {
    for (const plain of ['kafka_prod', 'kafka-1.example.com', '192.168.0.11', '10.169.0.0/24', '22094d8f-c310-4621-913d-4c4d655d8495', 'pool_etl', 'team']) {
      expect(yamlScalar(plain)).toBe(plain);
    }
    expect(yamlScalar('yes')).toBe('"yes"');
    expect(yamlScalar('0123')).toBe('"0123"');
    expect(yamlScalar('null')).toBe('"null"');
    expect(yamlScalar('a: b #c')).toBe('"a: b #c"');
    expect(yamlScalar('')).toBe('""');
    expect(yamlScalar('2001-12-14')).toBe('"2001-12-14"');
    expect(doubleQuoted('a\u2028b\u0001"\\')).toBe('"a\\u2028b\\u0001\\"\\\\"');
  });

  it('round-trips arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        for (const [value, flowValue, keys] of readBack(s) as [unknown, unknown, unknown][]) {
          if (value !== s || flowValue !== s || JSON.stringify(keys) !== JSON.stringify([s])) return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
