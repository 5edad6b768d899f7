import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/logger.js';
import {
  findMergedPr,
  markApplied,
  parseMarker,
  renderComment,
  upsertPrComment,
  findPrComment,
} from '../../src/report/comment.js';
import { startGitHubFake, type GitHubFake } from '../github-fake/server.js';
import { change, plan, planInput } from './fixtures.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const PR = 7;

function target(f: GitHubFake, extra: { token?: string } = {}) {
  const logger = memoryLogger();
  return { token: extra.token ?? 'ghs_test', apiUrl: f.url, owner: 'o', repo: 'r', logger };
}

function body(label: string, status: 'planned' | 'no-changes' = 'planned', text = 'plan') {
  const p = plan([change('kafka', status === 'planned' ? 'create' : 'unchanged')], { label });
  return renderComment(planInput(p, { label, notices: [text] }), { label, fingerprint: p.fingerprint, status });
}

const commentPosts = (f: GitHubFake) => f.requests.filter((r) => r.method === 'POST');
const commentPatches = (f: GitHubFake) => f.requests.filter((r) => r.method === 'PATCH');

describe('upsertPrComment against the GitHub fake', () => {
  it('creates the comment once, then updates it in place on the second run', async () => {
    fake = await startGitHubFake();
    const t = target(fake);
    const first = await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'planned', 'run 1') });
    expect(first.action).toBe('created');
    const second = await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'planned', 'run 2') });
    expect(second.action).toBe('updated');
    expect(second.commentId).toBe(first.commentId);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('run 2');
    expect(fake.comments[0]!.user.login).toBe('github-actions[bot]');
    expect(commentPosts(fake)).toHaveLength(1);
    expect(commentPatches(fake)).toHaveLength(1);
    // A third run with the same body writes nothing.
    const third = await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'planned', 'run 2') });
    expect(third).toMatchObject({ action: 'skipped', commentId: first.commentId });
    expect(commentPatches(fake)).toHaveLength(1);
    // The default token cannot read /user: the fallback to the bot login was used.
    expect(fake.requests.some((r) => r.path === '/user')).toBe(true);
    expect(fake.requests[0]!.authorization).toBe('token ghs_test');
  });

  it('finds its comment beyond the first page (150 comments before it), with per_page=100', async () => {
    const seed = Array.from({ length: 150 }, (_, i) => ({ issue_number: PR, body: `chatter ${i}`, user: `user${i}` }));
    fake = await startGitHubFake({ seed: [...seed, { issue_number: PR, body: body('default', 'planned', 'old') }] });
    const ours = fake.comments[150]!.id;
    const r = await upsertPrComment({ ...target(fake), prNumber: PR, label: 'default', body: body('default', 'planned', 'new') });
    expect(r).toMatchObject({ action: 'updated', commentId: ours });
    const lists = fake.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/comments'));
    expect(lists.length).toBe(2);
    expect(lists[0]!.query.per_page).toBe('100');
    expect(lists[1]!.query.page).toBe('2');
    expect(commentPosts(fake)).toHaveLength(0);
    expect(fake.comments).toHaveLength(151);
  });

  it('keeps one comment per label: two labels give two comments, each updated separately', async () => {
    fake = await startGitHubFake();
    const t = target(fake);
    await upsertPrComment({ ...t, prNumber: PR, label: 'eu', body: body('eu', 'planned', 'eu 1') });
    await upsertPrComment({ ...t, prNumber: PR, label: 'ap', body: body('ap', 'planned', 'ap 1') });
    await upsertPrComment({ ...t, prNumber: PR, label: 'eu', body: body('eu', 'planned', 'eu 2') });
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments.map((c) => parseMarker(c.body)?.label)).toEqual(['eu', 'ap']);
    expect(fake.comments[0]!.body).toContain('eu 2');
    expect(fake.comments[1]!.body).toContain('ap 1');
  });

  it("does not touch another author's comment carrying the same marker", async () => {
    const forged = body('default', 'planned', 'forged by someone');
    fake = await startGitHubFake({ seed: [{ issue_number: PR, body: forged, user: 'mallory' }] });
    const r = await upsertPrComment({ ...target(fake), prNumber: PR, label: 'default', body: body('default', 'planned', 'ours') });
    expect(r.action).toBe('created');
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments[0]!.body).toBe(forged);
    expect(commentPatches(fake)).toHaveLength(0);
  });

  it('with a personal access token, matches the login GET /user returns', async () => {
    fake = await startGitHubFake({
      userLogin: 'deploy-bot',
      seed: [
        { issue_number: PR, body: body('default', 'planned', 'bot wrote this'), user: 'github-actions[bot]' },
        { issue_number: PR, body: body('default', 'planned', 'pat wrote this'), user: 'deploy-bot' },
      ],
    });
    const r = await upsertPrComment({ ...target(fake, { token: 'ghp_x' }), prNumber: PR, label: 'default', body: body('default', 'planned', 'pat again') });
    expect(r.action).toBe('updated');
    expect(fake.comments[0]!.body).toContain('bot wrote this');
    expect(fake.comments[1]!.body).toContain('pat again');
  });

  it('createIfMissing false (changes-only without changes) creates nothing, but updates an existing comment', async () => {
    fake = await startGitHubFake();
    const t = target(fake);
    const none = await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'no-changes'), createIfMissing: false });
    expect(none.action).toBe('skipped');
    expect(fake.comments).toHaveLength(0);
    expect(await findPrComment({ ...t, prNumber: PR, label: 'default' })).toBeUndefined();

    await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'planned') });
    const upd = await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'no-changes'), createIfMissing: false });
    expect(upd.action).toBe('updated');
    expect(parseMarker(fake.comments[0]!.body)?.status).toBe('no-changes');
    expect(await findPrComment({ ...t, prNumber: PR, label: 'default' })).toMatchObject({ id: fake.comments[0]!.id });
  });

  it('a 403 on write only warns and returns failed', async () => {
    fake = await startGitHubFake({ forbidden: true });
    const t = target(fake);
    const r = await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default') });
    expect(r.action).toBe('failed');
    expect(fake.comments).toHaveLength(0);
    const warnings = t.logger.lines.filter((l) => l.startsWith('warning: '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/403/);
    expect(warnings[0]).toMatch(/fork/);
    fake.setForbidden(false);
    expect((await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default') })).action).toBe('created');
  });

  it('a dead API (connection refused) only warns', async () => {
    fake = await startGitHubFake();
    const url = fake.url;
    await fake.close();
    fake = undefined;
    const logger = memoryLogger();
    const r = await upsertPrComment({ token: 't', apiUrl: url, owner: 'o', repo: 'r', logger, prNumber: PR, label: 'default', body: 'x' });
    expect(r.action).toBe('failed');
    expect(logger.lines.some((l) => l.startsWith('warning: Could not comment'))).toBe(true);
  });

  it('posts a body under the size limit even for 5,000 connections', async () => {
    fake = await startGitHubFake();
    const changes = Array.from({ length: 5000 }, (_, i) => change(`connection-${String(i).padStart(5, '0')}`, 'create'));
    const p = plan(changes);
    const text = renderComment(planInput(p), { label: 'default', fingerprint: p.fingerprint, status: 'planned', summaryUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(text.length).toBeLessThan(65_000);
    const r = await upsertPrComment({ ...target(fake), prNumber: PR, label: 'default', body: text });
    expect(r.action).toBe('created');
  });
});

describe('after merge: findMergedPr and markApplied', () => {
  it('finds the merged PR of the merge commit and marks its comment applied with the run link', async () => {
    fake = await startGitHubFake({
      pulls: {
        abc123: [
          { number: 3, merged_at: null, merge_commit_sha: null, state: 'open' },
          { number: PR, merged_at: '2026-01-02T00:00:00Z', merge_commit_sha: 'abc123' },
        ],
      },
    });
    const t = target(fake);
    await upsertPrComment({ ...t, prNumber: PR, label: 'default', body: body('default', 'planned', 'reviewed plan') });
    const pr = await findMergedPr({ ...t, sha: 'abc123' });
    expect(pr).toBe(PR);
    expect(fake.requests.some((r) => r.path === '/repos/o/r/commits/abc123/pulls')).toBe(true);

    const r = await markApplied({ ...t, prNumber: pr!, label: 'default', runUrl: 'https://github.com/o/r/actions/runs/9', result: '1 done' });
    expect(r.action).toBe('updated');
    const b = fake.comments[0]!.body;
    expect(parseMarker(b)).toMatchObject({ label: 'default', status: 'applied' });
    expect(b).toContain('**Applied**');
    expect(b).toContain('(https://github.com/o/r/actions/runs/9)');
    expect(b).toContain('reviewed plan');

    // A re-run replaces the banner instead of stacking a second one.
    await markApplied({ ...t, prNumber: pr!, label: 'default', status: 'failed', runUrl: 'https://github.com/o/r/actions/runs/10', result: 'api-error' });
    const b2 = fake.comments[0]!.body;
    expect(parseMarker(b2)?.status).toBe('failed');
    expect(b2.match(/dli-connections-result -->/g)).toHaveLength(2); // one start, one end
    expect(b2).not.toContain('runs/9');
  });

  it('no merged PR → undefined; no comment → skipped; both without a throw', async () => {
    fake = await startGitHubFake({ pulls: { def: [{ number: 4, merged_at: null, merge_commit_sha: null, state: 'open' }] } });
    const t = target(fake);
    expect(await findMergedPr({ ...t, sha: 'def' })).toBeUndefined();
    expect(await findMergedPr({ ...t, sha: 'unknown' })).toBeUndefined();
    expect((await markApplied({ ...t, prNumber: PR, label: 'default', result: 'ok' })).action).toBe('skipped');
  });

  it('a 403 while marking only warns', async () => {
    fake = await startGitHubFake({ seed: [{ issue_number: PR, body: body('default') }], forbidden: true });
    const t = target(fake);
    const r = await markApplied({ ...t, prNumber: PR, label: 'default', result: 'ok' });
    expect(r.action).toBe('failed');
    expect(t.logger.lines.some((l) => l.startsWith('warning: ') && l.includes('403'))).toBe(true);
    expect(parseMarker(fake.comments[0]!.body)?.status).toBe('planned');
  });
});
