// Runs the built action (dist/index.js) the way the GitHub runner does: inputs as INPUT_* variables, and
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files that are read back after the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built action; DLI_ACTION_ENTRY points the tests at another build (a helper's private bundle). */
export const actionEntry = process.env.DLI_ACTION_ENTRY || path.join(repoRoot, 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The folder holding the runner files (outputs, summary, event, RUNNER_TEMP). */
  runnerDir: string;
}

export interface ActionRunOptions {
  /** Action inputs by their action.yml names (`mode`, `allow-replace` …). */
  inputs?: Record<string, string>;
  /** The repository root the action sees (GITHUB_WORKSPACE). */
  workspace: string;
  /** Extra environment (credentials fallbacks, GITHUB_API_URL …). */
  env?: Record<string, string>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  eventName?: string;
  /** Kill the process when this returns true for the stdout seen so far (crash tests). */
  killWhen?: (stdout: string) => boolean;
  /**
   * Kill the process (SIGKILL) as soon as this returns true; polled every 10 ms. For crash tests that watch the
   * emulator (e.g. `emu.requests` shows the create arrived) rather than the action's output.
   */
  killPoll?: () => boolean;
  timeoutMs?: number;
}

/** The runner passes each input as INPUT_<NAME uppercased, spaces → _>; dashes stay. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

/** Parses the GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/** Defaults every input of action.yml would have, so the process sees what the runner would pass. */
function actionDefaults(): Record<string, string> {
  const action = yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = String(spec.default ?? '');
    // Expressions such as ${{ github.token }} are the runner's to expand; tests pass what they need.
    defaults[name] = value.includes('${{') ? '' : value;
  }
  return defaults;
}

export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = mkdtempSync(path.join(os.tmpdir(), 'dli-runner-'));
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary.md');
  const eventFile = path.join(runnerDir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/data-platform',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: runnerDir,
    ...inputEnv({ ...actionDefaults(), ...(opts.inputs ?? {}) }),
    ...(opts.env ?? {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [actionEntry], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    const poll = opts.killPoll
      ? setInterval(() => {
          if (opts.killPoll!()) child.kill('SIGKILL');
        }, 10)
      : undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (opts.killWhen?.(stdout)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        outputs: existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {},
        summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
        runnerDir,
      });
    });
  });
}

/** The `::error file=…,line=…,col=…::message` lines the action printed. */
export function annotations(stdout: string, level: 'error' | 'warning' | 'notice' = 'error'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level}`));
}

// ---- Workspaces for tests that change manifests between runs (added for the plan/apply and crash tests) ----

/** A fresh temporary repository root holding `files` (path relative to the root → text). */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dli-ws-'));
  writeWorkspaceFiles(dir, files);
  return dir;
}

/** Writes (or overwrites) files under a workspace, creating folders; a `null` text removes the file. */
export function writeWorkspaceFiles(workspace: string, files: Record<string, string | null>): void {
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(workspace, rel);
    if (text === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/** One manifest document as YAML (field names are the API's own, as in docs/reference/dli-api.md). */
export function manifestYaml(doc: Record<string, unknown>): string {
  return yaml.dump(doc, { lineWidth: -1 });
}
