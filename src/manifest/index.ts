// The manifest loader: globs → files → connections, with every problem of every file as a positioned diagnostic.
// It never talks to any API; on errors the caller stops.
//
// File calls are synchronous on purpose: files are read one after another anyway (for a stable order), and
// the first use of fs.promises loads a dozen more Node modules at start (bench B7). The functions stay async,
// because a file with problems loads the position-keeping parser (and an unusual pattern the glob library) with
// a dynamic import.
import { readFileSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { globFiles } from './glob.js';
import { escapes, isInside, toPosix } from '../workspace-paths.js';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { ConnectionManifest, ManifestSet } from './types.js';
import { decodeManifestText } from './read-text.js';
import { loadFileFast, loadFilePrecise, type FileOutcome } from './load-file.js';
import { preparePositions } from './positions.js';
import { unknownCheckHosts } from './checks-hosts.js';

export type ManifestParser = 'fast' | 'precise';

export interface LoadManifestsOptions {
  /** Absolute repository root; every reported `file` is relative to it. */
  workspace: string;
  /** Globs relative to `workspace`; `!pattern` excludes. */
  patterns: string[];
  /** The run's label (not used by the loader itself; accepted so callers can pass their options through). */
  label?: string;
  /** `fast` (default): js-yaml + a hand-written check, zod and `yaml` only for files with problems. `precise`: `yaml` + zod for everything. */
  parser?: ManifestParser;
  /**
   * `eager` (default): the position-keeping parser is loaded before returning, so ManifestSource.locate() works.
   * `lazy`: it is loaded only when a file has a problem; for callers that never call locate() (validate mode),
   * which then start without the `yaml` package (bench B7). Call preparePositions() before a later locate().
   */
  positions?: 'eager' | 'lazy';
}

export interface LoadManifestsResult {
  set: ManifestSet;
  diagnostics: Diagnostic[];
}

/**
 * Glob each positive pattern on its own, so a pattern that matches nothing can be named. Returns each file
 * (relative, `/`) with its real path when the walk already knows it (undefined: the loader resolves it).
 */
async function expandPatterns(workspace: string, patterns: string[], diagnostics: Diagnostic[]): Promise<Map<string, string | undefined>> {
  const cleaned = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  const ignore = cleaned.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim()).filter(Boolean);
  const positive = cleaned.filter((p) => !p.startsWith('!'));
  if (positive.length === 0) {
    diagnostics.push({ severity: 'error', message: 'no manifest pattern given', code: 'no-manifests' });
    return new Map();
  }
  const files = new Map<string, string | undefined>();
  for (const pattern of positive) {
    // A pattern that starts outside the repository would walk (and name, in errors) files outside it: refuse it
    // before globbing. Files it would match are refused anyway; this keeps the outside from being listed at all.
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      diagnostics.push({
        severity: 'error',
        message: `manifest pattern \`${pattern}\` leaves the repository`,
        code: 'outside-workspace',
        hint: 'patterns are relative to the repository root and may not use `..` or absolute paths',
      });
      continue;
    }
    const found = await globFiles(workspace, pattern, ignore);
    if (found.length === 0) {
      diagnostics.push({
        severity: 'error',
        message: `no manifest matched \`${pattern}\``,
        code: 'no-manifests',
        hint: 'patterns are relative to the repository root; check the `manifests` input',
      });
    }
    for (const f of found) {
      // The walk's paths are already clean (`a/b.yaml`); the library's are normalised here.
      const file = f.real !== undefined ? f.file : toPosix(path.relative(workspace, path.resolve(workspace, f.file)));
      if (files.get(file) === undefined) files.set(file, f.real);
    }
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A problem of a whole file (or, from the decoder, at one place in it). */
function fileProblem(file: string, message: string, code: string, line = 1, col = 1): FileOutcome {
  return { connections: [], diagnostics: [{ severity: 'error', message, position: { file, line, col }, code }] };
}

/** `knownReal`: the file's real path when the glob walk already resolved it. */
async function loadOne(workspace: string, realWorkspace: string, file: string, parser: ManifestParser, knownReal: string | undefined): Promise<FileOutcome> {
  if (escapes(file)) return fileProblem(file, 'manifest file is outside the repository', 'outside-workspace');
  let bytes: Uint8Array;
  try {
    const real = knownReal ?? realpathSync.native(path.resolve(workspace, file));
    if (!isInside(realWorkspace, real)) return fileProblem(file, 'manifest file is a symlink to a file outside the repository', 'outside-workspace');
    bytes = readFileSync(real);
  } catch (e) {
    return fileProblem(file, `cannot read manifest: ${(e as Error).message}`, 'read-error');
  }
  const decoded = decodeManifestText(bytes);
  if (!decoded.ok) return fileProblem(file, decoded.message, decoded.code, decoded.line, decoded.col);
  const ctx = { workspace, file, text: decoded.text };
  try {
    return parser === 'precise' ? await loadFilePrecise(ctx) : await loadFileFast(ctx);
  } catch (e) {
    // A parser blowing up (deep nesting → stack overflow, say) is this file's problem, not the run's.
    return fileProblem(file, `cannot load manifest: ${(e as Error).message}`, 'yaml-syntax');
  }
}

/** The name of a document with problems, and where it is written (FileOutcome.namesOfInvalid). */
type NamedPlace = NonNullable<FileOutcome['namesOfInvalid']>[number];

/**
 * Same name twice (across files or documents): an error at each place, naming the other(s). Documents with other
 * problems take part too when their `name` itself is fine. Places are only worked out for names seen twice.
 */
async function duplicateNames(connections: ConnectionManifest[], invalid: NamedPlace[]): Promise<Diagnostic[]> {
  const seen = new Map<string, number>();
  for (const { name } of [...connections, ...invalid]) seen.set(name, (seen.get(name) ?? 0) + 1);
  const twice = new Set([...seen].filter(([, n]) => n > 1).map(([name]) => name));
  if (twice.size === 0) return [];
  await preparePositions(); // the errors point at each name
  const byName = new Map<string, SourcePosition[]>();
  const add = (name: string, place: SourcePosition) => byName.set(name, [...(byName.get(name) ?? []), place]);
  for (const c of connections) if (twice.has(c.name)) add(c.name, c.source.locate(['name']));
  for (const n of invalid) if (twice.has(n.name)) add(n.name, n.position);
  const out: Diagnostic[] = [];
  for (const [name, unordered] of byName) {
    const places = unordered.sort(comparePositions);
    places.forEach((p, i) => {
      const others = places.filter((_, j) => j !== i).map((o) => `${o.file}:${o.line}`);
      out.push({
        severity: 'error',
        message: `duplicate connection name \`${name}\` (also declared at ${others.join(', ')})`,
        position: p,
        code: 'duplicate-name',
        hint: 'connections are matched by name, so each name may appear once across all manifests',
      });
    });
  }
  return out;
}

function comparePositions(pa: SourcePosition, pb: SourcePosition): number {
  return pa.file < pb.file ? -1 : pa.file > pb.file ? 1 : pa.line - pb.line || pa.col - pb.col;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  const pa = a.position;
  const pb = b.position;
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  return comparePositions(pa, pb) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export async function loadManifests(opts: LoadManifestsOptions): Promise<LoadManifestsResult> {
  const workspace = path.resolve(opts.workspace);
  const parser = opts.parser ?? 'fast';
  const diagnostics: Diagnostic[] = [];
  const found = await expandPatterns(workspace, opts.patterns, diagnostics);
  const files = [...found.keys()];
  let realWorkspace = workspace;
  try {
    realWorkspace = realpathSync.native(workspace);
  } catch {
    diagnostics.push({ severity: 'error', message: `workspace ${workspace} does not exist`, code: 'read-error' });
  }
  const connections: ConnectionManifest[] = [];
  const invalidNames: NamedPlace[] = [];
  const fileDiagnostics: Diagnostic[] = [];
  // Sequential on purpose: files are read in sorted order so connections keep a stable, reproducible order.
  for (const file of files) {
    const r = await loadOne(workspace, realWorkspace, file, parser, found.get(file));
    connections.push(...r.connections);
    fileDiagnostics.push(...r.diagnostics);
    if (r.namesOfInvalid) invalidNames.push(...r.namesOfInvalid);
  }
  fileDiagnostics.push(...(await duplicateNames(connections, invalidNames)));
  fileDiagnostics.push(...(await unknownCheckHosts(connections)));
  if (opts.positions !== 'lazy' && connections.length > 0) await preparePositions();
  fileDiagnostics.sort(byPosition);
  diagnostics.push(...fileDiagnostics);
  return { set: { files, connections }, diagnostics };
}

export type { ConnectionManifest, ManifestSet, ManifestSource, HostRecord, RouteSpec, FieldPath } from './types.js';
// The zod schema itself (connectionSchema) is imported from './schema.js' by whoever needs it: re-exporting it here
// would put zod on every caller's start path.
export { MAX_HOSTS, MAX_USER_TAGS, isIPv4, isHostName, tagKeyProblem, tagValueProblem } from './rules.js';
export { preparePositions } from './positions.js';
export { parseHostsText } from './hosts-file.js';
