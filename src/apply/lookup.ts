// Name lookups for creates, batched: every lookup asked for while no list call is being prepared joins the next one,
// so one list call answers many waiting lookups (after a burst of lost create answers, say). A lookup never joins a
// list call already sent: it must see the state after the create that made it ask.
import type { DliApi, LiveConnection } from '../dli/types.js';
import { DEFAULT_PAGE_SIZE } from '../dli/paging.js';

export interface NameLookupOptions {
  /**
   * How many connections the account holds, as last observed (the plan's observe list): an unfiltered list of them
   * costs one call per page, so it is only used when it is cheaper than one by-name list per waiting lookup.
   */
  knownTotal?: number;
}

interface Waiter {
  name: string;
  resolve(found: LiveConnection[]): void;
  reject(error: unknown): void;
}

export class NameLookup {
  private queue: Waiter[] = [];
  private scheduled = false;
  private inFlight = false;
  private knownTotal: number | undefined;

  constructor(
    private readonly api: DliApi,
    opts: NameLookupOptions = {},
  ) {
    this.knownTotal = opts.knownTotal;
  }

  /** Every connection (any status) named exactly `name`, from a list call made after this request. */
  find(name: string): Promise<LiveConnection[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // One turn of the event loop lets lookups asked for at the same moment share the call.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.inFlight = true;
    const names = [...new Set(batch.map((w) => w.name))];
    try {
      const byName = await this.list(names);
      for (const w of batch) w.resolve(byName.get(w.name) ?? []);
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      this.inFlight = false;
      this.schedule();
    }
  }

  private async list(names: string[]): Promise<Map<string, LiveConnection[]>> {
    const wanted = new Set(names);
    const pagesForAll = Math.floor((this.knownTotal ?? Number.POSITIVE_INFINITY) / DEFAULT_PAGE_SIZE) + 1;
    let found: LiveConnection[];
    if (names.length > 1 && pagesForAll < names.length) {
      found = await this.api.listConnections();
      this.knownTotal = found.length;
    } else {
      found = (await Promise.all(names.map((name) => this.api.listConnections({ name })))).flat();
    }
    const byName = new Map<string, LiveConnection[]>();
    for (const c of found) {
      if (!wanted.has(c.name)) continue;
      byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    }
    return byName;
  }
}
