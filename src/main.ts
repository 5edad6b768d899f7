// The action's logic, in the shape GitHub's action template has: `run()` reads the inputs, runs, then reports
// (annotations, outputs, job summary, PR comment, exit status). src/index.ts calls it; tools that stand in for the
// runner (@github/local-action) import this file and call run() themselves. The only place besides src/report/
// that talks to the runner, always through @actions/core.
import * as core from '@actions/core';
import { logLine, type Logger } from './logger.js';
import { InputError, readSettings } from './inputs.js';
import { run as runStages, type RunResult } from './run.js';
import type { Settings } from './settings.js';
import { reportToRunner } from './report/index.js';

/** core.info writes raw lines: text from manifests or API answers must never start a workflow command. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(logLine(m)),
  info: (m) => core.info(logLine(m)),
  warning: (m) => core.warning(logLine(m)),
  error: (m) => core.error(logLine(m)),
  group: (name, fn) => core.group(name, fn),
};

/** The whole action. Never throws: every failure ends in core.setFailed with a failure-reason output. */
export async function run(): Promise<void> {
  let settings: Settings;
  try {
    settings = readSettings({ getInput: (name) => core.getInput(name), env: process.env, mask: (s) => core.setSecret(s) });
  } catch (error) {
    if (!(error instanceof InputError)) return failUnexpectedly(error);
    core.setOutput('failure-reason', 'validation-failed');
    core.setFailed(error.message);
    return;
  }

  let result: RunResult;
  try {
    result = await runStages(settings, {
      logger: actionsLogger,
      mask: (s) => core.setSecret(s),
      getIdToken: (audience) => core.getIDToken(audience),
    });
  } catch (error) {
    return failUnexpectedly(error);
  }

  for (const notice of result.notices) core.notice(notice);
  await reportToRunner(settings, result, actionsLogger);
  if (result.failureReason) core.setFailed(`${result.failureReason}: ${result.failureMessage ?? ''}`.trim());
}

/** A bug, not an expected failure: say so plainly, with the stack in the debug log. */
function failUnexpectedly(error: unknown): void {
  core.debug((error as Error).stack ?? String(error));
  core.setOutput('failure-reason', 'api-error');
  core.setFailed(`Unexpected error: ${(error as Error).message}`);
}
