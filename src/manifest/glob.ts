// Finding manifest files: the `manifests` patterns → sorted repository-relative paths.
//
// Two paths, one behaviour. tinyglobby (fdir + picomatch) handles every pattern, but loading and first running it
// costs ~13 ms, a third of the action's own start-up (bench B7). The patterns people write for manifests are plain
// (`.dli/connections/**/*.{yml,yaml}`, `infra/*.yaml`), so those are compiled here to one regular expression each
// and matched during a small synchronous walk; any pattern outside that subset (classes, extglobs, escapes, ranges,
// nested braces, `./`, a file pattern ending in `**`) goes to tinyglobby, loaded only then. test/manifest/glob-parity.test.ts
// checks on generated trees and patterns that both paths list the same files.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';

/** A pattern in the plain subset: the literal directories it starts with, and a matcher for whole paths. */
export interface SimpleGlob {
  /** Leading literal segments (`.dli/connections`), '' when the pattern starts with a wildcard. */
  base: string;
  /** How many segments below `base` a match can be; Infinity with a `**`. */
  depth: number;
  regex: RegExp;
  /** `a/**`: also matches `a` itself, so only an ignore pattern may end so (a file pattern goes to the library). */
  trailingGlobstar: boolean;
}

const GLOBSTAR = '(?:[^/]+/)*';
/** Characters that mean something to picomatch beyond `* ? { } ,` (or that we would have to escape for it). */
const OUTSIDE_SUBSET = /[[\]()!+@\\|]/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One segment's text (no `/`) → regex source, or undefined when it is not in the subset. */
function segmentSource(segment: string): string | undefined {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') {
      if (segment[i + 1] === '*') return undefined; // `**` inside a segment (`a**`): picomatch's rules, not ours
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      const close = segment.indexOf('}', i);
      if (close < 0) return undefined;
      const body = segment.slice(i + 1, close);
      // `{a}` (no comma) is literal to picomatch, `{a..c}` a range, `{,a}` an empty choice: leave them to it.
      if (!body.includes(',') || body.includes('{') || body.includes('..')) return undefined;
      const choices = body.split(',');
      if (choices.some((choice) => choice === '')) return undefined;
      const sources = choices.map(segmentSource);
      if (sources.some((s) => s === undefined)) return undefined;
      out += `(?:${sources.join('|')})`;
      i = close;
    } else if (c === '}' || c === '/') {
      return undefined;
    } else {
      out += escapeRegex(c);
    }
  }
  return out;
}

/** The pattern as a SimpleGlob, or undefined when only the full glob library may interpret it. */
export function compileSimpleGlob(pattern: string): SimpleGlob | undefined {
  if (pattern === '' || OUTSIDE_SUBSET.test(pattern)) return undefined;
  const segments = pattern.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  const trailingGlobstar = segments[segments.length - 1] === '**';
  // A lone `**`, and `a*/**`, where picomatch no longer lets the `/**` match nothing: the library's rules.
  if (trailingGlobstar && (segments.length === 1 || (segments[segments.length - 2] as string).includes('*'))) return undefined;
  const base: string[] = [];
  while (base.length < segments.length - 1 && !/[*?{]/.test(segments[base.length] as string)) base.push(segments[base.length] as string);
  const rest = segments.slice(base.length);
  const baseSources = base.map(segmentSource); // plain text, but a stray `}` is still the library's business
  if (baseSources.some((s) => s === undefined)) return undefined;
  let source = baseSources.map((s) => `${s}/`).join('');
  for (let i = 0; i < rest.length; i++) {
    const segment = rest[i] as string;
    if (segment === '**' && i === rest.length - 1) {
      source = `${source.replace(/\/$/, '')}(?:/[^/]+)*`; // the directory itself, or anything below it
      continue;
    }
    if (segment === '**') {
      source += GLOBSTAR;
      continue;
    }
    const s = segmentSource(segment);
    if (s === undefined) return undefined;
    // `*` may match nothing here, where picomatch wants a character; harmless, as no listed path has an empty
    // segment. Nor does a walk list `.` or `..`, which picomatch's `*` never matches.
    source += i === rest.length - 1 ? s : `${s}/`;
  }
  return {
    base: base.join('/'),
    depth: rest.includes('**') ? Infinity : rest.length,
    regex: new RegExp(`^${source}$`),
    trailingGlobstar,
  };
}

/** A matched file, relative with `/`; `real` is its resolved path when the walk learnt it on the way (no extra call). */
export interface FoundFile {
  file: string;
  real?: string;
}

/** What a link points at (stat follows it), or undefined for a broken link. */
function linkTarget(full: string): { directory: boolean; file: boolean; real: string } | undefined {
  try {
    const st = statSync(full);
    return { directory: st.isDirectory(), file: st.isFile(), real: realpathSync.native(full) };
  } catch {
    return undefined;
  }
}

/** A link back to a folder the walk is inside. fdir has its own rules for how far it goes round; the library decides. */
class LinkLoop extends Error {}

/**
 * Files under `workspace/glob.base` that the pattern matches and no ignore pattern does. Symbolic links are
 * followed, as tinyglobby does; on a link loop it throws LinkLoop. Real paths are built from the folder's real
 * path and the entry's type as the walk goes, so only a link costs a call (a per-file realpath was a tenth of B2).
 */
function walkSimple(workspace: string, glob: SimpleGlob, ignore: SimpleGlob[]): FoundFile[] {
  // An ignore pattern that matches a folder's path skips all of it, as in tinyglobby (`!drafts` skips drafts/x.yaml).
  const ignored = (rel: string) => ignore.some((g) => g.regex.test(rel));
  const found: FoundFile[] = [];
  const visit = (rel: string, dir: string, realDir: string, depth: number, inside: Set<string>): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // missing or unreadable: nothing matches there
    }
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const full = dir + path.sep + entry.name;
      const link = entry.isSymbolicLink() ? linkTarget(full) : undefined;
      if (entry.isSymbolicLink() && !link) continue; // broken: neither a file nor a folder
      const isDirectory = link ? link.directory : entry.isDirectory();
      if (isDirectory) {
        if (depth + 1 >= glob.depth || ignored(childRel)) continue;
        const real = link ? link.real : realDir + path.sep + entry.name;
        if (inside.has(real)) throw new LinkLoop(childRel);
        visit(childRel, full, real, depth + 1, new Set(inside).add(real));
      } else if ((link ? link.file : entry.isFile()) && glob.regex.test(childRel) && !ignored(childRel)) {
        found.push({ file: childRel, real: link ? link.real : realDir + path.sep + entry.name });
      }
    }
  };
  const dir = glob.base ? path.join(workspace, glob.base) : workspace;
  let root: string;
  try {
    root = realpathSync.native(dir);
  } catch {
    return [];
  }
  visit(glob.base, dir, root, 0, new Set([root]));
  return found;
}

/**
 * Files matching `pattern` under `workspace` (not sorted), skipping any that match one of `ignore`. Dotfiles
 * match `*` (like picomatch's `dot: true`); folders are never listed.
 */
export async function globFiles(workspace: string, pattern: string, ignore: string[]): Promise<FoundFile[]> {
  const simple = compileSimpleGlob(pattern);
  const simpleIgnore = ignore.map(compileSimpleGlob);
  if (simple && !simple.trailingGlobstar && simpleIgnore.every((g) => g !== undefined)) {
    try {
      return walkSimple(workspace, simple, simpleIgnore as SimpleGlob[]);
    } catch (e) {
      if (!(e instanceof LinkLoop)) throw e;
    }
  }
  return globWithLibrary(workspace, pattern, ignore);
}

/** The full glob library, for any pattern outside the plain subset (and the reference the parity test uses). */
export async function globWithLibrary(workspace: string, pattern: string, ignore: string[]): Promise<FoundFile[]> {
  const { globSync } = await import('tinyglobby');
  const files = globSync([pattern], { cwd: workspace, ignore, onlyFiles: true, dot: true, absolute: false, expandDirectories: false });
  return files.map((file) => ({ file }));
}
