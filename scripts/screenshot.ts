// `npm run screenshot`: the picture of a job summary in docs/, made from a real run so that it stays current.
// Starts the DLI emulator, applies examples/connections with the built action (dist/), edits the manifests the way
// a pull request would (a host moves, a host and a connection are added, a route and a tag change), runs the plan,
// renders the job summary it wrote to HTML as GitHub does (marked with GFM, github-markdown-css, + and - lines of
// the diff block coloured) and screenshots it with headless Chromium.
//
// Run by hand, never in CI: it needs `npm run build` and a Chromium (Debian: `apt-get install chromium`; another
// binary with CHROMIUM=/path). Writes docs/images/plan-summary.png (and the HTML next to it in the temp folder).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { startEmulator } from '../test/emulator/index.js';
import { repoRoot, runAction, type ActionRun } from '../test/e2e/harness.js';
import { emulatorInputs, seedExampleCloud } from '../test/e2e/example-cloud.js';

const OUT = path.join(repoRoot, 'docs', 'images', 'plan-summary.png');
const WIDTH = 1012; // GitHub's job summary column is about this wide

/** The pull request's edits to the example manifests (text replacements, each must apply). */
const EDITS: Record<string, [string, string][]> = {
  'kafka.yaml': [
    ['  - { name: kafka-2, ip: 192.168.0.12 }', '  - { name: kafka-2, ip: 192.168.0.22 }\n  - { name: kafka-5, ip: 192.168.0.15 }'],
    ['{ name: to_idc, cidr: 10.169.0.0/24 }', '{ name: to_idc, cidr: 10.169.1.0/24 }'],
  ],
  'databases.yaml': [['  team: orders', '  team: payments']],
};

const NEW_MANIFEST = `name: redis_cache
dest_vpc_id: 22094d8f-c310-4621-913d-4c4d655d8495
dest_network_id: 78f2562a-36e4-4b39-95b9-f5aab22e1281
queues: [q_reporting]
hosts:
  - { name: redis-1, ip: 192.168.0.31 }
tags:
  team: data
`;

function applyEdits(dir: string): void {
  for (const [file, edits] of Object.entries(EDITS)) {
    const full = path.join(dir, file);
    let text = readFileSync(full, 'utf8');
    for (const [from, to] of edits) {
      if (!text.includes(from)) throw new Error(`screenshot: ${file} no longer contains "${from}"; update EDITS`);
      text = text.replace(from, to);
    }
    writeFileSync(full, text);
  }
  writeFileSync(path.join(dir, 'redis.yaml'), NEW_MANIFEST);
}

function expectOk(run: ActionRun, what: string): void {
  if (run.code !== 0) throw new Error(`screenshot: the ${what} failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
}

/** Colours the lines of ```diff blocks with GitHub's own classes (pl-mi1 inserted, pl-md deleted). */
function colourDiffs(html: string): string {
  return html.replace(/<pre><code class="language-diff">([\s\S]*?)<\/code><\/pre>/g, (_, body: string) => {
    const lines = body.replace(/\n$/, '').split('\n');
    const coloured = lines.map((l) => (l.startsWith('+') ? `<span class="pl-mi1">${l}</span>` : l.startsWith('-') ? `<span class="pl-md">${l}</span>` : l));
    return `<div class="highlight highlight-source-diff"><pre>${coloured.join('\n')}</pre></div>`;
  });
}

function page(markdown: string): string {
  const require = createRequire(import.meta.url);
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const body = colourDiffs(marked.parse(markdown, { gfm: true, async: false }));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 24px 32px; font-size: 14px; }
.markdown-body table { font-size: 13px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

const emu = await startEmulator({ peeringDelayMs: 20 });
const workspace = mkdtempSync(path.join(os.tmpdir(), 'dli-screenshot-'));
try {
  seedExampleCloud(emu);
  const dir = path.join(workspace, '.dli', 'connections');
  cpSync(path.join(repoRoot, 'examples', 'connections'), dir, { recursive: true });
  const inputs = { ...emulatorInputs(emu), 'comment-on-pr': 'never' };
  expectOk(await runAction({ workspace, inputs: { ...inputs, mode: 'apply' } }), 'apply of the examples');
  applyEdits(dir);
  const plan = await runAction({ workspace, inputs: { ...inputs, mode: 'plan' } });
  expectOk(plan, 'plan');

  const htmlFile = path.join(workspace, 'summary.html');
  writeFileSync(htmlFile, page(plan.summary));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: WIDTH, height: 600 }, deviceScaleFactor: 1 });
    await tab.goto(`file://${htmlFile}`);
    mkdirSync(path.dirname(OUT), { recursive: true });
    await tab.locator('article').screenshot({ path: OUT });
  } finally {
    await browser.close();
  }
  process.stdout.write(`${path.relative(repoRoot, OUT)} written from the summary of a plan against the emulator\n`);
} finally {
  await emu.close();
  rmSync(workspace, { recursive: true, force: true });
}
