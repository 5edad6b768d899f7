// Broken inputs the shared corpus (test/manifest/corpus.ts) cannot express as plain files — symlinks out of the
// repository, huge files, pathological nesting, other encodings — in the same shape, plus an optional `setup` that
// runs in the fresh workspace after the files are written. The reliability suite runs these through the built
// action together with `invalidCases`.
import { mkdirSync, symlinkSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE, type ExpectedDiagnostic, type InvalidCase } from '../manifest/corpus.js';

export interface ExtraCase extends InvalidCase {
  /** Extra work in the workspace (symlinks, big files) after `files` are written. */
  setup?: (workspace: string) => void;
  /** Override of the action's `manifests` input (default `**\/*.{yml,yaml}`). */
  manifests?: string;
}

const e = (line: number, col: number, message: string, file = 'm.yml'): ExpectedDiagnostic => ({ file, line, col, message });

/** A directory outside every workspace, holding files that must never be read. */
function outsideDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dli-outside-'));
  writeFileSync(path.join(dir, 'secret.hosts'), '10.9.9.9 outside-host\n');
  writeFileSync(path.join(dir, 'evil.yml'), BASE);
  return dir;
}

export const extraCases: ExtraCase[] = [
  {
    name: 'hosts_file is a symlink to a file outside the repository',
    files: { 'm.yml': BASE + 'hosts_file: link.hosts\n' },
    setup: (ws) => symlinkSync(path.join(outsideDir(), 'secret.hosts'), path.join(ws, 'link.hosts')),
    expect: [e(4, 13, 'outside the repository')],
  },
  {
    name: 'hosts_file through a symlinked directory that leaves the repository',
    files: { 'm.yml': BASE + 'hosts_file: out/secret.hosts\n' },
    setup: (ws) => symlinkSync(outsideDir(), path.join(ws, 'out')),
    expect: [e(4, 13, 'outside the repository')],
  },
  {
    name: 'hosts_file .. escape hidden in the middle of the path',
    files: { 'm.yml': BASE + 'hosts_file: sub/../../x.hosts\n', 'sub/keep.txt': '' },
    expect: [e(4, 13, 'outside the repository')],
  },
  {
    name: 'manifest that is a symlink to a file outside the repository',
    files: { 'ok.yml': BASE.replace('kafka_prod', 'ok_one') },
    setup: (ws) => symlinkSync(path.join(outsideDir(), 'evil.yml'), path.join(ws, 'm.yml')),
    expect: [e(1, 1, 'outside the repository')],
  },
  {
    name: 'file over the 64 MiB limit',
    files: {},
    setup: (ws) => {
      const big = Buffer.alloc(64 * 1024 * 1024 + 10, 0x23); // '#' comments, so only the size is wrong
      big[big.length - 1] = 0x0a;
      writeFileSync(path.join(ws, 'm.yml'), big);
    },
    expect: [e(1, 1, 'file is too large')],
  },
  {
    name: 'deeply nested flow sequences (parser stack)',
    files: { 'm.yml': BASE + 'queues: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n' },
    // The column is where the parser ran out of stack: it depends on the engine, so any column (0) is accepted.
    expect: [e(4, 0, 'YAML:')],
  },
  {
    name: 'UTF-16 big-endian file',
    files: { 'm.yml': new Uint8Array([0xfe, 0xff, 0x00, 0x6e, 0x00, 0x61]) },
    expect: [e(1, 1, 'UTF-16')],
  },
  {
    name: 'overlong UTF-8 encoding of "/"',
    files: { 'm.yml': new Uint8Array([...Buffer.from(BASE + 'tags: {a: "'), 0xc0, 0xaf, 0x22, 0x7d, 0x0a]) },
    expect: [e(4, 12, 'not valid UTF-8')],
  },
  {
    name: 'alias bomb inside a tag value map',
    files: {
      'm.yml':
        BASE +
        'x0: &x0 [a, a, a, a, a, a, a, a]\n' +
        Array.from({ length: 8 }, (_, i) => `x${i + 1}: &x${i + 1} [${Array(8).fill(`*x${i}`).join(', ')}]\n`).join(''),
    },
    // x0 … x8 on lines 4 … 12: x6 (line 10, about 2.4 million values) is the first key past the bound.
    expect: [e(10, 1, 'x6: document expands')],
  },
  {
    name: 'a one-megabyte tag value on one line',
    files: { 'm.yml': BASE + 'tags:\n  k: ' + 'v'.repeat(1024 * 1024) + '\n' },
    expect: [e(5, 6, 'value is too long')],
  },
  {
    name: 'manifests input pattern that climbs out of the repository',
    files: { 'ok.yml': BASE },
    manifests: '../**/*.yml',
    // No position: the pattern itself is the error (line 0 = an annotation without a file).
    expect: [{ file: '', line: 0, col: 0, message: 'leaves the repository' }],
  },
  {
    name: 'absolute manifests pattern',
    files: { 'ok.yml': BASE },
    manifests: '/etc/**/*.yml',
    expect: [{ file: '', line: 0, col: 0, message: 'leaves the repository' }],
  },
  {
    name: 'directory named like a manifest',
    files: { 'dir.yml/inner.txt': '', 'm.yml': BASE + 'queues: default\n' },
    expect: [e(4, 9, 'expected a list of strings')],
  },
  {
    name: 'hosts_file that is a FIFO-like special path (/dev/zero via symlink)',
    files: { 'm.yml': BASE + 'hosts_file: zero.hosts\n' },
    setup: (ws) => symlinkSync('/dev/zero', path.join(ws, 'zero.hosts')),
    expect: [e(4, 13, 'outside the repository')],
  },
];

export function writeCaseFiles(ws: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(ws, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
