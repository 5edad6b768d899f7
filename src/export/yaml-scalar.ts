// YAML scalars for exported manifests, written by hand so the output is small, stable and safe.
//
// A value is written plain only when it is made of a conservative set of characters AND every YAML reader a user
// may point at the file reads it back as the very same string: js-yaml (the loader's fast path, CORE_SCHEMA, and
// its DEFAULT_SCHEMA with timestamps), and the `yaml` package as YAML 1.2 (the precise path, editors) and as YAML
// 1.1 (where `yes`, `off`, `0123`, `1:20` and `2001-12-14` are not strings). Everything else is double-quoted with
// explicit escapes, so `yes`, `null`, `0123`, `a: b`, `#x`, leading/trailing spaces, newlines and control characters
// all survive the round trip as strings.
import jsYaml from 'js-yaml';
import { parse as parseYaml } from 'yaml';

/** Characters a plain scalar may use here: no flow indicators (`,[]{}`), no `:`/`#`/quotes/spaces. */
const PLAIN_CANDIDATE = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/;

const plainCache = new Map<string, boolean>();

function readsBackAs(text: string, expected: string): boolean {
  try {
    return (
      jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) === expected &&
      jsYaml.load(text, { schema: jsYaml.DEFAULT_SCHEMA }) === expected &&
      parseYaml(text) === expected &&
      parseYaml(text, { version: '1.1' }) === expected
    );
  } catch {
    return false;
  }
}

/** Whether `s` can be written without quotes (cached: ids, names and tag keys repeat across connections). */
export function isPlainSafe(s: string): boolean {
  let safe = plainCache.get(s);
  if (safe === undefined) {
    safe = PLAIN_CANDIDATE.test(s) && readsBackAs(s, s);
    if (plainCache.size > 10_000) plainCache.clear();
    plainCache.set(s, safe);
  }
  return safe;
}

/** YAML's printable set (c-printable), minus the characters some readers treat as line breaks or a BOM. */
function isPrintable(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp === 0x2028 || cp === 0x2029 || cp === 0xfeff) return false;
  return (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** A double-quoted YAML scalar; every character outside the printable set is escaped. */
export function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** A scalar (value or mapping key) that every reader above reads back as exactly `s`. */
export function yamlScalar(s: string): string {
  return isPlainSafe(s) ? s : doubleQuoted(s);
}
