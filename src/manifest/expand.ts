// Alias bombs ("billion laughs"): both YAML parsers resolve an alias to the *same* JS object, so parsing is cheap,
// but anything walking the result (validation, JSON, the API body) pays for the fully expanded tree. Count that
// size once, memoised per object identity, and refuse documents that would expand beyond a bound.

/** Generous: a 20,000-host manifest expands to about 60,000 nodes. */
export const MAX_EXPANDED_NODES = 1_000_000;

/**
 * `key`: for a mapping that is too big, its first key (in document order) whose value alone expands past the bound:
 * where to point the user (the `hosts:` line of a bomb under `hosts`, not the document's start).
 */
export type ExpandCheck = { ok: true } | { ok: false; reason: 'too-big' | 'cycle'; nodes?: number; key?: string };

export function checkExpandedSize(value: unknown, limit = MAX_EXPANDED_NODES): ExpandCheck {
  const memo = new WeakMap<object, number>();
  const active = new Set<object>();
  let cycle = false;
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const cached = memo.get(v);
    if (cached !== undefined) return cached;
    if (active.has(v)) {
      cycle = true;
      return Infinity;
    }
    active.add(v);
    let n = 1;
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const c of children) {
      n += size(c);
      if (n > limit) break; // no need to finish counting: memoising a lower bound > limit is still > limit
    }
    active.delete(v);
    memo.set(v, n);
    return n;
  };
  const total = size(value);
  if (cycle) return { ok: false, reason: 'cycle' };
  if (total <= limit) return { ok: true };
  // Sizes are memoised: finding the culprit costs one more look at each top-level value.
  const key =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>).find(([, v]) => size(v) > limit)?.[0]
      : undefined;
  return { ok: false, reason: 'too-big', nodes: total, ...(key !== undefined ? { key } : {}) };
}
