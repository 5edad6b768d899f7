// Shared corpus of manifests for the loader tests (and the end-to-end suite): each invalid case lists its files
// (relative to a fresh workspace; manifests match `**/*.{yml,yaml}`) and every diagnostic it must produce, with
// the exact 1-based line/column and a substring of the message.

export interface ExpectedDiagnostic {
  file: string;
  line: number;
  col: number;
  /** Substring of the diagnostic message. */
  message: string;
}

export interface InvalidCase {
  name: string;
  /** Text files; values may also be Uint8Array for binary/encoding cases. */
  files: Record<string, string | Uint8Array>;
  /** All error diagnostics, in the loader's order (file, line, col). */
  expect: ExpectedDiagnostic[];
}

export interface ValidCase {
  name: string;
  files: Record<string, string | Uint8Array>;
  /** Connection names in load order. */
  names: string[];
}

/** Glob that picks up the corpus manifests. */
export const CORPUS_PATTERNS = ['**/*.{yml,yaml}'];

/** Three valid lines every case starts from (lines 1–3). */
export const BASE = 'name: kafka_prod\ndest_vpc_id: vpc-1\ndest_network_id: net-1\n';
const m = (extra: string) => ({ 'm.yml': BASE + extra });
const e = (line: number, col: number, message: string, file = 'm.yml'): ExpectedDiagnostic => ({ file, line, col, message });

const manyHosts = (n: number) => {
  let s = 'hosts:\n';
  for (let i = 0; i < n; i++) s += `  - { name: h${i}, ip: 10.0.${(i >> 8) & 255}.${i & 255} }\n`;
  return s;
};
const hostsLines = (n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += `10.1.${(i >> 8) & 255}.${i & 255} f${i}\n`;
  return s;
};

const laughs = (() => {
  let s = BASE + 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i <= 9; i++) s += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  return s;
})();

/** The bomb built inside the value of `hosts:` (line 4): that line is where the user must look. */
const laughsUnderHosts = (() => {
  let s = BASE + 'hosts:\n  - &h0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i <= 9; i++) s += `  - &h${i} [${Array(10).fill(`*h${i - 1}`).join(', ')}]\n`;
  return `${s}routes: []\n`;
})();

export const invalidCases: InvalidCase[] = [
  // --- file-level ---
  { name: 'empty file', files: { 'm.yml': '' }, expect: [e(1, 1, 'no connection in this file')] },
  { name: 'only comments', files: { 'm.yml': '# nothing here\n\n# really\n' }, expect: [e(1, 1, 'no connection in this file')] },
  { name: 'only document markers', files: { 'm.yml': '---\n---\n' }, expect: [e(1, 1, 'no connection in this file')] },
  { name: 'binary file (NUL)', files: { 'm.yml': new Uint8Array([0x6e, 0x61, 0x0a, 0x61, 0x00, 0x01]) }, expect: [e(2, 2, 'binary file')] },
  { name: 'invalid UTF-8', files: { 'm.yml': new Uint8Array([...Buffer.from('name: a\ntags: {t: "'), 0xc3, 0x28, 0x22, 0x7d, 0x0a]) }, expect: [e(2, 12, 'not valid UTF-8')] },
  { name: 'latin-1 encoded file', files: { 'm.yml': new Uint8Array([...Buffer.from(BASE + 'tags: {team: caf'), 0xe9, 0x7d, 0x0a]) }, expect: [e(4, 17, 'not valid UTF-8')] },
  { name: 'UTF-16 file', files: { 'm.yml': new Uint8Array([0xff, 0xfe, 0x6e, 0x00]) }, expect: [e(1, 1, 'UTF-16')] },
  // --- YAML syntax ---
  { name: 'unclosed flow sequence', files: m('queues: [a, b\n'), expect: [e(5, 1, 'YAML:')] },
  { name: 'bad indentation', files: { 'm.yml': 'name: a\n  dest_vpc_id: v\n' }, expect: [e(1, 7, 'Implicit keys need to be on a single line'), e(1, 7, 'Nested mappings are not allowed')] },
  { name: 'tab indentation', files: m('hosts:\n\t- {name: a, ip: 1.1.1.1}\n'), expect: [e(5, 1, 'YAML:')] },
  { name: 'unterminated quoted string', files: m('routetable_id: "abc\n'), expect: [e(5, 1, 'Missing closing "quote')] },
  { name: 'duplicate key', files: m('name: other\n'), expect: [e(4, 1, 'duplicate key `name`')] },
  { name: 'duplicate key in a host', files: m('hosts:\n  - name: a\n    name: b\n    ip: 1.1.1.1\n'), expect: [e(6, 5, 'duplicate key `name`')] },
  { name: 'duplicate quoted tag key in flow', files: m('tags: {"a b": x, "a b": y}\n'), expect: [e(4, 18, 'duplicate key `a b`')] },
    { name: 'unknown tag', files: m('routetable_id: !secret abc\n'), expect: [e(4, 16, 'YAML:')] },
  { name: 'undefined alias', files: m('queues: *nope\n'), expect: [e(4, 9, 'Unresolved alias')] },
  // --- document shape ---
  { name: 'document is a list', files: { 'm.yml': '- name: a\n- name: b\n' }, expect: [e(1, 1, 'must be a YAML mapping, got a list')] },
  { name: 'document is a scalar', files: { 'm.yml': 'just text\n' }, expect: [e(1, 1, 'must be a YAML mapping')] },
  { name: 'second document is a scalar', files: { 'm.yml': BASE + '---\n42\n' }, expect: [e(5, 1, 'must be a YAML mapping')] },
  { name: 'recursive alias', files: m('queues: &q [a, *q]\n'), expect: [e(1, 1, 'recursive alias')] },
  // a0 … a9 on lines 4 … 13; a5 (line 9) is the first key whose value expands past 1,000,000 values.
  { name: 'billion laughs', files: { 'm.yml': laughs }, expect: [e(9, 1, 'a5: document expands')] },
  { name: 'billion laughs under hosts', files: { 'm.yml': laughsUnderHosts }, expect: [e(4, 1, 'hosts: document expands')] },
  // --- required keys ---
  { name: 'missing name', files: { 'm.yml': 'dest_vpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 1, 'missing required key `name`')] },
  { name: 'missing dest_vpc_id', files: { 'm.yml': '# c\nname: a\ndest_network_id: n\n' }, expect: [e(2, 1, 'missing required key `dest_vpc_id`')] },
  { name: 'missing both ids', files: { 'm.yml': 'name: a\n' }, expect: [e(1, 1, 'missing required key `dest_network_id`'), e(1, 1, 'missing required key `dest_vpc_id`')] },
  { name: 'missing host ip', files: m('hosts:\n  - name: a\n'), expect: [e(5, 5, 'hosts[0]: missing required key `ip`')] },
  { name: 'missing route cidr', files: m('routes:\n  - { name: r1 }\n'), expect: [e(5, 7, 'routes[0]: missing required key `cidr`')] },
  // --- unknown keys ---
  { name: 'unknown key vpc_id', files: { 'm.yml': 'name: a\nvpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 1, 'missing required key `dest_vpc_id`'), e(2, 1, 'did you mean `dest_vpc_id`?')] },
  { name: 'unknown key subnet_id', files: m('subnet_id: s\n'), expect: [e(4, 1, 'unknown key `subnet_id` (did you mean `dest_network_id`?)')] },
  { name: 'unknown key pools', files: m('pools: [p]\n'), expect: [e(4, 1, 'did you mean `elastic_resource_pools`?')] },
  { name: 'unknown key route_table_id', files: m('route_table_id: r\n'), expect: [e(4, 1, 'did you mean `routetable_id`?')] },
  { name: 'typo quees', files: m('quees: [q]\n'), expect: [e(4, 1, 'did you mean `queues`?')] },
  { name: 'unknown key without suggestion', files: m('zzzzzz: 1\n'), expect: [e(4, 1, 'unknown key `zzzzzz`')] },
  { name: 'unknown key in host', files: m('hosts:\n  - { name: a, ip: 1.1.1.1, address: 2.2.2.2 }\n'), expect: [e(5, 29, 'unknown key `address` in hosts[0] (did you mean `ip`?)')] },
  { name: 'unknown key in route', files: m('routes:\n  - name: r\n    cidr: 10.0.0.0/8\n    destination: x\n'), expect: [e(7, 5, 'did you mean `cidr`?')] },
  { name: 'merge key is not special', files: m('<<: {queues: [a]}\n'), expect: [e(4, 1, 'unknown key `<<`')] },
  // --- name ---
  { name: 'name with dash', files: { 'm.yml': 'name: kafka-prod\ndest_vpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 7, 'connection name "kafka-prod" must be 1–64')] },
  { name: 'name too long', files: { 'm.yml': `name: ${'a'.repeat(65)}\ndest_vpc_id: v\ndest_network_id: n\n` }, expect: [e(1, 7, 'must be 1–64 characters')] },
  { name: 'name empty string', files: { 'm.yml': 'name: ""\ndest_vpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 7, 'connection name "" must be')] },
  { name: 'name is a number', files: { 'm.yml': 'name: 123\ndest_vpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 7, 'name: expected a string, got a number')] },
  { name: 'name is null', files: { 'm.yml': 'name:\ndest_vpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 1, 'name: expected a string, got null')] },
  { name: 'name is a boolean', files: { 'm.yml': 'name: yes_no\ndest_vpc_id: true\ndest_network_id: n\n' }, expect: [e(2, 14, 'dest_vpc_id: expected a string, got a boolean')] },
  // --- ids ---
  { name: 'empty dest_network_id', files: { 'm.yml': 'name: a\ndest_vpc_id: v\ndest_network_id: ""\n' }, expect: [e(3, 18, 'dest_network_id must not be empty')] },
  { name: 'routetable_id a list', files: m('routetable_id: [a]\n'), expect: [e(4, 16, 'routetable_id: expected a string, got a list')] },
  // --- queues / pools ---
  { name: 'queues is a string', files: m('queues: q1\n'), expect: [e(4, 9, 'queues: expected a list of strings, got a string')] },
  { name: 'queue default', files: m('queues: [q1, default]\n'), expect: [e(4, 14, 'queues[1]: the queue `default`')] },
  { name: 'queue DEFAULT (case-insensitive)', files: m('queues:\n  - DeFaUlT\n'), expect: [e(5, 5, 'the queue `default`')] },
  { name: 'duplicate queue', files: m('queues: [a, b, a]\n'), expect: [e(4, 16, 'queues[2]: queue "a" is listed twice')] },
  { name: 'empty queue name', files: m('queues: ["", b]\n'), expect: [e(4, 10, 'queue name must not be empty')] },
  { name: 'pool is a number', files: m('elastic_resource_pools: [p1, 7]\n'), expect: [e(4, 30, 'elastic_resource_pools[1]: expected a string, got a number')] },
  { name: 'duplicate pool', files: m('elastic_resource_pools:\n  - p\n  - p\n'), expect: [e(6, 5, 'pool "p" is listed twice')] },
  { name: 'pools is a mapping', files: m('elastic_resource_pools: {p: 1}\n'), expect: [e(4, 25, 'expected a list of strings, got a mapping')] },
  // --- hosts ---
  { name: 'bad host ip', files: m('hosts:\n  - { name: a, ip: 300.1.1.1 }\n'), expect: [e(5, 20, 'hosts[0].ip: "300.1.1.1" is not an IPv4 address')] },
  { name: 'ipv6 host ip inline', files: m('hosts:\n  - { name: a, ip: "::1" }\n'), expect: [e(5, 20, 'is not an IPv4 address')] },
  { name: 'leading-zero ip', files: m('hosts:\n  - { name: a, ip: 10.0.0.01 }\n'), expect: [e(5, 20, 'is not an IPv4 address')] },
  { name: 'host name starts with digit', files: m('hosts:\n  - { name: 1abc, ip: 1.1.1.1 }\n'), expect: [e(5, 13, 'host name "1abc" must be 1–128')] },
  { name: 'host name too long', files: m(`hosts:\n  - { name: a${'b'.repeat(128)}, ip: 1.1.1.1 }\n`), expect: [e(5, 13, 'must be 1–128')] },
  { name: 'host is a string', files: m('hosts:\n  - a 1.1.1.1\n'), expect: [e(5, 5, 'hosts[0]: expected a mapping {name, ip}, got a string')] },
  { name: 'hosts is a mapping', files: m('hosts:\n  a: 1.1.1.1\n'), expect: [e(5, 3, 'hosts: expected a list of {name, ip} mappings, got a mapping')] },
  { name: 'host ip is a number-like', files: m('hosts:\n  - name: a\n    ip: 10\n'), expect: [e(6, 9, 'hosts[0].ip: expected a string, got a number')] },
  { name: 'too many inline hosts', files: m(manyHosts(20_001)), expect: [e(5, 3, '20001 hosts declared, at most 20000')] },
  // --- routes ---
  { name: 'bad cidr', files: m('routes:\n  - { name: r, cidr: 10.0.0.0/33 }\n'), expect: [e(5, 22, 'is not an IPv4 CIDR')] },
  { name: 'cidr without mask', files: m('routes:\n  - { name: r, cidr: 10.0.0.0 }\n'), expect: [e(5, 22, 'is not an IPv4 CIDR')] },
  { name: 'bad route name', files: m('routes:\n  - { name: "r 1", cidr: 10.0.0.0/8 }\n'), expect: [e(5, 13, 'route name "r 1" must be 1–64')] },
  { name: 'duplicate route name', files: m('routes:\n  - { name: r, cidr: 10.0.0.0/8 }\n  - { name: r, cidr: 10.1.0.0/16 }\n'), expect: [e(6, 5, 'routes[1]: route name "r" is listed twice')] },
  {
    name: 'identical cidrs',
    files: m('routes:\n  - { name: a, cidr: 10.0.0.0/8 }\n  - { name: b, cidr: 10.0.0.0/8 }\n'),
    expect: [e(6, 22, 'routes[1].cidr: CIDR 10.0.0.0/8 is already used by route "a"')],
  },
  // --- tags ---
  { name: 'tags is a list', files: m('tags: [a, b]\n'), expect: [e(4, 7, 'tags: expected a mapping of tag key to value, got a list')] },
  { name: 'tag value is a number', files: m('tags:\n  cost: 12\n'), expect: [e(5, 9, 'tags.cost: expected a string (quote numbers and booleans), got a number')] },
  { name: 'tag key _sys_', files: m('tags:\n  _sys_x: v\n'), expect: [e(5, 3, 'must not start with `_sys_`')] },
  { name: 'ownership tag key reserved', files: m('tags:\n  managed-by-dli-connections: me\n'), expect: [e(5, 3, 'is reserved')] },
  { name: 'tag key with trailing space', files: m('tags:\n  "team ": data\n'), expect: [e(5, 3, 'must not start or end with spaces')] },
  { name: 'tag value with leading space', files: m('tags:\n  team: " data"\n'), expect: [e(5, 9, 'value must not start or end with spaces')] },
  { name: 'tag key too long', files: m(`tags:\n  ${'k'.repeat(129)}: v\n`), expect: [e(5, 3, 'must be 1–128 characters')] },
  { name: 'tag value too long', files: m(`tags:\n  k: ${'v'.repeat(256)}\n`), expect: [e(5, 6, 'value is too long (256 characters, at most 255)')] },
  { name: 'ten user tags', files: m('tags:\n' + Array.from({ length: 10 }, (_, i) => `  t${i}: v\n`).join('')), expect: [e(4, 1, '10 tags declared, at most 9')] },
  // --- checks ---
  { name: 'checks is a string', files: m('checks: kafka-1:9092\n'), expect: [e(4, 9, 'checks: expected a list of `host:port` strings, got a string')] },
  { name: 'check without port', files: m('checks: [kafka-1]\n'), expect: [e(4, 10, 'checks[0]: check "kafka-1" must be `host:port`')] },
  { name: 'check port out of range', files: m('checks:\n  - db:65536\n'), expect: [e(5, 5, 'port 65536 is not a port number (1–65535)')] },
  { name: 'check port zero', files: m('checks: ["db:0"]\n'), expect: [e(4, 10, 'port 0 is not a port number')] },
  { name: 'check bad IPv4', files: m('checks: [10.0.0.256:80]\n'), expect: [e(4, 10, '"10.0.0.256" is not an IPv4 address')] },
  { name: 'check host with a space', files: m('checks: ["a b:80"]\n'), expect: [e(4, 10, 'must be `host:port`')] },
  { name: 'duplicate check', files: m('checks: [db:1, db:2, db:1]\n'), expect: [e(4, 22, 'checks[2]: check "db:1" is listed twice')] },
  { name: 'check is a number', files: m('checks: [1]\n'), expect: [e(4, 10, 'checks[0]: expected a string, got a number')] },
  {
    name: 'check host that is no DNS name and no host record',
    files: m('hosts:\n  - { name: my_db, ip: 10.0.0.5 }\nchecks:\n  - my_db:3306\n  - other_db:3306\n'),
    expect: [e(8, 5, 'checks[1]: "other_db" is not a DNS name, so it must be one of the connection\'s hosts')],
  },
  // --- hosts_file ---
  { name: 'hosts_file missing', files: m('hosts_file: nope.hosts\n'), expect: [e(4, 13, 'hosts_file "nope.hosts" not found')] },
  { name: 'hosts_file .. escape', files: m('hosts_file: ../../etc/hosts\n'), expect: [e(4, 13, 'points outside the repository')] },
  { name: 'hosts_file absolute', files: m('hosts_file: /etc/hosts\n'), expect: [e(4, 13, 'must be a path relative to the manifest')] },
  { name: 'hosts_file ipv6 line', files: { ...m('hosts_file: h.hosts\n'), 'h.hosts': '# hosts\n10.0.0.1 a\n  ::1 localhost\n' }, expect: [e(3, 3, 'IPv6 address "::1" is not supported', 'h.hosts')] },
  { name: 'hosts_file bad ip', files: { ...m('hosts_file: h.hosts\n'), 'h.hosts': '10.0.0.256 a\n' }, expect: [e(1, 1, '"10.0.0.256" is not an IPv4 address', 'h.hosts')] },
  { name: 'hosts_file bad alias', files: { ...m('hosts_file: h.hosts\n'), 'h.hosts': '10.0.0.1 good  -bad # comment\n' }, expect: [e(1, 16, 'host name "-bad"', 'h.hosts')] },
  { name: 'hosts_file ip without name', files: { ...m('hosts_file: h.hosts\n'), 'h.hosts': '\n\n10.0.0.1   # lonely\n' }, expect: [e(3, 1, 'no host name after 10.0.0.1', 'h.hosts')] },
  { name: 'hosts_file binary', files: { ...m('hosts_file: h.hosts\n'), 'h.hosts': new Uint8Array([0x31, 0x00]) }, expect: [e(1, 2, 'binary file', 'h.hosts')] },
  { name: 'hosts_file is a directory', files: { ...m('hosts_file: dir\n'), 'dir/x.txt': '' }, expect: [e(4, 13, 'is not a regular file')] },
  {
    name: 'hosts + hosts_file over 20000',
    files: { ...m('hosts:\n  - { name: a, ip: 1.1.1.1 }\nhosts_file: h.hosts\n'), 'h.hosts': hostsLines(20_000) },
    expect: [e(6, 13, 'together declare 20001 hosts, at most 20000')],
  },
  { name: 'hosts_file in subfolder relative to manifest', files: { 'sub/m.yml': BASE + 'hosts_file: h.hosts\n', 'h.hosts': '10.0.0.1 a\n' }, expect: [e(4, 13, 'not found (looked for sub/h.hosts)', 'sub/m.yml')] },
  // --- several documents, several files ---
  {
    name: 'errors in two documents of one file',
    files: { 'm.yml': BASE + 'queues: default\n---\nname: b\ndest_vpc_id: v\ndest_network_id: n\nhosts: {}\n' },
    expect: [e(4, 9, 'queues: expected a list of strings'), e(9, 8, 'hosts: expected a list')],
  },
  {
    name: 'duplicate names across files',
    files: { 'a.yml': BASE, 'b/b.yaml': '# other\n' + BASE },
    expect: [e(1, 7, 'duplicate connection name `kafka_prod` (also declared at b/b.yaml:2)', 'a.yml'), e(2, 7, 'also declared at a.yml:1', 'b/b.yaml')],
  },
  {
    name: 'duplicate names in one file',
    files: { 'm.yml': BASE + '---\n' + BASE },
    expect: [e(1, 7, 'also declared at m.yml:5'), e(5, 7, 'also declared at m.yml:1')],
  },
  {
    name: 'errors in several files are all reported',
    files: { 'a.yml': 'name: a\n', 'b.yml': BASE + 'vpc_id: x\n' },
    expect: [e(1, 1, 'missing required key `dest_network_id`', 'a.yml'), e(1, 1, 'missing required key `dest_vpc_id`', 'a.yml'), e(4, 1, 'unknown key `vpc_id`', 'b.yml')],
  },
  // A document with problems is still checked for what can be: its hosts_file, and its name among the others.
  {
    name: 'hosts_file checked when the document has other problems',
    files: m('vpc_id: x\nhosts_file: nope.hosts\n'),
    expect: [e(4, 1, 'unknown key `vpc_id`'), e(5, 13, 'hosts_file "nope.hosts" not found')],
  },
  {
    name: 'hosts_file lines checked when the document has other problems',
    files: { ...m('queues: default\nhosts_file: h.hosts\n'), 'h.hosts': '10.0.0.256 a\n' },
    expect: [e(1, 1, '"10.0.0.256" is not an IPv4 address', 'h.hosts'), e(4, 9, 'queues: expected a list of strings')],
  },
  {
    name: 'duplicate names when one document has other problems',
    files: { 'a.yml': BASE, 'b.yml': BASE + 'queues: default\n' },
    expect: [e(1, 7, 'also declared at b.yml:1', 'a.yml'), e(1, 7, 'also declared at a.yml:1', 'b.yml'), e(4, 9, 'queues: expected a list of strings', 'b.yml')],
  },
  {
    name: 'duplicate names in three places, the first with other problems',
    files: { 'a.yml': BASE + 'queues: default\n', 'b.yml': BASE, 'c/c.yml': '\n' + BASE },
    expect: [
      e(1, 7, 'also declared at b.yml:1, c/c.yml:2', 'a.yml'),
      e(4, 9, 'queues: expected a list of strings', 'a.yml'),
      e(1, 7, 'also declared at a.yml:1, c/c.yml:2', 'b.yml'),
      e(2, 7, 'also declared at a.yml:1, b.yml:1', 'c/c.yml'),
    ],
  },
  {
    name: 'a malformed name is not also a duplicate',
    files: { 'a.yml': BASE.replace('kafka_prod', 'kafka-prod'), 'b.yml': BASE.replace('kafka_prod', 'kafka-prod') },
    expect: [e(1, 7, 'connection name "kafka-prod"', 'a.yml'), e(1, 7, 'connection name "kafka-prod"', 'b.yml')],
  },
  { name: 'CRLF line endings', files: { 'm.yml': 'name: a\r\ndest_vpc_id: v\r\ndest_network_id: n\r\nqueues: [default]\r\n' }, expect: [e(4, 10, 'the queue `default`')] },
  { name: 'BOM then error', files: { 'm.yml': '\ufeffname: a-b\ndest_vpc_id: v\ndest_network_id: n\n' }, expect: [e(1, 7, 'connection name "a-b"')] },
  { name: 'signed float the parsers disagree on', files: m('queues: [-.5]\n'), expect: [e(4, 10, 'queues[0]: expected a string, got a number')] },
  { name: 'anchor reused with a bad value', files: m('elastic_resource_pools: &p [default_pool, x]\nqueues: *p\nroutetable_id: &r 5\n'), expect: [e(6, 19, 'routetable_id: expected a string, got a number')] },
];

export const validCases: ValidCase[] = [
  { name: 'minimal', files: { 'm.yml': BASE }, names: ['kafka_prod'] },
  {
    name: 'every optional field',
    files: {
      'm.yml':
        '# yaml-language-server: $schema=../schema/connection.schema.json\n' +
        BASE +
        'routetable_id: rt-1\nqueues: [q_reporting]\nelastic_resource_pools: [pool_etl, pool_b]\nhosts:\n  - { name: kafka-1, ip: 192.168.0.11 }\n' +
        'hosts_file: hosts/kafka.hosts\nroutes:\n  - { name: to_idc, cidr: 10.169.0.0/24 }\n  - { name: to-b, cidr: 10.0.0.0/8 }\ntags:\n  team: data\n  empty: ""\n',
      'hosts/kafka.hosts': '# kafka\n192.168.0.12 kafka-2 kafka-2.local   # two names\n\n10.0.0.1\tzk\n',
    },
    names: ['kafka_prod'],
  },
  { name: 'multi-document with leading marker', files: { 'm.yml': '---\n' + BASE + '---\nname: b\ndest_vpc_id: v\ndest_network_id: n\n...\n' }, names: ['kafka_prod', 'b'] },
  { name: 'BOM', files: { 'm.yml': '\ufeff' + BASE }, names: ['kafka_prod'] },
  { name: 'flow mapping document', files: { 'm.yml': '{name: f, dest_vpc_id: v, dest_network_id: n, tags: {}}\n' }, names: ['f'] },
  { name: 'anchors and aliases', files: { 'm.yml': BASE + 'queues: &q [q1, q2]\nelastic_resource_pools: *q\n' }, names: ['kafka_prod'] },
  { name: 'CRLF', files: { 'm.yml': BASE.replace(/\n/g, '\r\n') }, names: ['kafka_prod'] },
  {
    name: 'tagged, anchored and indented document roots',
    files: { 'm.yml': '%YAML 1.2\n--- !!map\nname: a\ndest_vpc_id: v\ndest_network_id: n\n...\n--- &r\n  name: b\n  dest_vpc_id: v\n  dest_network_id: n\n--- { name: c, dest_vpc_id: v, dest_network_id: n }\n' },
    names: ['a', 'b', 'c'],
  },
  { name: 'comments everywhere and trailing marker-free end', files: { 'm.yml': '# head\n' + BASE.replace('\n', '  # trailing\n') + '# tail\n' }, names: ['kafka_prod'] },
  { name: '20000 hosts', files: m(manyHosts(20_000)), names: ['kafka_prod'] },
  { name: 'binary/hex-looking plain scalars are strings in YAML 1.2', files: { 'm.yml': 'name: 0b101\ndest_vpc_id: -0x1\ndest_network_id: +0o7\n' }, names: ['0b101'] },
  { name: 'tag keys the parsers read differently', files: m('tags:\n  +0x1: a\n  0b11: b\n'), names: ['kafka_prod'] },
  { name: 'nine tags', files: m('tags:\n' + Array.from({ length: 9 }, (_, i) => `  t${i}: v\n`).join('')), names: ['kafka_prod'] },
  { name: 'quoted numbers as strings', files: { 'm.yml': 'name: "123"\ndest_vpc_id: "1"\ndest_network_id: "0x1"\ntags: {n: "1"}\n' }, names: ['123'] },
  {
    name: 'checks: DNS names, IPs, and a host record from hosts_file',
    files: { ...m('hosts_file: h.hosts\nchecks: [kafka-1.internal:9092, 192.168.0.12:3306, zk_1:2181, "db:65535"]\n'), 'h.hosts': '10.0.0.1 zk_1\n' },
    names: ['kafka_prod'],
  },
  { name: 'several files sorted', files: { 'b.yml': BASE.replace('kafka_prod', 'b'), 'a.yaml': BASE.replace('kafka_prod', 'a') }, names: ['a', 'b'] },
];
