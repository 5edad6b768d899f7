// The queue-level address connectivity test (Huawei's DLI API "Creating an Address Connectivity Test Request" and
// "Querying Connectivity Test Details of a Specified Address"; SDK services/dli/v1: CreateConnectivityTask →
// POST /v1.0/{project_id}/queues/{queue_name}/connection-test body {address} → {is_success, message, task_id};
// ShowConnectivityTask → GET …/connection-test/{task_id} → {is_success, message, connectivity}). Only
// `connectivity: "REACHABLE"` is documented; UNREACHABLE and the in-progress value CHECKING are this emulator's
// choice. What each address answers comes from a reachability map the tests configure.
import { EmuError, type EmulatorStateImpl } from './state.js';

/** How one address behaves when a queue tests it. */
export interface Reachability {
  /** The final answer (default false: UNREACHABLE). */
  reachable?: boolean;
  /** The task reads CHECKING for this long before its final answer (default 0). */
  delayMs?: number;
  /**
   * `never-finishes`: the task reads CHECKING forever. `forbidden`: starting the test answers 403 APIGW.0302.
   * `server-error`: starting it answers 500 DLI.0999 (the client retries, then gives up).
   */
  fault?: 'never-finishes' | 'forbidden' | 'server-error';
}

interface Task {
  queue: string;
  address: string;
  startedAt: number;
  rule: Reachability;
  /** The queue (or its pool) had an ACTIVE peering when the test started. */
  peered: boolean;
}

export class ConnectivityTests {
  private readonly tasks = new Map<string, Task>();
  private nextId = 1;
  /** address (`host:port`, exact) → behaviour; addresses not listed are unreachable. */
  readonly reachability = new Map<string, Reachability>();

  constructor(private readonly state: EmulatorStateImpl) {}

  setReachability(address: string, rule: Reachability): void {
    this.reachability.set(address, rule);
  }

  /** CreateConnectivityTask. */
  start(queueName: string, body: unknown): { message: string; task_id: number } {
    const address = (body as { address?: unknown } | undefined)?.address;
    if (typeof address !== 'string' || address.trim() === '') throw new EmuError(400, 'DLI.0001', 'address is required');
    this.requireQueue(queueName);
    const rule = this.reachability.get(address) ?? {};
    if (rule.fault === 'forbidden') throw new EmuError(403, 'APIGW.0302', 'The IAM user is not authorized to access the API.');
    if (rule.fault === 'server-error') throw new EmuError(500, 'DLI.0999', 'Internal error while testing the address.');
    const id = this.nextId++;
    this.tasks.set(String(id), { queue: queueName.toLowerCase(), address, startedAt: Date.now(), rule, peered: this.hasActivePeering(queueName) });
    const [host, port] = splitAddress(address);
    return { message: `check connectivity to address:${host} with port: ${port} successfully`, task_id: id };
  }

  /** ShowConnectivityTask. */
  show(queueName: string, taskId: string): { message: string; connectivity: string } {
    const task = this.tasks.get(taskId);
    if (!task || task.queue !== queueName.toLowerCase()) {
      throw new EmuError(400, 'DLI.0002', `The connectivity task ${taskId} of queue ${queueName} does not exist.`);
    }
    const message = `Get node connectivity status successfully for addressId:${taskId}`;
    const running = task.rule.fault === 'never-finishes' || Date.now() < task.startedAt + (task.rule.delayMs ?? 0);
    if (running) return { message, connectivity: 'CHECKING' };
    // A queue reaches nothing outside its own network without an ACTIVE peering, whatever the map says.
    return { message, connectivity: task.rule.reachable && task.peered ? 'REACHABLE' : 'UNREACHABLE' };
  }

  /** Like binding: unknown queues are refused once any queue is seeded. */
  private requireQueue(queueName: string): void {
    if (this.state.queues.size > 0 && !this.state.queues.has(queueName.toLowerCase())) {
      throw new EmuError(400, 'DLI.0002', `Queue ${queueName} does not exist.`);
    }
  }

  /** The queue, or the pool it belongs to, is bound to a live connection with an ACTIVE peering. */
  private hasActivePeering(queueName: string): boolean {
    const names = new Set([queueName.toLowerCase()]);
    const pool = this.state.queues.get(queueName.toLowerCase())?.elastic_resource_pool_name;
    if (pool) names.add(pool.toLowerCase());
    for (const p of this.state.pools.values()) {
      if ((p.queues ?? []).some((q) => q.toLowerCase() === queueName.toLowerCase())) names.add(p.elastic_resource_pool_name.toLowerCase());
    }
    return this.state
      .connections()
      .some((c) => [...c.available_queue_info, ...c.elastic_resource_pools].some((p) => p.status === 'ACTIVE' && names.has(p.name.toLowerCase())));
  }
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf(':');
  return at > 0 ? [address.slice(0, at), address.slice(at + 1)] : [address, ''];
}
