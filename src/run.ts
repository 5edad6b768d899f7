// One run of the action, whatever drives it (src/main.ts in a workflow, src/cli.ts on a laptop):
// load → validate → (observe → plan → preflight) → (apply) and a RunResult that the reporters turn into outputs,
// a summary and a PR comment. Plain TypeScript: the runner's facilities come in through RunDeps.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { hasErrors } from './diagnostics.js';
import type { Logger, MaskSecret } from './logger.js';
import type { FailureReason } from './failure.js';
import { RunFailure } from './failure.js';
import type { Mode, Settings } from './settings.js';
import type { ManifestSet } from './manifest/types.js';
import { loadManifests } from './manifest/index.js';
import type { LiveState, Plan } from './plan/types.js';
import type { ApplyResult } from './apply/types.js';
import type { ExportResult } from './export/index.js';
import { apiText } from './untrusted-text.js';
import type { CheckTarget, ChecksReport } from './checks/index.js';
import type { CheckApi } from './checks/run-checks.js';
import { FAILING_RESULTS } from './checks/types.js';

export interface RunDeps {
  logger: Logger;
  mask: MaskSecret;
  /** The runner's OIDC ID token (core.getIDToken); absent in the CLI. */
  getIdToken?: (audience: string) => Promise<string>;
  env?: NodeJS.ProcessEnv;
  /**
   * Also write the text plan to the log (default true). The CLI says false: it prints `planText` on stdout, and its
   * log goes to stderr, so a terminal would show the plan twice.
   */
  logPlan?: boolean;
}

export interface RunResult {
  /** The mode asked for. */
  requestedMode: Mode;
  /** The mode that ran (plan falls back to validate without credentials). */
  mode: Mode;
  diagnostics: Diagnostic[];
  notices: string[];
  manifests?: ManifestSet;
  projectId?: string;
  plan?: Plan;
  planText?: string;
  planFilePath?: string;
  /** apply with plan-file: how the reviewed plan differs from the current one. */
  planFileChanges?: string[];
  apply?: ApplyResult;
  /** export: what was written. */
  exported?: ExportResult;
  /** The connectivity checks (apply, check), when a manifest declares `checks` and the input is on. */
  checks?: ChecksReport;
  failureReason?: FailureReason;
  /** One-line reason for a failed run (the step's error message). */
  failureMessage?: string;
}

/**
 * The cloud half of the action (clients, plan, preflight, apply, export) is loaded only when a run needs it:
 * validate, the mode of every fork pull request, then starts without parsing that code (cold start, bench B7).
 */
async function cloudModules() {
  const [cloud, observe, diff, fingerprint, renderText, preflight, executor] = await Promise.all([
    import('./cloud.js'),
    import('./plan/observe.js'),
    import('./plan/diff.js'),
    import('./plan/fingerprint.js'),
    import('./plan/render-text.js'),
    import('./plan/preflight.js'),
    import('./apply/executor.js'),
  ]);
  return {
    connectCloud: cloud.connectCloud,
    observe: observe.observe,
    computePlan: diff.computePlan,
    diffPlans: fingerprint.diffPlans,
    renderPlanText: renderText.renderPlanText,
    runPreflight: preflight.runPreflight,
    applyPlan: executor.applyPlan,
  };
}

export async function run(settings: Settings, deps: RunDeps): Promise<RunResult> {
  const result: RunResult = { requestedMode: settings.mode, mode: settings.mode, diagnostics: [], notices: [] };
  try {
    await runInto(result, settings, deps);
  } catch (error) {
    if (error instanceof RunFailure) {
      result.failureReason = error.reason;
      result.failureMessage = error.message;
    } else {
      throw error;
    }
  }
  return result;
}

async function runInto(result: RunResult, settings: Settings, deps: RunDeps): Promise<void> {
  const { logger } = deps;
  const env = deps.env ?? process.env;

  if (settings.mode === 'export') {
    await runExport(result, settings, deps);
    return;
  }

  // 1. Manifests: all of them are read and checked before anything talks to the cloud.
  const loaded = await logger.group('Validate manifests', async () => {
    // Only a run that goes on to the cloud locates fields (plan, preflight): the others skip loading `yaml` (bench B7).
    const toCloud = settings.mode !== 'validate' && settings.credentials.kind !== 'none';
    const out = await loadManifests({
      workspace: settings.workspace,
      patterns: settings.manifests,
      label: settings.label,
      positions: toCloud ? 'eager' : 'lazy',
    });
    logger.info(`${out.set.files.length} manifest file(s), ${out.set.connections.length} connection(s).`);
    return out;
  });
  result.manifests = loaded.set;
  result.diagnostics.push(...loaded.diagnostics);
  if (hasErrors(loaded.diagnostics)) {
    const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    throw new RunFailure('validation-failed', `${count} manifest error(s): nothing was sent to the API.`);
  }
  if (settings.mode === 'validate') return;

  if (settings.credentials.kind === 'none') {
    if (settings.mode === 'plan') {
      // Fork pull requests and Dependabot runs have no secrets: still check what can be checked offline.
      const notice =
        'No Huawei Cloud credentials (expected on pull requests from forks and Dependabot): ran validate instead of plan.';
      result.notices.push(notice); // the host shows it (a ::notice:: annotation in the action)
      result.mode = 'validate';
      return;
    }
    throw new RunFailure(
      'auth-failed',
      `Mode ${settings.mode} needs credentials: set access-key-id and secret-access-key, or the OIDC inputs.`,
    );
  }
  if (!settings.region) {
    throw new RunFailure('validation-failed', "Input 'region' is required for plan and apply (or set HUAWEI_CLOUD_REGION).");
  }

  const { connectCloud, observe, computePlan, diffPlans, renderPlanText, runPreflight, applyPlan } = await cloudModules();
  const cloud = await connectCloud(settings, deps);
  result.projectId = cloud.projectId;

  // mode check changes nothing: one List of the live connections, then their connectivity checks.
  if (settings.mode === 'check') {
    const checks = await import('./checks/index.js');
    const live = await cloud.guard(() => cloud.dli.listConnections());
    if (!settings.checks) result.notices.push('Input checks is false: mode check ran no test.');
    else await runCheckPhase(result, checks.targetsFromLive(loaded.set.connections, live), cloud, settings, logger);
    throwIfChecksFailed(result, 'Connectivity');
    return;
  }

  // 2. Observe and plan. What observe read is also apply's name lookup before each create it plans.
  let observed: LiveState | undefined;
  const plan = await logger.group('Plan', async () => {
    const live = await cloud.guard(() => observe(cloud.dli, loaded.set.connections, { label: settings.label, logger }));
    observed = live;
    const p = computePlan({
      manifests: loaded.set.connections,
      live,
      label: settings.label,
      region: settings.region,
      projectId: cloud.projectId,
      prune: settings.prune,
      allowReplace: settings.allowReplace,
    });
    result.planText = renderPlanText(p);
    // One call per line: a logger prints control characters in a message escaped (one message, one log line).
    if (deps.logPlan !== false) for (const line of result.planText.split('\n')) logger.info(line);
    return p;
  });
  result.plan = plan;
  result.diagnostics.push(...plan.problems);
  result.planFilePath = await writePlanFile(plan, settings, env);

  // 3. Preflight: read-only checks of what the plan would create or bind.
  if (settings.preflight) {
    const pre = await logger.group('Preflight', () =>
      runPreflight({ plan, manifests: loaded.set.connections, vpc: cloud.vpc, dli: cloud.dli, logger }),
    );
    result.diagnostics.push(...pre.diagnostics);
    logger.info(`Preflight checked ${pre.checked.length} connection(s).`);
  }

  if (hasErrors(plan.problems)) {
    const blockedReplace = plan.problems.some((d) => d.severity === 'error' && d.code === 'replace-blocked');
    throw new RunFailure(
      blockedReplace ? 'replace-blocked' : 'api-error',
      blockedReplace
        ? 'The plan replaces a connection but allow-replace is false: nothing was changed.'
        : 'The plan is blocked (see the errors): nothing was changed.',
    );
  }
  if (hasErrors(result.diagnostics)) {
    throw new RunFailure('preflight-failed', 'Preflight found connections that would fail: nothing was changed.');
  }

  if (settings.mode === 'plan') {
    if (settings.failOnDrift && plan.hasChanges) {
      throw new RunFailure('drift', 'The live connections differ from the manifests (fail-on-drift is on).');
    }
    return;
  }

  // 4. Apply, held to the reviewed plan when one is given.
  if (settings.planFile) {
    const reviewed = await readReviewedPlan(settings.planFile, settings.workspace);
    if (reviewed.fingerprint !== plan.fingerprint) {
      result.planFileChanges = diffPlans(reviewed, plan);
      throw new RunFailure(
        'plan-changed',
        `The plan differs from the reviewed plan ${settings.planFile} (${reviewed.fingerprint.slice(0, 12)} → ${plan.fingerprint.slice(0, 12)}): nothing was changed. Plan again and review.`,
      );
    }
    logger.info(`The plan matches the reviewed plan (${plan.fingerprint.slice(0, 12)}).`);
  }
  if (!plan.hasChanges) logger.info('Nothing to change.');
  const applied = await logger.group('Apply', () =>
    applyPlan(plan, {
      api: cloud.dli,
      logger,
      concurrency: settings.concurrency,
      wait: settings.wait,
      waitTimeoutMs: settings.waitTimeoutSeconds * 1000,
      label: settings.label,
      observed,
    }),
  );
  result.apply = applied;
  // 5. Connectivity checks of the connections that were applied (a failing one does not undo the apply).
  if (settings.checks) {
    const { targetsAfterApply } = await import('./checks/index.js');
    await runCheckPhase(result, targetsAfterApply(loaded.set.connections, applied), cloud, settings, logger);
  }
  if (!applied.ok) {
    const failed = applied.results.filter((r) => r.outcome === 'failed' || r.outcome === 'timeout').map((r) => r.name);
    throw new RunFailure(applied.failureReason ?? 'api-error', `Apply did not finish for: ${failed.join(', ')}.`);
  }
  throwIfChecksFailed(result, 'The apply is done (a rerun changes nothing), but connectivity');
}

/** Runs the checks of `targets` into the result: the report and its diagnostics (errors, 403 warnings). */
async function runCheckPhase(result: RunResult, targets: CheckTarget[], cloud: { dli: CheckApi }, settings: Settings, logger: Logger): Promise<void> {
  const { checkPhase, checkDiagnostics } = await import('./checks/index.js');
  const report = await checkPhase(targets, { api: cloud.dli, logger, concurrency: settings.concurrency, timeoutSeconds: settings.checkTimeoutSeconds });
  if (!report) return;
  result.checks = report;
  result.diagnostics.push(...checkDiagnostics(report));
}

/** check-failed when an address is unreachable, timed out or hit an API error (a 403 only warns). */
function throwIfChecksFailed(result: RunResult, lead: string): void {
  if (!result.checks?.failed) return;
  const names = [...new Set(result.checks.checks.filter((c) => FAILING_RESULTS.has(c.result)).map((c) => c.connection))];
  throw new RunFailure('check-failed', `${lead} checks failed for: ${names.join(', ')}.`);
}

/** export: the live connections of the project become manifests under export-path (never overwritten unless forced). */
async function runExport(result: RunResult, settings: Settings, deps: RunDeps): Promise<void> {
  const [{ exportConnections, parseTagFilters }, { connectCloud }] = await Promise.all([
    import('./export/index.js'),
    import('./cloud.js'),
  ]);
  const tags = parseTagFilters(settings.exportTags);
  if (settings.credentials.kind === 'none') {
    throw new RunFailure('auth-failed', 'Mode export needs credentials: set access-key-id and secret-access-key, or the OIDC inputs.');
  }
  if (!settings.region) throw new RunFailure('validation-failed', "Input 'region' is required for export (or set HUAWEI_CLOUD_REGION).");
  const cloud = await connectCloud(settings, deps);
  result.projectId = cloud.projectId;
  const exported = await deps.logger.group('Export', () =>
    cloud.guard(() =>
      exportConnections({
        api: cloud.dli,
        resources: cloud.dli,
        workspace: settings.workspace,
        outDir: settings.exportPath,
        names: settings.exportNames,
        tags,
        force: settings.exportForce,
        label: settings.label,
        logger: deps.logger,
        manifestPatterns: settings.manifests,
      }),
    ),
  );
  result.exported = exported;
  if (exported.unmatchedNames.length > 0) {
    result.diagnostics.push({
      severity: 'warning',
      message: `No live connection is named ${exported.unmatchedNames.join(', ')}.`,
      code: 'export-unmatched-name',
    });
  }
  for (const s of exported.skipped) {
    result.diagnostics.push({ severity: 'warning', message: `${apiText(s.name, 200)} was not exported: ${s.reason}`, code: 'export-skipped' });
  }
}

/** The plan JSON: under RUNNER_TEMP (or the OS temp folder) unless plan-file names a path in plan mode. */
async function writePlanFile(plan: Plan, settings: Settings, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = env.RUNNER_TEMP || os.tmpdir();
  const target =
    settings.mode === 'plan' && settings.planFile
      ? path.resolve(settings.workspace, settings.planFile)
      : path.join(dir, `dli-connections-plan-${settings.label}.json`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, JSON.stringify(plan, null, 2) + '\n');
  return target;
}

async function readReviewedPlan(file: string, workspace: string): Promise<Plan> {
  const full = path.resolve(workspace, file);
  let text: string;
  try {
    text = await fs.readFile(full, 'utf8');
  } catch (error) {
    throw new RunFailure('plan-changed', `Cannot read the reviewed plan ${file}: ${(error as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as Plan;
    if (parsed.version !== 1 || typeof parsed.fingerprint !== 'string' || !Array.isArray(parsed.changes)) {
      throw new Error('not a dli-connections plan file (version 1)');
    }
    return parsed;
  } catch (error) {
    throw new RunFailure('plan-changed', `The reviewed plan ${file} is not usable: ${(error as Error).message}`);
  }
}
