import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHostsText } from '../../src/manifest/hosts-file.js';
import { suggestKey, editDistance } from '../../src/manifest/suggest.js';
import { checkExpandedSize } from '../../src/manifest/expand.js';
import { decodeManifestText } from '../../src/manifest/read-text.js';
import { isIPv4, isHostName, tagKeyProblem, TOP_LEVEL_KEYS } from '../../src/manifest/schema.js';
import { connectionJsonSchemaText, connectionJsonSchema } from '../../src/manifest/json-schema.js';
import { validateDocument, formatPath } from '../../src/manifest/validate.js';

describe('parseHostsText', () => {
  it('reads IP name aliases, comments, blank lines, tabs and CRLF', () => {
    const r = parseHostsText('# header\r\n\r\n10.0.0.1\tdb db.local  # primary\r\n  10.0.0.2 cache\n#10.0.0.3 off\n');
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([
      { name: 'db', ip: '10.0.0.1', line: 3, col: 10, ipCol: 1 },
      { name: 'db.local', ip: '10.0.0.1', line: 3, col: 13, ipCol: 1 },
      { name: 'cache', ip: '10.0.0.2', line: 4, col: 12, ipCol: 3 },
    ]);
  });

  it('reports every bad line, with positions', () => {
    const r = parseHostsText('fe80::1 a\n999.1.1.1 b\n10.0.0.1 ok 9bad\n10.0.0.2\n');
    expect(r.problems.map((p) => [p.line, p.col, p.code])).toEqual([
      [1, 1, 'hosts-file-ipv6'],
      [2, 1, 'hosts-file-bad-ip'],
      [3, 13, 'hosts-file-bad-name'],
      [4, 1, 'hosts-file-no-name'],
    ]);
    expect(r.records.map((x) => x.name)).toEqual(['ok']);
  });
});

describe('suggestKey', () => {
  it.each([
    ['vpc_id', 'dest_vpc_id'],
    ['subnet_id', 'dest_network_id'],
    ['network_id', 'dest_network_id'],
    ['pools', 'elastic_resource_pools'],
    ['route_table_id', 'routetable_id'],
    ['dest-vpc-id', 'dest_vpc_id'],
    ['Queues', 'queues'],
    ['rotes', 'routes'],
    ['hosts_fil', 'hosts_file'],
  ])('%s → %s', (bad, good) => expect(suggestKey(bad, TOP_LEVEL_KEYS)).toBe(good));

  it('stays quiet when nothing is close', () => {
    expect(suggestKey('colour', TOP_LEVEL_KEYS)).toBeUndefined();
    expect(suggestKey('x', TOP_LEVEL_KEYS)).toBeUndefined();
  });

  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('checkExpandedSize', () => {
  it('counts shared objects as expanded, memoised', () => {
    let v: unknown = ['x', 'x'];
    for (let i = 0; i < 40; i++) v = [v, v]; // 2^41 leaves if expanded; memoised this is instant
    expect(checkExpandedSize(v)).toEqual({ ok: false, reason: 'too-big', nodes: expect.any(Number) });
    expect(checkExpandedSize({ a: [1, 2, 3] })).toEqual({ ok: true });
  });

  it('finds cycles', () => {
    const a: unknown[] = [];
    a.push(a);
    expect(checkExpandedSize({ q: a })).toEqual({ ok: false, reason: 'cycle' });
  });
});

describe('decodeManifestText', () => {
  it('strips a BOM, refuses NUL, UTF-16 and invalid UTF-8 with positions', () => {
    expect(decodeManifestText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    expect(decodeManifestText(Buffer.from('ab\ncd\u0000'))).toMatchObject({ ok: false, line: 2, col: 3, code: 'binary-file' });
    expect(decodeManifestText(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toMatchObject({ ok: false, code: 'not-utf8', message: expect.stringContaining('UTF-16') });
    expect(decodeManifestText(new Uint8Array([0x61, 0x0a, 0x62, 0xff]))).toMatchObject({ ok: false, line: 2, col: 2, code: 'not-utf8' });
  });
});

describe('schema rules', () => {
  it('IPv4 and host names', () => {
    expect(['0.0.0.0', '255.255.255.255', '10.1.2.3'].every(isIPv4)).toBe(true);
    expect(['256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4 ', '::1', ''].some(isIPv4)).toBe(false);
    expect(isHostName('a'.repeat(128))).toBe(true);
    expect(isHostName('a'.repeat(129))).toBe(false);
    expect(isHostName('a_b.c-d')).toBe(true);
    expect(isHostName('a b')).toBe(false);
  });

  it('tag keys', () => {
    expect(tagKeyProblem('team')).toBeUndefined();
    expect(tagKeyProblem('')).toContain('1–128');
    expect(tagKeyProblem('_sys_x')).toContain('_sys_');
    expect(tagKeyProblem('managed-by-dli-connections')).toContain('reserved');
  });

  it('reports all problems of a document at once, with paths and blame', () => {
    const r = validateDocument({ name: 'a-b', vpc_id: 'v', queues: 'q', tags: { _sys_x: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [formatPath(p.path), p.at, p.code])).toEqual(
      expect.arrayContaining([
        ['name', 'value', 'invalid-value'],
        ['vpc_id', 'key', 'unknown-key'],
        ['', 'mapping', 'missing-key'],
        ['queues', 'value', 'wrong-type'],
        ['tags._sys_x', 'value', 'wrong-type'],
      ]),
    );
  });
});

describe('JSON Schema', () => {
  it('is deterministic and matches the checked-in file', () => {
    expect(connectionJsonSchemaText()).toBe(connectionJsonSchemaText());
    const checkedIn = readFileSync(new URL('../../schema/connection.schema.json', import.meta.url), 'utf8');
    expect(checkedIn).toBe(connectionJsonSchemaText());
  });

  it('carries $id, title, and a description for every field', () => {
    const s = connectionJsonSchema() as { $id: string; title: string; properties: Record<string, { description?: string }>; required: string[]; additionalProperties: boolean };
    expect(s.$id).toMatch(/connection\.schema\.json$/);
    expect(s.title).toBeTruthy();
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['name', 'dest_vpc_id', 'dest_network_id']);
    for (const key of TOP_LEVEL_KEYS) expect(s.properties[key]?.description, key).toBeTruthy();
  });
});

describe('checks: the address rule', () => {
  it('takes host:port and ip:port with ports 1–65535', async () => {
    const { checkAddressProblem } = await import('../../src/manifest/rules.js');
    for (const ok of ['kafka-1:9092', '192.168.0.12:3306', 'db:1', 'db:65535', 'kafka-1.internal.example:443', 'zk_1:2181', '9db.example:80']) {
      expect(checkAddressProblem(ok), ok).toBeUndefined();
    }
  });
  it('refuses what the DLI test would not take, saying why', async () => {
    const { checkAddressProblem } = await import('../../src/manifest/rules.js');
    const cases: [string, string][] = [
      ['db', 'must be `host:port`'],
      ['db:', 'must be `host:port`'],
      [':80', 'must be `host:port`'],
      ['db:0', 'is not a port number'],
      ['db:080', 'is not a port number'],
      ['db:65536', 'is not a port number'],
      ['10.0.0.256:80', 'is not an IPv4 address'],
      ['1.2.3:80', 'is not an IPv4 address'],
      ['-db:80', 'neither a DNS name nor a host record name'],
      ['[::1]:80', 'must be `host:port`'],
    ];
    for (const [bad, why] of cases) expect(checkAddressProblem(bad), bad).toContain(why);
  });
});
