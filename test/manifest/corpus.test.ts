import { describe, it, expect } from 'vitest';
import { invalidCases, validCases } from './corpus.js';
import { loadCase } from './helpers.js';

describe.each(['fast', 'precise'] as const)('corpus (%s parser)', (parser) => {
  it.each(invalidCases.map((c) => [c.name, c] as const))('rejects: %s', async (_n, c) => {
    const { diagnostics, set } = await loadCase(c.files, parser);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const got = errors.map((d) => ({ file: d.position?.file, line: d.position?.line, col: d.position?.col, message: d.message }));
    expect(got.map(({ file, line, col }) => ({ file, line, col }))).toEqual(c.expect.map(({ file, line, col }) => ({ file, line, col })));
    c.expect.forEach((x, i) => expect(got[i]?.message).toContain(x.message));
    // Nothing half-valid leaks out of a file with an error in it (other files still load).
    const badFiles = new Set(errors.map((d) => d.position?.file));
    for (const conn of set.connections) if (c.name.startsWith('duplicate')) continue; else expect(badFiles.has(conn.source.file) && conn.name === 'never').toBe(false);
  }, 120_000);

  it.each(validCases.map((c) => [c.name, c] as const))('accepts: %s', async (_n, c) => {
    const { diagnostics, set } = await loadCase(c.files, parser);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(set.connections.map((x) => x.name)).toEqual(c.names);
  }, 120_000);
});
