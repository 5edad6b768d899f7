// The JSON Schema text for manifests, generated from the zod schema (scripts/gen-schema.ts writes it to
// schema/connection.schema.json). Deterministic: same schema → byte-identical text.
import { z } from 'zod';
import { connectionSchema } from './schema.js';

/** Keys in a fixed order ($-keys first, then alphabetical) so the output never depends on insertion order. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => {
      const da = a.startsWith('$') ? 0 : 1;
      const db = b.startsWith('$') ? 0 : 1;
      return da - db || (a < b ? -1 : a > b ? 1 : 0);
    });
    return Object.fromEntries(entries.map(([k, x]) => [k, sortKeys(x)]));
  }
  return v;
}

export function connectionJsonSchema(): Record<string, unknown> {
  return sortKeys(z.toJSONSchema(connectionSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })) as Record<string, unknown>;
}

export function connectionJsonSchemaText(): string {
  return `${JSON.stringify(connectionJsonSchema(), null, 2)}\n`;
}
