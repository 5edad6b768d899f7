// `hosts_file`: host records in /etc/hosts syntax (`IP name [alias …]`, `#` comments), resolved relative to the
// manifest and confined to the workspace (no `..` escape, no symlink out, checked on real paths).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isHostName, isIPv4, showValue } from './rules.js';
import { decodeManifestText } from './read-text.js';
import { escapes, toPosix } from '../workspace-paths.js';

export interface HostsFileRecord {
  name: string;
  ip: string;
  /** 1-based position of the name (or alias) token. */
  line: number;
  col: number;
  /** 1-based column of the IP on the same line. */
  ipCol: number;
}

export interface HostsFileProblem {
  line: number;
  col: number;
  message: string;
  code: string;
}

/** Pure syntax pass over the file's text; problems carry positions inside the hosts file. */
export function parseHostsText(text: string): { records: HostsFileRecord[]; problems: HostsFileProblem[] } {
  const records: HostsFileRecord[] = [];
  const problems: HostsFileProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i] as string;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const hash = raw.indexOf('#');
    const content = hash >= 0 ? raw.slice(0, hash) : raw;
    const tokens: { text: string; col: number }[] = [];
    for (const m of content.matchAll(/[^\s]+/g)) tokens.push({ text: m[0], col: (m.index ?? 0) + 1 });
    if (tokens.length === 0) continue;
    const line = i + 1;
    const [ipTok, ...names] = tokens as [{ text: string; col: number }, ...{ text: string; col: number }[]];
    if (ipTok.text.includes(':')) {
      problems.push({ line, col: ipTok.col, code: 'hosts-file-ipv6', message: `IPv6 address ${showValue(ipTok.text)} is not supported (the API takes IPv4 only)` });
      continue;
    }
    if (!isIPv4(ipTok.text)) {
      problems.push({ line, col: ipTok.col, code: 'hosts-file-bad-ip', message: `${showValue(ipTok.text)} is not an IPv4 address` });
      continue;
    }
    if (names.length === 0) {
      problems.push({ line, col: ipTok.col, code: 'hosts-file-no-name', message: `no host name after ${ipTok.text}` });
      continue;
    }
    for (const n of names) {
      if (!isHostName(n.text)) {
        problems.push({
          line,
          col: n.col,
          code: 'hosts-file-bad-name',
          message: `host name ${showValue(n.text)} must be 1–128 characters, start with a letter, then letters, digits, \`_\`, \`.\` or \`-\``,
        });
        continue;
      }
      records.push({ name: n.text, ip: ipTok.text, line, col: n.col, ipCol: ipTok.col });
    }
  }
  return { records, problems };
}

export type HostsFileResult =
  | { ok: true; file: string; records: HostsFileRecord[] }
  /** `valueMessage`: a problem with the path itself (reported at the `hosts_file` value); else problems inside `file`. */
  | { ok: false; valueMessage: string; code: string }
  | { ok: false; file: string; problems: HostsFileProblem[] };

/**
 * Read and parse a manifest's hosts_file. `workspace` absolute; `manifestFile` relative to it.
 * Synchronous file calls, like the manifest loader's (see there why).
 */
export async function readHostsFile(workspace: string, manifestFile: string, hostsFile: string): Promise<HostsFileResult> {
  const shown = showValue(hostsFile);
  if (path.isAbsolute(hostsFile) || path.win32.isAbsolute(hostsFile)) {
    return { ok: false, code: 'hosts-file-outside', valueMessage: `hosts_file ${shown} must be a path relative to the manifest` };
  }
  const abs = path.resolve(workspace, path.dirname(manifestFile), hostsFile);
  const rel = path.relative(workspace, abs);
  if (escapes(rel)) {
    return { ok: false, code: 'hosts-file-outside', valueMessage: `hosts_file ${shown} points outside the repository` };
  }
  let real: string;
  let realWorkspace: string;
  try {
    realWorkspace = realpathSync.native(workspace);
    real = realpathSync.native(abs);
  } catch {
    return { ok: false, code: 'hosts-file-missing', valueMessage: `hosts_file ${shown} not found (looked for ${toPosix(rel)})` };
  }
  if (escapes(path.relative(realWorkspace, real))) {
    return { ok: false, code: 'hosts-file-outside', valueMessage: `hosts_file ${shown} resolves through a symlink to a file outside the repository` };
  }
  let bytes: Uint8Array;
  try {
    const st = statSync(real);
    if (!st.isFile()) return { ok: false, code: 'hosts-file-missing', valueMessage: `hosts_file ${shown} is not a regular file` };
    bytes = readFileSync(real);
  } catch (e) {
    return { ok: false, code: 'hosts-file-missing', valueMessage: `hosts_file ${shown} cannot be read (${(e as Error).message})` };
  }
  const file = toPosix(rel);
  const decoded = decodeManifestText(bytes);
  if (!decoded.ok) return { ok: false, file, problems: [{ line: decoded.line, col: decoded.col, message: decoded.message, code: decoded.code }] };
  const { records, problems } = parseHostsText(decoded.text);
  if (problems.length) return { ok: false, file, problems };
  return { ok: true, file, records };
}
