// The cloud that examples/connections/ expects: the VPCs, subnets, route table, queue and pool its manifests
// name, seeded into an emulator so that preflight passes and `npm start` shows a clean plan → apply → plan.
import type { Emulator } from '../emulator/index.js';

export const DATA_VPC = '22094d8f-c310-4621-913d-4c4d655d8495';
export const DATA_SUBNET = '78f2562a-36e4-4b39-95b9-f5aab22e1281';
export const ARCHIVE_VPC = '5c3d9a53-6b8e-4f0e-9d0a-0d1f2e3a4b5c';
export const ARCHIVE_SUBNET = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const ARCHIVE_ROUTETABLE = '0f3f6a1e-8f7d-4c5b-9a3e-2d1c0b9a8f7e';

export function seedExampleCloud(emu: Emulator): void {
  emu.state.seedVpc({ id: DATA_VPC, name: 'vpc-data', cidr: '192.168.0.0/16', status: 'OK' });
  emu.state.seedSubnet({ id: DATA_SUBNET, vpc_id: DATA_VPC, cidr: '192.168.0.0/24', status: 'ACTIVE', name: 'subnet-kafka' });
  emu.state.seedVpc({ id: ARCHIVE_VPC, name: 'vpc-archive', cidr: '10.20.0.0/16', status: 'OK' });
  emu.state.seedSubnet({ id: ARCHIVE_SUBNET, vpc_id: ARCHIVE_VPC, cidr: '10.20.1.0/24', status: 'ACTIVE', name: 'subnet-hbase' });
  emu.state.seedRouteTable({ id: ARCHIVE_ROUTETABLE, vpc_id: ARCHIVE_VPC, subnets: [{ id: ARCHIVE_SUBNET }] });
  emu.state.seedPool({ elastic_resource_pool_name: 'pool_etl', cidr_in_vpc: '172.16.0.0/18', status: 'AVAILABLE', queues: ['q_reporting'] });
  emu.state.seedQueue({ queue_name: 'q_reporting', cidr_in_vpc: '172.16.0.0/18', elastic_resource_pool_name: 'pool_etl', queue_type: 'general' });
}

/** Inputs that point the action at an emulator (every endpoint is the emulator's one URL). */
export function emulatorInputs(emu: Emulator): Record<string, string> {
  return {
    region: emu.region,
    endpoint: emu.url,
    'iam-endpoint': emu.url,
    'sts-endpoint': emu.url,
    'vpc-endpoint': emu.url,
    'access-key-id': emu.ak,
    'secret-access-key': emu.sk,
  };
}
