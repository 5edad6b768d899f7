// The body of a GitHub release: what CHANGELOG.md says of the version, then how to pin it. Shared by
// `npm run release` (which writes .release/v<version>.md) and the release workflow (`--notes <version>`).

export interface NotesInput {
  /** The CHANGELOG section of the version, without its heading. */
  changes: string;
  /** owner/name on github.com */
  slug: string;
  /** v1.2.3 */
  tag: string;
  /** The full SHA of the commit the tag points at. */
  commit: string;
  /** v1, or undefined for a prerelease (whose tag does not move the major tag). */
  majorTag?: string;
}

export function releaseNotes(n: NotesInput): string {
  const movable = n.majorTag ? `\`@${n.tag}\` and \`@${n.majorTag}\` (the latest ${n.majorTag}.x) are tags` : `\`@${n.tag}\` is a tag`;
  return [
    n.changes.trim(),
    '',
    '## Use this release',
    '',
    '```yaml',
    `- uses: ${n.slug}@${n.commit} # ${n.tag}`,
    '```',
    '',
    `A full commit SHA cannot be moved; ${movable} that can. See`,
    `[pinning the action](https://github.com/${n.slug}/blob/${n.tag}/docs/releasing.md#pinning-the-action).`,
    '',
  ].join('\n');
}
