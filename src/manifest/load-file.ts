// One manifest file → connections + diagnostics, by two routes that must agree:
// - fast: js-yaml 4 (CORE_SCHEMA) + zod, no positions kept; any problem at all sends the file to the precise route,
//   so diagnostics (text and positions) always come from one place;
// - precise: the `yaml` package with node ranges, for files with problems, for `parser: 'precise'`, and lazily
//   for ManifestSource.locate().
import jsYaml from 'js-yaml';
import { isScalar, visit, type Document } from 'yaml';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { ConnectionManifest, FieldPath, HostRecord, ManifestSource } from './types.js';
import { validateDocument, type Problem } from './validate.js';
import { YamlFileIndex, type LineCol } from './yaml-index.js';
import { readHostsFile, type HostsFileRecord } from './hosts-file.js';
import type { ConnectionInput } from './schema.js';
import { MAX_HOSTS } from './schema.js';

export interface FileContext {
  /** Absolute workspace root. */
  workspace: string;
  /** Relative to the workspace, `/` separators. */
  file: string;
  /** Decoded text (BOM already stripped). */
  text: string;
}

export interface FileOutcome {
  connections: ConnectionManifest[];
  diagnostics: Diagnostic[];
}

const err = (message: string, position: SourcePosition | undefined, code: string, hint?: string): Diagnostic => ({
  severity: 'error',
  message,
  ...(position ? { position } : {}),
  code,
  ...(hint ? { hint } : {}),
});

/** Lazily built, cached `yaml` index of one file: built at most once whoever asks first. */
function lazyIndex(text: string, existing?: YamlFileIndex): () => YamlFileIndex {
  let idx = existing;
  return () => (idx ??= new YamlFileIndex(text));
}

interface HostsOrigin {
  file: string;
  records: HostsFileRecord[];
}

/** A ConnectionManifest from validated input; positions come from `index()` only when asked. */
function buildManifest(
  ctx: FileContext,
  docIndex: number,
  input: ConnectionInput,
  hostsOrigin: HostsOrigin | undefined,
  position: LineCol | (() => LineCol),
  index: () => YamlFileIndex,
): ConnectionManifest {
  const inline: HostRecord[] = (input.hosts ?? []).map((h) => ({ name: h.name, ip: h.ip }));
  const extra: HostRecord[] = hostsOrigin ? hostsOrigin.records.map((r) => ({ name: r.name, ip: r.ip })) : [];
  const cache = new Map<string, SourcePosition>();
  const locate = (path: FieldPath): SourcePosition => {
    if (hostsOrigin && path[0] === 'hosts' && typeof path[1] === 'number' && path[1] >= inline.length) {
      const rec = hostsOrigin.records[path[1] - inline.length];
      if (rec) return { file: hostsOrigin.file, line: rec.line, col: path[2] === 'ip' ? rec.ipCol : rec.col };
      return locate(['hosts_file']);
    }
    const key = JSON.stringify(path);
    let p = cache.get(key);
    if (!p) {
      const lc = path.length === 0 ? index().docPosition(docIndex) : index().locate(docIndex, path, 'value');
      p = { file: ctx.file, line: lc.line, col: lc.col };
      cache.set(key, p);
    }
    return p;
  };
  let docPos: SourcePosition | undefined;
  const source: ManifestSource = {
    file: ctx.file,
    documentIndex: docIndex,
    get position(): SourcePosition {
      if (!docPos) {
        const lc = typeof position === 'function' ? position() : position;
        docPos = { file: ctx.file, line: lc.line, col: lc.col };
      }
      return docPos;
    },
    locate,
  };
  const m: ConnectionManifest = {
    name: input.name,
    dest_vpc_id: input.dest_vpc_id,
    dest_network_id: input.dest_network_id,
    queues: [...(input.queues ?? [])],
    elastic_resource_pools: [...(input.elastic_resource_pools ?? [])],
    hosts: inline.concat(extra),
    routes: (input.routes ?? []).map((r) => ({ name: r.name, cidr: r.cidr })),
    tags: { ...(input.tags ?? {}) },
    tagsDeclared: input.tags !== undefined,
    source,
  };
  if (input.routetable_id !== undefined) m.routetable_id = input.routetable_id;
  if (input.hosts_file !== undefined) m.hosts_file = input.hosts_file;
  return m;
}

type HostsStep = { ok: true; origin?: HostsOrigin } | { ok: false; problems: Problem[]; diagnostics: Diagnostic[] };

/** hosts_file of a schema-valid document, and the 20,000 limit over inline + file records. */
async function resolveHosts(ctx: FileContext, input: ConnectionInput): Promise<HostsStep> {
  if (input.hosts_file === undefined) return { ok: true };
  const r = await readHostsFile(ctx.workspace, ctx.file, input.hosts_file);
  if (!r.ok) {
    if ('valueMessage' in r) return { ok: false, problems: [{ path: ['hosts_file'], at: 'value', code: r.code, message: `hosts_file: ${r.valueMessage}` }], diagnostics: [] };
    return {
      ok: false,
      problems: [],
      diagnostics: r.problems.map((p) => err(p.message, { file: r.file, line: p.line, col: p.col }, p.code, `in hosts_file of ${ctx.file}`)),
    };
  }
  const total = (input.hosts?.length ?? 0) + r.records.length;
  if (total > MAX_HOSTS) {
    return {
      ok: false,
      diagnostics: [],
      problems: [{ path: ['hosts_file'], at: 'value', code: 'too-many-hosts', message: `hosts and hosts_file together declare ${total} hosts, at most ${MAX_HOSTS}` }],
    };
  }
  return { ok: true, origin: { file: r.file, records: r.records } };
}

/** No content at all (nothing, or only comments, after `---`); `~` or `null` written out is content. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && (c.source === '' || c.range?.[0] === c.range?.[1]));
}

/** `yaml` reports a duplicate key at the second occurrence; name the key when it is a simple one. */
function duplicateKeyMessage(text: string, offset: number): string {
  const m = /^(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\s:#,{}[\]][^:#\n,{}]{0,79}?))\s*:/.exec(text.slice(offset, offset + 200));
  const key = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return key ? `duplicate key \`${key}\` (each key may appear once in a mapping)` : 'duplicate key in a mapping (each key may appear once)';
}

function unresolvedAlias(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (!node.resolve(doc)) {
        found = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The precise route: every diagnostic with its exact position. */
export async function loadFilePrecise(ctx: FileContext, prebuilt?: YamlFileIndex): Promise<FileOutcome> {
  const diagnostics: Diagnostic[] = [];
  const connections: ConnectionManifest[] = [];
  let idx: YamlFileIndex;
  try {
    idx = prebuilt ?? new YamlFileIndex(ctx.text);
  } catch (e) {
    return { connections, diagnostics: [err(`cannot parse YAML: ${(e as Error).message}`, { file: ctx.file, line: 1, col: 1 }, 'yaml-syntax')] };
  }
  const at = (lc: LineCol): SourcePosition => ({ file: ctx.file, line: lc.line, col: lc.col });
  const index = lazyIndex(ctx.text, idx);
  const nonEmpty = idx.docs.filter((d) => !isEmptyDocument(d) || d.errors.length > 0);
  if (nonEmpty.length === 0) {
    diagnostics.push(err('no connection in this file (it is empty or holds only comments)', at({ line: 1, col: 1 }), 'empty-file'));
    return { connections, diagnostics };
  }
  for (let i = 0; i < idx.docs.length; i++) {
    const doc = idx.docs[i] as (typeof idx.docs)[number];
    const yamlProblems = [...doc.errors, ...doc.warnings];
    if (yamlProblems.length) {
      for (const e of yamlProblems) {
        const lp = e.linePos?.[0] ?? idx.pos(e.pos[0]);
        const dup = e.code === 'DUPLICATE_KEY';
        const message = dup ? duplicateKeyMessage(ctx.text, e.pos[0]) : `YAML: ${e.message.split('\n')[0]}`;
        diagnostics.push(err(message, at(lp), dup ? 'duplicate-key' : 'yaml-syntax'));
      }
      continue;
    }
    if (isEmptyDocument(doc)) {
      diagnostics.push({ severity: 'warning', message: 'empty YAML document (ignored)', position: at(idx.pos(doc.range[0])), code: 'empty-document' });
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // The one toJS failure in practice: an alias whose anchor comes later or not at all. Point at the alias.
      const alias = unresolvedAlias(doc);
      const where = alias !== undefined ? idx.pos(alias) : idx.docPosition(i);
      diagnostics.push(err(`YAML: ${(e as Error).message.split('\n')[0]}`, at(where), 'yaml-syntax'));
      continue;
    }
    const v = validateDocument(value, { mayHaveAliases: ctx.text.includes('*') });
    if (!v.ok) {
      for (const p of v.problems) diagnostics.push(err(p.message, at(idx.locate(i, p.path, p.at)), p.code));
      continue;
    }
    const hosts = await resolveHosts(ctx, v.input);
    if (!hosts.ok) {
      for (const p of hosts.problems) diagnostics.push(err(p.message, at(idx.locate(i, p.path, p.at)), p.code));
      diagnostics.push(...hosts.diagnostics);
      continue;
    }
    connections.push(buildManifest(ctx, i, v.input, hosts.origin, idx.docPosition(i), index));
  }
  return { connections, diagnostics };
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
   * one closure call per node keeps it cheap.
   */
  const starts: LineCol[] = [];
  let depth = 0;
  let lastOpen: LineCol = { line: 1, col: 1 };
  let keyFound = false;
  try {
    jsYaml.loadAll(ctx.text, (doc) => values.push(doc), {
      schema: jsYaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          lastOpen = { line: state.line + 1, col: state.position - state.lineStart + 1 };
          if (depth === 0) keyFound = false;
          depth++;
        } else {
          depth--;
          if (!keyFound) {
            starts.push(lastOpen);
            keyFound = true;
          }
        }
      },
    });
  } catch {
    return loadFilePrecise(ctx);
  }
  if (values.length === 0 || values.some((v) => v === null || v === undefined)) return loadFilePrecise(ctx);
  const index = lazyIndex(ctx.text);
  const mayHaveAliases = ctx.text.includes('*');
  const connections: ConnectionManifest[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = validateDocument(values[i], { mayHaveAliases });
    if (!v.ok) return loadFilePrecise(ctx);
    const hosts = await resolveHosts(ctx, v.input);
    if (!hosts.ok) return loadFilePrecise(ctx);
    // A listener quirk should never cost a wrong position: unless there is exactly one start per document, ask the
    // precise index (lazily).
    const start = starts.length === values.length ? starts[i] : undefined;
    connections.push(buildManifest(ctx, i, v.input, hosts.origin, start ?? (() => index().docPosition(i)), index));
  }
  return { connections, diagnostics: [] };
}
