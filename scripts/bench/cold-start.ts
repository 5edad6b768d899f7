// B7: cold start of the built action (`node dist/index.js`, validate mode, one small manifest) against `node -e 0`.
// B8: the size of that bundle, and whether octokit (needed only to comment on a PR) sits in the main chunk.
//
// The bench never runs `npm run build` (dist/ belongs to the release process). It uses dist/index.js when present;
// otherwise the project's own build (scripts/build.mjs --out) in a temp folder, reused while no file under src/ (or the
// lockfile) is newer.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { manifestYaml, tempDir } from './fixtures.js';
import { round } from './load.js';
import { median } from './stats.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

const TARGET = 2.5;
/** Strings only octokit's own code contains (src/ comments mention the word "octokit", so the word alone is not enough). */
const OCTOKIT_MARKERS = ['octokit-core.js', 'class Octokit', 'octokit-request.js'];

export interface Bundle {
  dir: string;
  entry: string;
  origin: 'dist' | 'bench-build';
  /** Why the bench's own build was used, when it was. */
  why?: string;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Does the bundle start at all? (`node -e` import with no inputs would run main; `--check` parses only.) */
function parses(entry: string): string | undefined {
  try {
    execFileSync(process.execPath, ['--check', entry], { stdio: 'pipe' });
    return undefined;
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e).split('\n').slice(0, 3).join(' ');
  }
}

let resolved: Bundle | undefined;

/** dist/index.js, or the bench's own build of src/index.ts (built at most once per bench run). */
export function resolveBundle(ctx: BenchContext): Bundle {
  if (resolved) return resolved;
  const distEntry = path.join(ctx.root, 'dist', 'index.js');
  let why: string;
  if (existsSync(distEntry)) {
    const broken = parses(distEntry);
    if (!broken) return (resolved = { dir: path.dirname(distEntry), entry: distEntry, origin: 'dist' });
    why = `dist/index.js does not parse (${broken})`;
  } else {
    why = 'dist/index.js is missing';
  }
  const dir = path.join(os.tmpdir(), 'bench-dist');
  const entry = path.join(dir, 'index.js');
  const sourcesChanged = Math.max(newestMtime(path.join(ctx.root, 'src')), statSync(path.join(ctx.root, 'package-lock.json')).mtimeMs);
  if (existsSync(entry) && statSync(entry).mtimeMs > sourcesChanged && !parses(entry)) {
    return (resolved = { dir, entry, origin: 'bench-build', why: `${why}; reused the bench's ncc build in ${dir} (newer than src/)` });
  }
  // The project's own build script (CommonJS bundles, like the release), pointed at a temp folder. It only
  // transpiles, so a type error elsewhere in the project does not stop the bench.
  ctx.log(`${why}: building with scripts/build.mjs into ${dir} (takes a minute or more)`);
  try {
    execFileSync(process.execPath, [path.join(ctx.root, 'scripts', 'build.mjs'), '--out', dir], { cwd: ctx.root, stdio: 'pipe' });
  } catch (e) {
    throw new BenchBroken(`${why}, and the fallback build failed: ${String((e as { stderr?: Buffer }).stderr ?? e).slice(0, 500)}`);
  }
  return (resolved = { dir, entry, origin: 'bench-build', why: `${why}; built with scripts/build.mjs into ${dir}` });
}

/** What the runner passes: every input of action.yml at its default (expressions left empty), as INPUT_*. */
function actionInputDefaults(root: string): Record<string, string> {
  const action = jsYaml.load(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = String(spec.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}

function timedRun(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code, stdout, stderr }));
  });
}

export async function benchColdStart(ctx: BenchContext): Promise<FigureResult> {
  const bundle = resolveBundle(ctx);
  const reps = ctx.quick ? 3 : 15;
  const tmp = tempDir('b7');
  try {
    const workspace = path.join(tmp.dir, 'repo');
    mkdirSync(path.join(workspace, 'connections'), { recursive: true });
    writeFileSync(path.join(workspace, 'connections', 'app.yaml'), manifestYaml('app_db', 3));
    const outputFile = path.join(tmp.dir, 'output');
    const summaryFile = path.join(tmp.dir, 'summary.md');
    // Only what a runner would set: no INPUT_* or GITHUB_* leaking in from the shell running the bench.
    const base: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmp.dir };
    const env: NodeJS.ProcessEnv = {
      ...base,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'octo-org/data-platform',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: tmp.dir,
      ...actionInputDefaults(ctx.root),
      INPUT_MODE: 'validate',
      INPUT_MANIFESTS: 'connections/*.yaml',
    };
    const action = async () => {
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const r = await timedRun([bundle.entry], env, workspace);
      if (r.code !== 0) {
        throw new BenchBroken(`the action failed in validate mode (exit ${r.code}): ${(r.stdout + r.stderr).trim().split('\n').slice(-5).join(' | ')}`);
      }
      return r.ms;
    };
    const bare = async () => (await timedRun(['-e', '0'], base, workspace)).ms;
    await action(); // warm the file cache (and fail early if the action is broken)
    await bare();
    const outputs = readFileSync(outputFile, 'utf8');
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < reps; i++) {
      if (i % 2 === 0) {
        a.push(await action());
        b.push(await bare());
      } else {
        b.push(await bare());
        a.push(await action());
      }
    }
    const am = median(a);
    const bm = median(b);
    ctx.log(`B7: action ${a.map((x) => x.toFixed(0)).join(' ')} ms; node -e 0 ${b.map((x) => x.toFixed(0)).join(' ')} ms`);
    return {
      id: 'B7',
      name: 'cold start: node dist/index.js, validate, 1 small manifest',
      value: round(am),
      baseline: round(bm),
      ratio: round(am / bm, 3),
      target: `≤ ${TARGET}×`,
      pass: am / bm <= TARGET,
      unit: 'ms',
      note:
        `median of ${reps} interleaved process runs each (spawn to exit); bundle: ${bundle.origin === 'dist' ? 'dist/index.js' : bundle.why}; ` +
        `every action.yml input at its default, mode=validate; the run wrote ${outputs.split('\n').filter(Boolean).length} output line(s)`,
    };
  } finally {
    tmp.dispose();
  }
}

export async function benchBundleSize(ctx: BenchContext): Promise<FigureResult> {
  const bundle = resolveBundle(ctx);
  // dist/lazy/ (what @actions/core imports but only some runs use, see scripts/build.mjs) counts too.
  const lazyDir = path.join(bundle.dir, 'lazy');
  const lazy = existsSync(lazyDir) ? readdirSync(lazyDir).filter((f) => f.endsWith('.js')).map((f) => `lazy/${f}`) : [];
  const chunks = [...readdirSync(bundle.dir).filter((f) => f.endsWith('.js')), ...lazy].sort((x, y) => (x === 'index.js' ? -1 : y === 'index.js' ? 1 : x.localeCompare(y)));
  const sizes = chunks.map((f) => ({ f, bytes: statSync(path.join(bundle.dir, f)).size, text: readFileSync(path.join(bundle.dir, f), 'utf8') }));
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  const main = sizes.find((s) => s.f === 'index.js');
  if (!main) throw new BenchBroken(`no index.js in ${bundle.dir}`);
  const hasOctokit = (text: string) => OCTOKIT_MARKERS.some((m) => text.includes(m));
  const octokitIn = sizes.filter((s) => hasOctokit(s.text)).map((s) => s.f);
  const inMain = octokitIn.includes('index.js');
  // undici is what @actions/http-client proxies through; @actions/core imports http-client (for OIDC), so undici
  // lands in the main chunk and is evaluated at every start unless the build keeps it in dist/lazy/.
  const undiciInMain = main.text.includes('undici-fetch') || main.text.includes('llhttp');
  return {
    id: 'B8',
    name: 'dist/ bundle size (index.js + chunks)',
    value: total,
    baseline: null,
    ratio: null,
    target: 'report; octokit only in a lazy chunk',
    pass: !inMain,
    unit: 'bytes',
    note:
      `${sizes.map((s) => `${s.f} ${(s.bytes / 1024).toFixed(1)} KiB`).join(', ')}; octokit found in ${octokitIn.join(', ') || 'no file'}` +
      `${inMain ? ' — IN THE MAIN CHUNK (loaded at every start)' : ' (not in the main chunk)'}; ` +
      `undici (via @actions/http-client) ${undiciInMain ? 'IS in the main chunk' : 'is not in the main chunk'}; ` +
      `bundle: ${bundle.origin === 'dist' ? 'dist/' : bundle.why}; licenses.txt and dist/cli/ not counted`,
  };
}
