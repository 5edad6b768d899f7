// Path → operation table for every API the emulator answers (DLI, IAM, STS, VPC on one server).

export type Operation =
  | 'createConnection'
  | 'listConnections'
  | 'showConnection'
  | 'deleteConnection'
  | 'associateQueue'
  | 'disassociateQueue'
  | 'updateHosts'
  | 'showPrivileges'
  | 'addRoute'
  | 'deleteRoute'
  | 'listTags'
  | 'createTags'
  | 'deleteTags'
  | 'listProjects'
  | 'createToken'
  | 'assumeWithOidc'
  | 'oidcIdTokenExchange'
  | 'createSecurityToken'
  | 'listQueues'
  | 'listPools'
  | 'showVpc'
  | 'showSubnet'
  | 'showRouteTable'
  | 'createConnectivityTask'
  | 'showConnectivityTask'
  | 'unknown';

/** DLI connection operations that change state (what mutatingRequests() counts). */
export const MUTATING_OPERATIONS: ReadonlySet<string> = new Set([
  'createConnection',
  'deleteConnection',
  'associateQueue',
  'disassociateQueue',
  'updateHosts',
  'addRoute',
  'deleteRoute',
  'createTags',
  'deleteTags',
]);

/** How a route authenticates: AK/SK or token (`signed`), nothing (`none`), or an X-Auth-Token only (`token`). */
export type AuthMode = 'signed' | 'none' | 'token';

interface RouteDef {
  method: string;
  segments: string[];
  operation: Operation;
  auth: AuthMode;
  /** The route carries the project id at :project and must be called for the emulator's project. */
  projectScoped: boolean;
}

const CONN = 'datasource/enhanced-connections';
const table: [string, string, Operation, AuthMode?][] = [
  ['POST', `v2.0/:project/${CONN}`, 'createConnection'],
  ['GET', `v2.0/:project/${CONN}`, 'listConnections'],
  ['GET', `v2.0/:project/${CONN}/:id`, 'showConnection'],
  ['DELETE', `v2.0/:project/${CONN}/:id`, 'deleteConnection'],
  ['PUT', `v2.0/:project/${CONN}/:id`, 'updateHosts'],
  ['POST', `v2.0/:project/${CONN}/:id/associate-queue`, 'associateQueue'],
  ['POST', `v2.0/:project/${CONN}/:id/disassociate-queue`, 'disassociateQueue'],
  ['GET', `v2.0/:project/${CONN}/:id/privileges`, 'showPrivileges'],
  ['POST', `v3/:project/${CONN}/:id/routes`, 'addRoute'],
  ['POST', `v2.0/:project/${CONN}/:id/routes`, 'addRoute'],
  ['DELETE', `v3/:project/${CONN}/:id/routes/:name`, 'deleteRoute'],
  ['DELETE', `v2.0/:project/${CONN}/:id/routes/:name`, 'deleteRoute'],
  ['GET', 'v3/:project/dli_enhanced_datasource/:id/tags', 'listTags'],
  ['POST', 'v3/:project/dli_enhanced_datasource/:id/tags/create', 'createTags'],
  ['POST', 'v3/:project/dli_enhanced_datasource/:id/tags/delete', 'deleteTags'],
  ['GET', 'v1.0/:project/queues', 'listQueues'],
  ['GET', 'v3/:project/elastic-resource-pools', 'listPools'],
  // The address connectivity test (SDK: CreateConnectivityTask / ShowConnectivityTask). Not in MUTATING_OPERATIONS:
  // a test changes no connection.
  ['POST', 'v1.0/:project/queues/:queue/connection-test', 'createConnectivityTask'],
  ['GET', 'v1.0/:project/queues/:queue/connection-test/:id', 'showConnectivityTask'],
  ['GET', 'v1/:project/vpcs/:id', 'showVpc'],
  ['GET', 'v1/:project/subnets/:id', 'showSubnet'],
  ['GET', 'v1/:project/routetables/:id', 'showRouteTable'],
  ['GET', 'v3/projects', 'listProjects'],
  ['POST', 'v3/auth/tokens', 'createToken', 'none'],
  ['POST', 'v3.0/OS-AUTH/id-token/tokens', 'oidcIdTokenExchange', 'none'],
  ['POST', 'v3.0/OS-CREDENTIAL/securitytokens', 'createSecurityToken', 'token'],
  ['POST', 'v5/agencies/assume-with-oidc', 'assumeWithOidc', 'none'],
];

const ROUTES: RouteDef[] = table.map(([method, pattern, operation, auth]) => ({
  method,
  segments: pattern.split('/'),
  operation,
  auth: auth ?? 'signed',
  projectScoped: pattern.includes(':project'),
}));

export interface RouteMatch {
  operation: Operation;
  auth: AuthMode;
  projectScoped: boolean;
  params: Record<string, string>;
}

function decode(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** Matches a raw request path (no query). Literal segments win over placeholders (`v3/projects`). */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segs = path.replace(/^\//, '').split('/');
  for (const r of ROUTES) {
    if (r.method !== method || r.segments.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segs.length; i++) {
      const want = r.segments[i]!;
      const got = segs[i]!;
      if (want.startsWith(':')) {
        if (got === '') {
          ok = false;
          break;
        }
        params[want.slice(1)] = decode(got);
      } else if (want !== got) {
        ok = false;
        break;
      }
    }
    if (ok) return { operation: r.operation, auth: r.auth, projectScoped: r.projectScoped, params };
  }
  return undefined;
}
