import { describe, expect, it } from 'vitest';
import { computeOutputs } from '../../src/report/outputs.js';
import { change, plan, planInput, result } from './fixtures.js';

describe('computeOutputs: plan mode', () => {
  it('lists what the plan would do; adopt counts as updated; ids of existing connections', () => {
    const p = plan([
      change('a-new', 'create'),
      change('b-upd', 'update'),
      change('c-adopt', 'adopt'),
      change('d-repl', 'replace'),
      change('e-del', 'delete'),
      change('f-same', 'unchanged'),
      change('g-orphan', 'orphan'),
      change('h-blocked', 'blocked'),
    ]);
    const out = computeOutputs(planInput(p, { planFile: '/tmp/plan.json' }));
    expect(JSON.parse(out.created)).toEqual(['a-new']);
    expect(JSON.parse(out.updated)).toEqual(['b-upd', 'c-adopt']);
    expect(JSON.parse(out.replaced)).toEqual(['d-repl']);
    expect(JSON.parse(out.deleted)).toEqual(['e-del']);
    expect(JSON.parse(out.unchanged)).toEqual(['f-same']);
    expect(out['has-changes']).toBe('true');
    // Existing, managed connections only: no deleted, orphan, blocked, or not-yet-created ids.
    expect(JSON.parse(out['connection-ids'])).toEqual({ 'b-upd': 'id-b-upd', 'c-adopt': 'id-c-adopt', 'f-same': 'id-f-same' });
    expect(out['connection-id']).toBe('');
    expect(out['plan-file']).toBe('/tmp/plan.json');
    expect(out['failure-reason']).toBe('');
  });

  it('no changes: has-changes false, the one id as connection-id', () => {
    const out = computeOutputs(planInput(plan([change('only', 'unchanged')])));
    expect(out['has-changes']).toBe('false');
    expect(out['connection-id']).toBe('id-only');
    expect(out['connection-ids']).toBe('{"only":"id-only"}');
    expect(out.created).toBe('[]');
  });
});

describe('computeOutputs: apply mode', () => {
  it('counts only what was done, and takes the new ids from the apply', () => {
    const p = plan([change('a', 'create'), change('b', 'update'), change('c', 'replace'), change('d', 'delete'), change('e', 'unchanged')]);
    const out = computeOutputs(
      planInput(p, {
        mode: 'apply',
        failureReason: 'api-error',
        apply: {
          ok: false,
          connectionIds: { a: 'new-a', c: 'new-c', e: 'id-e' },
          results: [
            result('a', 'create', { connectionId: 'new-a' }),
            result('b', 'update', { outcome: 'failed', error: { message: 'boom' } }),
            result('c', 'replace', { connectionId: 'new-c' }),
            result('d', 'delete'),
            result('e', 'unchanged', { outcome: 'unchanged' }),
          ],
        },
      }),
    );
    expect(JSON.parse(out.created)).toEqual(['a']);
    expect(JSON.parse(out.updated)).toEqual([]);
    expect(JSON.parse(out.replaced)).toEqual(['c']);
    expect(JSON.parse(out.deleted)).toEqual(['d']);
    expect(JSON.parse(out.unchanged)).toEqual(['e']);
    expect(JSON.parse(out['connection-ids'])).toEqual({ a: 'new-a', b: 'id-b', c: 'new-c', e: 'id-e' });
    expect(out['failure-reason']).toBe('api-error');
  });

  it('one created connection gives connection-id', () => {
    const p = plan([change('kafka', 'create')]);
    const out = computeOutputs(
      planInput(p, { mode: 'apply', apply: { ok: true, connectionIds: { kafka: 'c-1' }, results: [result('kafka', 'create', { connectionId: 'c-1' })] } }),
    );
    expect(out['connection-id']).toBe('c-1');
    expect(out['has-changes']).toBe('true');
  });
});

describe('computeOutputs: validate mode', () => {
  it('sets every output, empty', () => {
    const out = computeOutputs({ mode: 'validate', label: 'default', diagnostics: [], failureReason: 'validation-failed' });
    expect(out).toEqual({
      'connection-id': '',
      'connection-ids': '{}',
      'has-changes': 'false',
      created: '[]',
      updated: '[]',
      replaced: '[]',
      deleted: '[]',
      unchanged: '[]',
      'plan-file': '',
      'failure-reason': 'validation-failed',
      checks: '{}',
    });
  });
});
