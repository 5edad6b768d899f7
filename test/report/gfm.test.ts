import { describe, expect, it } from 'vitest';
import { expectGfmWellFormed, gfmCellCount, gfmShape, renderedText } from './gfm.js';

describe('the GFM checker', () => {
  it('counts cells the way GFM splits a row', () => {
    expect(gfmCellCount('| a | b |')).toBe(2);
    expect(gfmCellCount('| a \\| b | c |')).toBe(2);
    expect(gfmCellCount('| a \\\\| b | c |')).toBe(3);
    expect(gfmCellCount('| `x\\|y` | c |')).toBe(2);
  });

  it('finds a row with too many cells, an unclosed fence, unbalanced <details> and a row outside its table', () => {
    expect(gfmShape('| a | b |\n| --- | --- |\n| x | y | z |\n').problems.join()).toMatch(/3 cells, header 2/);
    expect(gfmShape('text\n\n```diff\n+ a\n').problems.join()).toMatch(/never closed/);
    expect(gfmShape('<details>\n<summary>x</summary>\n\nbody\n').problems.join()).toMatch(/opened 1 times, closed 0/);
    expect(gfmShape('| a | b |\n| --- | --- |\n| x | y\nz |\n').problems.length).toBeGreaterThan(0);
  });

  it('passes clean markdown and renders its text', () => {
    const md = '| a | b |\n| --- | --- |\n| x \\| y | `z` |\n\n<details>\n<summary>s</summary>\n\n```diff\n+ a\n```\n\n</details>\n';
    const tables = expectGfmWellFormed(md);
    expect(tables[0]!.rows).toEqual([['x | y', '`z`']]);
    expect(renderedText('host kafka\\-lb\\: 1\\.2 → 3')).toContain('host kafka-lb: 1.2 → 3');
  });
});
