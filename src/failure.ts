// The `failure-reason` output: one word a workflow can branch on.
export type FailureReason =
  | 'validation-failed'
  | 'auth-failed'
  | 'preflight-failed'
  | 'api-error'
  | 'replace-blocked'
  | 'drift'
  | 'plan-changed'
  | 'timeout'
  | 'check-failed';

/** An error that ends the run with a given failure-reason. */
export class RunFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'RunFailure';
  }
}
