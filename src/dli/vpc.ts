// VPC reads for preflight (preflight-api.md). Each returns null when the object does not exist; every other failure
// (a 403 included) is thrown as ApiError so the caller can tell "missing" from "cannot verify" (a warning).
import { ApiError } from './errors.js';
import type { HttpTransport } from './http.js';
import { transportFrom, type ClientOptions } from './client.js';
import { parseAnswer, routeTableAnswer, subnetAnswer, vpcAnswer } from './schemas.js';
import type { RouteTableInfo, SubnetInfo, VpcApi, VpcInfo } from './types.js';

/** Not-found codes per object (404 when missing, 400 when the id is malformed: both mean "no such object"). */
export const VPC_NOT_FOUND_CODES = {
  vpc: ['VPC.0003', 'VPC.0101'],
  subnet: ['VPC.0202', 'VPC.0201'],
  routeTable: ['VPC.2808'],
} as const;

export function createVpcClient(opts: ClientOptions): VpcApi {
  const transport: HttpTransport = transportFrom(opts);

  async function read(
    operation: string,
    path: string[],
    permission: string,
    notFoundCodes: readonly string[],
  ): Promise<unknown | null> {
    try {
      const res = await transport.request({
        operation,
        method: 'GET',
        baseUrl: opts.endpoint,
        path,
        projectId: opts.projectId,
        permission,
      });
      return res.body;
    } catch (err) {
      if (err instanceof ApiError && err.code !== undefined && notFoundCodes.includes(err.code)) return null;
      throw err;
    }
  }

  const base = (kind: string, id: string) => ['v1', opts.projectId, kind, id];

  return {
    async showVpc(vpcId: string): Promise<VpcInfo | null> {
      const body = await read('showVpc', base('vpcs', vpcId), 'vpc:vpcs:get', VPC_NOT_FOUND_CODES.vpc);
      return body === null ? null : parseAnswer('showVpc', vpcAnswer, body).vpc;
    },
    async showSubnet(subnetId: string): Promise<SubnetInfo | null> {
      const body = await read('showSubnet', base('subnets', subnetId), 'vpc:subnets:get', VPC_NOT_FOUND_CODES.subnet);
      return body === null ? null : parseAnswer('showSubnet', subnetAnswer, body).subnet;
    },
    async showRouteTable(routeTableId: string): Promise<RouteTableInfo | null> {
      const body = await read(
        'showRouteTable',
        base('routetables', routeTableId),
        'vpc:routeTables:get',
        VPC_NOT_FOUND_CODES.routeTable,
      );
      return body === null ? null : parseAnswer('showRouteTable', routeTableAnswer, body).routetable;
    },
  };
}
