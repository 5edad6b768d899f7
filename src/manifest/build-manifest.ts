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

export type HostsStep = { ok: true; origin?: HostsOrigin } | { ok: false; problems: Problem[]; diagnostics: Diagnostic[] };

/** hosts_file of a schema-valid document, and the 20,000 limit over inline + file records. */
export async function resolveHosts(ctx: FileContext, input: ConnectionInput): Promise<HostsStep> {
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

