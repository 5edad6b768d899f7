// The check phase as the run sees it: which connections to test (after apply, or in mode check from the live
// list), running the tests, and the diagnostics (annotations) they lead to. Loaded only by runs that test.
import type { Diagnostic } from '../diagnostics.js';
import type { ApplyResult } from '../apply/types.js';
import type { LiveConnection } from '../dli/types.js';
import type { Logger } from '../logger.js';
import type { ConnectionManifest } from '../manifest/types.js';
import { peeringsOf } from '../apply/wait.js';
import { runChecks, type CheckApi, type CheckTarget } from './run-checks.js';
import type { ChecksReport } from './types.js';
import { FAILING_RESULTS } from './types.js';

export type { ChecksReport } from './types.js';
export type { CheckTarget } from './run-checks.js';

const withChecks = (manifests: readonly ConnectionManifest[]) => manifests.filter((m) => (m.checks?.length ?? 0) > 0);

/** After apply: connections whose apply finished, with the peerings the wait saw (else they are read once). */
export function targetsAfterApply(manifests: readonly ConnectionManifest[], applied: ApplyResult): CheckTarget[] {
  const results = new Map(applied.results.map((r) => [r.name, r]));
  return withChecks(manifests).map((manifest) => {
    const r = results.get(manifest.name);
    const connectionId = applied.connectionIds[manifest.name] ?? r?.connectionId;
    if (r && (r.outcome === 'failed' || r.outcome === 'timeout' || r.outcome === 'skipped')) {
      return { manifest, skip: `apply did not finish for this connection (${r.outcome})` };
    }
    if (!connectionId) return { manifest, skip: 'the connection has no id after apply' };
    return { manifest, connectionId, ...(r?.peerings ? { peerings: r.peerings } : {}) };
  });
}

/** mode check: the live connection of each manifest's name, as one List call returned it. */
export function targetsFromLive(manifests: readonly ConnectionManifest[], live: readonly LiveConnection[]): CheckTarget[] {
  return withChecks(manifests).map((manifest) => {
    const matches = live.filter((c) => c.name === manifest.name && c.status.toUpperCase() !== 'DELETED');
    if (matches.length === 0) return { manifest, skip: `no live connection is named ${manifest.name}: apply first` };
    if (matches.length > 1) return { manifest, skip: `${matches.length} live connections are named ${manifest.name}` };
    const c = matches[0] as LiveConnection;
    const peerings = peeringsOf(c, { queues: manifest.queues, elastic_resource_pools: manifest.elastic_resource_pools });
    return { manifest, connectionId: c.id, peerings };
  });
}

export interface CheckPhaseOptions {
  api: CheckApi;
  logger: Logger;
  concurrency: number;
  timeoutSeconds: number;
}

/** Runs the tests of `targets`; undefined when no connection declares checks (nothing to report). */
export async function checkPhase(targets: readonly CheckTarget[], o: CheckPhaseOptions): Promise<ChecksReport | undefined> {
  if (targets.length === 0) return undefined;
  return o.logger.group('Connectivity checks', () =>
    runChecks(targets, { api: o.api, logger: o.logger, concurrency: o.concurrency, timeoutMs: o.timeoutSeconds * 1000 }),
  );
}

/**
 * An error at the manifest line of each failing address; one warning per refused IAM action (a 403 is not a
 * failure: the check could not run); one warning per connection and reason for tests that did not run.
 */
export function checkDiagnostics(report: ChecksReport): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const c of report.checks) {
    const at = c.position ? { position: c.position } : {};
    if (FAILING_RESULTS.has(c.result)) {
      const bad = c.runs.filter((r) => FAILING_RESULTS.has(r.result));
      const from = bad.map((r) => `from ${r.source.kind === 'pool' ? `queue ${r.source.queue} of pool ${r.source.name}` : `queue ${r.source.queue}`}: ${r.detail}`);
      out.push({
        severity: 'error',
        message: `${c.connection}: ${c.address} is ${c.result === 'error' ? 'not tested (API error)' : c.result === 'timeout' ? 'not confirmed reachable (the test did not finish)' : 'unreachable'} ${from.join('; ')}`,
        ...at,
        code: `check-${c.result}`,
        hint: HINTS[c.result],
      });
    }
    for (const r of c.runs) {
      if (r.result !== 'not-run') continue;
      const key = r.deniedAction ? `denied:${r.deniedAction}` : `not-run:${c.connection}:${r.detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        r.deniedAction
          ? {
              severity: 'warning',
              message: `connectivity checks could not run: ${r.detail}`,
              ...at,
              code: 'check-permission-denied',
              hint: `grant the IAM action ${r.deniedAction} to the identity this action runs as (docs/checks.md lists what checks need)`,
            }
          : { severity: 'warning', message: `${c.connection}: checks not run: ${r.detail}`, ...at, code: 'check-not-run' },
      );
    }
  }
  return out;
}

const HINTS: Partial<Record<string, string>> = {
  unreachable:
    "the peering is ACTIVE but the queue's network cannot open a TCP connection: check the target's security group (inbound from the queue's CIDR), the route table of the target subnet, the host record and that the service listens on that port",
  timeout: 'DLI did not finish the test in time: raise check-timeout, or run mode: check again later',
  error: 'the test API failed after retries: run mode: check again later',
};
