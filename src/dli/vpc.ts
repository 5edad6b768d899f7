// VPC reads for preflight (docs/reference/preflight-api.md). Every failure, "not found" included (404 VPC.0003 /
// VPC.0202 / VPC.2808, 400 VPC.0101 / VPC.0201 for a malformed id), is thrown as ApiError: the caller
// (preflight-lookups.ts) tells "missing" from "cannot verify" by its code, and keeps the API's message to show the user.
import type { HttpTransport } from './http.js';
import { transportFrom, type ClientOptions } from './client.js';
import { parseAnswer, routeTableAnswer, subnetAnswer, vpcAnswer } from './schemas.js';
import type { RouteTableInfo, SubnetInfo, VpcApi, VpcInfo } from './types.js';

export function createVpcClient(opts: ClientOptions): VpcApi {
  const transport: HttpTransport = transportFrom(opts);

  async function read(operation: string, path: string[], permission: string): Promise<unknown> {
    const res = await transport.request({
      operation,
      method: 'GET',
      baseUrl: opts.endpoint,
      path,
      projectId: opts.projectId,
      permission,
    });
    return res.body;
  }

  const base = (kind: string, id: string) => ['v1', opts.projectId, kind, id];

  return {
    async showVpc(vpcId: string): Promise<VpcInfo> {
      return parseAnswer('showVpc', vpcAnswer, await read('showVpc', base('vpcs', vpcId), 'vpc:vpcs:get')).vpc;
    },
    async showSubnet(subnetId: string): Promise<SubnetInfo> {
      return parseAnswer('showSubnet', subnetAnswer, await read('showSubnet', base('subnets', subnetId), 'vpc:subnets:get')).subnet;
    },
    async showRouteTable(routeTableId: string): Promise<RouteTableInfo> {
      const body = await read('showRouteTable', base('routetables', routeTableId), 'vpc:routeTables:get');
      return parseAnswer('showRouteTable', routeTableAnswer, body).routetable;
    },
  };
}
