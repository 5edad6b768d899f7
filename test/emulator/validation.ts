// Field rules of docs/reference/dli-api.md, as the emulator enforces them. Each check returns an error message or null,
// so the HTTP layer decides the code (DLI.0001 "parameter error" for all of them).

export const MAX_HOSTS = 20_000;
export const MAX_TAGS = 10;

const CONNECTION_NAME = /^[A-Za-z0-9_]{1,64}$/;
const HOST_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;
const ROUTE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface HostInput {
  name: string;
  ip: string;
}
export interface TagInput {
  key: string;
  value: string;
}

export function isUuid(s: string): boolean {
  return UUID.test(s);
}

export function isIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

export function isIpv4Cidr(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  const prefix = s.slice(slash + 1);
  return isIpv4(s.slice(0, slash)) && /^(\d|[12]\d|3[0-2])$/.test(prefix);
}

export function checkConnectionName(name: unknown): string | null {
  if (typeof name !== 'string' || !CONNECTION_NAME.test(name)) {
    return 'name must be 1-64 characters of A-Z, a-z, 0-9 and _';
  }
  return null;
}

export function checkRequiredId(field: string, value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? null : `${field} is required`;
}

export function checkStringList(field: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    return `${field} must be an array of non-empty strings`;
  }
  return null;
}

export function checkHosts(hosts: unknown): string | null {
  if (hosts === undefined) return null;
  if (!Array.isArray(hosts)) return 'hosts must be an array';
  if (hosts.length > MAX_HOSTS) return `hosts must not contain more than ${MAX_HOSTS} entries`;
  for (let i = 0; i < hosts.length; i++) {
    const h = hosts[i] as Partial<HostInput> | null;
    if (!h || typeof h !== 'object') return `hosts[${i}] must be an object {name, ip}`;
    if (typeof h.name !== 'string' || !HOST_NAME.test(h.name)) {
      return `hosts[${i}].name must be 1-128 characters, start with a letter, then A-Z, a-z, 0-9, _, . or -`;
    }
    if (typeof h.ip !== 'string' || !isIpv4(h.ip)) return `hosts[${i}].ip must be an IPv4 address`;
  }
  return null;
}

/** Tag list rules; `existing` keys count towards the 10-tag limit (createTags merges into what is there). */
export function checkTags(tags: unknown, existingKeys: Iterable<string> = []): string | null {
  if (tags === undefined) return null;
  if (!Array.isArray(tags)) return 'tags must be an array of {key, value}';
  const keys = new Set<string>();
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] as Partial<TagInput> | null;
    if (!t || typeof t !== 'object') return `tags[${i}] must be an object {key, value}`;
    if (typeof t.key !== 'string' || t.key.length < 1 || t.key.length > 128) return `tags[${i}].key must be 1-128 characters`;
    if (t.key.trim() !== t.key) return `tags[${i}].key must not start or end with a space`;
    if (t.key.startsWith('_sys_')) return `tags[${i}].key must not start with _sys_`;
    const value = t.value ?? '';
    if (typeof value !== 'string' || value.length > 255) return `tags[${i}].value must be 0-255 characters`;
    if (value.trim() !== value) return `tags[${i}].value must not start or end with a space`;
    if (keys.has(t.key)) return `tag key ${t.key} appears more than once`;
    keys.add(t.key);
  }
  for (const k of existingKeys) keys.add(k);
  if (keys.size > MAX_TAGS) return `a connection can carry at most ${MAX_TAGS} tags`;
  return null;
}

export function checkRoute(route: unknown): string | null {
  const r = route as { name?: unknown; cidr?: unknown } | null;
  if (!r || typeof r !== 'object') return 'body must be {name, cidr}';
  if (typeof r.name !== 'string' || !ROUTE_NAME.test(r.name)) return 'route name must be 1-64 characters of A-Z, a-z, 0-9, _ and -';
  if (typeof r.cidr !== 'string' || !isIpv4Cidr(r.cidr)) return 'route cidr must be an IPv4 CIDR such as 10.0.0.0/24';
  return null;
}
