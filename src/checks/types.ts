// What the connectivity checks found, per connection and address. Pure data: the report renders it (summary
// table, annotations, the `checks` output), so it carries the manifest position of every address.
import type { SourcePosition } from '../diagnostics.js';

/**
 * - reachable: DLI's test answered REACHABLE from every queue it ran from
 * - unreachable: UNREACHABLE from at least one queue
 * - timeout: a test gave no final answer before check-timeout
 * - error: the test could not be started or read (an API error other than 403, after retries)
 * - not-run: no test ran (peering not ACTIVE, apply failed, no queue in a pool, IAM refused …; `detail` says why)
 */
export type CheckResult = 'reachable' | 'unreachable' | 'timeout' | 'error' | 'not-run';

/** Results that fail the run (failure-reason check-failed). */
export const FAILING_RESULTS: ReadonlySet<CheckResult> = new Set(['unreachable', 'timeout', 'error']);

/** The results in the order counts are said. */
const RESULT_ORDER: readonly CheckResult[] = ['reachable', 'unreachable', 'timeout', 'error', 'not-run'];

/** "2 reachable, 1 unreachable" (empty when there are no checks): the log and the reports say counts alike. */
export function checkCounts(checks: readonly Pick<AddressCheck, 'result'>[]): string {
  return RESULT_ORDER.map((r) => [r, checks.filter((c) => c.result === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${r}`)
    .join(', ');
}

/** Where one test ran: a bound queue, or a queue inside a bound pool (the API tests from queues only). */
export interface CheckSource {
  kind: 'queue' | 'pool';
  /** The queue or pool name as the manifest binds it. */
  name: string;
  /** The queue the test ran from (the name itself for a queue; a queue of the pool for a pool). */
  queue?: string;
}

/** One test: one address from one source. */
export interface CheckRun {
  source: CheckSource;
  result: CheckResult;
  /** "REACHABLE", "no answer after 120 s (last: CHECKING)", "peering CREATING", the API error … */
  detail: string;
  /** A 403: the IAM action that was refused. */
  deniedAction?: string;
}

/** One address of one connection, over all its sources. */
export interface AddressCheck {
  connection: string;
  address: string;
  /** The address's place in the manifest (`checks[i]`), for annotations. */
  position?: SourcePosition;
  /** The worst result of its runs (unreachable > timeout > error > not-run > reachable). */
  result: CheckResult;
  runs: CheckRun[];
}

export interface ChecksReport {
  checks: AddressCheck[];
  /** True when any address is unreachable, timed out or failed with an API error. */
  failed: boolean;
  /** The per-test deadline that applied, in seconds (for messages). */
  timeoutSeconds: number;
}
