// The action's entry: inputs → run → annotations, outputs, job summary, PR comment, exit status.
// The only place besides src/report/ that talks to the runner.
import * as core from './report/runner.js';
import { logLine, type Logger } from './logger.js';
import { InputError, readSettings } from './inputs.js';
import { run, type RunResult } from './run.js';
import type { Settings } from './settings.js';
import { reportToRunner } from './report/index.js';

/** core.info writes raw lines: text from manifests or API answers must never start a workflow command. */
const actionsLogger: Logger = {
  debug: (m) => core.debug(logLine(m)),
  info: (m) => core.info(logLine(m)),
  warning: (m) => core.warning(logLine(m)),
  error: (m) => core.error(logLine(m)),
  group: (name, fn) => core.group(name, fn),
};

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = readSettings({ getInput: (name) => core.getInput(name), env: process.env, mask: (s) => core.setSecret(s) });
  } catch (error) {
    if (error instanceof InputError) {
      core.setOutput('failure-reason', 'validation-failed');
      core.setFailed(error.message);
      return;
    }
    throw error;
  }

  let result: RunResult;
  try {
    result = await run(settings, {
      logger: actionsLogger,
      mask: (s) => core.setSecret(s),
      // @actions/core loads http-client and undici: only keyless runs need it, for the runner's OIDC token.
      getIdToken: async (audience) => (await import('@actions/core')).getIDToken(audience),
    });
  } catch (error) {
    // A bug, not an expected failure: say so plainly, with the stack in the debug log.
    core.debug((error as Error).stack ?? String(error));
    core.setOutput('failure-reason', 'api-error');
    core.setFailed(`Unexpected error: ${(error as Error).message}`);
    return;
  }

  for (const notice of result.notices) core.notice(notice);
  await reportToRunner(settings, result, actionsLogger);
  if (result.failureReason) core.setFailed(`${result.failureReason}: ${result.failureMessage ?? ''}`.trim());
}

void main();
