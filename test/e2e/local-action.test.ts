// The action run by @github/local-action, the tool GitHub's action template recommends for running an action on a
// workstation. It imports the logic entry (src/main.ts, through tsx), calls its run(), and stands in for
// @actions/core: quibble swaps the module for a stub that keeps the outputs, writes the job summary where the dotenv
// file says, and prints each annotation, group and log line as a workflow command. These tests run it as its README
// says (`local-action run <action folder> src/main.ts <dotenv file>`), in validate mode and in plan mode against the
// built-in emulator, and assert what it captured: the outputs table, the summary and the annotations.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emulatorInputs, seedExampleCloud } from './example-cloud.js';
import { inputEnv, repoRoot } from './harness.js';

const bin = path.join(repoRoot, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

interface Captured {
  code: number | null;
  stdout: string;
  /** What local-action's core stub kept: every setOutput, as its `::set-output name=…::…` log line shows it. */
  outputs: Record<string, string>;
  /** The job summary file named in the dotenv file. */
  summary: string;
  /** Every `::command …::` line the stub printed (annotations, groups, failures). */
  commands: string[];
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Writes the dotenv file local-action loads, runs it on this repository's src/main.ts, reads back what it kept. */
function localAction(vars: Record<string, string>): Promise<Captured> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'local-action-'));
  dirs.push(dir);
  const summaryFile = path.join(dir, 'summary.md');
  const dotenv = path.join(dir, '.env');
  const all = { ...vars, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: dir };
  writeFileSync(dotenv, Object.entries(all).map(([k, v]) => `${k}=${JSON.stringify(v)}\n`).join(''));
  return new Promise((resolve, reject) => {
    // Only what a developer's shell has: nothing of a runner (no GITHUB_OUTPUT …) leaks in from CI.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NO_COLOR: '1' };
    const child = spawn(process.execPath, [bin, 'run', repoRoot, 'src/main.ts', dotenv], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout.split('\n');
      const outputs: Record<string, string> = {};
      for (const line of lines) {
        const m = /^::set-output name=([^:]+)::(.*)$/.exec(line);
        if (m) outputs[m[1]!] = m[2]!;
      }
      let summary = '';
      try {
        summary = readFileSync(summaryFile, 'utf8');
      } catch {
        // no summary written: the assertions say so
      }
      resolve({ code, stdout, outputs, summary, commands: lines.filter((l) => /^::[a-z-]+[ :]/.test(l)) });
    });
  });
}

function declaredOutputs(): Record<string, unknown> {
  return (yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }).outputs;
}

/** The section local-action prints after run() returns; "No outputs were set!" is what it printed before run(). */
function outputsTable(run: Captured): string {
  const at = run.stdout.indexOf('Action Outputs');
  expect(at, run.stdout).toBeGreaterThan(0);
  return run.stdout.slice(at);
}

describe('@github/local-action runs src/main.ts', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ peeringDelayMs: 10 });
    seedExampleCloud(emu);
  });
  afterAll(() => emu.close());

  it('validate: annotations with file, line and column, every output, the summary', async () => {
    const run = await localAction({
      GITHUB_WORKSPACE: path.join(repoRoot, 'test', 'e2e', 'fixtures'),
      ...inputEnv({ mode: 'validate', manifests: 'bad/connections/**/*.yaml' }),
    });
    expect(run.code, run.stdout).toBe(0);
    const table = outputsTable(run);
    expect(table).not.toContain('No outputs were set!');
    expect(table).toContain("'failure-reason'");
    expect(run.outputs).toMatchObject({ 'failure-reason': 'validation-failed', 'has-changes': 'false', created: '[]' });
    // Every output action.yml declares was set, and nothing else.
    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(declaredOutputs()).sort());

    const errors = run.commands.filter((c) => c.startsWith('::error title='));
    expect(errors.length).toBeGreaterThan(3);
    for (const e of errors) expect(e).toMatch(/^::error title=dli-connections[^,]*,file=bad\/connections\/[^,]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+::/);
    expect(run.commands.some((c) => /^::error::validation-failed: /.test(c))).toBe(true);

    expect(run.summary).toContain('## DLI connections · validate');
    expect(run.summary).toContain('bad/connections/typos.yaml');
  }, 120_000);

  it('plan against the emulator: the plan in outputs and summary, log groups, the secret key masked', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'local-action-ws-'));
    dirs.push(ws);
    cpSync(path.join(repoRoot, 'examples', 'connections'), path.join(ws, '.dli', 'connections'), { recursive: true });
    const run = await localAction({
      GITHUB_WORKSPACE: ws,
      // Debug lines on, so that a secret reaching the log would show; local-action prints **** for masked values.
      ACTIONS_STEP_DEBUG: 'true',
      ...inputEnv({ ...emulatorInputs(emu), mode: 'plan', 'comment-on-pr': 'never' }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(outputsTable(run)).toContain("'has-changes'");
    expect(run.outputs).toMatchObject({
      'failure-reason': '',
      'has-changes': 'true',
      created: '["hbase_archive","kafka_prod","rds_orders"]',
      updated: '[]',
    });
    expect(run.outputs['plan-file']).toMatch(/\.json$/);
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(run.commands.some((c) => c.startsWith('::group::'))).toBe(true);
    expect(run.commands.some((c) => c.startsWith('::debug::'))).toBe(true);
    expect(run.stdout).not.toContain(emu.sk);

    expect(run.summary).toContain('## DLI connections · plan');
    expect(run.summary).toContain('`kafka_prod`');
    // The requests went to the emulator: a plan reads, it never writes.
    expect(emu.requests.some((r) => r.method === 'GET')).toBe(true);
    expect(emu.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  }, 120_000);
});
