// Observe: read the live state the diff needs, and nothing more. Calls are the budget (account rate limits can be
// a few hundred requests per minute): two paged lists whatever the number of connections, then tag reads only for
// the connections whose tags the diff actually looks at.
import { runPool } from '../pool.js';
import { ApiError } from '../dli/errors.js';
import type { DliApi, LiveConnection, Tag } from '../dli/types.js';
import type { Logger } from '../logger.js';
import type { ConnectionManifest } from '../manifest/types.js';
import { isDeletedStatus, tagsDeclared } from './diff.js';
import { inertText } from '../untrusted-text.js';
import { OWNERSHIP_TAG_KEY } from '../ownership.js';
import type { LiveState } from './types.js';

export interface ObserveOptions {
  label: string;
  logger: Logger;
  /** Parallel tag reads; default 8. */
  concurrency?: number;
}

/**
 * 1. one paged list, no filter → every connection, DELETED ones dropped;
 * 2. one paged list filtered by the ownership tag with this label → the owned set (prune candidates, and ownership
 *    of managed ones), DELETED dropped;
 * 3. tags (one read each, bounded concurrency) only for live connections named by a manifest that declares tags,
 *    and for those named by a manifest but not owned (adopt candidates: they may carry ANOTHER label's ownership
 *    tag, which must block rather than be taken over). Names matched by two live connections are blocked by the
 *    diff whatever their tags, so they are not read.
 */
export async function observe(api: DliApi, manifests: ConnectionManifest[], opts: ObserveOptions): Promise<LiveState> {
  const { label, logger } = opts;
  const [all, ownedList] = await Promise.all([
    api.listConnections(),
    api.listConnections({ tags: [{ key: OWNERSHIP_TAG_KEY, value: label }] }),
  ]);
  const alive = (c: LiveConnection): boolean => !isDeletedStatus(c.status);
  const connections = all.filter(alive);
  const owned = new Set(ownedList.filter(alive).map((c) => c.id));
  // The two lists are not one snapshot: a connection created between them is only in the second. Keep it, so an
  // owned connection is never "absent" (and re-created) because of list timing.
  const known = new Set(connections.map((c) => c.id));
  for (const c of ownedList) if (alive(c) && !known.has(c.id)) connections.push(c);

  const byName = new Map<string, LiveConnection[]>();
  for (const c of connections) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const toRead: string[] = [];
  for (const m of manifests) {
    const matches = byName.get(m.name) ?? [];
    if (matches.length !== 1) continue;
    const c = matches[0] as LiveConnection;
    if (tagsDeclared(m) || !owned.has(c.id)) toRead.push(c.id);
  }

  const tags = new Map<string, Tag[]>();
  const vanished = new Set<string>();
  await runPool(toRead, opts.concurrency ?? 8, async (id) => {
    try {
      tags.set(id, await api.listTags(id));
    } catch (err) {
      // Deleted between the list and this read: it is absent now, so the diff must treat it as such.
      if (err instanceof ApiError && err.notFound) {
        vanished.add(id);
        logger.debug(`connection ${id} disappeared while its tags were read; treating it as absent`);
        return;
      }
      throw err;
    }
  });
  const live: LiveState = {
    connections: vanished.size > 0 ? connections.filter((c) => !vanished.has(c.id)) : connections,
    owned: new Set([...owned].filter((id) => !vanished.has(id))),
    tags,
  };
  logger.info(
    `Observed ${live.connections.length} live connection(s), ${live.owned.size} managed under label "${inertText(label)}"; read the tags of ${toRead.length}.`,
  );
  return live;
}

