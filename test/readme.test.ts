// The README's inputs and outputs tables must say what action.yml says: same names, same defaults. The README is
// the front page; the reference lives in docs/, one page per topic, each linked from it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './e2e/harness.js';

const action = yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** Rows of the markdown table that follows a heading: first cell → the other cells. */
function tableAfter(heading: string): Map<string, string[]> {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README has a "${heading}" section`).toBeGreaterThan(-1);
  const rows = new Map<string, string[]>();
  const lines = readme.slice(start).split('\n').slice(2);
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('|')) {
      const header = !inTable;
      inTable = true;
      if (header) continue;
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
      if (name) rows.set(name, cells.slice(1));
    } else if (inTable) break;
  }
  return rows;
}

describe('README', () => {
  it('starts with the two commands a newcomer needs', () => {
    const head = readme.split('\n').slice(0, 8).join('\n');
    expect(head).toContain('npm ci && npm start');
    expect(head).toContain('npm test');
  });

  it('lists every input of action.yml with its default, and no other', () => {
    const rows = tableAfter('## Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const d = String(spec.default ?? '').trim();
      expect(rows.get(name)?.[0], name).toBe(d ? `\`${d}\`` : '—');
    }
  });

  it('lists every output of action.yml, and no other', () => {
    const rows = tableAfter('## Outputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('documents every failure-reason the code can produce', () => {
    const reasons = tableAfter('### Exit status and `failure-reason`');
    const source = readFileSync(path.join(repoRoot, 'src/failure.ts'), 'utf8');
    const declared = [...source.matchAll(/\| '([a-z-]+)'/g)].map((m) => m[1]);
    expect([...reasons.keys()].sort()).toEqual([...declared].sort());
  });

  it('is a front page: at most 16,000 bytes, linking every page of docs/', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(16_000);
    const pages = readdirSync(path.join(repoRoot, 'docs')).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(readme, page).toContain(`](docs/${page}`);
  });

  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
