// The GitOps flow end to end, through the built action: a plan on a pull request leaves one sticky comment (kept
// in a loopback fake of the GitHub REST API, reached through GITHUB_API_URL), the apply on the merge push marks it
// applied, an apply can be held to the reviewed plan file, forks without secrets fall back to validate, and
// fail-on-drift turns a plan with changes into a failure. The cloud is the emulator, seeded like examples/.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startGitHubFake, type GitHubFake, type FakeComment } from '../github-fake/server.js';
import { parseMarker } from '../../src/report/comment-body.js';
import { annotations, repoRoot, runAction, type ActionRun } from './harness.js';
import { DATA_SUBNET, DATA_VPC, emulatorInputs, seedExampleCloud } from './example-cloud.js';
import { expectGfmWellFormed, renderedText } from '../report/gfm.js';

const OWNER = 'octo-org';
const REPO = 'data-platform';
const PR = 7;
const HEAD_SHA = '3f1c2e4d5b6a79808182838485868788898a8b8c';
const MERGE_SHA = '9d8c7b6a5f4e3d2c1b0a99887766554433221100';
const RUN_URL = `https://github.com/${OWNER}/${REPO}/actions/runs/4242`;
/** The example manifests manage these three connections. */
const EXAMPLE_NAMES = ['hbase_archive', 'kafka_prod', 'rds_orders'];

let emu: Emulator;
let gh: GitHubFake | undefined;
let workspace: string;
const runnerDirs: string[] = [];

beforeEach(async () => {
  emu = await startEmulator({ peeringDelayMs: 20 });
  seedExampleCloud(emu);
  workspace = mkdtempSync(path.join(os.tmpdir(), 'dli-prflow-'));
  cpSync(path.join(repoRoot, 'examples', 'connections'), path.join(workspace, '.dli', 'connections'), { recursive: true });
});

afterEach(async () => {
  await emu.close();
  await gh?.close();
  gh = undefined;
  rmSync(workspace, { recursive: true, force: true });
  for (const d of runnerDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pullRequestEvent = {
  action: 'synchronize',
  number: PR,
  pull_request: { number: PR, head: { sha: HEAD_SHA, ref: 'feature/kafka' }, base: { ref: 'main' } },
  repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } },
};

async function track(p: Promise<ActionRun>): Promise<ActionRun> {
  const r = await p;
  runnerDirs.push(r.runnerDir);
  return r;
}

/** A plan run on the pull request (the `pull_request` event), commenting into the fake. */
function planOnPr(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return track(
    runAction({
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent,
      inputs: { ...emulatorInputs(emu), mode: 'plan', 'github-token': 'ghs_fake_installation_token', ...inputs },
      env: { ...(gh ? { GITHUB_API_URL: gh.url } : {}), GITHUB_SHA: HEAD_SHA, GITHUB_REF: `refs/pull/${PR}/merge`, ...env },
    }),
  );
}

/** An apply on the merge push to main. */
function applyOnPush(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return track(
    runAction({
      workspace,
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: MERGE_SHA, repository: pullRequestEvent.repository },
      inputs: { ...emulatorInputs(emu), mode: 'apply', 'github-token': 'ghs_fake_installation_token', ...inputs },
      env: { ...(gh ? { GITHUB_API_URL: gh.url } : {}), GITHUB_SHA: MERGE_SHA, ...env },
    }),
  );
}

/** The comments on our pull request, with their parsed markers. */
function prComments(): (FakeComment & { marker: ReturnType<typeof parseMarker> })[] {
  return gh!.comments
    .filter((c) => c.owner === OWNER && c.repo === REPO && c.issue_number === PR)
    .map((c) => ({ ...c, marker: parseMarker(c.body) }));
}

function ourComments() {
  return prComments().filter((c) => c.marker !== undefined);
}

function writes(method: 'POST' | 'PATCH'): number {
  return gh!.requests.filter((r) => r.method === method).length;
}

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`action failed (${String(r.code)}):\n${r.stdout}\n${r.stderr}`);
}

/** A manifest edit between two pushes of the PR: kafka_prod gets another host, so the plan (and fingerprint) change. */
function addKafkaHost(): void {
  const file = path.join(workspace, '.dli', 'connections', 'kafka.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('  - { name: kafka-2, ip: 192.168.0.12 }', '  - { name: kafka-2, ip: 192.168.0.12 }\n  - { name: kafka-9, ip: 192.168.0.19 }'));
}

describe('sticky PR comment through the built action', () => {
  it('is created once, then updated in place on the next push with the new fingerprint', async () => {
    gh = await startGitHubFake();
    const first = await planOnPr();
    expectOk(first);
    expect(first.outputs['has-changes']).toBe('true');
    let ours = ourComments();
    expect(ours).toHaveLength(1);
    const { id, marker } = ours[0]!;
    expect(marker).toMatchObject({ label: 'default', status: 'planned' });
    expect(marker!.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
    expect(ours[0]!.user.login).toBe('github-actions[bot]');
    for (const name of EXAMPLE_NAMES) expect(ours[0]!.body).toContain(name);
    expect(ours[0]!.body).toContain(RUN_URL);
    expect(ours[0]!.body).toContain('5 hosts');

    // The same plan again: found and left alone or rewritten, never a second comment.
    expectOk(await planOnPr());
    expect(ourComments()).toHaveLength(1);
    expect(writes('POST')).toBe(1);

    addKafkaHost();
    expectOk(await planOnPr());
    ours = ourComments();
    expect(ours).toHaveLength(1);
    expect(ours[0]!.id).toBe(id);
    expect(ours[0]!.marker!.fingerprint).not.toBe(marker!.fingerprint);
    expect(ours[0]!.body).toContain('6 hosts');
    expect(writes('POST')).toBe(1);
    expect(writes('PATCH')).toBeGreaterThanOrEqual(1);
    // Every call carried the token.
    expect(gh.requests.every((r) => r.authorization === 'token ghs_fake_installation_token')).toBe(true);
  });

  it('finds its comment beyond the first page (120 other comments before it)', async () => {
    const others = Array.from({ length: 120 }, (_, i) => ({
      owner: OWNER,
      repo: REPO,
      issue_number: PR,
      // Humans, another bot, and our own bot without a marker (a quote is not our comment either).
      body: i % 3 === 0 ? `> <!-- dli-connections {"label":"default"} -->\nreview note ${i}` : `LGTM ${i}`,
      user: i % 2 === 0 ? 'reviewer' : i % 5 === 0 ? 'renovate[bot]' : 'github-actions[bot]',
    }));
    const stale = `<!-- dli-connections {"label":"default","fingerprint":"0000000000000000","status":"planned"} -->\n### stale plan`;
    // Someone else's copy of our marker (a user pasted it) must not be taken for ours.
    const impostor = { owner: OWNER, repo: REPO, issue_number: PR, body: stale, user: 'mallory' };
    gh = await startGitHubFake({ seed: [impostor, ...others, { owner: OWNER, repo: REPO, issue_number: PR, body: stale }] });
    const ownId = gh.comments.at(-1)!.id;
    const impostorId = gh.comments[0]!.id;

    expectOk(await planOnPr());

    expect(writes('POST')).toBe(0);
    const patched = gh.requests.filter((r) => r.method === 'PATCH');
    expect(patched.map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${ownId}`]);
    const own = gh.comments.find((c) => c.id === ownId)!;
    expect(parseMarker(own.body)!.fingerprint).not.toBe('0000000000000000');
    expect(gh.comments.find((c) => c.id === impostorId)!.body).toBe(stale);
    // It had to read the second page to get there.
    const listed = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.some((r) => r.query.page === '2')).toBe(true);
  });

  it('two labels give two comments, each updated on its own', async () => {
    gh = await startGitHubFake();
    expectOk(await planOnPr({ label: 'prod' }));
    expectOk(await planOnPr({ label: 'staging' }));
    expect(ourComments().map((c) => c.marker!.label).sort()).toEqual(['prod', 'staging']);
    const before = ourComments();
    addKafkaHost();
    expectOk(await planOnPr({ label: 'prod' }));
    const after = ourComments();
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(writes('POST')).toBe(2);
    const byLabel = (cs: typeof before, label: string) => cs.find((c) => c.marker!.label === label)!;
    expect(byLabel(after, 'prod').marker!.fingerprint).not.toBe(byLabel(before, 'prod').marker!.fingerprint);
    expect(byLabel(after, 'staging').body).toBe(byLabel(before, 'staging').body);
  });

  it('changes-only: no comment without changes; an existing comment is updated to "no changes"', async () => {
    gh = await startGitHubFake();
    // Nothing to change yet: apply first (no comment on a push without a merged PR).
    expectOk(await applyOnPush({ 'comment-on-pr': 'never' }));
    expect(gh.requests).toHaveLength(0);

    const quiet = await planOnPr({ 'comment-on-pr': 'changes-only' });
    expectOk(quiet);
    expect(quiet.outputs['has-changes']).toBe('false');
    expect(prComments()).toHaveLength(0);
    expect(writes('POST')).toBe(0);

    // A change appears: commented.
    addKafkaHost();
    const changed = await planOnPr({ 'comment-on-pr': 'changes-only' });
    expectOk(changed);
    expect(changed.outputs['has-changes'], changed.stdout).toBe('true');
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.marker!.status).toBe('planned');
    const id = ourComments()[0]!.id;

    // The change is reverted in the PR: the comment must not keep showing a stale plan.
    cpSync(path.join(repoRoot, 'examples', 'connections', 'kafka.yaml'), path.join(workspace, '.dli', 'connections', 'kafka.yaml'));
    const back = await planOnPr({ 'comment-on-pr': 'changes-only' });
    expectOk(back);
    expect(back.outputs['has-changes']).toBe('false');
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.id).toBe(id);
    expect(ourComments()[0]!.marker!.status).toBe('no-changes');
    expect(ourComments()[0]!.body).not.toContain('kafka-9');
  });

  it('never: no request to GitHub at all', async () => {
    gh = await startGitHubFake();
    const r = await planOnPr({ 'comment-on-pr': 'never' });
    expectOk(r);
    expect(r.outputs['has-changes']).toBe('true');
    expect(gh.requests).toHaveLength(0);
  });

  it('many connections: the comment is cut under 65,000 characters and points to the job summary', async () => {
    gh = await startGitHubFake();
    rmSync(path.join(workspace, '.dli'), { recursive: true });
    const docs = Array.from({ length: 300 }, (_, i) =>
      [
        `name: conn_${String(i).padStart(3, '0')}_${'x'.repeat(40)}`,
        `dest_vpc_id: ${DATA_VPC}`,
        `dest_network_id: ${DATA_SUBNET}`,
        'hosts:',
        ...Array.from({ length: 6 }, (_, h) => `  - { name: host-${i}-${h}-with-a-long-name, ip: 192.168.${1 + (h % 200)}.${1 + (i % 250)} }`),
        'routes:',
        `  - { name: route_${i}, cidr: 10.${i % 250}.0.0/24 }`,
        'tags:',
        `  owner: team-${i}`,
      ].join('\n'),
    );
    const dir = path.join(workspace, '.dli', 'connections');
    cpSync(path.join(repoRoot, 'examples', 'connections', 'hosts'), path.join(dir, 'hosts'), { recursive: true });
    writeFileSync(path.join(dir, 'many.yaml'), docs.join('\n---\n') + '\n');

    const r = await planOnPr();
    expectOk(r);
    const ours = ourComments();
    expect(ours).toHaveLength(1);
    const body = ours[0]!.body;
    expect(body.length).toBeLessThan(65_000);
    expect(ours[0]!.marker).toMatchObject({ label: 'default', status: 'planned' });
    // The pointer to the full report, with the run's link.
    expect(body).toMatch(/size limit/);
    expect(body).toMatch(/job summary/i);
    expect(body).toContain(RUN_URL);
    // The summary holds what the comment had to leave out.
    expect(r.summary.length).toBeGreaterThan(65_000);
    expect(r.summary).toContain('conn_299_');
  });

  it('a 403 on writing the comment is a warning; the plan still succeeds with its outputs', async () => {
    gh = await startGitHubFake({ forbidden: true });
    const r = await planOnPr();
    expect(r.code).toBe(0);
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['failure-reason'] ?? '').toBe('');
    const warnings = annotations(r.stdout, 'warning').join('\n');
    expect(warnings).toMatch(/Could not comment on pull request #7/);
    expect(warnings).toContain('403');
    expect(annotations(r.stdout, 'error')).toEqual([]);
    expect(prComments()).toHaveLength(0);
    expect(r.summary).toContain('kafka_prod');
  });

  it('an explicit pr-number comments from another event (workflow_dispatch)', async () => {
    gh = await startGitHubFake();
    const r = await track(
      runAction({
        workspace,
        eventName: 'workflow_dispatch',
        event: { inputs: {}, repository: pullRequestEvent.repository },
        inputs: { ...emulatorInputs(emu), mode: 'plan', 'github-token': 'ghs_fake_installation_token', 'pr-number': String(PR) },
        env: { GITHUB_API_URL: gh.url },
      }),
    );
    expectOk(r);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]!.marker!.status).toBe('planned');
  });

  it('GitHub unreachable: a warning, and the plan still succeeds', async () => {
    const r = await planOnPr({}, { GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(r.code).toBe(0);
    expect(r.outputs['has-changes']).toBe('true');
    expect(annotations(r.stdout, 'warning').join('\n')).toMatch(/Could not comment on pull request #7/);
    expect(annotations(r.stdout, 'error')).toEqual([]);
  });

  it('after the merge, the apply on push marks the PR comment as applied with the run link', async () => {
    gh = await startGitHubFake({
      pulls: {
        [MERGE_SHA]: [
          { number: 3, merged_at: null, merge_commit_sha: null, state: 'open' },
          { number: PR, merged_at: '2026-11-25T12:00:00Z', merge_commit_sha: MERGE_SHA },
        ],
      },
    });
    expectOk(await planOnPr());
    const planned = ourComments()[0]!;
    expect(planned.marker!.status).toBe('planned');

    const applied = await applyOnPush();
    expectOk(applied);
    expect(JSON.parse(applied.outputs.created ?? '[]')).toEqual(EXAMPLE_NAMES);

    const ours = ourComments();
    expect(ours).toHaveLength(1);
    expect(ours[0]!.id).toBe(planned.id);
    expect(ours[0]!.marker).toMatchObject({ label: 'default', status: 'applied', fingerprint: planned.marker!.fingerprint });
    expect(ours[0]!.body).toContain(RUN_URL);
    expect(ours[0]!.body).toMatch(/Applied/);
    // The reviewed plan stays below the banner.
    expect(ours[0]!.body).toContain('kafka_prod');
    expect(gh.requests.some((r) => r.path === `/repos/${OWNER}/${REPO}/commits/${MERGE_SHA}/pulls`)).toBe(true);
  });

  it('an apply after the merge that fails marks the comment as failed, and the run fails for its own reason', async () => {
    gh = await startGitHubFake({ pulls: { [MERGE_SHA]: [{ number: PR, merged_at: '2026-11-25T12:00:00Z', merge_commit_sha: MERGE_SHA }] } });
    expectOk(await planOnPr());
    emu.addFault({ operation: 'createConnection', kind: 'status', status: 400, code: 'DLI.0001', message: 'quota exceeded' });
    const r = await applyOnPush();
    expect(r.code).toBe(1);
    expect(r.outputs['failure-reason']).toBe('api-error');
    const ours = ourComments();
    expect(ours).toHaveLength(1);
    expect(ours[0]!.marker!.status).toBe('failed');
    expect(ours[0]!.body).toMatch(/Apply failed/);
    expect(ours[0]!.body).toContain(RUN_URL);
  });
});

describe('apply what was reviewed (plan-file)', () => {
  it('plan writes the plan file; an apply held to it succeeds', async () => {
    const plan = await planOnPr({ 'plan-file': 'dli-plan.json', 'comment-on-pr': 'never' });
    expectOk(plan);
    const file = path.join(workspace, 'dli-plan.json');
    expect(existsSync(file)).toBe(true);
    expect(plan.outputs['plan-file']).toBe(file);
    const reviewed = JSON.parse(readFileSync(file, 'utf8')) as { version: number; fingerprint: string; changes: { name: string }[] };
    expect(reviewed.version).toBe(1);
    expect(reviewed.changes.map((c) => c.name).sort()).toEqual(EXAMPLE_NAMES);

    const apply = await applyOnPush({ 'plan-file': 'dli-plan.json', 'comment-on-pr': 'never' });
    expectOk(apply);
    expect(apply.outputs['failure-reason'] ?? '').toBe('');
    expect(apply.stdout).toContain('The plan matches the reviewed plan');
    expect(emu.state.connections().map((c) => c.name).sort()).toEqual(EXAMPLE_NAMES);
  });

  it('the cloud changed between review and apply: plan-changed, nothing changed, the difference in the summary', async () => {
    expectOk(await planOnPr({ 'plan-file': 'dli-plan.json', 'comment-on-pr': 'never' }));
    // Someone creates kafka_prod by hand (with another host) after the review.
    emu.state.seedConnection({ name: 'kafka_prod', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET });
    emu.clearLog();

    const apply = await applyOnPush({ 'plan-file': 'dli-plan.json', 'comment-on-pr': 'never' });
    expect(apply.code).toBe(1);
    expect(apply.outputs['failure-reason']).toBe('plan-changed');
    expect(emu.mutatingRequests()).toEqual([]);
    expect(apply.summary).toContain('The plan changed since it was reviewed');
    // The summary (markdown-escaped) says what moved: kafka_prod went from create to adopting the hand-made one.
    expect(apply.summary).toMatch(/kafka\\?_prod\\?: action create → adopt/);
    expect(annotations(apply.stdout).join('\n')).toContain('plan-changed');
  });

  it('the same state gives the same fingerprint (volatile fields are ignored)', async () => {
    const a = await planOnPr({ 'plan-file': 'a.json', 'comment-on-pr': 'never' });
    const b = await planOnPr({ 'plan-file': 'b.json', 'comment-on-pr': 'never' });
    expectOk(a);
    expectOk(b);
    const fp = (f: string) => (JSON.parse(readFileSync(path.join(workspace, f), 'utf8')) as { fingerprint: string }).fingerprint;
    expect(fp('a.json')).toBe(fp('b.json'));
  });
});

describe('forks and drift', () => {
  it('a fork-like run without credentials passes as validate, with a notice in the log and the summary', async () => {
    gh = await startGitHubFake();
    const noCreds = { ...emulatorInputs(emu), 'access-key-id': '', 'secret-access-key': '' };
    const r = await planOnPr(noCreds, { HUAWEI_CLOUD_ACCESS_KEY_ID: '', HUAWEI_CLOUD_SECRET_ACCESS_KEY: '' });
    expect(r.code).toBe(0);
    expect(r.outputs['failure-reason'] ?? '').toBe('');
    expect(r.stdout).toMatch(/No Huawei Cloud credentials.*ran validate instead of plan/);
    expect(r.summary).toMatch(/ran validate instead of plan/);
    // Nothing reached the cloud.
    expect(emu.requests).toEqual([]);
  });

  it('a fork-like run with a broken manifest still fails validation', async () => {
    writeFileSync(path.join(workspace, '.dli', 'connections', 'broken.yaml'), 'name: 1bad name\ndest_vpc_id: nope\n');
    const r = await planOnPr({ 'access-key-id': '', 'secret-access-key': '', 'comment-on-pr': 'never' });
    expect(r.code).toBe(1);
    expect(r.outputs['failure-reason']).toBe('validation-failed');
  });

  it('fail-on-drift: a plan with changes fails with drift; without changes it passes', async () => {
    const drift = await planOnPr({ 'fail-on-drift': 'true', 'comment-on-pr': 'never' });
    expect(drift.code).toBe(1);
    expect(drift.outputs['failure-reason']).toBe('drift');
    expect(drift.outputs['has-changes']).toBe('true');
    expect(emu.mutatingRequests()).toEqual([]);

    expectOk(await applyOnPush({ 'comment-on-pr': 'never' }));

    const clean = await planOnPr({ 'fail-on-drift': 'true', 'comment-on-pr': 'never' });
    expectOk(clean);
    expect(clean.outputs['has-changes']).toBe('false');
    expect(clean.outputs['failure-reason'] ?? '').toBe('');
  });
});

describe('the plan a reviewer reads (summary and comment held to GFM)', () => {
  /** Adds `kafka-lb` with `ip` to kafka_prod (kafka.yaml) and rds_orders (databases.yaml), or moves it to `ip`. */
  function setKafkaLb(ip: string): void {
    const dir = path.join(workspace, '.dli', 'connections');
    const edit = (file: string, after: string): void => {
      const full = path.join(dir, file);
      const text = readFileSync(full, 'utf8');
      const existing = / {2}- \{ name: kafka-lb, ip: [0-9.]+ \}/;
      writeFileSync(full, existing.test(text) ? text.replace(existing, `  - { name: kafka-lb, ip: ${ip} }`) : text.replace(after, `${after}\n  - { name: kafka-lb, ip: ${ip} }`));
    };
    edit('kafka.yaml', '  - { name: kafka-2, ip: 192.168.0.12 }');
    edit('databases.yaml', '  - { name: rds-orders, ip: 192.168.0.21 }');
  }

  it('the examples applied, then one host moved in two manifests: old → new for that host in summary and comment', async () => {
    gh = await startGitHubFake();
    setKafkaLb('192.168.0.20');
    expectOk(await applyOnPush({ 'comment-on-pr': 'never' }));
    setKafkaLb('192.168.0.99');

    const r = await planOnPr();
    expectOk(r);
    const comment = ourComments()[0]!.body;
    for (const [where, md] of [['summary', r.summary], ['comment', comment]] as const) {
      const tables = expectGfmWellFormed(md, where);
      const rows = tables.find((t) => t.header[0] === 'Connection')!.rows;
      // The two changed connections, each saying where kafka-lb moved; the unchanged one after them.
      expect(rows.map((row) => [row[0], row[1]]), where).toEqual([
        ['`kafka_prod`', 'update'],
        ['`rds_orders`', 'update'],
        ['`hbase_archive`', 'unchanged'],
      ]);
      for (const row of rows.slice(0, 2)) expect(renderedText(row[2]!), where).toBe('~ host kafka-lb: 192.168.0.20 → 192.168.0.99');
      const text = renderedText(md);
      expect(text.match(/- {3}host kafka-lb: 192\.168\.0\.20\n\+ {3}host kafka-lb: 192\.168\.0\.99/g), where).toHaveLength(2);
      expect(md).toContain('```diff\n~ update kafka_prod [');
    }
    // The log shows the same diff.
    expect(r.stdout).toContain('-   host kafka-lb: 192.168.0.20\n+   host kafka-lb: 192.168.0.99');
  });

  it('the host moved in the cloud after the review: apply refuses, and the summary shows both plans old → new', async () => {
    setKafkaLb('192.168.0.20');
    expectOk(await applyOnPush({ 'comment-on-pr': 'never' }));
    setKafkaLb('192.168.0.99');
    expectOk(await planOnPr({ 'plan-file': 'dli-plan.json', 'comment-on-pr': 'never' }));
    // Before the merge, another run (say, from another branch) points kafka-lb elsewhere.
    setKafkaLb('192.168.0.30');
    expectOk(await applyOnPush({ 'comment-on-pr': 'never' }));
    setKafkaLb('192.168.0.99');

    const apply = await applyOnPush({ 'plan-file': 'dli-plan.json', 'comment-on-pr': 'never' });
    expect(apply.code).toBe(1);
    expect(apply.outputs['failure-reason']).toBe('plan-changed');
    expectGfmWellFormed(apply.summary, 'summary');
    for (const name of ['kafka_prod', 'rds_orders']) {
      expect(renderedText(apply.summary)).toContain(
        `${name}: reviewed: ~ host kafka-lb: 192.168.0.20 → 192.168.0.99; now: ~ host kafka-lb: 192.168.0.30 → 192.168.0.99`,
      );
    }
  });

  it('a 1,000-connection plan renders cleanly in both; unchanged connections are counted, not rows', async () => {
    gh = await startGitHubFake();
    rmSync(path.join(workspace, '.dli'), { recursive: true });
    const dir = path.join(workspace, '.dli', 'connections');
    const doc = (i: number, ip: string) =>
      [`name: conn_${String(i).padStart(4, '0')}`, `dest_vpc_id: ${DATA_VPC}`, `dest_network_id: ${DATA_SUBNET}`, 'hosts:', `  - { name: db-${i}, ip: ${ip} }`].join('\n');
    // 1,000 live connections, ours; the manifests move the host of every tenth and add ten new connections.
    for (let i = 0; i < 1000; i++) {
      emu.state.seedConnection({
        name: `conn_${String(i).padStart(4, '0')}`,
        dest_vpc_id: DATA_VPC,
        dest_network_id: DATA_SUBNET,
        hosts: [{ name: `db-${i}`, ip: `192.168.${Math.floor(i / 250)}.${i % 250}` }],
        tags: [{ key: 'managed-by-dli-connections', value: 'default' }],
      });
    }
    const docs = Array.from({ length: 1010 }, (_, i) => doc(i, `192.168.${Math.floor(i / 250) + (i % 10 === 0 ? 10 : 0)}.${i % 250}`));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'many.yaml'), docs.join('\n---\n') + '\n');

    const r = await planOnPr();
    expectOk(r);
    const comment = ourComments()[0]!.body;
    expect(comment.length).toBeLessThan(65_000);
    for (const [where, md] of [['summary', r.summary], ['comment', comment]] as const) {
      const rows = expectGfmWellFormed(md, where).find((t) => t.header[0] === 'Connection')!.rows;
      expect(rows, where).toHaveLength(110);
      expect(renderedText(md), where).toContain('900 unchanged connections');
      expect(renderedText(rows[0]![2]!)).toBe('~ host db-0: 192.168.0.0 → 192.168.10.0');
    }
  });
});
