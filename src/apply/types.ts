// What applying a plan did, per connection and overall. Pure data: the report (summary, PR comment, outputs) renders
// it, and it must say exactly what was done and what was not, so a user can tell what a rerun will still do.
import type { FailureReason } from '../failure.js';
import type { ChangeAction, LiveState } from '../plan/types.js';
import type { DliApi } from '../dli/types.js';
import type { Logger } from '../logger.js';

/**
 * - done: every step ran (and, with `wait`, every peering became ACTIVE)
 * - failed: a step failed (remaining steps are in `pendingSteps`) or a peering became FAILED
 * - unchanged: nothing to do (also used for orphans, which are only reported)
 * - skipped: a blocked change; never executed
 * - timeout: every step ran but some peering was not ACTIVE/FAILED within `waitTimeoutMs`
 */
export type ApplyOutcome = 'done' | 'failed' | 'unchanged' | 'skipped' | 'timeout';

/** The failure reasons an apply can end with (see `applyPlan` for their precedence). */
export type ApplyFailureReason = Extract<FailureReason, 'api-error' | 'timeout' | 'auth-failed' | 'replace-blocked'>;

export interface ApplyError {
  message: string;
  /** The API's `error_code` when the failure came from an answer (DLI.0001, APIGW.0301 …). */
  code?: string;
  requestId?: string;
  hint?: string;
}

export interface PeeringResult {
  /** The queue or pool name as the manifest binds it. */
  name: string;
  /** What the manifest binds it as (the API may list a bound queue under `elastic_resource_pools`). */
  kind: 'queue' | 'pool';
  /** CREATING | ACTIVE | FAILED | … as the API said; `NOT_LISTED` when the connection does not list it (yet). */
  status: string;
  err_msg?: string;
}

export interface ConnectionApplyResult {
  name: string;
  action: ChangeAction;
  /** The live id after apply (the new id after create/replace; the deleted id for delete). */
  connectionId?: string;
  outcome: ApplyOutcome;
  /** Step descriptions ("create", "add route to_idc", …), in the order they ran. */
  completedSteps: string[];
  /** Steps not run because an earlier step failed (or the change was skipped). */
  pendingSteps: string[];
  error?: ApplyError;
  /** Last observed state of each bound peering (only when `wait` polled this connection). */
  peerings?: PeeringResult[];
  /** Things worth reporting that are not failures: "adopted id=… left by an earlier run", "route x already gone". */
  notes?: string[];
}

export interface ApplyResult {
  /** One entry per plan change, in plan order. */
  results: ConnectionApplyResult[];
  /** True when no connection failed, timed out or was skipped. */
  ok: boolean;
  failureReason?: ApplyFailureReason;
  /** name → id of every managed connection (created, updated, adopted, replaced, unchanged); never deleted ones. */
  connectionIds: Record<string, string>;
}

export interface ApplyDeps {
  api: DliApi;
  logger: Logger;
  /** How many connections are worked on at once (< 1 counts as 1). Steps of one connection always run in order. */
  concurrency: number;
  /** Wait for the peerings of every bound queue/pool to become ACTIVE (or FAILED). */
  wait: boolean;
  /** Per connection, measured from the start of that connection's wait. */
  waitTimeoutMs: number;
  /** The ownership label (the ownership tag's value). */
  label: string;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected for tests; defaults to Date.now. */
  now?: () => number;
  /** Poll backoff for waits; defaults to 1 s doubling up to 10 s. `max` is capped at 10 s whatever is passed. */
  pollIntervalMs?: { initial: number; max: number };
  /**
   * Also wait for unchanged connections' peerings (default true), so that a rerun after a wait timeout still
   * waits, and a successful apply with `wait` means every managed connection is usable.
   */
  waitUnchanged?: boolean;
  /**
   * What observe read for the plan, in this same run. It is the name lookup of every create it planned (no other
   * call before the create), sizes the list calls of lookups and waits, and is never used to skip a lookup after an
   * unknown outcome. Without it (a plan applied on its own), each create looks its name up first (batched).
   */
  observed?: Pick<LiveState, 'connections' | 'owned'>;
}
