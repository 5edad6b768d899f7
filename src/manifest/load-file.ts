// One manifest file → connections + diagnostics, by two routes that must agree:
// - fast: js-yaml 4 (CORE_SCHEMA) + the hand-written check of fast-check.ts, no positions kept; any problem at
//   all sends the file to the precise route, so diagnostics (text and positions) always come from one place;
// - precise (load-precise.ts): the `yaml` package with node ranges + zod, for files with problems and for
//   `parser: 'precise'`. It is imported only when needed, so valid manifests load without zod or `yaml` (bench B7).
import jsYaml from 'js-yaml';
import type { ConnectionManifest } from './types.js';
import type { LineCol } from './yaml-index.js';
import { buildManifest, resolveHosts, type FileContext, type FileOutcome } from './build-manifest.js';
import { isValidConnection, toConnectionInput } from './fast-check.js';
import { lazyIndex, preparePositions } from './positions.js';

export type { FileContext, FileOutcome } from './build-manifest.js';

/** The precise route: every diagnostic with its exact position. */
export async function loadFilePrecise(ctx: FileContext): Promise<FileOutcome> {
  const [precise] = await Promise.all([import('./load-precise.js'), preparePositions()]);
  return precise.loadFilePrecise(ctx);
}

/**
 * Plain scalars that js-yaml's CORE_SCHEMA and the `yaml` package resolve differently: js-yaml reads `0b101`,
 * `+0x1`, `-0o17` as numbers where `yaml` keeps strings, and `-.5`/`+.5` as strings where `yaml` reads numbers.
 * As values, a number fails validation on the fast route anyway; but as map keys (tag keys) or as `±.5` the two
 * routes would accept different data. Rare in real manifests, so such files simply take the precise route.
 */
const CORE_SCHEMA_DISAGREEMENT = /(?:^|[\s[{,:?])(?:[-+]?0b[01]|[-+]0[xo][0-9a-fA-F]|[-+]\.[0-9])/m;

/**
 * The fast route. Returns the precise route's outcome as soon as anything is off, so both routes always give the
 * same diagnostics; on the happy path no position-keeping parse happens at all.
 */
export async function loadFileFast(ctx: FileContext): Promise<FileOutcome> {
  if (CORE_SCHEMA_DISAGREEMENT.test(ctx.text)) return loadFilePrecise(ctx);
  const values: unknown[] = [];
  /**
   * Per document, where it "is" (like YamlFileIndex.docPosition): the node opened just before the first node to
   * close, which in a mapping is its first key. js-yaml's listener is the only position source on this route;
   * one closure call per node, and an object only per document, keeps it cheap.
   */
  const starts: LineCol[] = [];
  let depth = 0;
  let openLine = 1;
  let openCol = 1;
  let keyFound = false;
  try {
    jsYaml.loadAll(ctx.text, (doc) => values.push(doc), {
      schema: jsYaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          openLine = state.line + 1;
          openCol = state.position - state.lineStart + 1;
          if (depth === 0) keyFound = false;
          depth++;
        } else {
          depth--;
          if (!keyFound) {
            starts.push({ line: openLine, col: openCol });
            keyFound = true;
          }
        }
      },
    });
  } catch {
    return loadFilePrecise(ctx);
  }
  if (values.length === 0 || values.some((v) => v === null || v === undefined)) return loadFilePrecise(ctx);
  const mayHaveAliases = ctx.text.includes('*');
  if (!values.every((v) => isValidConnection(v, { mayHaveAliases }))) return loadFilePrecise(ctx);
  // A listener quirk should never cost a wrong position: unless there is exactly one start per document, ask the
  // precise index (lazily, but `position` is sync: have its module ready).
  const startsOk = starts.length === values.length;
  if (!startsOk) await preparePositions();
  const index = lazyIndex(ctx.text);
  const connections: ConnectionManifest[] = [];
  for (let i = 0; i < values.length; i++) {
    const input = toConnectionInput(values[i]);
    // Most manifests have no hosts_file: no await (a microtask per document) for them.
    const hosts = input.hosts_file === undefined ? undefined : await resolveHosts(ctx, input.hosts_file, input.hosts?.length ?? 0);
    if (hosts && !hosts.ok) return loadFilePrecise(ctx);
    const start = startsOk ? starts[i] : undefined;
    connections.push(buildManifest(ctx, i, input, hosts?.origin, start ?? (() => index().docPosition(i)), index));
  }
  return { connections, diagnostics: [] };
}
