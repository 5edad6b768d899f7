// Where export may write: inside the workspace only, checked on the path as given AND on real paths (a symlinked
// folder must not lead outside the repository either), and never through a symlinked file.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { RunFailure } from '../failure.js';
import { escapes, toPosix } from '../workspace-paths.js';

function outside(what: string, shown: string, workspace: string): RunFailure {
  return new RunFailure('validation-failed', `export: ${what} ${JSON.stringify(shown)} is outside the workspace ${workspace}; export only writes inside the repository`);
}

/** The deepest existing ancestor of `abs` (itself when it exists). */
async function existingAncestor(abs: string): Promise<string> {
  let p = abs;
  for (;;) {
    try {
      await fs.lstat(p);
      return p;
    } catch {
      const parent = path.dirname(p);
      if (parent === p) return p;
      p = parent;
    }
  }
}

export interface OutDir {
  /** Absolute workspace root (resolved, not real). */
  workspace: string;
  /** Absolute folder. */
  abs: string;
  /** Relative to the workspace, `/` separators; '' for the workspace itself. */
  rel: string;
}

/**
 * Resolves `outDir` (relative to the workspace, or absolute) and refuses anything outside the workspace. Does not
 * create the folder (see `ensureDir`).
 */
export async function resolveOutDir(workspace: string, outDir: string): Promise<OutDir> {
  const ws = path.resolve(workspace);
  if (outDir.trim() === '') throw new RunFailure('validation-failed', 'export: the output folder is empty; give a folder inside the repository');
  const abs = path.resolve(ws, outDir);
  const rel = path.relative(ws, abs);
  if (escapes(rel)) throw outside('folder', outDir, ws);
  await assertRealInside(ws, abs, outDir);
  return { workspace: ws, abs, rel: toPosix(rel) };
}

/** The real path of `abs` (or of its deepest existing ancestor) must be inside the real workspace. */
export async function assertRealInside(workspace: string, abs: string, shown: string): Promise<void> {
  let realWs: string;
  try {
    realWs = await fs.realpath(workspace);
  } catch {
    throw new RunFailure('validation-failed', `export: workspace ${workspace} does not exist`);
  }
  const anchor = await existingAncestor(abs);
  const real = await fs.realpath(anchor).catch(() => anchor);
  if (escapes(path.relative(realWs, real))) throw outside('path', shown, workspace);
}

/** mkdir -p, then re-check on the real path (the folder may have been a symlink all along). */
export async function ensureDir(workspace: string, abs: string, shown: string): Promise<void> {
  await assertRealInside(workspace, abs, shown);
  await fs.mkdir(abs, { recursive: true });
  await assertRealInside(workspace, abs, shown);
}

/** The current bytes of a file, undefined when absent; a symlink is refused (we never write through one). */
export async function readExisting(abs: string, shown: string): Promise<Buffer | undefined> {
  let st;
  try {
    st = await fs.lstat(abs);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) throw new RunFailure('validation-failed', `export: ${shown} is a symbolic link; export does not write through links`);
  if (!st.isFile()) throw new RunFailure('validation-failed', `export: ${shown} exists and is not a regular file`);
  return fs.readFile(abs);
}

/** Write through a temporary file and a rename, so an interrupted export never leaves half a manifest. */
export async function writeAtomic(abs: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  await fs.writeFile(tmp, text, 'utf8');
  try {
    await fs.rename(tmp, abs);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
