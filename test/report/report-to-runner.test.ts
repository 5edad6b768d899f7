// The report stage end to end: a RunResult becomes the GITHUB_OUTPUT file, the step summary file, annotations and
// the PR comment on the GitHub fake, exactly as the runner would see them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../src/logger.js';
import type { RunResult } from '../../src/run.js';
import type { Settings } from '../../src/settings.js';
import { reportToRunner } from '../../src/report/index.js';
import { parseMarker } from '../../src/report/comment-body.js';
import { startGitHubFake, type GitHubFake } from '../github-fake/server.js';
import { change, plan } from './fixtures.js';

const settings: Settings = {
  mode: 'plan',
  manifests: ['dli/**/*.yaml'],
  workspace: '/ws',
  region: 'cn-north-4',
  projectId: 'proj123',
  credentials: { kind: 'none' },
  endpoints: { dli: '', iam: '', sts: '', vpc: '' },
  prune: false,
  allowReplace: false,
  wait: true,
  waitTimeoutSeconds: 600,
  concurrency: 4,
  maxRetries: 3,
  requestTimeoutSeconds: 30,
  label: 'default',
  commentOnPr: 'auto',
  githubToken: 'ghs_secret',
  prNumber: 0,
  failOnDrift: false,
  planFile: '',
  preflight: true,
  checks: true,
  checkTimeoutSeconds: 120,
  exportPath: '',
  exportForce: false,
  exportNames: [],
  exportTags: [],
};

let dir: string;
let fake: GitHubFake | undefined;
let env: NodeJS.ProcessEnv;

function outputs(): Record<string, string> {
  // The GITHUB_OUTPUT file format: name<<delimiter \n value \n delimiter.
  const text = readFileSync(join(dir, 'output'), 'utf8');
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

// One directory for the whole file: core.summary is a singleton that remembers the summary file's path.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 12 } }));
  fake = await startGitHubFake({ pulls: { mergesha: [{ number: 12, merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: 'mergesha' }] } });
  env = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
    GITHUB_SHA: 'prsha',
    GITHUB_API_URL: fake.url,
  };
  // core reads GITHUB_OUTPUT / GITHUB_STEP_SUMMARY from process.env; annotations go to stdout.
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v!);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await fake?.close();
});

describe('reportToRunner', () => {
  it('plan on a pull request: outputs, summary and one sticky comment', async () => {
    const p = plan([change('kafka', 'create'), change('rds', 'unchanged')]);
    const result: RunResult = { requestedMode: 'plan', mode: 'plan', diagnostics: [], notices: [], plan: p, planFilePath: '/tmp/plan.json' };
    const logger = memoryLogger();
    await reportToRunner(settings, result, logger, env);
    await reportToRunner(settings, result, logger, env);

    const out = outputs();
    expect(out['has-changes']).toBe('true');
    expect(out.created).toBe('["kafka"]');
    expect(out['plan-file']).toBe('/tmp/plan.json');
    expect(out['connection-ids']).toBe('{"rds":"id-rds"}');

    const summary = readFileSync(join(dir, 'summary'), 'utf8');
    expect(summary).toContain('## DLI connections · plan');
    expect(summary).toContain('| `kafka` | create |');

    expect(fake!.comments).toHaveLength(1);
    const c = fake!.comments[0]!;
    expect(c.issue_number).toBe(12);
    expect(parseMarker(c.body)).toEqual({ label: 'default', fingerprint: p.fingerprint, status: 'planned' });
    expect(c.body).toContain('https://github.com/o/r/actions/runs/77');
    // Nothing secret goes into what GitHub stores.
    expect(JSON.stringify(fake!.requests.map((r) => r.body))).not.toContain('ghs_secret');
  });

  it('apply on the merge push marks the reviewed comment as applied', async () => {
    const p = plan([change('kafka', 'create')]);
    await reportToRunner(settings, { requestedMode: 'plan', mode: 'plan', diagnostics: [], notices: [], plan: p }, memoryLogger(), env);

    const pushEnv = { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'mergesha', GITHUB_RUN_ID: '78' };
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ head_commit: { id: 'mergesha' } }));
    const apply = { ok: true, connectionIds: { kafka: 'new-id' }, results: [{ name: 'kafka', action: 'create' as const, connectionId: 'new-id', outcome: 'done' as const, completedSteps: ['create'], pendingSteps: [] }] };
    await reportToRunner({ ...settings, mode: 'apply' }, { requestedMode: 'apply', mode: 'apply', diagnostics: [], notices: [], plan: p, apply }, memoryLogger(), pushEnv);

    expect(fake!.comments).toHaveLength(1);
    const body = fake!.comments[0]!.body;
    expect(parseMarker(body)?.status).toBe('applied');
    expect(body).toContain('**Applied** in [this run](https://github.com/o/r/actions/runs/78): 1 done');
    expect(outputs()['connection-id']).toBe('new-id');
  });

  it('comment-on-pr never, or no token: no request to GitHub at all', async () => {
    const p = plan([change('kafka', 'create')]);
    const result: RunResult = { requestedMode: 'plan', mode: 'plan', diagnostics: [], notices: [], plan: p };
    await reportToRunner({ ...settings, commentOnPr: 'never' }, result, memoryLogger(), env);
    await reportToRunner({ ...settings, githubToken: '' }, result, memoryLogger(), env);
    expect(fake!.requests).toHaveLength(0);
  });

  it('a fork (403 on write) only warns; outputs and summary are still written', async () => {
    fake!.setForbidden(true);
    const logger = memoryLogger();
    const result: RunResult = {
      requestedMode: 'plan',
      mode: 'validate',
      diagnostics: [],
      notices: ['no credentials: fell back to validate'],
    };
    await reportToRunner(settings, result, logger, env);
    expect(logger.lines.filter((l) => l.startsWith('warning: '))).toHaveLength(1);
    expect(outputs()['has-changes']).toBe('false');
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('fell back to validate');
  });
});
