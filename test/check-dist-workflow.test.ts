// The check-dist workflow's comparison step, run through bash on a scratch repository: it passes when the build left
// dist/ as committed, and fails with an error annotation that says what to commit when the build changed or added
// a file; the upload step then ships the rebuilt dist/ as the artefact "dist" (for a Dependabot pull request).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './e2e/harness.js';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const workflow = yaml.load(readFileSync(path.join(repoRoot, '.github', 'workflows', 'check-dist.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const steps = workflow.jobs['check-dist']!.steps;
const diff = steps.find((s) => s.id === 'diff')!;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'dli-check-dist-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repoWithDist(): string {
  const dir = mkdtempSync(path.join(scratch, 'repo-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '--quiet');
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'index.js'), 'committed build\n');
  git('add', '--all');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'dist');
  return dir;
}

const runDiff = (cwd: string) => spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', diff.run!], { cwd, encoding: 'utf8' });

describe('check-dist', () => {
  it('passes when the build left dist/ as committed', () => {
    const r = runDiff(repoWithDist());
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('fails with what to do when the build changed or added a file under dist/', () => {
    const changed = repoWithDist();
    writeFileSync(path.join(changed, 'dist', 'index.js'), 'a newer build\n');
    const added = repoWithDist();
    writeFileSync(path.join(added, 'dist', 'licenses.txt'), 'new\n');
    for (const [dir, file] of [
      [changed, 'dist/index.js'],
      [added, 'dist/licenses.txt'],
    ] as const) {
      const r = runDiff(dir);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^::error title=dist\/ is stale::.*commit dist\/.*'dist' artefact/m);
      expect(r.stdout).toContain(file);
    }
  });

  it('uploads the rebuilt dist/ only when that comparison failed', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toMatch(/failure\(\) && steps\.diff\.outcome == 'failure'/);
    expect(upload?.with).toMatchObject({ name: 'dist', path: 'dist/' });
    expect(steps.indexOf(upload!)).toBe(steps.indexOf(diff) + 1);
  });
});
