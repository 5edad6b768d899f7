// scripts/release.ts on a scratch clone of this repository, with a bare repository on the local disk as `origin`
// (no network). The clone gets this work tree's release script, CHANGELOG and package.json, and a build and a test
// command that are fast stand-ins: the build writes dist/index.js (the same bytes as committed, so dist/ is fresh
// until a test commits something else) and the test command leaves a mark, so the checks are seen to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionBody } from '../scripts/release/changelog.js';
import { repoRoot } from './e2e/harness.js';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const FILES = ['scripts/release.ts', 'scripts/release/changelog.ts', 'scripts/release/notes.ts', 'scripts/release/repository.ts', 'CHANGELOG.md', 'package.json', 'package-lock.json', '.gitignore'];
const ENTRY = '- A fix made by the release test.';
const BUILT = 'built by the stand-in build\n';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: string; packages?: Record<string, { version?: string }>; scripts: Record<string, string> };
const today = () => new Date().toISOString().slice(0, 10);

let tmp: string;
let work: string;
let remote: string;
let marker: string;
let current: string;

function release(cwd: string, ...args: string[]) {
  const r = spawnSync(tsx, [path.join(cwd, 'scripts', 'release.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, RELEASE_TEST_MARKER: marker, npm_config_update_notifier: 'false' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout + r.stderr, stdout: r.stdout };
}

/** Adds a line under `## [Unreleased]` and commits it, as a developer does before a release. */
function addUnreleased(cwd: string, line: string): void {
  const file = path.join(cwd, 'CHANGELOG.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('## [Unreleased]\n', `## [Unreleased]\n\n### Fixed\n\n${line}\n`));
  git(cwd, 'commit', '-qam', `changelog: ${line}`);
}

/** Commits an edit of the clone's package.json scripts (a failing test command, say) with whatever else changed. */
function setScripts(cwd: string, scripts: Record<string, string>): void {
  const file = path.join(cwd, 'package.json');
  const pkg = readJson(file);
  Object.assign(pkg.scripts, scripts);
  writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  git(cwd, 'add', '--all');
  git(cwd, 'commit', '-qm', 'test: scripts');
}

const tags = (cwd: string) => git(cwd, 'tag', '--list').split('\n').filter(Boolean).sort();
const tagTarget = (cwd: string, tag: string) => git(cwd, 'rev-list', '-n', '1', tag);

/** Nothing changed by a refused run: same commit, no tags, same version, clean tree. */
function expectUntouched(head: string): void {
  expect(git(work, 'rev-parse', 'HEAD')).toBe(head);
  expect(tags(work)).toEqual([]);
  expect(readJson(path.join(work, 'package.json')).version).toBe(current);
  expect(git(work, 'status', '--porcelain')).toBe('');
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'dli-release-test-'));
  work = path.join(tmp, 'work');
  remote = path.join(tmp, 'remote.git');
  marker = path.join(tmp, 'tests-ran');
  git(tmp, 'clone', '--quiet', repoRoot, work);
  git(work, 'checkout', '--quiet', '-B', 'main');
  for (const t of tags(work)) git(work, 'tag', '-d', t);
  git(work, 'config', 'user.name', 'Release Test');
  git(work, 'config', 'user.email', 'release-test@example.invalid');
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(work, f)), { recursive: true });
    copyFileSync(path.join(repoRoot, f), path.join(work, f));
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  appendFileSync(path.join(work, '.git', 'info', 'exclude'), '/node_modules\n');
  mkdirSync(path.join(work, 'dist'), { recursive: true });
  writeFileSync(path.join(work, 'dist', 'index.js'), BUILT);
  setScripts(work, {
    build: `node -e "require('fs').writeFileSync('dist/index.js', ${JSON.stringify(BUILT).replace(/"/g, "'")})"`,
    test: `node -e "require('fs').appendFileSync(process.env.RELEASE_TEST_MARKER, 'ran\\n')"`,
  });
  addUnreleased(work, ENTRY);
  current = readJson(path.join(work, 'package.json')).version;

  git(tmp, 'init', '--quiet', '--bare', remote);
  git(work, 'remote', 'set-url', 'origin', remote);
  git(work, 'push', '--quiet', 'origin', 'main');
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.sequential('npm run release on a scratch clone', () => {
  // The next major from wherever package.json is today (0.1.0 → 1.0.0), so the test outlives real releases.
  const major = () => semver.inc(current, 'major')!;

  it('refuses a version that is not semver, or not above the current one, and a dirty tree', () => {
    const head = git(work, 'rev-parse', 'HEAD');
    for (const bad of ['1.2', 'v1.2.3', 'latest']) {
      const r = release(work, bad);
      expect(r.code, bad).toBe(1);
      expect(r.out).toMatch(/is not a semantic version/);
    }
    const r = release(work, current);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${current} is not above the latest version ${current}`);

    writeFileSync(path.join(work, 'stray.txt'), 'not committed');
    const dirty = release(work, major());
    expect(dirty.code).toBe(1);
    expect(dirty.out).toMatch(/uncommitted changes[\s\S]*stray\.txt/);
    rmSync(path.join(work, 'stray.txt'));
    expectUntouched(head);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a stale dist/ and failing tests, tagging nothing', () => {
    const head = git(work, 'rev-parse', 'HEAD');
    writeFileSync(path.join(work, 'dist', 'index.js'), 'an old build\n');
    git(work, 'commit', '-qam', 'test: stale dist');
    const stale = release(work, major());
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(/dist\/ is stale[\s\S]*dist\/index\.js/);
    git(work, 'checkout', '--quiet', '--', 'dist');
    git(work, 'reset', '--quiet', '--hard', head);

    setScripts(work, { test: 'node -e "process.exit(3)"' });
    const failing = release(work, major());
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('the tests failed');
    git(work, 'reset', '--quiet', '--hard', head);
    expectUntouched(head);
  });

  it('--dry-run releases in a scratch clone of its own and changes nothing here or on the remote', () => {
    const head = git(work, 'rev-parse', 'HEAD');
    const version = major();
    const r = release(work, version, '--dry-run');
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('ran\n');
    expectUntouched(head);
    expect(git(remote, 'tag', '--list')).toBe('');
    expect(r.stdout).toContain('Dry run: nothing pushed');

    const scratch = /releasing in a scratch clone, (\S+);/.exec(r.stdout)?.[1];
    expect(scratch).toBeTruthy();
    const tag = `v${version}`;
    const majorTag = `v${semver.major(version)}`;
    expect(tags(scratch!)).toEqual([majorTag, tag].sort());
    const commit = git(scratch!, 'rev-parse', 'HEAD');
    expect(tagTarget(scratch!, tag)).toBe(commit);
    expect(tagTarget(scratch!, majorTag)).toBe(commit);
    expect(git(scratch!, 'rev-parse', 'HEAD~1')).toBe(head);
    expect(git(scratch!, 'log', '-1', '--format=%s')).toBe(`Release ${tag}`);
    expect(readJson(path.join(scratch!, 'package.json')).version).toBe(version);
    const lock = readJson(path.join(scratch!, 'package-lock.json'));
    expect([lock.version, lock.packages?.['']?.version]).toEqual([version, version]);

    const changelog = readFileSync(path.join(scratch!, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## [Unreleased]\n\n## [${version}] - ${today()}\n\n### Fixed\n\n${ENTRY}\n`);
    expect(sectionBody(changelog, 'Unreleased')).toBe('');
    expect(changelog).toContain(`[Unreleased]: https://github.com/dli-connections/dli-connections/compare/${tag}...HEAD`);
    expect(changelog).toContain(`[${version}]: https://github.com/dli-connections/dli-connections/compare/v${current}...${tag}`);

    const notes = readFileSync(path.join(scratch!, '.release', `${tag}.md`), 'utf8');
    expect(notes.startsWith(sectionBody(changelog, version)!)).toBe(true);
    expect(notes).toContain(ENTRY);
    expect(notes).toContain(`- uses: dli-connections/dli-connections@${commit} # ${tag}`);
    expect(git(scratch!, 'status', '--porcelain')).toBe(''); // the notes are in the ignored .release/
    rmSync(path.dirname(scratch!), { recursive: true, force: true });
  });

  it('a real run commits and tags locally, pushes nothing, and prints the push command', () => {
    const version = major();
    const r = release(work, version);
    expect(r.code, r.out).toBe(0);
    const commit = git(work, 'rev-parse', 'HEAD');
    expect(tags(work)).toEqual([`v${semver.major(version)}`, `v${version}`].sort());
    expect(tagTarget(work, `v${version}`)).toBe(commit);
    expect(git(remote, 'tag', '--list')).toBe('');
    expect(git(remote, 'rev-parse', 'main')).not.toBe(commit);
    expect(r.stdout).toContain(`git push --atomic origin HEAD:refs/heads/main refs/tags/v${version} +refs/tags/v${semver.major(version)}`);
    expect(readJson(path.join(work, 'package.json')).version).toBe(version);
  });

  it('--push sends the branch, the new tag and the moved major tag to the remote', () => {
    const version = semver.inc(major(), 'patch')!;
    const majorTag = `v${semver.major(version)}`;
    // Releasing the same version twice, or with nothing under Unreleased, is refused.
    expect(release(work, major()).out).toContain('is not above the latest version');
    expect(release(work, version).out).toMatch(/Unreleased.*is empty/);
    addUnreleased(work, '- A second fix.');

    const r = release(work, version, '--push');
    expect(r.code, r.out).toBe(0);
    const commit = git(work, 'rev-parse', 'HEAD');
    expect(git(remote, 'rev-parse', 'main')).toBe(commit);
    expect(tagTarget(remote, `v${version}`)).toBe(commit);
    expect(tagTarget(remote, majorTag)).toBe(commit);
    expect(tagTarget(work, majorTag)).toBe(commit);
    expect(tagTarget(work, `v${major()}`)).not.toBe(commit);

    // The release workflow's notes are the ones the script wrote.
    const notes = release(work, '--notes', version);
    expect(notes.code, notes.out).toBe(0);
    expect(notes.stdout).toBe(readFileSync(path.join(work, '.release', `v${version}.md`), 'utf8'));
    expect(notes.stdout).toContain('- A second fix.');
    expect(notes.stdout).not.toContain(ENTRY);
  });

  it('a prerelease gets its own tag and leaves the major tag where it was', () => {
    const before = tagTarget(work, `v${semver.major(major())}`);
    addUnreleased(work, '- A release candidate.');
    const version = `${semver.inc(major(), 'minor')}-rc.1`;
    const r = release(work, version);
    expect(r.code, r.out).toBe(0);
    expect(tagTarget(work, `v${version}`)).toBe(git(work, 'rev-parse', 'HEAD'));
    expect(tagTarget(work, `v${semver.major(major())}`)).toBe(before);
    expect(r.stdout).toContain('the major tag is not moved');
  });
});
