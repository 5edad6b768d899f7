// The export filters: `--name` (exact, repeatable) and `--tag key=value` (repeatable, all must match).
import type { Tag } from '../dli/types.js';
import { RunFailure } from '../failure.js';

/**
 * `key=value` → a tag (split at the first `=`, so values may hold `=`). Commas are refused: the List call's tag
 * filter is `k=v,k=v`, so a comma would silently become a second condition.
 */
export function parseTagFilter(text: string): Tag {
  const at = text.indexOf('=');
  const key = at < 0 ? '' : text.slice(0, at);
  const value = at < 0 ? '' : text.slice(at + 1);
  if (at < 0 || key.trim() === '') {
    throw new RunFailure('validation-failed', `export: tag filter ${JSON.stringify(text)} must be key=value`);
  }
  if (key.includes(',') || value.includes(',')) {
    throw new RunFailure('validation-failed', `export: tag filter ${JSON.stringify(text)} must not contain a comma (give one --tag per tag)`);
  }
  return { key, value };
}

export function parseTagFilters(texts: readonly string[]): Tag[] {
  return texts.map(parseTagFilter);
}

/** Whether `tags` carries every tag of `required` (same key, same value). */
export function hasAllTags(tags: readonly Tag[], required: readonly Tag[]): boolean {
  return required.every((r) => tags.some((t) => t.key === r.key && t.value === r.value));
}
