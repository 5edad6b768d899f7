// A validated document → a ConnectionManifest (with its hosts_file records and on-demand positions). Shared by the
// fast route (load-file.ts) and the precise one (load-precise.ts); needs neither zod nor `yaml`.
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { ConnectionManifest, FieldPath, HostRecord, ManifestSource } from './types.js';
import type { Problem } from './validate.js';
import type { YamlFileIndex, LineCol } from './yaml-index.js';
import type { ConnectionInput } from './schema.js';
import { readHostsFile, type HostsFileRecord } from './hosts-file.js';
import { MAX_HOSTS } from './rules.js';

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
  /**
   * The names of documents that had problems but a well-formed `name`, with where it is written: so a duplicate
   * name is reported in the same run as the other problems, not after they are fixed.
   */
  namesOfInvalid?: { name: string; position: SourcePosition }[];
}

export const err = (message: string, position: SourcePosition | undefined, code: string, hint?: string): Diagnostic => ({
  severity: 'error',
  message,
  ...(position ? { position } : {}),
  code,
  ...(hint ? { hint } : {}),
});

export interface HostsOrigin {
  file: string;
  records: HostsFileRecord[];
}

/**
 * Where a manifest's fields are, worked out only when asked. A class rather than closures per manifest: building
 * 200 small manifests allocated and named a handful of functions each (bench B2).
 */
class LazySource implements ManifestSource {
  readonly documentIndex: number;
  private docPos: SourcePosition | undefined;
  private readonly cache = new Map<string, SourcePosition>();

  constructor(
    private readonly ctx: FileContext,
    docIndex: number,
    private readonly inlineHosts: number,
    private readonly hostsOrigin: HostsOrigin | undefined,
    private readonly start: LineCol | (() => LineCol),
    private readonly index: () => YamlFileIndex,
  ) {
    this.documentIndex = docIndex;
  }

  get file(): string {
    return this.ctx.file;
  }

  get position(): SourcePosition {
    if (!this.docPos) {
      const lc = typeof this.start === 'function' ? this.start() : this.start;
      this.docPos = { file: this.ctx.file, line: lc.line, col: lc.col };
    }
    return this.docPos;
  }

  locate(path: FieldPath): SourcePosition {
    const origin = this.hostsOrigin;
    if (origin && path[0] === 'hosts' && typeof path[1] === 'number' && path[1] >= this.inlineHosts) {
      const rec = origin.records[path[1] - this.inlineHosts];
      if (rec) return { file: origin.file, line: rec.line, col: path[2] === 'ip' ? rec.ipCol : rec.col };
      return this.locate(['hosts_file']);
    }
    const key = JSON.stringify(path);
    let p = this.cache.get(key);
    if (!p) {
      const lc = path.length === 0 ? this.index().docPosition(this.documentIndex) : this.index().locate(this.documentIndex, path, 'value');
      p = { file: this.ctx.file, line: lc.line, col: lc.col };
      this.cache.set(key, p);
    }
    return p;
  }
}

/** A ConnectionManifest from validated input; positions come from `index()` only when asked. */
export function buildManifest(
  ctx: FileContext,
  docIndex: number,
  input: ConnectionInput,
  hostsOrigin: HostsOrigin | undefined,
  position: LineCol | (() => LineCol),
  index: () => YamlFileIndex,
): ConnectionManifest {
  const inline: HostRecord[] = (input.hosts ?? []).map((h) => ({ name: h.name, ip: h.ip }));
  const extra: HostRecord[] = hostsOrigin ? hostsOrigin.records.map((r) => ({ name: r.name, ip: r.ip })) : [];
  const source = new LazySource(ctx, docIndex, inline.length, hostsOrigin, position, index);
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
  if (input.checks !== undefined) m.checks = [...input.checks];
  return m;
}

export type HostsStep = { ok: true; origin?: HostsOrigin } | { ok: false; problems: Problem[]; diagnostics: Diagnostic[] };

/**
 * A document's hosts_file, and the 20,000 limit over inline + file records. `inlineHosts` is the count of the
 * document's own `hosts` (0 for a document with problems, whose hosts_file is still checked).
 */
export async function resolveHosts(ctx: FileContext, hostsFile: string | undefined, inlineHosts: number): Promise<HostsStep> {
  if (hostsFile === undefined) return { ok: true };
  const r = await readHostsFile(ctx.workspace, ctx.file, hostsFile);
  if (!r.ok) {
    if ('valueMessage' in r) return { ok: false, problems: [{ path: ['hosts_file'], at: 'value', code: r.code, message: `hosts_file: ${r.valueMessage}` }], diagnostics: [] };
    return {
      ok: false,
      problems: [],
      diagnostics: r.problems.map((p) => err(p.message, { file: r.file, line: p.line, col: p.col }, p.code, `in hosts_file of ${ctx.file}`)),
    };
  }
  const total = inlineHosts + r.records.length;
  if (total > MAX_HOSTS) {
    return {
      ok: false,
      diagnostics: [],
      problems: [{ path: ['hosts_file'], at: 'value', code: 'too-many-hosts', message: `hosts and hosts_file together declare ${total} hosts, at most ${MAX_HOSTS}` }],
    };
  }
  return { ok: true, origin: { file: r.file, records: r.records } };
}

