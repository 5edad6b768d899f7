// The files a user looks for before pinning an action: a licence that matches package.json, a changelog the
// release script can cut, a security policy, Dependabot for both ecosystems, and links to them from the README.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { sectionBody } from '../scripts/release/changelog.js';
import { repoRoot } from './e2e/harness.js';

const read = (rel: string) => readFileSync(path.join(repoRoot, rel), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; version: string };

describe('project files', () => {
  it('LICENSE is the MIT licence package.json declares', () => {
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toMatch(/^Copyright \(c\) 20\d\d the dli-connections authors$/m);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('CHANGELOG.md: Unreleased first, then versions newest first with dates, each with its link', () => {
    const changelog = read('CHANGELOG.md');
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((m) => ({ name: m[1]!, rest: m[2]! }));
    expect(headings[0]?.name).toBe('Unreleased');
    expect(sectionBody(changelog, 'Unreleased')).toBeDefined();
    const versions = headings.slice(1);
    expect(versions.length).toBeGreaterThan(0);
    expect(versions[0]!.name).toBe(pkg.version); // package.json is the latest release
    for (const v of versions) {
      expect(semver.valid(v.name), v.name).toBe(v.name);
      expect(v.rest, v.name).toMatch(/^ - \d{4}-\d{2}-\d{2}$/);
      expect(sectionBody(changelog, v.name), v.name).not.toBe('');
    }
    const names = versions.map((v) => v.name);
    expect(names).toEqual([...names].sort(semver.rcompare));
    for (const name of ['Unreleased', ...names]) expect(changelog, name).toMatch(new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\]: https://`, 'm'));
  });

  it('SECURITY.md says which versions are supported, how to report privately, and what happens to credentials', () => {
    const security = read('SECURITY.md');
    for (const heading of ['## Supported versions', '## Reporting a vulnerability', '## What the action does with credentials']) {
      expect(security).toContain(heading);
    }
    expect(security).toMatch(/private vulnerability\s+reporting/);
    expect(security).toMatch(/masked/i);
  });

  it('Dependabot watches npm and the workflows’ actions', () => {
    const config = yaml.load(read('.github/dependabot.yml')) as { version: number; updates: { 'package-ecosystem': string; directory: string }[] };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('the README links the licence, the changelog, the security policy and the release docs', () => {
    const readme = read('README.md');
    for (const target of ['LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'docs/releasing.md']) {
      expect(readme, target).toContain(`](${target})`);
    }
  });
});
