// Test helpers: materialise a case's files in a fresh temporary workspace and run the loader on it.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadManifests, type ManifestParser } from '../../src/manifest/index.js';
import { CORPUS_PATTERNS } from './corpus.js';

export function makeWorkspace(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'dli-manifest-')));
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function loadCase(files: Record<string, string | Uint8Array>, parser: ManifestParser = 'fast', patterns = CORPUS_PATTERNS) {
  const ws = makeWorkspace(files);
  try {
    return await loadManifests({ workspace: ws.dir, patterns, parser });
  } finally {
    ws.cleanup();
  }
}
