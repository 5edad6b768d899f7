// "Did you mean …?" for a queue or pool name that is not in DLI's list: the closest listed names by edit distance.

/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Up to `max` candidates close to `name` (case-insensitive), closest first, ties alphabetical. "Close" means an
 * edit distance of at most a third of the longer name (at least 2), or one name containing the other, so that
 * `q_report` finds `q_reporting` and a typo finds its word, but unrelated short names are not offered.
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = name.toLowerCase();
  const scored: { candidate: string; distance: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (seen.has(lower) || lower === wanted) continue;
    seen.add(lower);
    const distance = editDistance(wanted, lower);
    const limit = Math.max(2, Math.floor(Math.max(wanted.length, lower.length) / 3));
    const contains = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower));
    if (distance <= limit || contains) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
