// CHANGELOG.md in the Keep a Changelog shape (https://keepachangelog.com/en/1.1.0/): `## [Unreleased]`, then one
// `## [x.y.z] - YYYY-MM-DD` section per release, newest first, and link references at the bottom. Pure text in,
// text out, so the release script and its tests share one reading of the file.

export class ChangelogError extends Error {}

const SECTION = /^## \[([^\]]+)\]/;
const LINK_REF = /^\[([^\]]+)\]:\s*\S+/;

/** Where the section headed `## [name]` starts and ends (line indexes, end exclusive), or undefined. */
function sectionBounds(lines: string[], name: string): { start: number; end: number } | undefined {
  const start = lines.findIndex((l) => SECTION.exec(l)?.[1]?.toLowerCase() === name.toLowerCase());
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !SECTION.test(lines[end]!) && !LINK_REF.test(lines[end]!)) end++;
  return { start, end };
}

/** The body of a section (between its heading and the next section or the link references), trimmed. */
export function sectionBody(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const at = sectionBounds(lines, name);
  return at ? lines.slice(at.start + 1, at.end).join('\n').trim() : undefined;
}

export interface CutOptions {
  version: string;
  /** YYYY-MM-DD */
  date: string;
  /** The version released before this one (its tag is v<previous>), for the compare link. */
  previous?: string;
  /** https://github.com/owner/name */
  repoUrl: string;
}

/**
 * Moves what `## [Unreleased]` says under a new `## [version] - date` heading, leaves an empty Unreleased section
 * above it, and points the link references at the new tag. Refuses a changelog with nothing unreleased: a release
 * without a word of what changed is a mistake, not a release.
 */
export function cutRelease(text: string, opts: CutOptions): { text: string; notes: string } {
  const lines = text.split('\n');
  const at = sectionBounds(lines, 'Unreleased');
  if (!at) throw new ChangelogError('CHANGELOG.md has no "## [Unreleased]" section: add one above the latest release.');
  if (sectionBounds(lines, opts.version)) throw new ChangelogError(`CHANGELOG.md already has a section for ${opts.version}.`);
  const notes = lines.slice(at.start + 1, at.end).join('\n').trim();
  if (!notes) {
    throw new ChangelogError('"## [Unreleased]" in CHANGELOG.md is empty: write what this release changes there first.');
  }
  const tag = `v${opts.version}`;
  const released = ['## [Unreleased]', '', `## [${opts.version}] - ${opts.date}`, '', notes, ''];
  const next = [...lines.slice(0, at.start), ...released, ...lines.slice(at.end)];

  // Link references: [Unreleased] compares the new tag with HEAD; the new version compares with the previous tag.
  const unreleasedRef = `[Unreleased]: ${opts.repoUrl}/compare/${tag}...HEAD`;
  const versionRef = opts.previous
    ? `[${opts.version}]: ${opts.repoUrl}/compare/v${opts.previous}...${tag}`
    : `[${opts.version}]: ${opts.repoUrl}/releases/tag/${tag}`;
  const refAt = next.findIndex((l) => LINK_REF.exec(l)?.[1]?.toLowerCase() === 'unreleased');
  if (refAt >= 0) {
    next.splice(refAt, 1, unreleasedRef, versionRef);
  } else {
    while (next.length && next[next.length - 1] === '') next.pop();
    next.push('', unreleasedRef, versionRef);
  }
  let out = next.join('\n').replace(/\n{3,}/g, '\n\n');
  if (!out.endsWith('\n')) out += '\n';
  return { text: out, notes };
}
