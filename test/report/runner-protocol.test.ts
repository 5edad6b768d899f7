// The runner protocol as the action speaks it, through @actions/core: run() from src/main.ts in this process, with
// the variables and files a runner gives (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), and the workflow commands
// it prints on stdout. The end-to-end tests check the same through the built bundle; these pin the details
// (escaping, heredoc outputs, masking, groups, the inert log text) where a failure points at one function.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { actionsLogger, run } from '../../src/main.js';
import { setOutputs } from '../../src/report/outputs.js';
import { writeSummary } from '../../src/report/summary.js';
import { parseOutputFile, repoRoot } from '../e2e/harness.js';

const fixtures = path.join(repoRoot, 'test', 'e2e', 'fixtures');
let dir: string;
let stdout: string[];

// One folder for the whole file: core.summary is a singleton that remembers the summary file's path.
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runner-protocol-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  writeFileSync(path.join(dir, 'output'), '');
  writeFileSync(path.join(dir, 'summary.md'), '');
  // Nothing from the developer's shell (credentials, inputs): plan would not even fall back the same way.
  for (const k of Object.keys(process.env)) if (/^(HUAWEI_?CLOUD|INPUT_)/.test(k)) vi.stubEnv(k, undefined);
  for (const [k, v] of Object.entries({
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_WORKSPACE: fixtures,
    GITHUB_EVENT_NAME: 'push',
    INPUT_MODE: 'validate',
    INPUT_MANIFESTS: 'good/connections/**/*.{yaml,yml}',
    'INPUT_COMMENT-ON-PR': 'never',
  })) {
    vi.stubEnv(k, v);
  }
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  // core.setFailed sets the exit code of this process: the test runner's own must not change.
  process.exitCode = undefined;
});

const lines = () => stdout.join('').split(/\r?\n/).filter(Boolean);
const outputs = () => parseOutputFile(readFileSync(path.join(dir, 'output'), 'utf8'));
const summary = () => readFileSync(path.join(dir, 'summary.md'), 'utf8');

describe('run() through @actions/core', () => {
  it('validate: a log group, every output as a heredoc, the summary, exit code untouched', async () => {
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(lines()).toContain('::group::Validate manifests');
    expect(lines()).toContain('::endgroup::');
    expect(outputs()).toMatchObject({ 'failure-reason': '', 'has-changes': 'false', 'connection-ids': '{}', created: '[]' });
    expect(readFileSync(path.join(dir, 'output'), 'utf8')).toMatch(/^failure-reason<<ghadelimiter_[0-9a-f-]+$/m);
    expect(summary()).toContain('## DLI connections · validate');
  });

  it('a bad manifest: escaped annotations with file, line and column; failure-reason and exit code 1', async () => {
    vi.stubEnv('INPUT_MANIFESTS', 'bad/connections/**/*.yaml');
    await run();
    expect(process.exitCode).toBe(1);
    expect(outputs()['failure-reason']).toBe('validation-failed');
    const errors = lines().filter((l) => l.startsWith('::error '));
    expect(errors.length).toBeGreaterThan(1);
    for (const e of errors) expect(e).toMatch(/^::error title=dli-connections[^,]*,file=bad\/connections\/[^,:]+,line=\d+,col=\d+::.+$/);
    // A hint goes on the same command, its line break escaped.
    expect(errors.some((e) => e.includes('%0AFix: '))).toBe(true);
  });

  it('a bad input fails before anything runs, with an error command and failure-reason', async () => {
    vi.stubEnv('INPUT_REGION', 'not a region');
    await run();
    expect(process.exitCode).toBe(1);
    expect(outputs()).toEqual({ 'failure-reason': 'validation-failed' });
    expect(lines().find((l) => l.startsWith('::error::'))).toMatch(/^::error::Input 'region' must look like/);
  });

  it('masks credentials the moment they are read, escaping the value', async () => {
    vi.stubEnv('INPUT_AUTH-TOKEN', 'to%ken\nx');
    await run();
    expect(lines()[0]).toBe('::add-mask::to%25ken%0Ax');
  });
});

describe('the action logger', () => {
  it('makes manifest and API text inert: a log line can never start a workflow command', () => {
    actionsLogger.info('::set-output name=x::y');
    actionsLogger.info('##[error]boom');
    expect(lines().some((l) => l.startsWith('::') || l.startsWith('##['))).toBe(false);
  });

  it('keeps a warning one command: its text is escaped and cannot close it or start another', () => {
    actionsLogger.warning('50% done\r\n::error::boom');
    expect(lines()).toHaveLength(1);
    const [line] = lines();
    expect(line).toMatch(/^::warning::50%25 done/);
    expect(line!.slice('::warning::'.length)).not.toContain('::');
  });
});

describe('outputs and summary', () => {
  it('a multi-line value stays one output: it cannot write another', () => {
    setOutputs({ ids: '{"a":"1"}', multi: 'line1\nfailure-reason=drift\nline3' });
    expect(outputs()).toEqual({ ids: '{"a":"1"}', multi: 'line1\nfailure-reason=drift\nline3' });
  });

  it('without GITHUB_OUTPUT (an old runner) the value still goes out, escaped, as a command', () => {
    vi.stubEnv('GITHUB_OUTPUT', '');
    setOutputs({ 'failure-reason': 'a\nb' });
    expect(lines()).toContain('::set-output name=failure-reason::a%0Ab');
  });

  it('appends to the job summary; a failed write is a warning, not a throw', async () => {
    expect(await writeSummary('# one\n')).toBe(true);
    expect(await writeSummary('# two\n')).toBe(true);
    expect(summary()).toBe('# one\n# two\n');
    rmSync(path.join(dir, 'summary.md'));
    mkdirSync(path.join(dir, 'summary.md'));
    expect(await writeSummary('# three\n')).toBe(false);
    expect(lines().find((l) => l.startsWith('::warning::'))).toMatch(/^::warning::Could not write the job summary: /);
    rmSync(path.join(dir, 'summary.md'), { recursive: true });
    writeFileSync(path.join(dir, 'summary.md'), '');
    expect(await writeSummary('# four\n')).toBe(true);
    expect(summary()).toBe('# four\n');
  });
});
