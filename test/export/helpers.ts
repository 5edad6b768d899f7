// Shared wiring for the export tests: a temp workspace, the emulator seeded with a varied project, the real client.
import { mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Emulator } from '../emulator/index.js';

export const LABEL = 'default';
export const VPC = '11111111-1111-4111-8111-111111111111';
export const SUBNET = '33333333-3333-4333-8333-333333333333';
/** A 64-character name, the longest the API and the manifest format allow. */
export const LONG_NAME = `conn_${'x'.repeat(54)}_end`;

export function tempWorkspace(): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), 'dli-export-')));
}

/**
 * Every file under `dir` (relative, `/` separators) → its bytes as a latin1 string (lossless, one char per byte),
 * for byte-for-byte comparisons: deep-equal on large Buffers is very slow, on strings it is one comparison.
 */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const abs = path.join(d, e);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(path.relative(dir, abs).split(path.sep).join('/'), readFileSync(abs).toString('latin1'));
    }
  };
  walk(dir);
  return out;
}

export function manyHosts(n: number): { name: string; ip: string }[] {
  return Array.from({ length: n }, (_, i) => ({ name: `h${i}.db`, ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));
}

/**
 * A varied project: queues and pools, routes, tags (with values YAML would misread unquoted), 0, 3 and 20,000 hosts,
 * a 64-character name, a DELETED connection, and one owned by another label. Returns the ids by name.
 */
export function seedProject(emu: Emulator): Record<string, string> {
  const s = emu.state;
  s.seedQueue({ queue_name: 'q_reporting', elastic_resource_pool_name: 'pool_etl' });
  s.seedQueue({ queue_name: 'q_legacy' });
  s.seedPool({ elastic_resource_pool_name: 'pool_etl' });
  s.seedPool({ elastic_resource_pool_name: 'pool_batch' });
  const ids: Record<string, string> = {};
  ids.kafka_prod = s.seedConnection({
    name: 'kafka_prod',
    dest_vpc_id: VPC,
    dest_network_id: SUBNET,
    queues: ['q_reporting'],
    elastic_resource_pools: ['pool_etl', 'pool_batch'],
    hosts: [
      { name: 'kafka-1', ip: '192.168.0.11' },
      { name: 'kafka-2', ip: '192.168.0.12' },
      { name: 'kafka-3', ip: '192.168.0.13' },
    ],
    routes: [
      { name: 'to_idc', cidr: '10.169.0.0/24', create_time: 1_700_000_000_000 },
      { name: 'a-first', cidr: '10.170.0.0/16', create_time: 1_700_000_100_000 },
    ],
    tags: [
      { key: 'team', value: 'data' },
      { key: 'env', value: 'prod' },
      { key: 'flag', value: 'yes' },
      { key: 'nothing', value: 'null' },
      { key: 'code', value: '0123' },
      { key: 'note', value: 'a: b #c' },
      { key: 'empty', value: '' },
      { key: 'has:colon', value: 'true' },
    ],
  });
  ids.empty_conn = s.seedConnection({ name: 'empty_conn', dest_vpc_id: VPC, dest_network_id: SUBNET });
  ids.big_hosts = s.seedConnection({
    name: 'big_hosts',
    dest_vpc_id: VPC,
    dest_network_id: SUBNET,
    hosts: manyHosts(20_000),
    available_queue_info: ['q_legacy'],
    tags: [{ key: 'team', value: 'data' }],
  });
  ids[LONG_NAME] = s.seedConnection({
    name: LONG_NAME,
    dest_vpc_id: '0123',
    dest_network_id: 'yes',
    routetable_id: '88888888-8888-4888-8888-888888888888',
    hosts: manyHosts(51),
    tags: [{ key: 'team', value: 'web' }],
  });
  ids.already_ours = s.seedConnection({
    name: 'already_ours',
    dest_vpc_id: VPC,
    dest_network_id: SUBNET,
    tags: [{ key: 'managed-by-dli-connections', value: LABEL }, { key: 'team', value: 'data' }],
  });
  ids.gone = s.seedConnection({ name: 'gone', status: 'DELETED', dest_vpc_id: VPC, dest_network_id: SUBNET });
  ids.other_label = s.seedConnection({
    name: 'other_label',
    dest_vpc_id: VPC,
    dest_network_id: SUBNET,
    tags: [{ key: 'managed-by-dli-connections', value: 'staging' }],
  });
  return ids;
}
