// Injection, end to end: workflow-command and markup payloads fed through every place text from outside reaches
// the action — manifest tag keys and values, API error messages, live connection names, tags, routes, hosts and
// peering err_msg seeded in the emulator (plan, apply, adopt, orphan reporting, export) — must reach the log inert
// (no line of the payload becomes a `::command::`) and the job summary / PR comment only escaped (no raw HTML tag,
// no javascript: link, no @mention or #123 that pings or links, no broken table).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import yaml from 'js-yaml';
import type { Emulator } from '../emulator/index.js';
import { runAction, repoRoot, type ActionRun } from '../e2e/harness.js';
import { DATA_SUBNET, DATA_VPC } from '../e2e/example-cloud.js';
import { startGitHubFake, type GitHubFake } from '../github-fake/server.js';
import { FIXTURE_FILES, LABEL, OWNER_KEY, applyInputs, expectNoCrash, makeWorkspace, startCloud } from './helpers.js';
import { expectNoSecretLeak, reportLeakChecks } from './secrets.js';
import { expectInertMarkdown } from './inert.js';
import { COMMAND_LINES, MARKUP, ONE_LINE, PAYLOAD } from './payloads.js';

// Each scenario spawns the action (often twice) and waits on real timers; CI machines are slow and busy.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let emu: Emulator | undefined;
let gh: GitHubFake | undefined;
afterEach(async () => {
  await Promise.all([emu?.close(), gh?.close()]);
  emu = gh = undefined;
});

/** No line of the log is a workflow command that came from the payload. */
function expectInertLog(run: ActionRun): void {
  const lines = (run.stdout + '\n' + run.stderr).split('\n');
  for (const line of lines) {
    for (const cmd of COMMAND_LINES) expect(line.startsWith(cmd.slice(0, 12)) && line.includes('PWN'), `command ran: ${line}`).toBe(false);
    expect(/^::add-mask::.*PWN/.test(line), line).toBe(false);
    expect(/^##\[.*PWN/.test(line), line).toBe(false);
  }
  // Outputs: only the action's own names (no output injected through the GITHUB_OUTPUT file).
  const action = yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> };
  for (const name of Object.keys(run.outputs)) expect(Object.keys(action.outputs), `unexpected output ${name}`).toContain(name);
}

/** Runs the action on a pull request with a PR comment, then checks log, outputs, summary and comment. */
async function runAndCheck(e: Emulator, ws: string, inputs: Record<string, string>, commented = true): Promise<ActionRun> {
  gh ??= await startGitHubFake();
  const before = gh.comments.length;
  const run = await runAction({
    workspace: ws,
    inputs: { ...applyInputs(e, { 'comment-on-pr': 'always', ...inputs }), 'github-token': 'ghs_fakefakefakefakefakefakefake00' },
    env: { GITHUB_API_URL: gh.url, RUNNER_DEBUG: '1' },
    eventName: 'pull_request',
    event: { number: 9, pull_request: { number: 9 } },
    timeoutMs: 60_000,
  });
  expectNoCrash(run);
  expectNoSecretLeak(run, [{ label: 'secret-access-key', value: e.sk }], gh);
  expectInertLog(run);
  expectInertMarkdown(run.summary, 'summary');
  if (commented) expect(gh.comments.length, run.stdout).toBeGreaterThan(before === 0 ? 0 : before - 1);
  for (const c of gh.comments) expectInertMarkdown(c.body, `PR comment ${c.id}`);
  return run;
}

function withTags(tags: Record<string, string>): Record<string, string> {
  const lines = Object.entries(tags).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return { ...FIXTURE_FILES, 'connections/kafka.yaml': FIXTURE_FILES['connections/kafka.yaml']!.replace('tags:\n  team: data', `tags:\n${lines.join('\n')}`) };
}

describe('reliability: the injection checkers', () => {
  it('catch raw markup, mentions, references and broken tables, but not escaped text or code', () => {
    expect(() => expectInertMarkdown('a <img src=x> b', 't')).toThrow(/raw HTML/);
    expect(() => expectInertMarkdown('[x](javascript:alert(1))', 't')).toThrow(/javascript/);
    expect(() => expectInertMarkdown('hi @octocat', 't')).toThrow(/mention/);
    expect(() => expectInertMarkdown('see #123', 't')).toThrow(/issue reference/);
    expect(() => expectInertMarkdown('| a | b |\n| --- | --- |\n| x | y | z |', 't')).toThrow(/table row/);
    expectInertMarkdown('&lt;img&gt; @\u200doctocat \\#\u200d123 `<img src=x>`\n```\n<img src=x> @octocat #123\n```\n| a | b |\n| --- | --- |\n| x \\| y | z |', 't');
  });
  it('catch a payload command line in the log', () => {
    const run = { code: 0, signal: null, stdout: 'ok\n::set-output name=pwn::PWN\n', stderr: '', outputs: {}, summary: '', runnerDir: '' };
    expect(() => expectInertLog(run)).toThrow(/command ran/);
  });
});

describe('reliability: injected text stays inert', () => {
  it('manifest tag values and keys (plan of an update and of a create)', async () => {
    emu = await startCloud();
    // kafka_prod exists (ours) with other tags: the plan shows tag changes with the payload; hbase is created.
    emu.state.seedConnection({
      name: 'kafka_prod', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET,
      tags: [{ key: OWNER_KEY, value: LABEL }, { key: 'team', value: 'old' }],
    });
    const ws = makeWorkspace(withTags({ team: PAYLOAD.slice(0, 250), [ONE_LINE.slice(0, 120)]: 'v' }));
    const run = await runAndCheck(emu, ws, { mode: 'plan' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    // The payload did reach the reports (else this test proves nothing).
    expect(run.summary + run.stdout).toMatch(/set.output|PWN/);
  });

  it('API error message on a failed create (apply)', async () => {
    emu = await startCloud();
    emu.addFault({ operation: 'createConnection', kind: 'status', status: 400, code: 'DLI.0001', message: PAYLOAD });
    const run = await runAndCheck(emu, makeWorkspace(), {});
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    expect(run.stdout).toContain('PWN');
    // The message reached both reports, escaped.
    expect(run.summary).toContain('\\:\\:set\\-output name\\=pwn');
    expect(gh!.comments.at(-1)!.body).toContain('@\u200doctocat');
  });

  it("a FAILED peering's err_msg (apply)", async () => {
    emu = await startCloud({ failPeerings: { kafka_prod: PAYLOAD } });
    const run = await runAndCheck(emu, makeWorkspace(), {});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('PWN');
  });

  it('live connection name of an orphan (plan, reported not deleted)', async () => {
    emu = await startCloud();
    emu.state.seedConnection({ name: ONE_LINE, tags: [{ key: OWNER_KEY, value: LABEL }] });
    emu.state.seedConnection({ name: `x\n::set-output name=pwn::PWN\n${MARKUP}`, tags: [{ key: OWNER_KEY, value: LABEL }] });
    const run = await runAndCheck(emu, makeWorkspace(), { mode: 'plan' });
    expect(run.stdout + run.summary).toContain('PWN');
  });

  it('live routes, hosts and tags of an adopted connection (plan and apply)', async () => {
    emu = await startCloud();
    emu.state.seedConnection({
      name: 'kafka_prod', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET,
      routes: [{ name: ONE_LINE, cidr: '10.1.0.0/16', create_time: 0 }],
      hosts: [{ name: ONE_LINE, ip: '10.0.0.9' }],
      tags: [{ key: ONE_LINE.slice(0, 100), value: PAYLOAD.slice(0, 200) }],
    });
    const ws = makeWorkspace();
    const plan = await runAndCheck(emu, ws, { mode: 'plan' });
    expect(plan.stdout + plan.summary).toContain('PWN');
    await runAndCheck(emu, ws, {});
  });

  it('export of live connections carrying the payloads', async () => {
    emu = await startCloud();
    emu.state.seedConnection({
      name: 'exported_one', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET,
      routes: [{ name: ONE_LINE, cidr: '10.1.0.0/16', create_time: 0 }],
      tags: [{ key: 'team', value: PAYLOAD.slice(0, 200) }],
    });
    emu.state.seedConnection({ name: ONE_LINE });
    const ws = makeWorkspace({});
    const run = await runAndCheck(emu, ws, { mode: 'export', 'export-path': 'exported' }, false);
    // The written manifests are YAML data: the payload must be quoted there, never YAML structure or a new document.
    const dir = path.join(ws, 'exported');
    for (const f of readdirSync(dir, { recursive: true }) as string[]) {
      if (!/\.ya?ml$/.test(f)) continue;
      const docs = yaml.loadAll(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>[];
      for (const d of docs) if (d) expect(Object.keys(d)).not.toContain('pwn');
    }
    expect(run.stdout + run.summary).toMatch(/exported_one/);
  });
});

afterAll(() => reportLeakChecks('injection.test.ts'));
