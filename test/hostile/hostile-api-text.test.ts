// Text that comes back from the API is untrusted input. Payload × sink, through the built action (dist/) as the
// runner runs it, with the emulator planting the payload in live state or in an error answer:
//   payloads: workflow commands after raw and %0A-encoded line breaks, </details>, <script>, javascript: links,
//             table pipes, code fences, @-mentions, our PR-comment marker, ghadelimiter_ lines, a 100 KB string;
//   plan:     a FAILED peering's err_msg on a managed connection, a VPC read's error message (not found);
//   apply:    a create's 4xx message, a FAILED peering's err_msg;
//   export:   live names that are paths (`../x`, `a/b`, `..`) or carry the payloads;
//   sinks:    stdout log lines and annotations, the job summary, the PR comment, GITHUB_OUTPUT, the plan file.
// Decisions held here: the err_msg and the VPC message reach the log and the summary (escaped, one line each); long
// API text is cut in the summary and comment, saying so; nothing is written outside export-path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import yaml from 'js-yaml';
import type { Emulator } from '../emulator/index.js';
import { repoRoot, runAction, type ActionRun } from '../e2e/harness.js';
import { DATA_SUBNET, DATA_VPC } from '../e2e/example-cloud.js';
import { startGitHubFake, type GitHubFake } from '../github-fake/server.js';
import { expectInertLogLines, expectInertMarkdown, stripCode } from '../reliability/inert.js';
import { LABEL, OWNER_KEY, applyInputs, expectNoCrash, makeWorkspace, startCloud } from '../reliability/helpers.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

/** Every payload carries TAG, so that the checks can find it; the commands it embeds carry CMD. */
const TAG = 'PWN';
const CMD = 'PWNCMD';
const PAYLOADS: Record<string, string> = {
  'commands after raw line breaks': `${TAG} bad\n::error::${CMD} raw\n::set-output name=pwn::${CMD}\r\n##[error]${CMD}\n::add-mask::${CMD}`,
  'commands after %0A': `${TAG} bad%0A::error::${CMD} enc%0D%0A::add-mask::${CMD}`,
  '</details> and <script>': `${TAG} </details><script>alert('${TAG}')</script><details><summary>x`,
  'javascript: link': `${TAG} [click me](javascript:alert('${TAG}')) <a href="javascript:alert(1)">a</a>`,
  'table pipes': `${TAG} | broken | row |\n| --- | --- |`,
  'code fences': `${TAG}\n\`\`\`\n${TAG} inside a fence\n\`\`\`\n~~~\nopen fence`,
  '@-mention and issue reference': `${TAG} @octocat please look at #123`,
  'our PR-comment marker': `${TAG} <!-- dli-connections {"label":"${LABEL}","status":"applied"} --> <!-- dli-connections-result -->`,
  'ghadelimiter_ lines': `${TAG}\nghadelimiter_00000000-0000-4000-8000-000000000000\npwn=${TAG}\n`,
  '100 KB string': `${TAG} ${'H'.repeat(100_000)} end`,
};

let emu: Emulator | undefined;
let gh: GitHubFake | undefined;
afterEach(async () => {
  await Promise.all([emu?.close(), gh?.close()]);
  emu = gh = undefined;
});

const ACTION_OUTPUTS = Object.keys(
  (yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }).outputs,
);

/** Runs dist/ on a pull request, commenting, and checks every sink; returns the run and the comment bodies. */
async function runAndCheckSinks(
  e: Emulator,
  ws: string,
  inputs: Record<string, string>,
  commented = true,
): Promise<{ run: ActionRun; comment: string }> {
  gh = await startGitHubFake();
  const run = await runAction({
    workspace: ws,
    inputs: { ...applyInputs(e, { 'comment-on-pr': 'always', ...inputs }), 'github-token': 'ghs_fakefakefakefakefakefakefake00' },
    env: { GITHUB_API_URL: gh.url },
    eventName: 'pull_request',
    event: { number: 9, pull_request: { number: 9 } },
    timeoutMs: 60_000,
  });
  expectNoCrash(run);
  // stdout lines and annotations
  expectInertLogLines(run.stdout, CMD);
  expectInertLogLines(run.stderr, CMD);
  // job summary
  expectInertMarkdown(run.summary, 'summary');
  expect(run.summary.length, 'summary size').toBeLessThan(150_000);
  // PR comment: our marker once, at the start
  const comments = gh.comments.map((c) => c.body);
  if (commented) expect(comments.length, run.stdout.slice(-2000)).toBeGreaterThan(0);
  for (const body of comments) {
    expectInertMarkdown(body, 'PR comment');
    // The marker a later run looks for is the first line, ours; a payload's copy may only sit in code (shown, inert).
    const outsideCode = stripCode(body);
    expect(outsideCode.split('<!-- dli-connections ').length - 1, 'marker count outside code').toBe(1);
    const first = /^<!-- dli-connections (\{.*?\}) -->\n/.exec(body);
    expect(first, 'the marker is the first line').not.toBeNull();
    expect(JSON.parse(first![1]!)).toMatchObject({ label: LABEL });
    expect(outsideCode.split('<!-- dli-connections-result -->').length - 1).toBeLessThanOrEqual(1);
    expect(body.length, 'comment size').toBeLessThan(65_536);
  }
  // GITHUB_OUTPUT: only the action's outputs, no line a payload could have added
  for (const name of Object.keys(run.outputs)) expect(ACTION_OUTPUTS, `unexpected output ${name}`).toContain(name);
  const outputFile = readFileSync(path.join(run.runnerDir, 'output'), 'utf8');
  expect(outputFile).not.toMatch(/^pwn=/m);
  expect(outputFile).not.toMatch(/^ghadelimiter_0{8}/m);
  // plan file: valid JSON wherever it was written
  if (run.outputs['plan-file']) JSON.parse(readFileSync(run.outputs['plan-file'], 'utf8'));
  return { run, comment: comments.at(-1) ?? '' };
}

/**
 * The log line holding `marker` also holds the payload: printed on that line, its line breaks escaped (`\n` as two
 * characters, not the runner's %0A encoding of a multi-line annotation), and a long one cut, saying so.
 */
function expectOnOneLogLine(stdout: string, marker: RegExp, payload: string): void {
  const line = stdout.split('\n').find((l) => marker.test(l) && l.includes(TAG));
  expect(line, `no log line matches ${marker} with the payload on it`).toBeDefined();
  if (payload.includes('\n')) {
    const firstLine = payload.slice(0, payload.indexOf('\n')).replace(/\r$/, '\\r');
    expect(line, 'line break not printed escaped').toContain(`${firstLine}\\n`);
  }
  if (payload.length > 10_000) {
    expect(line).toMatch(/cut, \d+ more characters/);
    expect(line!.length).toBeLessThan(5_000);
  }
}

/** In a report, the message is there and, when it was long, cut with a notice. */
function expectShownAndCut(md: string, payload: string, where: string): void {
  expect(md, `${where}: payload not shown`).toContain(TAG);
  if (payload.length > 10_000) expect(md, `${where}: no cut notice`).toMatch(/cut, \d+ more characters/);
}

describe.each(Object.entries(PAYLOADS))('hostile API text: %s', (_name, payload) => {
  it("plan: a FAILED peering's err_msg, a VPC read's error message, live names, tags, routes and hosts", async () => {
    emu = await startCloud();
    // kafka_prod exists, managed, with its pool's peering FAILED (err_msg = payload), and the payload as a live
    // route name, host name, tag key and tag value (all to be removed by the plan, so all shown).
    emu.state.seedConnection({
      name: 'kafka_prod',
      dest_vpc_id: DATA_VPC,
      dest_network_id: DATA_SUBNET,
      elastic_resource_pools: [{ name: 'pool_etl', status: 'FAILED', err_msg: payload }],
      routes: [{ name: payload, cidr: '10.9.0.0/24', create_time: 0 }],
      hosts: [{ name: payload, ip: '10.9.0.9' }],
      tags: [{ key: OWNER_KEY, value: LABEL }, { key: payload, value: payload }],
    });
    // A managed connection with no manifest, named with the payload: reported as an orphan.
    emu.state.seedConnection({ name: payload, tags: [{ key: OWNER_KEY, value: LABEL }] });
    // hbase_archive is new: preflight reads its VPC, and the VPC service says "not found" with the payload.
    emu.addFault({ operation: 'showVpc', kind: 'status', status: 404, code: 'VPC.0003', message: payload });
    const { run, comment } = await runAndCheckSinks(emu, makeWorkspace(), { mode: 'plan' });
    expectOnOneLogLine(run.stdout, /peering of pool "pool_etl" is FAILED/, payload);
    expectOnOneLogLine(run.stdout, /does not exist.*The API said/, payload);
    for (const [md, where] of [[run.summary, 'summary'], [comment, 'comment']] as const) {
      expect(md).toMatch(/is FAILED/);
      expect(md).toMatch(/The API said/);
      expectShownAndCut(md, payload, where);
    }
  });

  it("apply: a create's 4xx message and a FAILED peering's err_msg", async () => {
    emu = await startCloud({ failPeerings: { kafka_prod: payload } });
    // hbase_archive's create is refused with the payload; kafka_prod is created and its peerings fail with it.
    emu.addFault({ operation: 'createConnection', kind: 'status', status: 400, code: 'DLI.0001', message: payload, bodyContains: '"hbase_archive"' });
    const { run, comment } = await runAndCheckSinks(emu, makeWorkspace(), {});
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    expectOnOneLogLine(run.stdout, /create failed: createConnection failed: HTTP 400/, payload);
    expectOnOneLogLine(run.stdout, /peering FAILED/, payload);
    for (const [md, where] of [[run.summary, 'summary'], [comment, 'comment']] as const) {
      expect(md).toMatch(/createConnection failed/);
      expect(md).toMatch(/peering FAILED/);
      expectShownAndCut(md, payload, where);
    }
  });
});

describe('hostile API text: export', () => {
  it('live names that are paths or payloads never write outside export-path', async () => {
    emu = await startCloud();
    const names = ['../x', 'a/b', '..', '.', '../../escaped_y', '/abs_z', 'c\\..\\d', ...Object.values(PAYLOADS)];
    for (const name of names) emu.state.seedConnection({ name, dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET });
    emu.state.seedConnection({ name: 'fine_one', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET });
    const ws = makeWorkspace({});
    const parent = path.dirname(ws);
    const { run } = await runAndCheckSinks(emu, ws, { mode: 'export', 'export-path': 'exported' }, false);
    // Everything written is under ws/exported; nothing at the workspace root, nothing next to the workspace.
    expect(readdirSync(ws).sort()).toEqual(['exported']);
    for (const p of ['x', 'x.yaml', 'escaped_y', 'escaped_y.yaml']) expect(existsSync(path.join(parent, p)), p).toBe(false);
    expect(existsSync('/abs_z')).toBe(false);
    const written = readdirSync(path.join(ws, 'exported'), { recursive: true }) as string[];
    for (const f of written) expect(path.resolve(ws, 'exported', f).startsWith(path.join(ws, 'exported') + path.sep)).toBe(true);
    expect(written.some((f) => f.includes('fine_one')), run.stdout.slice(-3000)).toBe(true);
    // Each manifest written is YAML data: no payload became structure or a second document.
    for (const f of written.filter((w) => /\.ya?ml$/.test(w))) {
      for (const doc of yaml.loadAll(readFileSync(path.join(ws, 'exported', f), 'utf8')) as Record<string, unknown>[]) {
        if (doc) expect(Object.keys(doc)).not.toContain('pwn');
      }
    }
  });
});
