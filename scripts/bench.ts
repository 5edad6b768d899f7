// `npm run bench`: the performance figures of issues 7 and 17, each a ratio measured in this one run (figure and
// baseline side by side), printed as a table and written to bench/results.json.
//
//   npm run bench                 every figure
//   npm run bench -- --only B1,B7 some figures (B4′ may be written B4', B4p or B4P)
//   npm run bench -- --quick      fewer repetitions, smaller runs: checks the bench itself works, measures nothing
//
// Exit status: 0 when every figure was measured (even if a target is missed: the table says so), 1 when the
// benchmark itself broke (a fixture rejected, the emulator down, dist/ unusable and unbuildable …).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchLoadManySmall, benchLoadOneBig } from './bench/load.js';
import { benchPeakMemory } from './bench/memory.js';
import { benchPlanCalls, benchPlanRoundTrips } from './bench/api-calls.js';
import { benchApplyConcurrency, benchApplyMutatingFloor, benchApplyThrottled } from './bench/apply.js';
import { benchBundleSize, benchColdStart } from './bench/cold-start.js';
import { benchOverlappedApply, benchPeeringNotice } from './bench/peerings.js';
import { formatTable } from './bench/table.js';
import type { BenchContext, FigureResult } from './bench/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const FIGURES: { id: string; run: (ctx: BenchContext) => Promise<FigureResult> }[] = [
  { id: 'B1', run: benchLoadOneBig },
  { id: 'B2', run: benchLoadManySmall },
  { id: 'B3', run: benchPeakMemory },
  { id: 'B4', run: benchPlanCalls },
  { id: 'B4′', run: benchPlanRoundTrips },
  { id: 'B5', run: benchApplyThrottled },
  { id: 'B5′', run: benchApplyMutatingFloor },
  { id: 'B6', run: benchApplyConcurrency },
  { id: 'B7', run: benchColdStart },
  { id: 'B8', run: benchBundleSize },
  { id: 'B9', run: benchPeeringNotice },
  { id: 'B10', run: benchOverlappedApply },
];

/** "b4'" / "B4p" / "B4′" → "B4′" (the prime is awkward to type in a shell). */
function figureId(text: string): string {
  return text.trim().toUpperCase().replace(/^(B\d+)(?:'|P|′)$/, '$1′');
}

function parseArgs(argv: string[]): { only?: Set<string>; quick: boolean; out: string } {
  let only: Set<string> | undefined;
  let quick = false;
  let out = path.join(root, 'bench', 'results.json');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--quick') quick = true;
    else if (a === '--only') only = new Set((argv[++i] ?? '').split(',').map(figureId).filter(Boolean));
    else if (a.startsWith('--only=')) only = new Set(a.slice(7).split(',').map(figureId).filter(Boolean));
    else if (a === '--out') out = path.resolve(argv[++i] ?? out);
    else throw new Error(`unknown argument ${a} (use --only B1,B2 / --quick / --out file)`);
  }
  return { only, quick, out };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const ctx: BenchContext = {
    root,
    quick: args.quick,
    log: (m) => process.stderr.write(`  · ${m}\n`),
  };
  const results: FigureResult[] = [];
  const broken: string[] = [];
  const started = performance.now();
  for (const f of FIGURES) {
    if (args.only && !args.only.has(f.id)) continue;
    process.stderr.write(`${f.id} …\n`);
    const t0 = performance.now();
    try {
      const r = await f.run(ctx);
      results.push(r);
      process.stderr.write(`${f.id}: ${r.pass ? 'pass' : 'MISSED'} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    } catch (err) {
      // One broken figure must not hide the others: record it, go on, exit non-zero at the end.
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      broken.push(`${f.id}: ${message}`);
      process.stderr.write(`${f.id}: BROKEN: ${message}\n`);
    }
  }

  process.stdout.write(`\n${formatTable(results)}\n`);
  const missed = results.filter((r) => !r.pass);
  if (missed.length > 0) process.stdout.write(`\nTargets missed: ${missed.map((r) => `${r.id} (${r.name})`).join(', ')}\n`);
  if (broken.length > 0) process.stdout.write(`\nBENCHMARK BROKEN for: ${broken.map((b) => b.split(':')[0]).join(', ')}\n`);
  process.stdout.write(`\nnode ${process.version}, ${((performance.now() - started) / 1000).toFixed(0)} s in all${args.quick ? ' (--quick: not a measurement)' : ''}\n`);

  mkdirSync(path.dirname(args.out), { recursive: true });
  const doc = {
    figures: results,
    node: process.version,
    date: new Date().toISOString(),
    ...(args.quick ? { quick: true } : {}),
    ...(broken.length ? { broken } : {}),
  };
  writeFileSync(args.out, `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), args.out) || args.out}\n`);
  return broken.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
