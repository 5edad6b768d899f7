// Problems found anywhere in the run (manifests, preflight, plan), in one shape so that the CLI can print them
// as `file:line:col: message` and the action can turn them into GitHub annotations.

export type Severity = 'error' | 'warning' | 'notice';

export interface SourcePosition {
  /** Path relative to the workspace root (GITHUB_WORKSPACE or the CLI's cwd), with `/` separators. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
}

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** Where the problem is; absent for problems that belong to no file (an API error, say). */
  position?: SourcePosition;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
  /** Stable machine-readable kind, e.g. `unknown-key`, `duplicate-name`, `preflight-subnet-missing`. */
  code?: string;
}

/** `file:line:col: message` like a compiler, or the bare message when there is no position. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.position ? `${d.position.file}:${d.position.line}:${d.position.col}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}${d.severity}: ${d.message}${hint}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}
