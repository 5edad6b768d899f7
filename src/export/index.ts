// Export: write the live connections of a project as manifests, so a team can adopt what was made by hand.
// Read-only towards the cloud: one paged list (tag-filtered when asked), one tag read per exported connection
// (bounded concurrency), and, when a resource API is given, the queue and pool listings. Then one file per
// connection, `<out>/<name>.yaml`, and `<out>/hosts/<name>.hosts` when it has more than 50 hosts.
//
// The acceptance is the round trip: `plan` over freshly exported manifests adopts each connection (ownership tag)
// and changes nothing else; after one apply a second plan is all unchanged. That holds because every field the
// diff compares is written from what the API returned: hosts (as a set), bound names (the union of both live
// lists), routes by name and cidr, and the user tags as a declared map. `routetable_id` is create-only and never
// returned, so it never causes a diff; a comment in each file says so.
import { runPool } from '../pool.js';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ApiError } from '../dli/errors.js';
import type { DliApi, DliResourceApi, LiveConnection, Tag } from '../dli/types.js';
import type { Logger } from '../logger.js';
import { CONNECTION_NAME_RE, connectionSchema, isHostName, isIPv4 } from '../manifest/schema.js';
import { isDeletedStatus } from '../plan/diff.js';
import { apiText, inertText } from '../untrusted-text.js';
import { OWNERSHIP_TAG_KEY } from '../ownership.js';
import { readResourceKinds, splitBindings, type ResourceKinds } from './bindings.js';
import { findExistingManifests, outDirPatterns } from './existing.js';
import { hasAllTags } from './filters.js';
import { ensureDir, readExisting, resolveOutDir, writeAtomic, type OutDir } from './paths.js';
import { toPosix } from '../workspace-paths.js';
import { renderHostsFile, renderManifest, type ExportedManifest } from './render.js';

export { parseTagFilter, parseTagFilters } from './filters.js';

/** More hosts than this go to a hosts file next to the manifest, so the manifest stays readable in review. */
export const MAX_INLINE_HOSTS = 50;

/** Where the modeline points when the workspace has no copy of the schema: the schema's own `$id`. */
export const PUBLISHED_SCHEMA_URL = String(
  (connectionSchema.meta() as { $id?: string } | undefined)?.$id ??
    'https://raw.githubusercontent.com/dli-connections/dli-connections/main/schema/connection.schema.json',
);

/** The schema file looked for in the workspace (this repository keeps it there; most users' repositories do not). */
export const WORKSPACE_SCHEMA_FILE = 'schema/connection.schema.json';

export interface ExportOptions {
  api: DliApi;
  /** Absolute repository root. */
  workspace: string;
  /** Output folder, relative to the workspace or absolute; must stay inside the workspace. */
  outDir: string;
  /** Export only these connections (exact names). Empty or absent: all. */
  names?: string[];
  /** Export only connections carrying all of these tags (the List call's tag filter). */
  tags?: Tag[];
  /** Overwrite files export would write that already exist with other content. */
  force: boolean;
  /** The run's label: connections owned under another label are not exported (a plan would refuse them). */
  label: string;
  logger: Logger;
  /** Queue and pool listings, so each bound name lands in the right list; without it, where the API listed it. */
  resources?: DliResourceApi;
  /**
   * Manifest globs (relative to the workspace) whose connections count as already exported, besides the ones in
   * the output folder; pass the run's `manifests` input so a connection managed elsewhere is not duplicated.
   */
  manifestPatterns?: string[];
  /** Parallel tag reads; default 8. */
  concurrency?: number;
}

/**
 * - written: a new file
 * - overwritten: the file existed with other content and `force` was on
 * - exists: the connection already has a manifest (this file with other content and no `force`, or another
 *   file that declares the same name: never written then, `force` or not)
 * - unchanged: the file already holds exactly what export would write
 */
export type ExportStatus = 'written' | 'exists' | 'overwritten' | 'unchanged';

export interface ExportEntry {
  name: string;
  connectionId: string;
  /** The manifest, relative to the workspace (`/` separators): the one written, or the one that already exists. */
  file: string;
  status: ExportStatus;
  /** The hosts file (relative to the workspace) when the connection has more than MAX_INLINE_HOSTS hosts. */
  hostsFile?: string;
  /** Other manifest files that already declare this connection (status 'exists'). */
  declaredIn?: string[];
  /** Live values the manifest rules refuse: the file is written, but must be fixed by hand before it validates. */
  problems?: string[];
}

/** A connection that carries this action's ownership tag. */
export interface AlreadyManaged {
  name: string;
  connectionId: string;
  /** The ownership tag's value. */
  label: string;
  /** True for this run's label (exported like any other); false for another label (not exported). */
  exported: boolean;
}

export interface SkippedConnection {
  name: string;
  connectionIds: string[];
  reason: string;
}

export interface ExportResult {
  /** The output folder, relative to the workspace ('' for the workspace itself). */
  outDir: string;
  /** One per exported connection, sorted by name. */
  entries: ExportEntry[];
  /** Connections carrying the ownership tag (any label), sorted by name. */
  alreadyManaged: AlreadyManaged[];
  /** Live connections not exported, and why (duplicate names, names no manifest can hold, another label …). */
  skipped: SkippedConnection[];
  /** Names asked for with `names` that no live connection has. */
  unmatchedNames: string[];
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


/** The modeline target: the workspace's schema file relative to the manifest folder, else the published URL. */
async function schemaRef(out: OutDir): Promise<string> {
  const schemaAbs = path.join(out.workspace, WORKSPACE_SCHEMA_FILE);
  try {
    const st = await fs.stat(schemaAbs);
    if (st.isFile()) {
      const rel = toPosix(path.relative(out.abs, schemaAbs));
      return rel.startsWith('.') ? rel : `./${rel}`;
    }
  } catch {
    // absent: fall through to the URL
  }
  return PUBLISHED_SCHEMA_URL;
}

interface Candidate {
  conn: LiveConnection;
  tags: Tag[];
}

/** The manifest model of one live connection (without the hosts-file decision's path prefix). */
function toManifest(c: Candidate, kinds: ResourceKinds | undefined): { manifest: ExportedManifest; hostsInFile: boolean } {
  const { conn } = c;
  const bindings = splitBindings(conn, kinds);
  const hostsInFile = conn.hosts.length > MAX_INLINE_HOSTS;
  const manifest: ExportedManifest = {
    name: conn.name,
    dest_vpc_id: conn.dest_vpc_id,
    dest_network_id: conn.dest_network_id,
    queues: bindings.queues,
    elastic_resource_pools: bindings.elastic_resource_pools,
    hosts: hostsInFile ? [] : conn.hosts.map((h) => ({ name: h.name, ip: h.ip })),
    // Routes by name: the API's order is creation order, which a delete + add changes without changing anything.
    routes: [...conn.routes].map((r) => ({ name: r.name, cidr: r.cidr })).sort((a, b) => compareStrings(a.name, b.name)),
    tags: c.tags
      .filter((t) => t.key !== OWNERSHIP_TAG_KEY)
      .map((t) => ({ key: t.key, value: t.value }))
      .sort((a, b) => compareStrings(a.key, b.key)),
  };
  if (hostsInFile) manifest.hosts_file = `hosts/${conn.name}.hosts`;
  return { manifest, hostsInFile };
}

/** What the validator would refuse in the exported manifest, as short messages (at most a handful). */
function manifestProblems(m: ExportedManifest, fileHosts: LiveConnection['hosts']): string[] {
  const doc: Record<string, unknown> = { name: m.name, dest_vpc_id: m.dest_vpc_id, dest_network_id: m.dest_network_id };
  if (m.queues.length) doc.queues = m.queues;
  if (m.elastic_resource_pools.length) doc.elastic_resource_pools = m.elastic_resource_pools;
  if (m.hosts.length) doc.hosts = m.hosts;
  if (m.hosts_file !== undefined) doc.hosts_file = m.hosts_file;
  if (m.routes.length) doc.routes = m.routes;
  doc.tags = Object.fromEntries(m.tags.map((t) => [t.key, t.value]));
  const problems: string[] = [];
  const parsed = connectionSchema.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`);
  }
  for (const h of fileHosts) {
    if (!isIPv4(h.ip)) problems.push(`${m.hosts_file}: ${JSON.stringify(h.ip)} is not an IPv4 address the manifest rules accept`);
    else if (!isHostName(h.name)) problems.push(`${m.hosts_file}: host name ${JSON.stringify(h.name)} is not accepted by the manifest rules`);
  }
  const MAX = 10;
  return problems.length > MAX ? [...problems.slice(0, MAX), `… and ${problems.length - MAX} more`] : problems;
}

/**
 * Lists the live connections (paged, DELETED dropped), keeps those matching `names` and `tags`, reads their tags,
 * and writes one manifest per connection into `outDir`. Never writes outside the workspace, never overwrites a
 * file with other content unless `force`, never writes a connection that another manifest already declares.
 * Throws RunFailure('validation-failed') for an output folder outside the workspace; API errors propagate.
 */
export async function exportConnections(opts: ExportOptions): Promise<ExportResult> {
  const { api, logger, label } = opts;
  const out = await resolveOutDir(opts.workspace, opts.outDir);
  const names = [...new Set(opts.names ?? [])];
  const tagFilter = opts.tags ?? [];

  // 1. List (tag-filtered on the server when asked), drop DELETED, keep the names asked for.
  const listed = await api.listConnections(tagFilter.length > 0 ? { tags: tagFilter } : {});
  const wanted = names.length > 0 ? new Set(names) : undefined;
  const alive = listed.filter((c) => !isDeletedStatus(c.status) && (!wanted || wanted.has(c.name)));
  const unmatchedNames = names.filter((n) => !alive.some((c) => c.name === n)).sort(compareStrings);

  // 2. Names the manifest format cannot hold, and names two live connections share: reported, not exported.
  const skipped: SkippedConnection[] = [];
  const byName = new Map<string, LiveConnection[]>();
  for (const c of alive) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const single: LiveConnection[] = [];
  for (const [name, list] of byName) {
    const ids = list.map((c) => c.id).sort(compareStrings);
    if (!CONNECTION_NAME_RE.test(name)) {
      skipped.push({ name, connectionIds: ids, reason: 'name is not 1–64 of A-Z a-z 0-9 _ (no manifest can declare it)' });
    } else if (list.length > 1) {
      skipped.push({ name, connectionIds: ids, reason: `${list.length} live connections share this name; the action matches by name, so delete or rename the extra ones first` });
    } else {
      single.push(list[0] as LiveConnection);
    }
  }

  // 3. Tags, one read each (List does not return them). A connection deleted meanwhile is simply not exported.
  const tagsById = new Map<string, Tag[]>();
  await runPool(single, opts.concurrency ?? 8, async (c) => {
    try {
      tagsById.set(c.id, await api.listTags(c.id));
    } catch (err) {
      if (err instanceof ApiError && err.notFound) {
        skipped.push({ name: c.name, connectionIds: [c.id], reason: 'deleted while it was being exported' });
        return;
      }
      throw err;
    }
  });

  // 4. Ownership and the tag filter (checked again here: a server ignoring the filter must not export everything).
  const alreadyManaged: AlreadyManaged[] = [];
  let candidates: Candidate[] = [];
  for (const conn of single) {
    const tags = tagsById.get(conn.id);
    if (!tags) continue;
    if (!hasAllTags(tags, tagFilter)) continue;
    const owner = tags.find((t) => t.key === OWNERSHIP_TAG_KEY)?.value;
    if (owner !== undefined) {
      alreadyManaged.push({ name: conn.name, connectionId: conn.id, label: owner, exported: owner === label });
      if (owner !== label) {
        skipped.push({
          name: conn.name,
          connectionIds: [conn.id],
          reason: `already managed by dli-connections under label "${owner}" (this run's label is "${label}")`,
        });
        continue;
      }
    }
    candidates.push({ conn, tags });
  }

  // 5. Names differing only in case would be one file on macOS and Windows: keep the first, report the others.
  candidates.sort((a, b) => compareStrings(a.conn.name, b.conn.name));
  const fileKeys = new Map<string, string>();
  candidates = candidates.filter(({ conn }) => {
    const key = conn.name.toLowerCase();
    const first = fileKeys.get(key);
    if (first === undefined) {
      fileKeys.set(key, conn.name);
      return true;
    }
    skipped.push({ name: conn.name, connectionIds: [conn.id], reason: `its file name would collide with "${first}" on case-insensitive file systems` });
    return false;
  });

  // 6. Where bound names go, and which connections already have a manifest.
  const needKinds = opts.resources !== undefined && candidates.some((c) => c.conn.available_queue_info.length + c.conn.elastic_resource_pools.length > 0);
  const kinds = needKinds && opts.resources ? await readResourceKinds(opts.resources, logger) : undefined;
  const existing = await findExistingManifests(out.workspace, [...outDirPatterns(out.rel), ...(opts.manifestPatterns ?? [])], logger);
  const namesByFile = new Map<string, string[]>();
  for (const [name, files] of existing) for (const f of files) namesByFile.set(f, [...(namesByFile.get(f) ?? []), name]);
  const ref = await schemaRef(out);

  // 7. Write, one connection at a time in name order (the order of the log and of the result).
  const entries: ExportEntry[] = [];
  for (const c of candidates) entries.push(await exportOne(c, { out, kinds, existing, namesByFile, ref, force: opts.force, logger }));

  skipped.sort((a, b) => compareStrings(a.name, b.name));
  alreadyManaged.sort((a, b) => compareStrings(a.name, b.name));
  for (const s of skipped) logger.warning(`export: not exported: ${inertText(apiText(s.name, 200))} (${inertText(s.connectionIds.join(', '))}): ${inertText(s.reason)}`);
  for (const n of unmatchedNames) logger.warning(`export: no live connection is named ${inertText(n)}`);
  const count = (s: ExportStatus): number => entries.filter((e) => e.status === s).length;
  logger.info(
    `Exported ${entries.length} connection(s) to ${out.rel || '.'}: ${count('written')} written, ${count('overwritten')} overwritten, ` +
      `${count('unchanged')} unchanged, ${count('exists')} already had a manifest; ${skipped.length} skipped.`,
  );
  return { outDir: out.rel, entries, alreadyManaged, skipped, unmatchedNames };
}

interface WriteContext {
  out: OutDir;
  kinds: ResourceKinds | undefined;
  existing: Map<string, string[]>;
  /** The inverse of `existing`: manifest file → the connection names it declares. */
  namesByFile: Map<string, string[]>;
  ref: string;
  force: boolean;
  logger: Logger;
}

const joinRel = (...parts: string[]): string => parts.filter((p) => p !== '').join('/');

async function exportOne(c: Candidate, ctx: WriteContext): Promise<ExportEntry> {
  const { out, logger } = ctx;
  const { conn } = c;
  const fileRel = joinRel(out.rel, `${conn.name}.yaml`);
  const fileAbs = path.join(out.abs, `${conn.name}.yaml`);
  const base: Pick<ExportEntry, 'name' | 'connectionId'> = { name: conn.name, connectionId: conn.id };

  const declaredIn = (ctx.existing.get(conn.name) ?? []).filter((f) => f !== fileRel);
  if (declaredIn.length > 0) {
    logger.info(`export: ${inertText(apiText(conn.name, 200))} already has a manifest in ${inertText(declaredIn.join(', '))}; not written`);
    return { ...base, file: declaredIn[0] as string, status: 'exists', declaredIn };
  }
  // `<name>.yaml` may hold OTHER connections (people name files as they like): overwriting it, even with force,
  // would silently drop their manifests. Leave such a file alone.
  const othersInFile = (ctx.namesByFile.get(fileRel) ?? []).filter((name) => name !== conn.name);
  if (othersInFile.length > 0) {
    logger.warning(
      `export: ${fileRel} already declares ${inertText(othersInFile.sort(compareStrings).join(', '))}; ${inertText(conn.name)} is not written there (not even with force): move those manifests, or add this one by hand`,
    );
    return { ...base, file: fileRel, status: 'exists' };
  }

  const { manifest, hostsInFile } = toManifest(c, ctx.kinds);
  const manifestText = renderManifest(manifest, ctx.ref);
  const hostsRel = hostsInFile ? joinRel(out.rel, 'hosts', `${conn.name}.hosts`) : undefined;
  const hostsAbs = hostsInFile ? path.join(out.abs, 'hosts', `${conn.name}.hosts`) : undefined;
  const hostsText = hostsInFile ? renderHostsFile(conn.name, `${conn.name}.yaml`, conn.hosts) : undefined;
  const problems = manifestProblems(manifest, hostsInFile ? conn.hosts : []);
  const extra: Partial<ExportEntry> = { ...(hostsRel ? { hostsFile: hostsRel } : {}), ...(problems.length ? { problems } : {}) };

  const currentManifest = await readExisting(fileAbs, fileRel);
  const currentHosts = hostsAbs && hostsRel ? await readExisting(hostsAbs, hostsRel) : undefined;
  const manifestSame = currentManifest !== undefined && currentManifest.equals(Buffer.from(manifestText, 'utf8'));
  const hostsSame = hostsText === undefined || (currentHosts !== undefined && currentHosts.equals(Buffer.from(hostsText, 'utf8')));
  if (manifestSame && hostsSame) {
    logger.info(`export: ${fileRel} is up to date`);
    return { ...base, file: fileRel, status: 'unchanged', ...extra };
  }
  const anyExisting = currentManifest !== undefined || currentHosts !== undefined;
  if (anyExisting && !ctx.force) {
    logger.info(`export: ${fileRel}${currentManifest === undefined ? ` (its hosts file ${hostsRel})` : ''} already exists with other content; not overwritten (use force)`);
    return { ...base, file: fileRel, status: 'exists', ...extra };
  }

  await ensureDir(out.workspace, out.abs, fileRel);
  // The hosts file first: a manifest must never point at a hosts file that is not there yet.
  if (hostsAbs && hostsText !== undefined && !hostsSame) {
    await ensureDir(out.workspace, path.dirname(hostsAbs), hostsRel as string);
    await writeAtomic(hostsAbs, hostsText);
  }
  if (!manifestSame) await writeAtomic(fileAbs, manifestText);
  for (const p of problems) logger.warning(`export: ${fileRel}: ${inertText(p)} (fix it by hand before running plan)`);
  const status: ExportStatus = anyExisting ? 'overwritten' : 'written';
  logger.info(`export: ${status} ${fileRel}${hostsRel ? ` and ${hostsRel}` : ''}`);
  return { ...base, file: fileRel, status, ...extra };
}
