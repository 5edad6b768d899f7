// Validate mode must not load octokit: only src/report/comment.ts may reach @actions/github, and only through a
// dynamic import() inside the functions that talk to GitHub.
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../src/report');

describe('lazy @actions/github', () => {
  it('no static value import of @actions/github in src/report', () => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      const staticImports = src.match(/^import(?!\s+type)[^;]*from\s+['"]@actions\/github['"]/gm) ?? [];
      expect(staticImports, f).toEqual([]);
      expect(/^export[^;]*from\s+['"]@actions\/github['"]/m.test(src), f).toBe(false);
    }
    expect(readFileSync(join(dir, 'comment.ts'), 'utf8')).toContain("await import('@actions/github')");
  });
});

const loaded = vi.hoisted(() => ({ github: false }));
vi.mock('@actions/github', async (importOriginal) => {
  loaded.github = true;
  return importOriginal();
});

describe('lazy @actions/github at run time', () => {
  it('rendering and outputs do not load it; talking to GitHub does', async () => {
    const { renderSummary } = await import('../../src/report/summary.js');
    const { computeOutputs } = await import('../../src/report/outputs.js');
    const comment = await import('../../src/report/comment.js');
    const input = { mode: 'validate' as const, label: 'l', diagnostics: [] };
    renderSummary(input);
    computeOutputs(input);
    comment.renderComment(input, { label: 'l', fingerprint: 'f', status: 'no-changes' });
    expect(loaded.github).toBe(false);
    // An unreachable API: the call fails with a warning, but only after loading octokit.
    const { memoryLogger } = await import('../../src/logger.js');
    await comment.findMergedPr({ token: 't', apiUrl: 'http://127.0.0.1:9', owner: 'o', repo: 'r', sha: 'x', logger: memoryLogger() });
    expect(loaded.github).toBe(true);
  });
});
