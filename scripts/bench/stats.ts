// Timing helpers. These machines are noisy, so nothing is compared with a fixed number: a figure and its baseline
// are measured side by side in the same run, interleaved (A B, B A, A B …) so drift hits both alike, and the
// medians are compared.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * A full GC before each sample, so one side does not pay for the other's garbage. `--expose-gc` cannot be passed
 * through `npm run bench` (tsx), so the flag is set at run time and `gc` fetched from a fresh context.
 */
const collect: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // No GC between samples: still correct, a little noisier.
  }
  return () => {};
})();

export async function timeOnce(fn: () => Promise<unknown> | unknown): Promise<number> {
  collect();
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
 * `reps` interleaved samples of each, after `warmup` unmeasured runs of each (JIT, file cache). The order flips
 * every repetition so neither side always runs on a warmer or colder machine.
 */
export async function paired(
  figure: () => Promise<unknown> | unknown,
  baseline: () => Promise<unknown> | unknown,
  opts: { reps: number; warmup?: number },
): Promise<PairedTimes> {
  for (let i = 0; i < (opts.warmup ?? 1); i++) {
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
