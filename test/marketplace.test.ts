// What the GitHub Marketplace asks of action.yml (name, a description of at most 125 characters, branding with an
// allowed icon and colour), and that every `uses:` of this action in examples/, README.md and docs/ names the
// repository of package.json with a version: a tag (`@v1`, `@v1.2.3`) or a full commit SHA with its version in a
// comment. So the published path cannot drift from what the docs tell people to write.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { repositorySlug, type PackageRepository } from '../scripts/release/repository.js';
import { BRANDING_COLORS, BRANDING_ICONS, MAX_DESCRIPTION } from './fixtures/marketplace-branding.js';
import { repoRoot } from './e2e/harness.js';

const action = yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  branding?: { icon?: unknown; color?: unknown };
};
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageRepository;
const slug = repositorySlug(pkg);

describe('action.yml for the Marketplace', () => {
  it('has a descriptive name that says whose cloud and which service', () => {
    expect(typeof action.name).toBe('string');
    const name = String(action.name);
    expect(name).toMatch(/Huawei Cloud/);
    expect(name).toMatch(/\bDLI\b/);
    // The Marketplace refuses names of GitHub features and of existing actions; a generic name is likely taken.
    expect(name.split(/\s+/).length).toBeGreaterThanOrEqual(3);
  });

  it(`has a description of at most ${MAX_DESCRIPTION} characters`, () => {
    expect(typeof action.description).toBe('string');
    const description = String(action.description);
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(description).not.toMatch(/\n/);
  });

  it('has branding with an icon and a colour GitHub allows, and an author', () => {
    expect(BRANDING_ICONS).toContain(action.branding?.icon);
    expect(BRANDING_COLORS).toContain(action.branding?.color);
    expect(String(action.author ?? '')).not.toBe('');
  });
});

/** Every file a user reads a `uses:` line from: examples/, README.md and docs/ (markdown and YAML). */
function userFacingFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  const under = (rel: string) => {
    try {
      return walk(path.join(repoRoot, rel));
    } catch {
      return []; // docs/ may not exist yet
    }
  };
  return [path.join(repoRoot, 'README.md'), ...under('examples'), ...under('docs')].filter((f) => /\.(md|ya?ml)$/.test(f));
}

/** `uses:` targets that look like this action (or a placeholder for it), with file:line. */
function actionUses(): { where: string; target: string; comment: string }[] {
  const found: { where: string; target: string; comment: string }[] = [];
  for (const file of userFacingFiles()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(#.*)?$/.exec(line);
      if (!m) return;
      const target = m[1]!;
      const repo = target.split('@')[0]!.toLowerCase();
      // This action, under its own name or a stand-in owner such as OWNER/REPO or your-org/….
      if (repo.includes('dli') || /owner|your-|<|example/i.test(repo)) {
        found.push({ where: `${path.relative(repoRoot, file)}:${i + 1}`, target, comment: m[2] ?? '' });
      }
    });
  }
  return found;
}

describe('uses: of this action in examples and docs', () => {
  it(`package.json names the repository (${slug})`, () => {
    expect(slug).toMatch(/^[\w.-]+\/[\w.-]+$/);
  });

  const uses = actionUses();

  it('examples/ and README.md use the action', () => {
    expect(uses.filter((u) => u.where.startsWith('examples/')).length).toBeGreaterThan(0);
    expect(uses.filter((u) => u.where.startsWith('README.md')).length).toBeGreaterThan(0);
  });

  it('every one names package.json’s repository with a version tag, or a full SHA with its version in a comment', () => {
    const wrong = uses.filter(({ target, comment }) => {
      const [repo, ref] = target.split('@');
      if (repo !== slug || !ref) return true;
      if (/^v\d+(\.\d+){0,2}$/.test(ref)) return false;
      return !(/^[0-9a-f]{40}$/.test(ref) && /^#\s*v\d+\.\d+\.\d+\b/.test(comment));
    });
    expect(wrong.map((u) => `${u.where}: uses: ${u.target} ${u.comment}`.trim())).toEqual([]);
  });

  it('the JSON Schema address names the same repository', () => {
    const files = ['schema/connection.schema.json', 'src/manifest/schema.ts', 'src/export/index.ts', ...userFacingFiles().map((f) => path.relative(repoRoot, f))];
    const addresses = files.flatMap((f) => [...readFileSync(path.join(repoRoot, f), 'utf8').matchAll(/raw\.githubusercontent\.com\/([\w.-]+\/[\w.-]+)\//g)].map((m) => `${f}: ${m[1]}`));
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => !a.endsWith(`: ${slug}`))).toEqual([]);
  });
});
