// `npm run release -- <version> [--dry-run | --push] [--remote <name>]`: cuts a release of the action.
//
//   1. refuses a dirty work tree, a version that is not semver, and one not above package.json and every v* tag;
//   2. refuses an empty `## [Unreleased]` in CHANGELOG.md;
//   3. rebuilds dist/ and refuses when the rebuild changed it (the runner executes dist/, not src/);
//   4. runs the tests (`npm test`);
//   5. bumps package.json and package-lock.json, moves Unreleased to `## [<version>] - <date>`, commits;
//   6. tags v<version> and moves the major tag v<major> to it (not for a prerelease such as 1.3.0-rc.1);
//   7. writes the release notes (the CHANGELOG section plus how to pin) to .release/v<version>.md.
//
// Nothing is pushed unless --push is given; without it the script prints the one push command to run.
// --dry-run does all of the above in a scratch clone in the temp folder and leaves this repository untouched.
// Documented in docs/releasing.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { cutRelease, sectionBody } from './release/changelog.js';
import { releaseNotes } from './release/notes.js';
import { repositorySlug, type PackageRepository } from './release/repository.js';

class ReleaseError extends Error {}

interface Options {
  version: string;
  dryRun: boolean;
  push: boolean;
  /** Only print the release notes of an existing version (for the release workflow). */
  notes: boolean;
  remote: string;
}

const USAGE = [
  'usage: npm run release -- <version> [--dry-run | --push] [--remote <name>]   e.g. npm run release -- 1.2.3',
  '       npm run --silent release -- --notes <version>   (print the release notes of a tagged version)',
].join('\n');

function parseArgs(argv: string[]): Options {
  const opts: Partial<Options> = { dryRun: false, push: false, notes: false, remote: 'origin' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dry-run') opts.dryRun = true;
    else if (arg === '--push') opts.push = true;
    else if (arg === '--notes') opts.notes = true;
    else if (arg === '--remote') {
      const name = argv[++i];
      if (!name) throw new ReleaseError('--remote needs a remote name');
      opts.remote = name;
    } else if (arg.startsWith('-')) throw new ReleaseError(`unknown option ${arg}\n${USAGE}`);
    else if (opts.version) throw new ReleaseError(`one version only (got ${opts.version} and ${arg})\n${USAGE}`);
    else opts.version = arg;
  }
  if (!opts.version) throw new ReleaseError(USAGE);
  if (opts.dryRun && opts.push) throw new ReleaseError('--dry-run pushes nothing: give --dry-run or --push, not both');
  if (opts.notes && (opts.dryRun || opts.push)) throw new ReleaseError('--notes only prints notes: no --dry-run or --push with it');
  // semver.valid accepts a leading v; the tag adds its own, so the version itself must be bare x.y.z[-pre].
  if (!/^\d/.test(opts.version) || semver.valid(opts.version) !== opts.version) {
    throw new ReleaseError(`"${opts.version}" is not a semantic version such as 1.2.3 (or 1.3.0-rc.1); give it without a leading v`);
  }
  return opts as Options;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs a command with its output shown; a failure stops the release with `what` as the reason. */
function step(cwd: string, what: string, command: string, args: string[]): void {
  say(`\n» ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new ReleaseError(`${what} (${command} ${args.join(' ')} exited with ${result.status ?? result.signal})`);
}

function requireClean(root: string): void {
  const dirty = git(root, 'status', '--porcelain', '--untracked-files=all');
  if (dirty) {
    throw new ReleaseError(`the work tree has uncommitted changes; commit or stash them first:\n${dirty}`);
  }
}

/** Every version already released: package.json's and each v<semver> tag's. */
function releasedVersions(root: string, current: string): string[] {
  const tags = git(root, 'tag', '--list', 'v*').split('\n').filter(Boolean);
  return [current, ...tags.map((t) => t.slice(1))].filter((v) => semver.valid(v) === v);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Released {
  tag: string;
  majorTag?: string;
  commit: string;
  notesFile: string;
  pushArgs: string[];
}

/** Steps 1-7 in the repository at `root`; returns what was made. */
function release(root: string, opts: Options): Released {
  requireClean(root);
  const pkgPath = path.join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as PackageRepository & { version: string };
  const slug = repositorySlug(pkg);
  const version = opts.version;
  const tag = `v${version}`;
  const highest = releasedVersions(root, pkg.version).sort(semver.rcompare)[0];
  if (highest && !semver.gt(version, highest)) {
    throw new ReleaseError(`${version} is not above the latest version ${highest} (package.json and v* tags): releases only go up`);
  }

  const changelogPath = path.join(root, 'CHANGELOG.md');
  if (!existsSync(changelogPath)) throw new ReleaseError('there is no CHANGELOG.md');
  const cut = cutRelease(readFileSync(changelogPath, 'utf8'), {
    version,
    date: today(),
    previous: highest,
    repoUrl: `https://github.com/${slug}`,
  });

  step(root, 'the build failed', 'npm', ['run', 'build']);
  const stale = git(root, 'status', '--porcelain', '--untracked-files=all', '--', 'dist');
  if (stale) {
    throw new ReleaseError(`dist/ is stale: the rebuild changed it. Commit the rebuilt dist/ and run the release again:\n${stale}`);
  }
  step(root, 'the tests failed', 'npm', ['test']);

  step(root, 'npm version failed', 'npm', ['version', version, '--no-git-tag-version']);
  writeFileSync(changelogPath, cut.text);
  git(root, 'add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
  git(root, 'commit', '--quiet', '-m', `Release ${tag}`, '-m', cut.notes);
  const commit = git(root, 'rev-parse', 'HEAD');
  git(root, 'tag', '--annotate', tag, '--message', `Release ${tag}`);

  // A prerelease gets its own tag only: v1 stays on the latest stable 1.x.
  const majorTag = semver.prerelease(version) ? undefined : `v${semver.major(version)}`;
  if (majorTag) git(root, 'tag', '--force', '--annotate', majorTag, '--message', `${majorTag} is ${tag}`, commit);

  const notes = releaseNotes({ changes: cut.notes, slug, tag, commit, majorTag });
  const notesFile = path.join(root, '.release', `${tag}.md`);
  mkdirSync(path.dirname(notesFile), { recursive: true });
  writeFileSync(notesFile, notes);

  const branch = git(root, 'rev-parse', '--abbrev-ref', 'HEAD');
  const refs = [...(branch === 'HEAD' ? [] : [`HEAD:refs/heads/${branch}`]), `refs/tags/${tag}`, ...(majorTag ? [`+refs/tags/${majorTag}`] : [])];
  return { tag, majorTag, commit, notesFile, pushArgs: ['push', '--atomic', opts.remote, ...refs] };
}

/** A clone of this repository's HEAD in the temp folder, with a copy of node_modules, for --dry-run. */
function scratchClone(root: string): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'dli-release-')), 'repo');
  const head = git(root, 'rev-parse', 'HEAD');
  git(root, 'clone', '--quiet', '--no-checkout', root, dir);
  git(dir, 'checkout', '--quiet', '-B', git(root, 'rev-parse', '--abbrev-ref', 'HEAD').replace(/^HEAD$/, 'release'), head);
  // The release commit and tags are made as whoever would make them here.
  for (const key of ['user.name', 'user.email']) {
    const value = spawnSync('git', ['config', key], { cwd: root, encoding: 'utf8' }).stdout.trim();
    if (value) git(dir, 'config', key, value);
  }
  const modules = path.join(root, 'node_modules');
  if (existsSync(modules)) {
    // A copy, not a symlink: through a symlink the bundler resolves every module to a path outside the clone, its
    // module ids change, and the dist/ check calls a fresh dist/ stale. Hard links make the copy quick and small;
    // where `cp -al` is not available (macOS), a plain copy.
    const target = path.join(dir, 'node_modules');
    const linked = spawnSync('cp', ['-al', modules, target], { stdio: 'ignore' });
    if (linked.status !== 0) cpSync(modules, target, { recursive: true, verbatimSymlinks: true });
    // Where node_modules is itself a symlink (a work tree sharing another's), the copy is one too, and a symlink is
    // not a folder to git: .gitignore's node_modules/ does not cover it.
    appendFileSync(path.join(dir, '.git', 'info', 'exclude'), '/node_modules\n');
  }
  return dir;
}

/** The notes of a version already released: its CHANGELOG section and the commit its tag points at. */
function notesOf(root: string, version: string): string {
  const tag = `v${version}`;
  const changes = sectionBody(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (!changes) throw new ReleaseError(`CHANGELOG.md has no section "## [${version}]" (or it is empty)`);
  let commit: string;
  try {
    commit = git(root, 'rev-list', '-n', '1', tag);
  } catch {
    throw new ReleaseError(`there is no tag ${tag}`);
  }
  const slug = repositorySlug(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageRepository);
  const majorTag = semver.prerelease(version) ? undefined : `v${semver.major(version)}`;
  return releaseNotes({ changes, slug, tag, commit, majorTag });
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel');
  if (opts.notes) {
    process.stdout.write(notesOf(root, opts.version));
    return;
  }
  let where = root;
  if (opts.dryRun) {
    requireClean(root);
    where = scratchClone(root);
    say(`Dry run: releasing in a scratch clone, ${where}; this repository is not changed and nothing is pushed.`);
  }
  const made = release(where, opts);

  say(`\nRelease ${made.tag} made${opts.dryRun ? ' in the scratch clone' : ''}:`);
  say(`  commit  ${made.commit}  (${git(where, 'log', '-1', '--format=%s')})`);
  say(`  tag     ${made.tag} → ${git(where, 'rev-list', '-n', '1', made.tag)}`);
  if (made.majorTag) say(`  tag     ${made.majorTag} → ${git(where, 'rev-list', '-n', '1', made.majorTag)} (moved)`);
  else say('  prerelease: the major tag is not moved');
  say(`  notes   ${made.notesFile}`);
  say(`\n${git(where, 'show', '--stat', '--format=', 'HEAD')}`);
  say(`\n--- release notes ---\n${readFileSync(made.notesFile, 'utf8')}---`);

  const pushCommand = `git ${made.pushArgs.join(' ')}`;
  if (opts.dryRun) {
    say(`\nDry run: nothing pushed. A real release would push with: ${pushCommand}`);
  } else if (opts.push) {
    step(where, 'the push failed (the release commit and tags are made locally; fix and push them by hand)', 'git', made.pushArgs);
    say(`\nPushed. Draft the GitHub release from ${made.notesFile} (the release workflow does it on the tag).`);
  } else {
    say(`\nNothing pushed. Check the commit and tags, then push them with:\n  ${pushCommand}`);
  }
}

try {
  main();
} catch (error) {
  // Refusals say what to do; a git command that failed carries its command line and stderr in its message.
  process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
