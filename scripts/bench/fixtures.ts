// Fixtures for the benchmark, generated on the fly into a temp folder (never checked in). Deterministic: the same
// arguments always give the same bytes, so two runs measure the same work.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temp folder, removed by `dispose()` (the bench calls it in `finally`). */
export interface TempDir {
  dir: string;
  dispose(): void;
}

export function tempDir(prefix: string): TempDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), `dli-bench-${prefix}-`));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A UUID-shaped id derived from a number (VPC/subnet ids must look like UUIDs to the emulator). */
export function fakeUuid(n: number, salt = 0): string {
  const hex = ((n * 2654435761 + salt * 40503) >>> 0).toString(16).padStart(8, '0');
  const tail = (n + salt * 7919).toString(16).padStart(12, '0').slice(-12);
  return `${hex}-5a1e-4b2c-8d3e-${tail}`;
}

export const DEST_VPC_ID = fakeUuid(1, 1);
export const DEST_NETWORK_ID = fakeUuid(2, 2);

/** Host i as a DNS-like name and a 10.x.y.z address (unique for i < 16 M). */
export function hostAt(i: number): { name: string; ip: string } {
  return { name: `host-${i.toString(36).padStart(4, '0')}.db.internal`, ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${(i & 255) || 1}` };
}

/**
 * One manifest document in the block style a generator or a person would write (`- name: …` / `ip: …`), with
 * `hostCount` inline hosts. No tags unless asked for: `tags` declared means "manage tags" (and more API reads).
 */
export function manifestYaml(name: string, hostCount: number, opts: { tags?: Record<string, string> } = {}): string {
  const lines = [
    `name: ${name}`,
    `dest_vpc_id: ${DEST_VPC_ID}`,
    `dest_network_id: ${DEST_NETWORK_ID}`,
  ];
  if (hostCount > 0) {
    lines.push('hosts:');
    for (let i = 0; i < hostCount; i++) {
      const h = hostAt(i);
      lines.push(`  - name: ${h.name}`, `    ip: ${h.ip}`);
    }
  }
  if (opts.tags) {
    lines.push('tags:');
    for (const [k, v] of Object.entries(opts.tags)) lines.push(`  ${k}: ${v}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes `count` files `<sub>/conn_<i>.yaml` of one connection each; returns their workspace-relative paths. */
export function writeManifestFiles(root: string, sub: string, count: number, hostCount: number): string[] {
  mkdirSync(path.join(root, sub), { recursive: true });
  const files: string[] = [];
  // Every file differs only in its name line: build the host block once (B3 writes 2 M hosts).
  const body = manifestYaml('PLACEHOLDER', hostCount);
  for (let i = 0; i < count; i++) {
    const rel = `${sub}/conn_${String(i).padStart(4, '0')}.yaml`;
    writeFileSync(path.join(root, rel), body.replace('name: PLACEHOLDER', `name: ${sub.replace(/\W/g, '_')}_${i}`));
    files.push(rel);
  }
  return files;
}

/** One file holding `count` documents (`---` separated), connection names `<prefix>_<i>`. */
export function writeMultiDocFile(root: string, rel: string, prefix: string, count: number, hostCount: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) docs.push(manifestYaml(`${prefix}_${i}`, hostCount));
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), docs.join('---\n'));
  return rel;
}
