// Paths relative to the workspace: one spelling (`/`) and one containment test, shared by the manifest loader,
// hosts_file and export, which all refuse to read or write outside the repository.
import * as path from 'node:path';

/** `a\b` → `a/b` on Windows; unchanged elsewhere. */
export const toPosix = (p: string): string => p.split(path.sep).join('/');

/** Does a path relative to the workspace (either separator, or absolute) lead out of it? */
export function escapes(rel: string): boolean {
  return rel === '..' || rel.startsWith('../') || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/**
 * Is `p` strictly inside `root`? Both absolute and normalised, as realpath gives them; a prefix test, since
 * path.relative per file showed in the manifest-loading benchmark (B2).
 */
export function isInside(root: string, p: string): boolean {
  return p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
