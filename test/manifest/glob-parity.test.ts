// The plain-pattern path of src/manifest/glob.ts must list exactly what tinyglobby lists: on generated trees
// (dotfiles, nested folders, symbolic links to files and folders, a link loop) with generated patterns of the
// plain subset, with and without ignore patterns, and on the patterns people actually write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { compileSimpleGlob, globFiles, globWithLibrary } from '../../src/manifest/glob.js';

const sorted = (list: string[]) => [...list].sort();

/**
 * Both paths, compared; returns what was found so a test can also assert on it. Where the walk reports a real
 * path (which spares the loader a call per file), it must be the one realpath gives.
 */
async function expectSameFiles(workspace: string, pattern: string, ignore: string[] = []): Promise<string[]> {
  const found = await globFiles(workspace, pattern, ignore);
  const fast = sorted(found.map((f) => f.file));
  const library = sorted((await globWithLibrary(workspace, pattern, ignore)).map((f) => f.file));
  expect(fast, `${pattern} ! ${ignore.join(' ! ')}`).toEqual(library);
  for (const f of found) if (f.real !== undefined) expect(f.real, f.file).toBe(realpathSync.native(path.join(workspace, f.file)));
  return fast;
}

describe('compileSimpleGlob: what stays on the plain path', () => {
  it.each([
    '.dli/connections/**/*.{yml,yaml}',
    'connections/*.yaml',
    '*.yml',
    '**/*.yml',
    'infra/?b/x.yml',
    'a b/c$d^e.yml',
    'old/**',
  ])('%s is plain', (pattern) => {
    expect(compileSimpleGlob(pattern)).toBeDefined();
  });

  it.each([
    'a/[ab].yml', // class
    'a/@(x|y).yml', // extglob
    'a/!(x).yml',
    'a/\\*.yml', // escape
    'a/{1..3}.yml', // range
    'a/{x,{y,z}}.yml', // nested braces
    'a/{x}.yml', // literal braces to picomatch
    'a/{,x}.yml', // empty choice
    './a/*.yml',
    'a//b.yml',
    'a/',
    'a**/b.yml',
    'a}b/*.yml', // a stray brace
    'a*/**', // picomatch: here `/**` must match something
    '**',
    '',
  ])('%s goes to the library', (pattern) => {
    expect(compileSimpleGlob(pattern)).toBeUndefined();
  });

  it('anchors the whole path and keeps wildcards inside one folder', () => {
    const g = compileSimpleGlob('.dli/connections/**/*.{yml,yaml}')!;
    expect(g.base).toBe('.dli/connections');
    expect(g.depth).toBe(Infinity);
    expect(g.regex.test('.dli/connections/a.yml')).toBe(true);
    expect(g.regex.test('.dli/connections/x/.y/a.yaml')).toBe(true);
    expect(g.regex.test('.dli/connections/a.json')).toBe(false);
    expect(g.regex.test('x/.dli/connections/a.yml')).toBe(false);
    const one = compileSimpleGlob('infra/*.yml')!;
    expect(one.depth).toBe(1);
    expect(one.regex.test('infra/a/b.yml')).toBe(false);
  });
});

describe('plain path ≡ tinyglobby', () => {
  let root: string;
  beforeAll(() => {
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'dli-glob-')));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function tree(name: string, files: string[]): string {
    const dir = path.join(root, name);
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'x');
    }
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  it('the patterns of the docs, examples and tests', async () => {
    const ws = tree('real', [
      '.dli/connections/app.yaml',
      '.dli/connections/team/a.yml',
      '.dli/connections/team/skip.yml',
      '.dli/connections/.hidden/b.yaml',
      '.dli/connections/notes.md',
      'connections/x.yaml',
      'connections/deep/y.yaml',
      'other/z.yml',
      'infra/prod.yaml',
    ]);
    expect(await expectSameFiles(ws, '.dli/connections/**/*.{yml,yaml}', ['**/skip.yml'])).toEqual([
      '.dli/connections/.hidden/b.yaml',
      '.dli/connections/app.yaml',
      '.dli/connections/team/a.yml',
    ]);
    expect(await expectSameFiles(ws, 'connections/*.yaml')).toEqual(['connections/x.yaml']);
    await expectSameFiles(ws, 'connections/**/*.yaml');
    await expectSameFiles(ws, '**/*.yml', ['.dli/**']);
    await expectSameFiles(ws, '**/*.yaml', ['connections/*']);
    await expectSameFiles(ws, 'missing/*.yaml');
    await expectSameFiles(ws, 'infra/prod.yaml');
  });

  it('follows links to files and folders, and stops at a loop', async () => {
    const ws = tree('links', ['real/a.yaml', 'real/sub/b.yaml', 'target.yaml']);
    symlinkSync(path.join(ws, 'real'), path.join(ws, 'linked'));
    symlinkSync(path.join(ws, 'target.yaml'), path.join(ws, 'real', 'to-file.yaml'));
    symlinkSync(path.join(ws, 'nowhere.yaml'), path.join(ws, 'real', 'broken.yaml'));
    symlinkSync(path.join(ws, 'real'), path.join(ws, 'real', 'sub', 'loop'));
    await expectSameFiles(ws, 'linked/*.yaml');
    await expectSameFiles(ws, '*/*.yaml');
    await expectSameFiles(ws, 'real/*/*.yaml');
    await expectSameFiles(ws, 'linked/**/*.yaml');
    await expectSameFiles(ws, '**/*.yaml');
  });

  // Names from a small alphabet, so generated patterns often hit and often nearly hit.
  const nameArb = fc.constantFrom('a', 'b', 'ab', '.a', 'a.b', 'x y', 'c$', 'a,b');
  const fileArb = fc.tuple(fc.array(nameArb, { maxLength: 3 }), nameArb, fc.constantFrom('.yml', '.yaml', '.json', '')).map(
    ([dirs, base, ext]) => [...dirs, base + ext].join('/'),
  );
  const segmentArb = fc.oneof(
    nameArb,
    fc.constantFrom('*', '?', 'a*', '*b', '.*', '?b', '*.yml', '*.{yml,yaml}', '{a,b}', '{a,.a}*', 'a?b', '**'),
  );
  const patternArb = fc.array(segmentArb, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));

  /** A pattern made from one of the files: each segment kept, or widened to a wildcard; sometimes a `**` inside. */
  const derivedPatternArb = (files: string[]) =>
    fc
      .tuple(
        fc.constantFrom(...files),
        fc.array(fc.constantFrom('keep', 'keep', 'star', 'star-ext', 'question', 'brace'), { minLength: 4, maxLength: 4 }),
        fc.option(fc.nat(3)),
      )
      .map(([file, how, globstarAt]) => {
        const segments = file.split('/').map((seg, i) => {
          const dot = seg.lastIndexOf('.');
          switch (how[i]) {
            case 'star':
              return '*';
            case 'star-ext':
              return dot > 0 ? `*${seg.slice(dot)}` : `${seg}*`;
            case 'question':
              return `?${seg.slice(1)}`;
            case 'brace':
              return `{${seg},zz}`;
            default:
              return seg;
          }
        });
        if (globstarAt !== null) segments.splice(Math.min(globstarAt, segments.length - 1), 0, '**');
        return segments.join('/');
      });

  it('on generated trees and patterns', async () => {
    let case_ = 0;
    let matched = 0;
    let plain = 0;
    const caseArb = fc.uniqueArray(fileArb, { minLength: 1, maxLength: 12 }).chain((files) =>
      fc.tuple(fc.constant(files), fc.oneof(patternArb, derivedPatternArb(files)), fc.array(fc.oneof(patternArb, derivedPatternArb(files)), { maxLength: 2 })),
    );
    await fc.assert(
      fc.asyncProperty(caseArb, async ([files, pattern, ignore]) => {
        // A file and a folder of the same name cannot both exist: keep the first claim.
        const kept: string[] = [];
        for (const f of files) {
          const clash = kept.some((k) => k.startsWith(`${f}/`) || f.startsWith(`${k}/`) || k === f);
          if (!clash) kept.push(f);
        }
        const ws = tree(`gen-${case_++}`, kept);
        try {
          if ((await expectSameFiles(ws, pattern, ignore)).length > 0) matched++;
          if (compileSimpleGlob(pattern) && !pattern.endsWith('/**') && ignore.every((g) => compileSimpleGlob(g))) plain++;
        } finally {
          rmSync(ws, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.GLOB_PARITY_RUNS ?? 300) },
    );
    // Not vacuous: most cases take the plain path, and many of them find files.
    expect(plain / case_).toBeGreaterThan(0.5);
    expect(matched / case_).toBeGreaterThan(0.2);
  }, 600_000); // GLOB_PARITY_RUNS=10000 for a long run
});
