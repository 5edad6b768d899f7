import { describe, expect, it } from 'vitest';
import {
  commentDecision,
  commentStatusFor,
  markAppliedBody,
  parseMarker,
  renderComment,
  renderMarker,
  resolveCommentEvent,
  shouldComment,
} from '../../src/report/comment-body.js';
import { change, plan, planInput } from './fixtures.js';

describe('the marker', () => {
  it('starts the body and round-trips label, fingerprint and status', () => {
    const p = plan([change('kafka', 'create')]);
    const body = renderComment(planInput(p), { label: 'eu-prod', fingerprint: 'abc', status: 'planned' });
    expect(body.startsWith('<!-- dli-connections {"label":"eu')).toBe(true);
    expect(parseMarker(body)).toEqual({ label: 'eu-prod', fingerprint: 'abc', status: 'planned' });
    expect(body.split('\n')[2]).toBe('### DLI connections · plan · Plan ready for review');
  });

  it('a hostile label cannot close the HTML comment', () => {
    const label = 'x --> <img src=x onerror=alert(1)> "q" &';
    const m = renderMarker({ label, fingerprint: 'f', status: 'planned' });
    expect(m.indexOf('-->')).toBe(m.length - 3);
    const inside = m.slice('<!--'.length, -'-->'.length);
    expect(inside).not.toMatch(/[<>&]/);
    expect(inside).not.toContain('--');
    expect(parseMarker(m)?.label).toBe(label);
  });

  it('is only recognised at the very start, with a known status', () => {
    const m = renderMarker({ label: 'l', fingerprint: 'f', status: 'planned' });
    expect(parseMarker(`> quoted\n${m}`)).toBeUndefined();
    expect(parseMarker('<!-- dli-connections {"label":"l","fingerprint":"f","status":"owned"} -->')).toBeUndefined();
    expect(parseMarker('<!-- dli-connections {not json} -->')).toBeUndefined();
    expect(parseMarker(null)).toBeUndefined();
  });
});

describe('the size cut', () => {
  const changes = Array.from({ length: 5000 }, (_, i) => change(`connection-${String(i).padStart(5, '0')}`, 'update', { reasons: ['hosts +3 −1', 'queue q1 bound'] }));
  const p = plan(changes);

  it('stays under 65,000 characters, keeps the marker, and points to the job summary', () => {
    const url = 'https://github.com/o/r/actions/runs/1';
    const body = renderComment(planInput(p), { label: 'default', fingerprint: p.fingerprint, status: 'planned', summaryUrl: url });
    expect(body.length).toBeLessThan(65_000);
    expect(parseMarker(body)?.label).toBe('default');
    expect(body).toMatch(/… and \d+ more connections: see the \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/);
    expect(body).toContain('`connection-00000`');
    // It keeps as many rows as fit: close to the limit, not far below.
    expect(body.length).toBeGreaterThan(60_000);
  });

  it('a small plan is not cut, with the full plan in a details block', () => {
    const small = plan(changes.slice(0, 3));
    const body = renderComment(planInput(small), { label: 'default', fingerprint: small.fingerprint, status: 'planned' });
    expect(body).toContain('<summary>Full plan</summary>');
    expect(body).not.toContain('job summary');
  });

  it('drops the details first when that is enough', () => {
    const small = plan(changes.slice(0, 30));
    const full = renderComment(planInput(small), { label: 'default', fingerprint: 'f', status: 'planned' });
    const cut = renderComment(planInput(small), { label: 'default', fingerprint: 'f', status: 'planned', maxChars: full.length - 1 });
    expect(cut).not.toContain('<details>');
    expect(cut.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(30);
    expect(cut).toContain('The full report is in the job summary of this run.');
  });
});

describe('markAppliedBody', () => {
  it('rewrites the status, adds a banner under the marker and keeps the reviewed plan', () => {
    const body = renderComment(planInput(plan([change('k', 'create')])), { label: 'l', fingerprint: 'f', status: 'planned' });
    const applied = markAppliedBody(body, { status: 'applied', runUrl: 'https://github.com/o/r/actions/runs/5', result: '1 done @someone' });
    expect(parseMarker(applied)).toEqual({ label: 'l', fingerprint: 'f', status: 'applied' });
    expect(applied).toContain('> **Applied** in [this run](https://github.com/o/r/actions/runs/5): 1 done @\u200dsomeone');
    expect(applied).toContain(body.slice(body.indexOf('\n') + 1));
  });

  it('leaves a body without our marker alone', () => {
    expect(markAppliedBody('hello', { status: 'applied', result: 'x' })).toBe('hello');
  });
});

describe('shouldComment / commentDecision', () => {
  const pr = { eventName: 'pull_request', prNumber: 5 };
  const push = { eventName: 'push', prNumber: 0 };
  const pushWithInput = { eventName: 'workflow_dispatch', prNumber: 9, prNumberFromInput: true };
  const otherWithPr = { eventName: 'issue_comment', prNumber: 9 };

  it('auto: pull_request events or an explicit PR number', () => {
    expect(shouldComment('auto', pr, false, false)).toBe(true);
    expect(shouldComment('auto', push, true, false)).toBe(false);
    expect(shouldComment('auto', pushWithInput, true, false)).toBe(true);
    expect(shouldComment('auto', otherWithPr, true, false)).toBe(false);
  });

  it('always: whenever a PR is known', () => {
    expect(shouldComment('always', otherWithPr, false, false)).toBe(true);
    expect(shouldComment('always', push, true, true)).toBe(false);
  });

  it('changes-only: creates with changes; without, only updates an existing comment', () => {
    expect(shouldComment('changes-only', pr, true, false)).toBe(true);
    expect(shouldComment('changes-only', pr, false, false)).toBe(false);
    expect(shouldComment('changes-only', pr, false, true)).toBe(true);
    expect(commentDecision('changes-only', pr, false)).toBe('update-only');
  });

  it('never: never', () => {
    expect(shouldComment('never', pr, true, true)).toBe(false);
  });

  it('resolveCommentEvent prefers the input number, else the payload', () => {
    expect(resolveCommentEvent('pull_request', { pull_request: { number: 3 } }, 0)).toEqual({ eventName: 'pull_request', prNumber: 3, prNumberFromInput: false });
    expect(resolveCommentEvent('push', {}, 12)).toEqual({ eventName: 'push', prNumber: 12, prNumberFromInput: true });
    expect(resolveCommentEvent('push', undefined, 0).prNumber).toBe(0);
  });
});

describe('commentStatusFor', () => {
  it('maps run results to marker statuses', () => {
    expect(commentStatusFor(planInput(plan([change('a', 'create')])))).toBe('planned');
    expect(commentStatusFor(planInput(plan([change('a', 'unchanged')])))).toBe('no-changes');
    expect(commentStatusFor(planInput(plan([change('a', 'create')]), { failureReason: 'preflight-failed' }))).toBe('failed');
    expect(commentStatusFor(planInput(plan([change('a', 'create')]), { mode: 'apply', apply: { ok: true, results: [], connectionIds: {} } }))).toBe('applied');
  });
});
