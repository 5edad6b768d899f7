// The results as a Markdown table (what docs/performance.md shows under "Latest run"), notes below it.
import type { FigureResult } from './types.js';

function withUnit(x: number | null, unit: string): string {
  if (x === null) return '—';
  if (unit === 'bytes') return x >= 1024 * 1024 ? `${(x / 1024 / 1024).toFixed(2)} MiB` : `${(x / 1024).toFixed(1)} KiB`;
  if (unit === 'ms' && x >= 10_000) return `${(x / 1000).toFixed(2)} s`;
  return `${Number.isInteger(x) ? x : x.toFixed(1)} ${unit}`;
}

function ratio(r: FigureResult): string {
  if (r.ratio === null) return '—';
  return r.ratio < 0.1 ? `1/${(1 / r.ratio).toFixed(1)}` : `${r.ratio.toFixed(2)}×`;
}

export function formatTable(results: readonly FigureResult[]): string {
  const rows = [
    ['#', 'Figure', 'Value', 'Baseline', 'Ratio', 'Target', 'Result'],
    ['---', '---', '---:', '---:', '---:', '---', '---'],
    ...results.map((r) => [
      r.id,
      r.name,
      withUnit(r.value, r.unit),
      withUnit(r.baseline, r.unit),
      ratio(r),
      r.target,
      r.pass ? 'pass' : '**MISSED**',
    ]),
  ];
  const table = rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  const notes = results.map((r) => `- ${r.id}: ${r.note}`).join('\n');
  return `${table}\n\n${notes}`;
}
