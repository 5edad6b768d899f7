// The action's home on GitHub, from package.json's "repository" field: what `uses:` in the docs and examples must
// say, and where the changelog links point. One reading shared by the release script and the tests.

export interface PackageRepository {
  repository?: string | { url?: string };
}

/** `owner/name` on github.com, from "repository" as a URL (git+https, ssh, git@) or the `github:owner/name` form. */
export function repositorySlug(pkg: PackageRepository): string {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const m = raw && /^(?:git\+)?(?:https:\/\/|ssh:\/\/git@|git@|github:)?(?:github\.com[/:])?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(raw);
  if (!m) throw new Error('package.json has no GitHub "repository" (e.g. git+https://github.com/owner/name.git)');
  return m[1]!;
}
