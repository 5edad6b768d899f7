// The source is layered, and no module reaches up: shared helpers (untrusted text, diagnostics, the ownership tag …)
// at the bottom, then manifests, the API clients, the plan, apply and export, the connectivity checks (which run
// after apply), the report, and the entries on top.
// A lower module importing a higher one (the manifest rules once took the ownership tag key from the plan's types)
// ties the layers together; this test reads every import of src/ (types included) and names any that does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './e2e/harness.js';

const src = path.join(repoRoot, 'src');
/** Modules at the top of src/ that everything may use; the other top-level files are entries (run, cloud, main …). */
const SHARED = new Set(['diagnostics', 'failure', 'logger', 'ownership', 'pool', 'settings', 'untrusted-text', 'workspace-paths']);
/** checks/ runs after apply (it reads apply's peering results), and the report renders its results. */
const RANK: Record<string, number> = { shared: 0, manifest: 1, dli: 2, plan: 3, apply: 4, export: 4, checks: 4.5, report: 5, entry: 6 };
/** Known and deliberate: the report stage adapts a finished run, so it knows the run's result type. */
const ALLOWED = new Set(['report/index.ts -> run.ts']);

function layerOf(file: string): string {
  const rel = path.relative(src, file).split(path.sep);
  if (rel.length > 1) return rel[0]!;
  return SHARED.has(rel[0]!.replace(/\.ts$/, '')) ? 'shared' : 'entry';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Relative imports of a file: static ones (`import … from`, `export … from`, types too) and `import()`. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm), ...text.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => m[1]!);
  return specs.map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
}

describe('layering of src/', () => {
  it('no module imports from a layer above its own', () => {
    const files = sourceFiles(src);
    expect(files.length).toBeGreaterThan(50);
    const upward: string[] = [];
    for (const file of files) {
      for (const target of relativeImports(file)) {
        const [from, to] = [layerOf(file), layerOf(target)];
        const sideways = from !== to && RANK[from] === RANK[to] && from !== 'shared';
        const edge = `${path.relative(src, file)} -> ${path.relative(src, target)}`;
        if ((RANK[to]! > RANK[from]! || sideways) && !ALLOWED.has(edge)) upward.push(`${edge} (${from} → ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('knows every folder of src/', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const f of folders) expect(RANK, `a new folder src/${f}/ needs a place in RANK`).toHaveProperty(f);
  });
});
