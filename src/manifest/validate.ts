// One parsed YAML document → a validated connection input, or position-less problems (a field path plus whether
// the key, the value or the enclosing mapping is to blame). Both parsers' results go through this one function,
// which is what makes the fast and the precise loader agree.
import type { z } from 'zod';
import { connectionSchema, HOST_KEYS, ROUTE_KEYS, TOP_LEVEL_KEYS, type ConnectionInput } from './schema.js';
import { suggestKey } from './suggest.js';
import type { FieldPath } from './types.js';
import { checkExpandedSize, MAX_EXPANDED_NODES } from './expand.js';

export type Blame = 'key' | 'value' | 'mapping';

export interface Problem {
  path: FieldPath;
  at: Blame;
  message: string;
  code: string;
}

export type ValidateResult = { ok: true; input: ConnectionInput } | { ok: false; problems: Problem[] };

/** `hosts[3].ip` */
export function formatPath(path: FieldPath): string {
  let s = '';
  for (const raw of path) {
    // Long keys (a 200-character tag key, say) are shortened: the message shows the value again anyway.
    const seg = typeof raw === 'string' && raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) s += s ? `.${seg}` : seg;
    else s += `[${JSON.stringify(seg)}]`;
  }
  return s;
}

function withPath(path: FieldPath, message: string): string {
  return path.length ? `${formatPath(path)}: ${message}` : message;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { found: true, value: cur };
}

function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return TOP_LEVEL_KEYS;
  if (path[0] === 'hosts') return HOST_KEYS;
  if (path[0] === 'routes') return ROUTE_KEYS;
  return [];
}

function toProblems(doc: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint = suggestKey(key, knownKeysAt(path));
        const where = path.length ? ` in ${formatPath(path)}` : '';
        out.push({
          path: [...path, key],
          at: 'key',
          code: 'unknown-key',
          message: `unknown key \`${key}\`${where}${hint ? ` (did you mean \`${hint}\`?)` : ''}`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && path.length > 0 && !valueAt(doc, path).found) {
      const parent = path.slice(0, -1);
      const key = String(path[path.length - 1]);
      out.push({ path: parent, at: 'mapping', code: 'missing-key', message: withPath(parent, `missing required key \`${key}\``) });
      continue;
    }
    const at: Blame = (issue.code === 'custom' && (issue.params as { at?: Blame } | undefined)?.at) || 'value';
    const code = issue.code === 'invalid_type' ? 'wrong-type' : issue.code === 'custom' ? 'invalid-value' : 'invalid-value';
    out.push({ path, at, code, message: withPath(path, issue.message) });
  }
  return out;
}

/** Validate one document's JS value (already checked to be non-empty). */
export function validateDocument(doc: unknown, opts: { mayHaveAliases?: boolean } = {}): ValidateResult {
  // Without an alias (`*`) in the text nothing is shared, so the expanded size is the parsed size: skip the walk.
  const expand = opts.mayHaveAliases === false ? ({ ok: true } as const) : checkExpandedSize(doc);
  if (!expand.ok) {
    const message =
      expand.reason === 'cycle'
        ? 'document contains a recursive alias (an anchor that refers to itself)'
        : `document expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values through aliases (an alias bomb?)`;
    // Blame the key whose value expands when there is one (its line), else the document.
    const key = expand.ok === false && expand.reason === 'too-big' ? expand.key : undefined;
    const where = key !== undefined ? ({ path: [key], at: 'key' } as const) : ({ path: [], at: 'mapping' } as const);
    return { ok: false, problems: [{ ...where, code: 'alias-bomb', message: key !== undefined ? `${key}: ${message}` : message }] };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return {
      ok: false,
      problems: [{ path: [], at: 'value', code: 'not-a-mapping', message: `a connection must be a YAML mapping, got ${describe(doc)}` }],
    };
  }
  const r = connectionSchema.safeParse(doc);
  if (r.success) return { ok: true, input: r.data };
  return { ok: false, problems: toProblems(doc, r.error.issues) };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return `a ${typeof v} (${JSON.stringify(v)?.slice(0, 40)})`;
}
