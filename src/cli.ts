#!/usr/bin/env node
// Local CLI over the same core as the action: `dli-connections validate|plan|apply|export|check [options]`.
// Options are the action's input names (`--region cn-north-4`, `--allow-replace`); credentials come from the
// same environment variables the action falls back to, so a pre-commit hook or a laptop runs what CI runs.
import { parseArgs } from 'node:util';
import { formatDiagnostic } from './diagnostics.js';
import { logLine, type Logger } from './logger.js';
import { InputError, readSettings } from './inputs.js';
import { run } from './run.js';

const USAGE = `Usage: dli-connections <validate|plan|apply|export|check> [options] [manifest globs…]

Options (the action's inputs; booleans may be given bare):
  --manifests <glob>          manifest globs (repeatable; positional arguments too); '!glob' excludes
  --region <region>           e.g. cn-north-4 (or HUAWEI_CLOUD_REGION)
  --project-id <id>           default: looked up through IAM
  --label <label>             ownership label (default: default)
  --prune, --allow-replace, --no-wait, --no-preflight, --no-checks, --fail-on-drift
  --wait-timeout <s>, --check-timeout <s>, --concurrency <n>, --max-retries <n>, --request-timeout <s>
  --plan-file <path>          plan: where to write the plan; apply: the reviewed plan to hold the apply to
  --endpoint, --iam-endpoint, --sts-endpoint, --vpc-endpoint <url>
  --out <folder>, --force, --name <name>, --tag <k=v>   export options
Credentials: HUAWEI_CLOUD_ACCESS_KEY_ID / HUAWEI_CLOUD_SECRET_ACCESS_KEY [/ HUAWEI_CLOUD_SECURITY_TOKEN]
  (or HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK / HUAWEICLOUD_SDK_SECURITY_TOKEN).
Exit status: 0 success, 1 failure (the failure reason is printed), 2 bad usage.`;

const valueOptions = [
  'region', 'project-id', 'label', 'wait-timeout', 'check-timeout', 'concurrency', 'max-retries', 'request-timeout', 'plan-file',
  'endpoint', 'iam-endpoint', 'sts-endpoint', 'vpc-endpoint', 'out', 'comment-on-pr',
] as const;
const flagOptions = ['prune', 'allow-replace', 'no-wait', 'no-preflight', 'no-checks', 'fail-on-drift', 'force', 'help'] as const;

function stderrLogger(): Logger {
  return {
    debug: (m) => {
      if (process.env.DLI_CONNECTIONS_DEBUG) process.stderr.write(`debug: ${logLine(m)}\n`);
    },
    info: (m) => process.stderr.write(`${logLine(m)}\n`),
    warning: (m) => process.stderr.write(`warning: ${logLine(m)}\n`),
    error: (m) => process.stderr.write(`error: ${logLine(m)}\n`),
    group: async (name, fn) => {
      process.stderr.write(`── ${name}\n`);
      return fn();
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(valueOptions.map((o) => [o, { type: 'string' as const }])),
        ...Object.fromEntries(flagOptions.map((o) => [o, { type: 'boolean' as const }])),
        manifests: { type: 'string', multiple: true },
        name: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const [command, ...globs] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (!['validate', 'plan', 'apply', 'export', 'check'].includes(command)) {
    process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }

  const v = values;
  const inputs: Record<string, string> = { mode: command };
  for (const o of valueOptions) if (typeof v[o] === 'string') inputs[o] = v[o] as string;
  for (const o of ['prune', 'allow-replace', 'fail-on-drift'] as const) if (v[o]) inputs[o] = 'true';
  if (v['no-wait']) inputs.wait = 'false';
  if (v['no-preflight']) inputs.preflight = 'false';
  if (v['no-checks']) inputs.checks = 'false';
  if (v.force) inputs['export-force'] = 'true';
  if (typeof v.out === 'string') inputs['export-path'] = v.out;
  inputs['export-names'] = ((v.name as string[] | undefined) ?? []).join('\n');
  inputs['export-tags'] = ((v.tag as string[] | undefined) ?? []).join('\n');
  inputs.manifests = [...((v.manifests as string[] | undefined) ?? []), ...globs].join('\n');
  inputs['comment-on-pr'] = 'never';

  const mask = () => {};
  let settings;
  try {
    settings = readSettings({ getInput: (n) => inputs[n] ?? '', env: { ...process.env, GITHUB_WORKSPACE: process.cwd() }, mask });
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message.replace(/Input '([^']+)'/, 'Option --$1')}\n`);
      return 2;
    }
    throw error;
  }

  const result = await run(settings, { logger: stderrLogger(), mask, logPlan: false });
  for (const notice of result.notices) process.stderr.write(`notice: ${notice}\n`);
  for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
  if (result.mode === 'validate' && !result.failureReason) {
    const n = result.manifests?.connections.length ?? 0;
    process.stdout.write(`ok: ${n} connection(s) in ${result.manifests?.files.length ?? 0} file(s)\n`);
  }
  if (result.planText) process.stdout.write(`${result.planText}\n`);
  for (const e of result.exported?.entries ?? []) process.stdout.write(`${e.status.padEnd(11)} ${e.file}\n`);
  for (const c of result.checks?.checks ?? []) process.stdout.write(`${c.result.padEnd(11)} ${c.connection} ${c.address}\n`);
  if (result.planFileChanges?.length) process.stdout.write(`${result.planFileChanges.map((l) => `  ${l}`).join('\n')}\n`);
  if (result.failureReason) {
    process.stderr.write(`failed (${result.failureReason}): ${result.failureMessage ?? ''}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
