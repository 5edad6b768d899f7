// The typed, validated settings of one run. Built in one place (src/inputs.ts for the action, src/cli.ts for the
// CLI); nothing else reads inputs or environment variables.

export type Mode = 'validate' | 'plan' | 'apply' | 'export' | 'check';
export type CommentMode = 'auto' | 'always' | 'changes-only' | 'never';

/** How API calls are authenticated. Secrets in here are masked the moment they are read. */
export type Credentials =
  | { kind: 'none' }
  | { kind: 'aksk'; accessKeyId: string; secretAccessKey: string; securityToken?: string }
  | { kind: 'token'; authToken: string }
  | {
      kind: 'oidc-sts';
      providerUrn: string;
      agencyUrn: string;
      audience: string;
      sessionName: string;
      durationSeconds: number;
    }
  | { kind: 'oidc-idp'; idpId: string; audience: string; durationSeconds: number };

export interface Endpoints {
  dli: string;
  iam: string;
  sts: string;
  vpc: string;
}

export interface Settings {
  mode: Mode;
  /** Glob patterns, `!` for exclusions, relative to the workspace. */
  manifests: string[];
  /** Absolute path of the repository root (GITHUB_WORKSPACE or cwd). */
  workspace: string;
  region: string;
  /** Empty: looked up through IAM. */
  projectId: string;
  credentials: Credentials;
  endpoints: Endpoints;
  prune: boolean;
  allowReplace: boolean;
  wait: boolean;
  waitTimeoutSeconds: number;
  concurrency: number;
  maxRetries: number;
  /** Per-request timeout. */
  requestTimeoutSeconds: number;
  label: string;
  commentOnPr: CommentMode;
  githubToken: string;
  /** Pull request number to comment on when the event is not a pull_request (0: none). */
  prNumber: number;
  failOnDrift: boolean;
  /** Apply: the reviewed plan to check against. Plan: where to write (empty: under RUNNER_TEMP). */
  planFile: string;
  preflight: boolean;
  /** Run the connectivity checks of manifests that declare `checks` (after apply, and in mode check). */
  checks: boolean;
  /** Longest wait for one connectivity test's final answer. */
  checkTimeoutSeconds: number;
  exportPath: string;
  exportForce: boolean;
  /** export: only these connection names (exact); empty: all. */
  exportNames: string[];
  /** export: only connections carrying all of these `key=value` tags. */
  exportTags: string[];
}
