// B1 / B2: loadManifests (glob, read, decode, parse, validate, build connections) against the least any loader
// must do: read each file and parse it with bare js-yaml `load`. Both read synchronously, as the loader does (a
// promise per file would make the baseline, not the loader, pay for the event loop).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { loadManifests } from '../../src/manifest/index.js';
import { tempDir, writeManifestFiles } from './fixtures.js';
import { paired } from './stats.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

const TARGET = 1.5;

function bareJsYaml(root: string, files: readonly string[]): number {
  let docs = 0;
  for (const f of files) {
    const text = readFileSync(path.join(root, f), 'utf8');
    if (jsYaml.load(text) !== undefined) docs++;
  }
  return docs;
}

async function loadChecked(root: string, pattern: string, files: number, hostsPerFile: number): Promise<void> {
  const r = await loadManifests({ workspace: root, patterns: [pattern] });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new BenchBroken(`fixture rejected: ${errors[0]?.message} at ${JSON.stringify(errors[0]?.position)}`);
  const hosts = r.set.connections.reduce((n, c) => n + c.hosts.length, 0);
  if (r.set.connections.length !== files || hosts !== files * hostsPerFile) {
    throw new BenchBroken(`loaded ${r.set.connections.length} connections / ${hosts} hosts, expected ${files} / ${files * hostsPerFile}`);
  }
}

async function measure(
  ctx: BenchContext,
  spec: { id: string; name: string; sub: string; files: number; hosts: number; reps: number },
): Promise<FigureResult> {
  const tmp = tempDir(spec.id.toLowerCase());
  try {
    const files = writeManifestFiles(tmp.dir, spec.sub, spec.files, spec.hosts);
    const bytes = files.reduce((n, f) => n + statSync(path.join(tmp.dir, f)).size, 0);
    const pattern = `${spec.sub}/*.yaml`;
    await loadChecked(tmp.dir, pattern, spec.files, spec.hosts);
    const t = await paired(
      () => loadManifests({ workspace: tmp.dir, patterns: [pattern] }),
      () => bareJsYaml(tmp.dir, files),
      { reps: spec.reps, warmup: ctx.quick ? 1 : 3, warmupMs: ctx.quick ? 0 : 2000 },
    );
    ctx.log(`${spec.id}: loadManifests ${t.figure.map((x) => x.toFixed(1)).join(' ')} ms; js-yaml ${t.baseline.map((x) => x.toFixed(1)).join(' ')} ms`);
    return {
      id: spec.id,
      name: spec.name,
      value: round(t.figureMedian),
      baseline: round(t.baselineMedian),
      ratio: round(t.ratio, 3),
      target: `≤ ${TARGET}×`,
      pass: t.ratio <= TARGET,
      unit: 'ms',
      note:
        `median of ${spec.reps} interleaved runs each; ${spec.files} file(s), ${(bytes / 1024).toFixed(0)} KiB, ` +
        `block-style hosts; baseline = readFileSync + js-yaml load (default schema) per file; figure = loadManifests (glob + read + parse + validate)`,
    };
  } finally {
    tmp.dispose();
  }
}

export function benchLoadOneBig(ctx: BenchContext): Promise<FigureResult> {
  return measure(ctx, { id: 'B1', name: 'load 1 manifest of 20,000 hosts', sub: 'big', files: 1, hosts: 20_000, reps: ctx.quick ? 3 : 11 });
}

export function benchLoadManySmall(ctx: BenchContext): Promise<FigureResult> {
  return measure(ctx, { id: 'B2', name: 'load 200 manifests of 5 hosts', sub: 'small', files: 200, hosts: 5, reps: ctx.quick ? 3 : 21 });
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
