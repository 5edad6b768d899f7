// The request fields and query parameters Huawei's own SDK knows for each operation the emulator answers, read from
// the API fidelity table (test/fixtures/api-fidelity.json, also the source of docs/api-fidelity.md). What the real
// API does with a field it does not know is undocumented: it may ignore it (and the client would believe a setting
// took effect) or refuse it. The emulator takes the safe reading and refuses, so a client that drifts from the SDK
// fails its tests instead of passing against a forgiving double.
import { readFileSync } from 'node:fs';

export interface FidelityRow {
  operation: string;
  usedBy: string[];
  service: string;
  emulatorOperation: string;
  verdict: 'same' | 'changed' | 'kept';
  note: string;
  sdk: {
    method: string;
    path: string;
    query: string[];
    headers: string[];
    operation: string;
    client: string;
    requestModel: string | null;
    responseModel: string | null;
    request: string[];
    response: string[];
    since: string | null;
  };
  ours: {
    method: string;
    path: string;
    query: string[];
    headers: string[];
    request: string[];
    response: string[];
    notInSdk: string[];
  };
}

export interface FidelityTable {
  sdkRelease: string;
  sdkCommit: string;
  rows: FidelityRow[];
}

export function loadFidelityTable(): FidelityTable {
  return JSON.parse(readFileSync(new URL('../fixtures/api-fidelity.json', import.meta.url), 'utf8')) as FidelityTable;
}

/**
 * Every field path of a JSON value: `a`, `a.b`, `list[]`, `list[].name` (array items merged under `[]`). The same
 * notation as the table.
 */
export function fieldPaths(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) {
      for (const item of v) walk(item, at);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      const key = `${at}${k}${Array.isArray(child) ? '[]' : ''}`;
      out.add(key);
      walk(child, `${key}.`);
    }
  };
  walk(value, prefix);
  return out;
}

/** A path is known when the SDK lists it, or when it sits under a field the SDK types as an opaque object. */
function isKnown(path: string, known: ReadonlySet<string>): boolean {
  if (known.has(path)) return true;
  for (let i = path.lastIndexOf('.'); i > 0; i = path.lastIndexOf('.', i - 1)) {
    const parent = path.slice(0, i);
    if (known.has(parent)) return ![...known].some((k) => k.startsWith(`${parent}.`));
  }
  return false;
}

interface Allowed {
  query: Set<string>;
  request: Set<string>;
}

let allowedByOperation: Map<string, Allowed> | undefined;

function allowed(operation: string): Allowed | undefined {
  if (!allowedByOperation) {
    allowedByOperation = new Map();
    for (const row of loadFidelityTable().rows) {
      const a = allowedByOperation.get(row.emulatorOperation) ?? { query: new Set(), request: new Set() };
      for (const q of row.sdk.query) a.query.add(q);
      for (const f of row.sdk.request) a.request.add(f);
      allowedByOperation.set(row.emulatorOperation, a);
    }
  }
  return allowedByOperation.get(operation);
}

/** The first query parameter or body field the SDK does not know for this operation, or undefined. */
export function unknownField(operation: string, query: Record<string, string>, body: unknown): string | undefined {
  const a = allowed(operation);
  if (!a) return undefined;
  for (const key of Object.keys(query)) if (!a.query.has(key)) return `query parameter ${key}`;
  if (body === undefined) return undefined;
  for (const path of fieldPaths(body)) if (!isKnown(path, a.request)) return `field ${path}`;
  return undefined;
}
