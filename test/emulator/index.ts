// The DLI emulator: one real node:http server on 127.0.0.1 answering DLI, IAM, STS and the VPC reads as the pages
// of docs/reference/ describe them, with its own signature check, a request log and fault injection. See README.md.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { verifySignature, DEFAULT_CLOCK_SKEW_MS } from './signature.js';
import { matchRoute, MUTATING_OPERATIONS, type RouteMatch } from './routes.js';
import { EmuError, EmulatorStateImpl, type ConnectionView, type SeedConnection } from './state.js';
import { IdentityStore, newAccessKeyId, newSecretKey, type OidcConfig, type PasswordUser } from './identity.js';
import { isUuid } from './validation.js';
import { unknownField } from './sdk-fields.js';
import { ConnectivityTests, type Reachability } from './connectivity.js';

export type { LiveConnectionLike, ConnectionView, SeedConnection, PeeringLike } from './state.js';
export type { OidcConfig, PasswordUser } from './identity.js';
export type { Reachability } from './connectivity.js';
export { verifySignature } from './signature.js';

export interface EmulatorOptions {
  region?: string;
  projectId?: string;
  domainId?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string }[];
  peeringDelayMs?: number;
  failPeerings?: Record<string, string>;
  duplicateNames?: 'allow' | 'reject';
  clockSkewToleranceMs?: number;
  port?: number;
  projects?: { id: string; name: string }[];
  oidc?: OidcConfig;
  /** Where a bound queue shows up (default 'elastic_resource_pools', the current-cloud quirk). */
  queuesListedAs?: 'elastic_resource_pools' | 'available_queue_info';
  /** Users accepted by POST /v3/auth/tokens; unset = any non-empty name/password. */
  users?: PasswordUser[];
  /**
   * Keep each answer's body in the request log (`answer`), and the names of the request's operation-specific headers
   * (`headers`: those the SDK sets besides auth, e.g. X-Idp-Id): off by default, the log would hold every page listed.
   */
  recordAnswers?: boolean;
  /** The connectivity test: address (`host:port`) → how it answers; unlisted addresses are unreachable. */
  reachability?: Record<string, Reachability>;
}

export interface RequestLogEntry {
  time: number;
  method: string;
  path: string;
  query: Record<string, string>;
  operation: string;
  /** HTTP status answered; 0 when the socket was destroyed without any answer (reset / timeout). */
  status: number;
  body?: unknown;
  durationMs: number;
  /** Added: the request id sent in X-Request-Id, the error code answered, and the fault applied, if any. */
  requestId?: string;
  errorCode?: string;
  fault?: FaultKind;
  /** Added for the API fidelity test: the body the emulator answered (a normal answer, not a fault's), when recordAnswers is set. */
  answer?: unknown;
  /** With recordAnswers: the operation-specific request headers sent (names as the SDK spells them), never values. */
  headers?: string[];
}

/** `malformed` (added for the reliability suite): answers 200 with a body of the wrong shape (`body`, or a default). */
/**
 * `expire-credentials` (added for the keyless e2e tests): when a matching request arrives, every issued token and
 * temporary AK/SK expires (state.expireCredentials()) before the request is authenticated, so that very request is
 * refused with 401 and the client has to refresh mid-run. Give it a `count` (usually 1).
 */
export type FaultKind = 'latency' | 'throttle' | 'status' | 'reset' | 'drop-response' | 'timeout' | 'malformed' | 'expire-credentials';

export interface FaultRule {
  operation?: string;
  kind: FaultKind;
  count?: number;
  ms?: number;
  status?: number;
  code?: string;
  message?: string;
  ratePerSecond?: number;
  retryAfterSeconds?: number;
  /** `malformed`: the 200 body to answer instead of the real one (default: a body with every field of the wrong type). */
  body?: unknown;
  /**
   * Added for the hostile-API-text tests: the rule applies only to requests whose JSON body contains this text (one
   * create among several, say), so an error message can be planted on exactly one call.
   */
  bodyContains?: string;
}

export interface EmulatorState {
  seedConnection(c: SeedConnection): string;
  connections(opts?: { includeDeleted?: boolean }): ConnectionView[];
  connectionByName(name: string): ConnectionView | undefined;
  seedVpc(v: { id: string; name?: string; cidr?: string; status?: string }): void;
  seedSubnet(s: {
    id: string;
    vpc_id: string;
    cidr: string;
    status?: string;
    neutron_network_id?: string;
    neutron_subnet_id?: string;
    name?: string;
  }): void;
  seedRouteTable(r: { id: string; vpc_id: string; subnets?: { id: string }[] }): void;
  seedQueue(q: { queue_name: string; cidr_in_vpc?: string; elastic_resource_pool_name?: string; queue_type?: string }): void;
  seedPool(p: { elastic_resource_pool_name: string; cidr_in_vpc?: string; status?: string; queues?: string[] }): void;
  forbid(operation: string): void;
  setPeeringDelay(ms: number): void;
  /** Added for bench B9: new peerings of the connection named `name` stay CREATING for `ms` (its own delay). */
  setPeeringDelayOf(name: string, ms: number): void;
  failPeeringsOf(name: string, errMsg: string): void;
  expireCredentials(): void;
  /** The connectivity test's answer for one address (replaces an earlier rule for it). */
  setReachability(address: string, rule: Reachability): void;
}

export interface Emulator {
  url: string;
  region: string;
  projectId: string;
  ak: string;
  sk: string;
  requests: RequestLogEntry[];
  mutatingRequests(): RequestLogEntry[];
  clearLog(): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  state: EmulatorState;
  issueToken(opts?: { expiresInMs?: number }): string;
  /**
   * Added for the keyless e2e tests: every secret the emulator handed out so far (IAM tokens, temporary access key
   * ids, secret keys and security tokens), to check that none of them leaks into logs or outputs.
   */
  issuedSecrets(): string[];
  close(): Promise<void>;
}

/** Request headers some operations carry besides signing/auth (the SDK's per-call headers), for the fidelity test. */
const OPERATION_HEADERS = ['X-Idp-Id'];

export const DEFAULT_PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const DEFAULT_DOMAIN_ID = 'f9e8d7c6b5a4938271605f4e3d2c1b0a';
const MAX_BODY_BYTES = 12 * 1024 * 1024;

interface ActiveFault extends FaultRule {
  /** Arrival times of requests this throttle rule let through (sliding 1 s window). */
  window?: number[];
}

/** What a handler answers. */
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const region = opts.region ?? 'cn-north-4';
  const projectId = opts.projectId ?? DEFAULT_PROJECT_ID;
  const domainId = opts.domainId ?? DEFAULT_DOMAIN_ID;
  const pairs = opts.credentials?.length ? opts.credentials : [{ accessKeyId: newAccessKeyId(), secretAccessKey: newSecretKey() }];
  const projects = opts.projects ?? [{ id: projectId, name: region }];
  const skew = opts.clockSkewToleranceMs ?? DEFAULT_CLOCK_SKEW_MS;

  const identity = new IdentityStore(pairs, opts.oidc, opts.users);
  const state = new EmulatorStateImpl({
    peeringDelayMs: opts.peeringDelayMs ?? 300,
    peeringDelays: new Map(),
    failPeerings: new Map(Object.entries(opts.failPeerings ?? {})),
    duplicateNames: opts.duplicateNames ?? 'reject',
    queuesListedAs: opts.queuesListedAs ?? 'elastic_resource_pools',
  });
  state.onExpireCredentials = () => identity.expireAll();
  const connectivity = new ConnectivityTests(state);
  for (const [address, rule] of Object.entries(opts.reachability ?? {})) connectivity.setReachability(address, rule);

  const requests: RequestLogEntry[] = [];
  let faults: ActiveFault[] = [];
  const heldTimers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        heldTimers.delete(t);
        resolve();
      }, ms);
      heldTimers.add(t);
    });

  /** Runs the operation itself (auth included) and returns the answer; never throws. */
  function perform(req: IncomingMessage, route: RouteMatch | undefined, rawBody: Buffer, body: unknown, query: Record<string, string>): Answer {
    try {
      if (!route) throw new EmuError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
      authenticate(req, route, rawBody);
      if (state.forbidden.has(route.operation)) {
        throw new EmuError(403, 'APIGW.0302', 'The IAM user is not authorized to access the API.');
      }
      if (route.projectScoped && route.params.project !== projectId) {
        throw new EmuError(404, 'APIGW.0101', `Project ${route.params.project} does not exist in this emulator.`);
      }
      // Outside the SDK's model for this call: refused (see sdk-fields.ts for why refusing is the safe reading).
      const unknown = unknownField(route.operation, query, body);
      if (unknown) {
        const shape = ['showVpc', 'showSubnet', 'showRouteTable'].includes(route.operation) ? 'vpc' : 'dli';
        throw new EmuError(400, shape === 'vpc' ? 'VPC.0001' : 'DLI.0001', `Unknown ${unknown} in the request.`, shape);
      }
      return dispatch(req, route, body, query);
    } catch (e) {
      if (e instanceof EmuError) return errorAnswer(e);
      return errorAnswer(new EmuError(400, 'DLI.0999', `emulator internal error: ${(e as Error).message}`));
    }
  }

  function authenticate(req: IncomingMessage, route: RouteMatch, rawBody: Buffer): void {
    if (route.auth === 'none') return;
    const token = header(req, 'x-auth-token');
    if (token !== undefined) {
      if (!identity.tokenValid(token)) throw new EmuError(401, 'APIGW.0301', 'Incorrect IAM authentication information: the token is invalid or expired');
      return;
    }
    if (route.auth === 'token') throw new EmuError(401, 'APIGW.0301', 'Incorrect IAM authentication information: X-Auth-Token is required');
    const result = verifySignature(
      { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: rawBody },
      identity.lookupSecret,
      Date.now(),
      skew,
    );
    if (!result.ok) throw new EmuError(result.status, result.code, result.message);
    if (route.projectScoped) {
      const hp = header(req, 'x-project-id');
      if (hp === undefined) {
        throw new EmuError(401, 'APIGW.0301', 'Incorrect IAM authentication information: X-Project-Id is required for AK/SK calls');
      }
      if (hp !== route.params.project) {
        throw new EmuError(401, 'APIGW.0301', `Incorrect IAM authentication information: X-Project-Id ${hp} does not match the project in the path`);
      }
    }
  }

  function dispatch(req: IncomingMessage, route: RouteMatch, body: unknown, query: Record<string, string>): Answer {
    const id = route.params.id ?? '';
    const ok = (extra: Record<string, unknown> = {}, status = 200): Answer => ({
      status,
      body: { is_success: true, message: '', ...extra },
    });
    switch (route.operation) {
      case 'createConnection':
        return ok({ connection_id: state.create(body) }, 201);
      case 'listConnections':
        return ok(state.list(query));
      case 'showConnection':
        return ok({ ...state.show(id) });
      case 'deleteConnection':
        state.delete(id);
        return ok({ message: 'Deleted' });
      case 'associateQueue':
        state.associate(id, body);
        return ok({ message: 'associated peer connection for queues successfully' });
      case 'disassociateQueue':
        state.disassociate(id, body);
        return ok({ message: 'Disassociated peer connection for queues successfully' });
      case 'updateHosts':
        state.replaceHosts(id, body);
        return ok();
      case 'showPrivileges':
        return ok(state.privileges(id));
      case 'addRoute':
        state.addRoute(id, body);
        return ok();
      case 'deleteRoute':
        state.deleteRoute(id, route.params.name ?? '');
        return ok({ message: 'Deleted' });
      case 'listTags': {
        const tags = state.listTags(id);
        return { status: 200, body: { tags, count: tags.length } };
      }
      case 'createTags':
        state.createTags(id, body);
        return { status: 204 };
      case 'deleteTags':
        state.deleteTags(id, body);
        return { status: 204 };
      case 'listQueues':
        return ok({ queues: listQueues(query.queue_type) });
      case 'listPools':
        return ok(listPools(query));
      case 'createConnectivityTask':
        return ok(connectivity.start(route.params.queue ?? '', body));
      case 'showConnectivityTask':
        return ok(connectivity.show(route.params.queue ?? '', id));
      case 'showVpc':
        return showVpcObject('vpc', id, query);
      case 'showSubnet':
        return showVpcObject('subnet', id, query);
      case 'showRouteTable':
        return showVpcObject('routetable', id, query);
      case 'listProjects':
        return { status: 200, body: listProjects(query) };
      case 'createToken': {
        const r = identity.passwordToken(body, projects);
        return { status: 201, body: r.body, headers: { 'X-Subject-Token': r.token } };
      }
      case 'oidcIdTokenExchange': {
        const r = identity.idTokenExchange(header(req, 'x-idp-id'), body, projects);
        return { status: 201, body: r.body, headers: { 'X-Subject-Token': r.token } };
      }
      case 'createSecurityToken':
        return { status: 201, body: identity.securityToken(body) };
      case 'assumeWithOidc':
        return { status: 200, body: identity.assumeWithOidc(body) };
      default:
        throw new EmuError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
    }
  }

  function listQueues(queueType: string | undefined) {
    // Without queue_type=all only SQL queues come back (the API's trap for general-purpose queues).
    const want = (queueType ?? 'sql').toLowerCase();
    const out = [];
    for (const q of state.queues.values()) {
      const type = q.queue_type ?? 'sql';
      if (want !== 'all' && type !== want) continue;
      out.push({
        queue_name: q.queue_name,
        description: '',
        owner: 'emulator',
        create_time: 0,
        queue_type: type,
        cu_count: 16,
        charging_mode: 1,
        resource_id: randomUUID(),
        resource_mode: q.elastic_resource_pool_name ? 1 : 0,
        enterprise_project_id: '0',
        cidr_in_vpc: q.cidr_in_vpc ?? '172.16.0.0/12',
        ...(q.elastic_resource_pool_name ? { elastic_resource_pool_name: q.elastic_resource_pool_name } : {}),
      });
    }
    return out;
  }

  function listPools(query: Record<string, string>) {
    const limit = intParam('limit', query.limit, 100);
    const offset = intParam('offset', query.offset, 0);
    const name = query.name?.toLowerCase();
    const all = [];
    for (const p of state.pools.values()) {
      if (name && !p.elastic_resource_pool_name.toLowerCase().includes(name)) continue;
      const fromQueues = [...state.queues.values()]
        .filter((q) => q.elastic_resource_pool_name?.toLowerCase() === p.elastic_resource_pool_name.toLowerCase())
        .map((q) => q.queue_name);
      all.push({
        elastic_resource_pool_name: p.elastic_resource_pool_name,
        cidr_in_vpc: p.cidr_in_vpc ?? '172.16.0.0/12',
        status: p.status ?? 'AVAILABLE',
        fail_reason: '',
        queues: [...new Set([...(p.queues ?? []), ...fromQueues])],
      });
    }
    const page = limit === 0 ? all.slice(offset) : all.slice(offset, offset + limit);
    return { count: all.length, elastic_resource_pools: page };
  }

  function showVpcObject(kind: 'vpc' | 'subnet' | 'routetable', id: string, _query: Record<string, string>): Answer {
    const codes = {
      vpc: { malformed: 'VPC.0101', missing: 'VPC.0003', what: 'Vpc' },
      subnet: { malformed: 'VPC.0201', missing: 'VPC.0202', what: 'Subnet' },
      routetable: { malformed: 'VPC.2801', missing: 'VPC.2808', what: 'Routetable' },
    }[kind];
    if (!isUuid(id)) throw new EmuError(400, codes.malformed, `Invalid ${kind} id: ${id}`, 'vpc');
    if (kind === 'vpc') {
      const v = state.vpcs.get(id);
      if (!v) throw new EmuError(404, codes.missing, `${codes.what} ${id} could not be found.`, 'vpc');
      return { status: 200, body: { vpc: { id: v.id, name: v.name ?? `vpc-${id.slice(0, 8)}`, cidr: v.cidr ?? '192.168.0.0/16', status: v.status ?? 'OK', routes: [], enterprise_project_id: '0' } } };
    }
    if (kind === 'subnet') {
      const s = state.subnets.get(id);
      if (!s) throw new EmuError(404, codes.missing, `${codes.what} ${id} could not be found.`, 'vpc');
      return {
        status: 200,
        body: {
          subnet: {
            id: s.id,
            name: s.name ?? `subnet-${id.slice(0, 8)}`,
            vpc_id: s.vpc_id,
            cidr: s.cidr,
            gateway_ip: s.cidr.replace(/\.\d+\/\d+$/, '.1'),
            status: s.status ?? 'ACTIVE',
            neutron_network_id: s.neutron_network_id ?? s.id,
            neutron_subnet_id: s.neutron_subnet_id ?? deriveUuid(s.id),
            available_ip_address_count: 250,
          },
        },
      };
    }
    const r = state.routeTables.get(id);
    if (!r) throw new EmuError(404, codes.missing, `${codes.what} ${id} could not be found.`, 'vpc');
    return { status: 200, body: { routetable: { id: r.id, name: `rtb-${id.slice(0, 8)}`, vpc_id: r.vpc_id, subnets: r.subnets ?? [], routes: [], default: false } } };
  }

  function listProjects(query: Record<string, string>) {
    const selected = query.name ? projects.filter((p) => p.name === query.name) : projects;
    return {
      projects: selected.map((p) => ({
        id: p.id,
        name: p.name,
        domain_id: domainId,
        enabled: true,
        is_domain: false,
        parent_id: domainId,
        description: '',
        links: { self: `${url}/v3/projects/${p.id}` },
      })),
      links: { self: `${url}/v3/projects`, previous: null, next: null },
    };
  }

  function errorAnswer(e: EmuError): Answer {
    const body =
      e.shape === 'vpc' ? { code: e.code, message: e.message } : { error_code: e.code, error_msg: e.message };
    return { status: e.status, body };
  }

  /** The first non-latency rule matching the operation, consuming one of its `count` on match. */
  function takeFaults(operation: string, rawBody: string): { latencyMs: number; rule?: ActiveFault } {
    let latencyMs = 0;
    let chosen: ActiveFault | undefined;
    const now = Date.now();
    for (const f of faults) {
      if (f.operation && f.operation !== '*' && f.operation !== operation) continue;
      if (f.count !== undefined && f.count <= 0) continue;
      if (f.bodyContains !== undefined && !rawBody.includes(f.bodyContains)) continue;
      if (f.kind === 'latency') {
        latencyMs += f.ms ?? 0;
        if (f.count !== undefined) f.count--;
        continue;
      }
      if (f.kind === 'expire-credentials') {
        // A side effect, not an answer: the request goes on and meets the expired credentials.
        state.expireCredentials();
        if (f.count !== undefined) f.count--;
        continue;
      }
      if (chosen) continue;
      if (f.kind === 'throttle' && f.ratePerSecond !== undefined) {
        const w = (f.window ??= []);
        while (w.length && w[0]! <= now - 1000) w.shift();
        if (w.length < f.ratePerSecond) {
          w.push(now);
          continue; // under the rate: let it through
        }
      }
      if (f.count !== undefined) f.count--;
      chosen = f;
    }
    faults = faults.filter((f) => f.count === undefined || f.count > 0);
    return { latencyMs, rule: chosen };
  }

  function faultAnswer(f: ActiveFault): Answer {
    const headers: Record<string, string> = {};
    if (f.retryAfterSeconds !== undefined) headers['Retry-After'] = String(f.retryAfterSeconds);
    if (f.kind === 'throttle') {
      const limit = f.ratePerSecond ?? 100;
      return {
        status: 429,
        headers,
        body: { error_code: 'APIGW.0308', error_msg: f.message ?? `policy user over ratelimit,limit:${limit},time:1 minute` },
      };
    }
    const status = f.status ?? 500;
    const code = f.code ?? (status >= 500 ? 'APIGW.0601' : 'DLI.0999');
    return { status, headers, body: { error_code: code, error_msg: f.message ?? 'injected fault' } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID().replace(/-/g, '');
    const rawUrl = req.url ?? '/';
    const qIndex = rawUrl.indexOf('?');
    const path = qIndex >= 0 ? rawUrl.slice(0, qIndex) : rawUrl;
    const query: Record<string, string> = {};
    if (qIndex >= 0) {
      for (const part of rawUrl.slice(qIndex + 1).split('&')) {
        if (!part) continue;
        const eq = part.indexOf('=');
        query[safeDecode(eq >= 0 ? part.slice(0, eq) : part)] = safeDecode(eq >= 0 ? part.slice(eq + 1) : '');
      }
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const route = matchRoute(method, path);
    const operation = route?.operation ?? 'unknown';
    const entry: RequestLogEntry = { time: Date.now(), method, path, query, operation, status: 0, durationMs: 0, requestId };
    requests.push(entry);
    const finish = (status: number, errorCode?: string) => {
      entry.status = status;
      if (errorCode) entry.errorCode = errorCode;
      entry.durationMs = performance.now() - started;
    };

    const rawBody = await readBody(req);
    if (rawBody === 'aborted') {
      finish(0);
      return;
    }
    if (rawBody === 'too-large') {
      const a = { status: 413, body: { error_code: 'APIGW.0201', error_msg: 'Request entity too large' } };
      send(res, a, requestId);
      finish(413, 'APIGW.0201');
      return;
    }
    let body: unknown = undefined;
    let bodyError = false;
    if (rawBody.length) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        bodyError = true;
      }
    }
    if (body !== undefined) entry.body = body;

    const { latencyMs, rule } = takeFaults(operation, rawBody.toString('utf8'));
    if (latencyMs > 0) await sleep(latencyMs);
    if (rule) entry.fault = rule.kind;
    if (rule?.kind === 'reset') {
      req.socket.destroy();
      finish(0);
      return;
    }
    if (rule?.kind === 'timeout') {
      await sleep(rule.ms ?? 30_000);
      req.socket.destroy();
      finish(0);
      return;
    }
    if (rule?.kind === 'malformed') {
      // An API answer of an unexpected shape; the operation is not performed.
      const body = rule.body ?? { is_success: 'yes', connections: 'not-a-list', count: 'many', connection_id: 42, tags: {}, projects: null };
      send(res, { status: 200, body }, requestId);
      finish(200);
      return;
    }
    if (rule && (rule.kind === 'throttle' || rule.kind === 'status')) {
      const a = faultAnswer(rule);
      send(res, a, requestId);
      finish(a.status, (a.body as { error_code: string }).error_code);
      return;
    }

    let answer: Answer;
    if (bodyError && method !== 'GET') {
      answer = errorAnswer(new EmuError(400, 'DLI.0001', 'The request body is not valid JSON.'));
    } else {
      answer = perform(req, route, rawBody, body, query);
    }
    const errorCode = (answer.body as { error_code?: string; code?: string } | undefined)?.error_code ??
      (answer.status >= 400 ? (answer.body as { code?: string } | undefined)?.code : undefined);
    if (rule?.kind === 'drop-response') {
      // The operation happened; only its answer is lost (the "create that succeeded but whose answer is lost").
      req.socket.destroy();
      finish(answer.status, errorCode);
      return;
    }
    send(res, answer, requestId);
    if (opts.recordAnswers) {
      entry.answer = answer.body;
      entry.headers = OPERATION_HEADERS.filter((h) => req.headers[h.toLowerCase()] !== undefined);
    }
    finish(answer.status, errorCode);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        send(res, { status: 500, body: { error_code: 'APIGW.0601', error_msg: String(e) } }, randomUUID());
      }
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('emulator: no TCP address');
  const url = `http://127.0.0.1:${address.port}`;

  const emu: Emulator = {
    url,
    region,
    projectId,
    ak: pairs[0]!.accessKeyId,
    sk: pairs[0]!.secretAccessKey,
    requests,
    mutatingRequests: () => requests.filter((r) => r.method !== 'GET' && MUTATING_OPERATIONS.has(r.operation)),
    clearLog: () => {
      requests.length = 0;
    },
    addFault: (rule) => {
      faults.push({ ...rule });
    },
    clearFaults: () => {
      faults = [];
    },
    state: Object.assign(state, { setReachability: (address: string, rule: Reachability) => connectivity.setReachability(address, rule) }),
    issueToken: (o) => identity.issueToken(o?.expiresInMs).token,
    issuedSecrets: () => [...identity.issuedSecrets],
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of heldTimers) clearTimeout(t);
        heldTimers.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return emu;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  if (v === undefined) return undefined;
  return (Array.isArray(v) ? v.join(',') : v).trim();
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function intParam(name: string, raw: string | undefined, dflt: number): number {
  if (raw === undefined || raw === '') return dflt;
  if (!/^\d+$/.test(raw)) throw new EmuError(400, 'DLI.0001', `${name} must be a non-negative integer`);
  return Number(raw);
}

/** A stable UUID-shaped value derived from another id (neutron_subnet_id differs from the network id). */
function deriveUuid(id: string): string {
  const hex = [...id.replace(/-/g, '')].reverse().join('').padEnd(32, '0').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve, reject) => {
    // A client that goes away mid-body must not leave this promise pending forever.
    req.on('close', () => {
      if (!req.complete) resolve('aborted');
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, a: Answer, requestId: string): void {
  const headers: Record<string, string> = { 'X-Request-Id': requestId, ...(a.headers ?? {}) };
  const isGatewayError =
    a.body !== undefined &&
    typeof (a.body as { error_code?: unknown }).error_code === 'string' &&
    /^APIG/.test((a.body as { error_code: string }).error_code);
  const body = isGatewayError ? { ...(a.body as object), request_id: requestId } : a.body;
  if (a.status === 204 || body === undefined) {
    res.writeHead(a.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  headers['Content-Type'] = 'application/json;charset=UTF-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  res.writeHead(a.status, headers);
  res.end(text);
}
