// .github/workflows/self-test.yml run here, step by step, the way the runner runs its job: each `run:` through bash
// (`bash --noprofile --norc -eo pipefail`, GitHub's default shell) with GITHUB_OUTPUT and RUNNER_TEMP, each
// `uses: ./` through the e2e harness (dist/index.js with INPUT_* variables), and `${{ steps.<id>.outputs.<name> }}`
// filled in from the outputs of earlier steps. So the recipe that starts the emulator in the background, waits for
// it and hands its address to the action is proven outside GitHub; a GitHub runner itself is not available here.
// Needs dist/ (npm run build).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOutputFile, repoRoot, runAction } from './e2e/harness.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

const workflowPath = path.join(repoRoot, '.github', 'workflows', 'self-test.yml');
const workflow = yaml.load(readFileSync(workflowPath, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = workflow.jobs['self-test']!.steps;

/** Steps that set up what this machine already has: the checkout, node, and node_modules. */
const isSetup = (s: Step) => /^actions\/(checkout|setup-node)@/.test(s.uses ?? '') || s.run?.trim() === 'npm ci';

type Outputs = Map<string, Record<string, string>>;

/** Fills in `${{ steps.<id>.outputs.<name> }}`; any other expression is one this stand-in runner cannot evaluate. */
function expand(value: unknown, outputs: Outputs): string {
  return String(value).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expr: string) => {
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (!m) throw new Error(`self-test.yml uses \${{ ${expr} }}: the local run evaluates only steps.<id>.outputs.<name>`);
    return outputs.get(m[1]!)?.[m[2]!] ?? ''; // the runner gives '' for an output that was not set
  });
}

const expandAll = (values: Record<string, unknown> | undefined, outputs: Outputs) =>
  Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, expand(v, outputs)]));

interface StepRun {
  code: number | null;
  log: string;
  outputs: Record<string, string>;
}

/** Process groups of the bash steps: whatever a step left running in the background (the emulator) is in one. */
const groups: number[] = [];

function runShell(script: string, env: Record<string, string>, runnerTemp: string): Promise<StepRun> {
  const outputFile = path.join(mkdtempSync(path.join(runnerTemp, 'step-')), 'output');
  writeFileSync(outputFile, '');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: repoRoot,
      detached: true, // its own process group, so that afterAll can stop what it started in the background
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? runnerTemp, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repoRoot, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile, ...env },
    });
    if (child.pid) groups.push(child.pid);
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')) }));
  });
}

async function runStep(step: Step, outputs: Outputs, runnerTemp: string): Promise<StepRun> {
  if (step.uses === './') {
    const run = await runAction({ workspace: repoRoot, inputs: expandAll(step.with, outputs), timeoutMs: 90_000 });
    return { code: run.code, log: run.stdout + run.stderr, outputs: run.outputs };
  }
  if (step.run !== undefined) return runShell(step.run, expandAll(step.env, outputs), runnerTemp);
  throw new Error(`self-test.yml step "${step.name ?? step.uses}" uses ${step.uses}: the local run knows only ./ and run steps`);
}

describe('the self-test workflow, run locally', () => {
  const outputs: Outputs = new Map();
  const results: { step: Step; run: StepRun }[] = [];
  let runnerTemp: string;

  beforeAll(async () => {
    runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'dli-self-test-'));
    for (const step of steps) {
      if (isSetup(step)) continue;
      const run = await runStep(step, outputs, runnerTemp);
      results.push({ step, run });
      if (step.id) outputs.set(step.id, run.outputs);
      if (run.code !== 0) break; // the runner stops the job at the first failing step
    }
  }, 180_000);

  afterAll(() => {
    for (const pgid of groups) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // the group is gone already
      }
    }
  });

  it('runs the action with uses: ./ in validate mode over examples/ and in plan mode against the emulator', () => {
    const actions = steps.filter((s) => s.uses === './');
    expect(actions.map((s) => s.with?.mode)).toEqual(expect.arrayContaining(['validate', 'plan']));
    const validate = actions.find((s) => s.with?.mode === 'validate')!;
    expect(String(validate.with?.manifests)).toMatch(/^examples\//);
    const plan = actions.find((s) => s.with?.mode === 'plan')!;
    // Every endpoint comes from the emulator step, which runs before it.
    const emulatorStep = steps.findIndex((s) => s.run?.includes('npm run --silent emulator'));
    expect(emulatorStep).toBeGreaterThan(-1);
    expect(steps.indexOf(plan)).toBeGreaterThan(emulatorStep);
    for (const input of ['endpoint', 'iam-endpoint', 'sts-endpoint', 'vpc-endpoint']) {
      expect(plan.with?.[input], input).toBe(`\${{ steps.${steps[emulatorStep]!.id}.outputs.url }}`);
    }
  });

  it('every step passes, the last one checking the outputs', () => {
    const ran = results.map(({ step, run }) => ({ step: step.name ?? step.id, code: run.code, log: run.code === 0 ? '' : run.log }));
    expect(ran).toEqual(steps.filter((s) => !isSetup(s)).map((s) => ({ step: s.name ?? s.id, code: 0, log: '' })));
    const check = results.at(-1)!.run.log;
    expect(check).toContain('ok: plan has-changes = true');
    expect(check).toContain('ok: second plan has-changes = false');
  });

  it('the emulator step handed the action a loopback http address and its keys', () => {
    const emu = outputs.get('emulator')!;
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.ak).toBeTruthy();
    expect(emu.sk).toBeTruthy();
    expect(emu.region).toBeTruthy();
  });

  it('the check step fails when an output is not what it expects', async () => {
    const check = steps.at(-1)!;
    const env = expandAll(check.env, outputs);
    const wrong = await runShell(check.run!, { ...env, PLAN_CHANGES: 'false', REPLAN_UNCHANGED: '[]' }, runnerTemp);
    expect(wrong.code).not.toBe(0);
    expect(wrong.log).toContain("::error::plan has-changes is 'false', expected 'true'");
    expect(wrong.log).toContain('::error::second plan unchanged is');
  });
});
