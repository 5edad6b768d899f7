import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from '../../src/plan/preflight-suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['q_reporting', 'q_reportnig', 2],
    ['pool_etl', 'pool_etl', 0],
  ])('%j → %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestNames', () => {
  const names = ['q_reporting', 'q_reports', 'q_etl', 'pool_etl', 'analytics'];
  it('offers close names, closest first', () => {
    expect(closestNames('q_reportin', names)).toEqual(['q_reporting', 'q_reports']);
  });
  it('matches case-blind and never offers the name itself', () => {
    expect(closestNames('Q_ETL', names)).not.toContain('q_etl');
    expect(closestNames('Q_ETX', names)).toContain('q_etl');
  });
  it('offers nothing for an unrelated name', () => {
    expect(closestNames('zzzzzzzz', names)).toEqual([]);
  });
  it('finds a name that contains the wanted one', () => {
    expect(closestNames('analytic', names)).toEqual(['analytics']);
  });
  it('keeps at most max suggestions', () => {
    expect(closestNames('q_', ['q_a', 'q_b', 'q_c', 'q_d'], 2)).toHaveLength(2);
  });
});
