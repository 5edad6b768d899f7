// Offset paging for the List calls (connections, elastic resource pools), in as few round trips as the answers allow.
//
// Whether a list's `count` is the total or the page size is undocumented, so `count` alone never ends a listing: the
// end is a short (or empty) page, or — after more than one full page — having seen exactly `count` items, which can
// only mean "count is the total and we have it all". What `count` may do is tell the total early: a full first page
// whose `count` is larger than the page cannot be reporting its own size, so the remaining pages are known and go
// out side by side (each still paced by the shared rate limiter). When `count` tells nothing, pages go one by one.
import { runPool } from '../pool.js';
import { UnexpectedResponseError } from './errors.js';

export interface Page<T> {
  items: T[];
  count?: number;
}

export interface PagingOptions<T> {
  /** For errors: 'listConnections'. */
  operation: string;
  limit: number;
  /** Identity of an item: items seen on an earlier page (the list moved while it was read) are kept once. */
  keyOf: (item: T) => string;
  fetch: (offset: number) => Promise<Page<T>>;
  /** Pages in flight at once when the total is known; default 10. */
  parallelPages?: number;
}

/** The List calls' page size (the API's own default). */
export const DEFAULT_PAGE_SIZE = 100;
export const DEFAULT_PARALLEL_PAGES = 10;

/** Every item of the list, in offset order, each once. */
export async function fetchAllPages<T>(opts: PagingOptions<T>): Promise<T[]> {
  const { limit, keyOf } = opts;
  const all: T[] = [];
  const seen = new Set<string>();
  const take = (offset: number, page: Page<T>): void => {
    // A server that ignores `offset` would page forever: a page of nothing but known items is an error.
    if (page.items.length > 0 && page.items.every((item) => seen.has(keyOf(item)))) {
      throw new UnexpectedResponseError(opts.operation, `offset ${offset} returned only items already listed`);
    }
    for (const item of page.items) {
      const key = keyOf(item);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(item);
    }
  };

  const first = await opts.fetch(0);
  take(0, first);
  if (first.items.length < limit) return all;
  let count = first.count;
  for (let offset = limit; ; ) {
    // Pages known to exist from a count that can only be the total; otherwise the next page alone.
    const known = count !== undefined && count > offset ? Math.ceil((count - offset) / limit) : 1;
    const offsets = Array.from({ length: known }, (_, i) => offset + i * limit);
    const pages = await runPool(offsets, opts.parallelPages ?? DEFAULT_PARALLEL_PAGES, (o) => opts.fetch(o));
    let short = false;
    pages.forEach((page, i) => {
      take(offsets[i] as number, page);
      if (page.items.length < limit) short = true;
      if (page.count !== undefined) count = page.count;
    });
    if (short) return all;
    offset += known * limit;
    if (count === all.length) return all;
  }
}
