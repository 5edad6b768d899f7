// Which connections already have a manifest: the manifests in the output folder (and, when given, the run's own
// manifest globs), loaded with the action's validator, by connection name. A connection declared in some other
// file is reported and never written a second time (that would be a duplicate name for the loader).
import { escapePath } from 'tinyglobby';
import type { Logger } from '../logger.js';
import { loadManifests } from '../manifest/index.js';
import { inertText } from '../untrusted-text.js';

/** Connection name → the manifest files (relative to the workspace) that declare it, sorted. */
export type ExistingManifests = Map<string, string[]>;

export function outDirPatterns(outRel: string): string[] {
  const base = outRel === '' ? '' : `${escapePath(outRel)}/`;
  return [`${base}**/*.yml`, `${base}**/*.yaml`];
}

export async function findExistingManifests(
  workspace: string,
  patterns: readonly string[],
  logger: Logger,
): Promise<ExistingManifests> {
  const { set, diagnostics } = await loadManifests({ workspace, patterns: [...patterns] });
  // "no manifest matched" only means the folder is new or empty: that is the usual case for export.
  const problems = diagnostics.filter((d) => d.severity === 'error' && d.code !== 'no-manifests');
  if (problems.length > 0) {
    const files = [...new Set(problems.map((d) => d.position?.file).filter((f): f is string => f !== undefined))].sort();
    logger.warning(
      `export: ${problems.length} problem(s) in existing manifests (${inertText(files.slice(0, 5).join(', '))}${files.length > 5 ? ', …' : ''}); ` +
        'connections declared in files that do not validate are not recognised as already exported (an existing file is still never overwritten without force)',
    );
    for (const d of problems.slice(0, 20)) {
      const at = d.position ? `${d.position.file}:${d.position.line}:${d.position.col}: ` : '';
      logger.debug(`export: existing manifest: ${inertText(at + d.message)}`);
    }
  }
  const byName: ExistingManifests = new Map();
  for (const c of set.connections) {
    const files = byName.get(c.name) ?? [];
    if (!files.includes(c.source.file)) files.push(c.source.file);
    byName.set(c.name, files.sort());
  }
  return byName;
}
