// Timing helpers. These machines are noisy, so nothing is compared with a fixed number: a figure and its baseline
// are measured side by side in the same run, interleaved (A B, B A, A B …) so drift hits both alike, and the
// medians are compared.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * No forced GC between samples. An earlier version ran a full GC (via --expose-gc) before each one so neither
 * side paid for the other's garbage; on these machines that made every sample bimodal (either side 2–3× slower
 * at random, e.g. 14 or 40 ms for the same js-yaml work), so a 21-sample median landed anywhere between 0.9× and
 * 2.9×. Interleaving with the order flipped each repetition shares the garbage evenly instead, and the medians
 * repeat within a few percent.
 */
export async function timeOnce(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export interface PairedTimes {
  figure: number[];
  baseline: number[];
  figureMedian: number;
  baselineMedian: number;
  ratio: number;
}

/**
 * `reps` interleaved samples of each, after unmeasured warm-up runs of each: at least `warmup` pairs and for at
 * least `warmupMs` (JIT, file cache). Counted runs alone were not enough: the loader has more code to optimise than
 * bare js-yaml, and on 200 small files it still stepped from ~13 to ~11 ms after about twenty runs, so a median
 * taken across that step read anywhere from 1.33× to 1.54× between runs. The order flips every repetition so
 * neither side always runs on a warmer or colder machine.
 */
export async function paired(
  figure: () => Promise<unknown> | unknown,
  baseline: () => Promise<unknown> | unknown,
  opts: { reps: number; warmup?: number; warmupMs?: number },
): Promise<PairedTimes> {
  const warmStart = performance.now();
  for (let i = 0; i < (opts.warmup ?? 1) || performance.now() - warmStart < (opts.warmupMs ?? 0); i++) {
    await figure();
    await baseline();
  }
  const f: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < opts.reps; i++) {
    if (i % 2 === 0) {
      f.push(await timeOnce(figure));
      b.push(await timeOnce(baseline));
    } else {
      b.push(await timeOnce(baseline));
      f.push(await timeOnce(figure));
    }
  }
  const figureMedian = median(f);
  const baselineMedian = median(b);
  return { figure: f, baseline: b, figureMedian, baselineMedian, ratio: figureMedian / baselineMedian };
}
