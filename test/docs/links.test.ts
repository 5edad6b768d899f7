// Every relative link of the Markdown pages (README.md, docs/, the READMEs under test/ and examples/) must land on a
// file of the repository, and a `#anchor` on a heading of the page it names (GitHub's slugs, via github-slugger):
// the README was cut into docs/ pages, and a moved section must not leave a dead link behind. The checker is tried
// on broken pages first, so it is known to catch them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/harness.js';

/** The page with fenced code blocks blanked (same line numbers): a `#` line in a shell block is no heading. */
function withoutFences(text: string): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const m = /^[ \t]*(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (m && m[1]!.startsWith(fence[0]!) && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
        return '';
      }
      if (m) {
        fence = m[1];
        return '';
      }
      return line;
    })
    .join('\n');
}

/** The page without code (fences and code spans blanked, same line numbers): links there are examples. */
function prose(text: string): string {
  return withoutFences(text).replace(/(`+)(?:(?!\1)[^\n])*?\1/g, (span) => ' '.repeat(span.length));
}

/** The anchors GitHub gives a page's headings (a repeated heading gets -1, -2 …). */
export function anchorsOf(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const line of withoutFences(text).split('\n')) {
    const h = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    // The heading's text as GitHub renders it (a link keeps its label); the slugger drops the markup characters.
    if (h) anchors.add(slugger.slug(h[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
  }
  return anchors;
}

interface Link {
  line: number;
  target: string;
}

/** Inline links and images `[x](target)` and reference definitions `[x]: target`, outside code. */
function linksOf(text: string): Link[] {
  const links: Link[] = [];
  prose(text)
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line: i + 1, target: m[1]! });
      const def = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(line);
      if (def) links.push({ line: i + 1, target: def[1]! });
    });
  return links;
}

/**
 * What is wrong with the links of one page, as `page:line: sentence` (empty when fine). `read` gives a file's text
 * or undefined when it does not exist; `isDir` says whether a path is a folder.
 */
export function brokenLinks(page: string, text: string, files: { read: (p: string) => string | undefined; isDir: (p: string) => boolean }): string[] {
  const problems: string[] = [];
  for (const { line, target } of linksOf(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // https:, mailto: …: not ours
    const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
    const where = `${page}:${line}`;
    if (rawPath.startsWith('/')) {
      problems.push(`${where}: ${target} is absolute; link relative to the page so it works in every clone`);
      continue;
    }
    const file = rawPath === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURI(rawPath)));
    if (file.startsWith('../')) {
      problems.push(`${where}: ${target} leaves the repository`);
      continue;
    }
    const body = files.isDir(file) ? '' : files.read(file);
    if (body === undefined) {
      problems.push(`${where}: ${target}: no file ${file} in the repository`);
      continue;
    }
    if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(body).has(anchor)) {
      problems.push(`${where}: ${target}: ${file} has no heading with the anchor #${anchor}`);
    }
  }
  return problems;
}

/** The Markdown the docs lint covers: top-level pages (README.md …), docs/, and the READMEs under test/ and examples/. */
function pages(): string[] {
  const under = (dir: string) =>
    readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md') && !f.split(path.sep).includes('node_modules'))
      .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
      .sort();
  const top = readdirSync(repoRoot).filter((f) => f.endsWith('.md')).sort();
  return [...top, ...under('docs'), ...under('test'), ...under('examples')];
}

const repoFiles = {
  read: (p: string) => (existsSync(path.join(repoRoot, p)) ? readFileSync(path.join(repoRoot, p), 'utf8') : undefined),
  isDir: (p: string) => existsSync(path.join(repoRoot, p)) && statSync(path.join(repoRoot, p)).isDirectory(),
};

describe('the link checker catches what it should', () => {
  const files = new Map([
    ['README.md', '# Title\n\n## Inputs and `outputs`\n\n## Inputs and `outputs`\n'],
    ['docs/a.md', '# Page A\n\n## What changes how (the field table of `src/plan/fields.ts`)\n'],
  ]);
  const fake = { read: (p: string) => files.get(p), isDir: (p: string) => p === 'examples' };
  const check = (text: string) => brokenLinks('docs/b.md', text, fake);

  it('accepts links to files, folders, headings (GitHub slugs, repeats numbered) and outside URLs', () => {
    expect(
      check(
        [
          '[a](a.md) [a](./a.md#page-a) [r](../README.md#inputs-and-outputs-1) [ex](../examples)',
          '[f](a.md#what-changes-how-the-field-table-of-srcplanfieldsts) [w](https://example.com/x.md#nope)',
          '[ref]: ../README.md#title',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a missing file, a missing anchor, a path out of the repository or an absolute one', () => {
    const problems = check('[x](missing.md)\n\n[y](a.md#nope)\n\n[z](../../etc/passwd)\n\n[w](/docs/a.md)\n\n[s](#self)\n');
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^docs\/b\.md:1: missing\.md: no file docs\/missing\.md/);
    expect(problems[1]).toMatch(/^docs\/b\.md:3: .*no heading with the anchor #nope/);
    expect(problems[2]).toMatch(/leaves the repository/);
    expect(problems[3]).toMatch(/absolute/);
    expect(problems[4]).toMatch(/no file docs\/b\.md/);
  });

  it('ignores links inside code blocks and code spans', () => {
    expect(check('```md\n[x](missing.md)\n```\n\n`[y](missing.md)`\n')).toEqual([]);
  });
});

describe('README.md, docs/ and the other Markdown pages', () => {
  it('has the pages to check', () => {
    expect(pages()).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'test/emulator/README.md']));
    expect(pages().length).toBeGreaterThan(5);
  });

  for (const page of pages()) {
    it(`${page}: every relative link resolves to a file of the repository (and its #anchor to a heading)`, () => {
      expect(brokenLinks(page, readFileSync(path.join(repoRoot, page), 'utf8'), repoFiles)).toEqual([]);
    });
  }
});
