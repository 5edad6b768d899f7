// What keyless auth tells the user when it cannot get credentials: the missing `id-token: write` permission, and
// STS / IAM refusals turned into the error code plus what to check. Apart from the provider (oidc.ts) so that the
// wording can be read on its own.
import type { Credentials } from '../settings.js';
import { RunFailure } from '../failure.js';
import { ApiError, UnexpectedResponseError } from './errors.js';

export type OidcCredentials = Extract<Credentials, { kind: 'oidc-sts' | 'oidc-idp' }>;

/** The issuer every GitHub Actions ID token carries; the identity provider on Huawei Cloud must name it. */
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** The exact block a job needs so the runner can mint ID tokens. */
export const ID_TOKEN_PERMISSIONS_BLOCK = 'permissions:\n  id-token: write\n  contents: read';

/** Keyless auth failed in a way the user has to fix (or retry later); ends the run with failure-reason auth-failed. */
export class AuthSetupError extends RunFailure {
  declare readonly reason: 'auth-failed';
  /** The STS / IAM error code, when the refusal carried one. */
  readonly code?: string;
  /** HTTP status of the refusal; 0 when no answer came. */
  readonly status?: number;
  readonly requestId?: string;
  /**
   * True when retrying later may help (the service did not answer, or answered 5xx/429 until the retries ran out).
   * False for refusals and setup problems: the provider then remembers the error and fails fast on every later call.
   */
  readonly transient: boolean;

  constructor(
    message: string,
    details: { code?: string; status?: number; requestId?: string; transient?: boolean; cause?: unknown } = {},
  ) {
    super('auth-failed', message);
    this.name = 'AuthSetupError';
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
    this.transient = details.transient ?? false;
    if (details.cause !== undefined) this.cause = details.cause;
  }
}

/** What to tell the user when the job has no `id-token: write` permission. */
export function missingIdTokenPermissionMessage(): string {
  return [
    'Keyless (OIDC) authentication needs a GitHub ID token, but this job cannot request one: the runner did not set',
    'ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN. Add this to the job (or the workflow) that runs',
    'the action:',
    '',
    ID_TOKEN_PERMISSIONS_BLOCK,
    '',
    'Pull requests from forks never get an ID token; run them with mode: validate.',
  ].join('\n');
}

/** The claims worth showing when a trust policy refuses the token. None of them is secret (the signature is). */
export interface IdTokenClaims {
  iss?: string;
  sub?: string;
  aud?: string;
}

/** Reads the payload of a JWT without verifying it: only to explain refusals, never to decide anything. */
export function idTokenClaims(jwt: string): IdTokenClaims {
  const payload = jwt.split('.')[1];
  if (!payload) return {};
  try {
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const aud = Array.isArray(json.aud) ? json.aud.filter((a) => typeof a === 'string').join(', ') : str(json.aud);
    return { iss: str(json.iss), sub: str(json.sub), aud };
  } catch {
    return {};
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** The runner's request variables are absent: core.getIDToken says "Unable to get ACTIONS_ID_TOKEN_REQUEST_… env variable". */
export function isMissingPermission(err: unknown): boolean {
  return /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(err instanceof Error ? err.message : String(err));
}

/**
 * Whether a failed ID token request is worth repeating. core.getIDToken reports HTTP failures only inside its
 * message ("Error Code : 503"); a status of its own (`statusCode`) wins when an implementation provides one.
 * No status at all means the request never got an answer: retry.
 */
export function idTokenFailureRetryable(err: unknown): boolean {
  if (isMissingPermission(err)) return false;
  const own = (err as { statusCode?: unknown } | null)?.statusCode;
  const fromMessage = /Error Code\s*:\s*(\d{3})/.exec(err instanceof Error ? err.message : String(err))?.[1];
  const status = typeof own === 'number' ? own : fromMessage ? Number(fromMessage) : undefined;
  return status === undefined || RETRYABLE_STATUS.has(status);
}

/** Turns an exchange failure into an AuthSetupError that names the code and what to check. */
export function explainExchangeFailure(
  err: unknown,
  settings: OidcCredentials,
  claims: IdTokenClaims,
  maxRetries: number,
): AuthSetupError {
  const service = settings.kind === 'oidc-sts' ? 'STS' : 'IAM';
  if (err instanceof ApiError) {
    const details = { code: err.code, status: err.status, requestId: err.requestId, cause: err };
    if (err.retryable) {
      const input = settings.kind === 'oidc-sts' ? 'sts-endpoint' : 'iam-endpoint';
      const advice =
        err.status === 0
          ? `Check the ${input} input (or the region it is derived from) and the runner's network / HTTPS_PROXY / NO_PROXY.`
          : 'This looks transient; rerun the job.';
      return new AuthSetupError(
        `Keyless auth: ${service} did not complete the OIDC exchange after ${maxRetries + 1} attempt(s): ${err.message}. ${advice}`,
        { ...details, transient: true },
      );
    }
    return new AuthSetupError(
      `Keyless auth: ${service} refused the GitHub OIDC token: ${err.message}.\n${adviceFor(err, settings, claims)}`,
      details,
    );
  }
  if (err instanceof UnexpectedResponseError) {
    return new AuthSetupError(`Keyless auth: ${err.message}.`, { cause: err });
  }
  return new AuthSetupError(`Keyless auth failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

function adviceFor(err: ApiError, settings: OidcCredentials, claims: IdTokenClaims): string {
  const token = `This run's token has sub "${claims.sub ?? '?'}", aud "${claims.aud ?? '?'}", iss "${claims.iss ?? '?'}".`;
  if (settings.kind === 'oidc-sts') {
    return [
      'Check:',
      `- oidc-provider-urn "${settings.providerUrn}": an identity provider (iam::<account-id>:oidcProvider:<name>) for ` +
        `${GITHUB_OIDC_ISSUER} whose client IDs include the audience "${settings.audience}" (the oidc-audience input);`,
      `- oidc-agency-urn "${settings.agencyUrn}": an agency (iam::<account-id>:agency:<name>) in the same account whose ` +
        'trust policy lets that identity provider assume it;',
      "- the agency trust policy's conditions on `sub` and `aud` match this run (a `sub` condition names the " +
        'repository and, for jobs with an environment, the environment: repo:<owner>/<repo>:environment:<name>);',
      `- oidc-session-name "${settings.sessionName}" (2-128 characters) and oidc-duration-seconds ` +
        `${settings.durationSeconds} (900-43200, and not above the agency's maximum session duration).`,
      token,
    ].join('\n');
  }
  const step =
    err.operation === 'temporaryAkSkFromToken'
      ? 'IAM accepted the ID token but would not convert the federated token into temporary AK/SK; check that the ' +
        'identity provider maps users into a group that may use IAM and DLI in this region, and oidc-duration-seconds.'
      : '';
  return [
    ...(step ? [step] : []),
    'Check:',
    `- oidc-idp-id "${settings.idpId}": an IAM identity provider with protocol OIDC for ${GITHUB_OIDC_ISSUER}, ` +
      `whose client ID is the audience "${settings.audience}" (the oidc-audience input);`,
    "- its identity conversion rules accept this run's token (match on `sub`, e.g. repo:<owner>/<repo>:environment:<name>) " +
      'and map it to a user group with DLI permissions in the project of this region;',
    '- project-id / region: the token is scoped to that project.',
    token,
  ].join('\n');
}
