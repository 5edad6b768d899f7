// The shape of one benchmark figure, as printed in the table and written to bench/results.json.

export interface FigureResult {
  /** B1 … B8 (issue 7). */
  id: string;
  name: string;
  /** The measured figure, in `unit`. */
  value: number;
  /** What it is compared with, in `unit` (null when the target is absolute, e.g. a memory ceiling). */
  baseline: number | null;
  /** value ÷ baseline, or value ÷ ceiling for absolute targets; null when there is nothing to divide by. */
  ratio: number | null;
  /** Human-readable target, e.g. "≤ 1.5×". */
  target: string;
  pass: boolean;
  /** How it was measured and anything a reader needs to trust (or doubt) the number. */
  note: string;
  /** Unit of value and baseline: ms, bytes, calls, MiB … */
  unit: string;
}

/** A figure that could not be measured at all: the bench exits non-zero. */
export class BenchBroken extends Error {
  override name = 'BenchBroken';
}

export interface BenchContext {
  /** Repository root (where package.json is). */
  root: string;
  /** Fewer repetitions and smaller runs: a smoke test of the bench itself, not a measurement. */
  quick: boolean;
  log(message: string): void;
}
