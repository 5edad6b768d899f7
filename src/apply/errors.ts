// How apply turns whatever a step threw into a result entry and a failure reason, and how it recognises the
// API answers that mean "already done" (which a rerun after a crash must treat as success).
import { ApiError, UnknownOutcomeError } from '../dli/errors.js';
import type { ApplyError, ApplyFailureReason } from './types.js';

/** A failure of one connection, already worded for the user. */
export class ConnectionApplyError extends Error {
  readonly reason: 'api-error' | 'auth-failed';
  readonly code?: string;
  readonly requestId?: string;
  readonly hint?: string;
  constructor(
    message: string,
    details: { reason?: 'api-error' | 'auth-failed'; code?: string; requestId?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ConnectionApplyError';
    this.reason = details.reason ?? 'api-error';
    this.code = details.code;
    this.requestId = details.requestId;
    this.hint = details.hint;
  }
}

/** The failure reason an error stands for: a refused credential is not the same problem as a broken call. */
export function reasonOf(err: unknown): 'api-error' | 'auth-failed' {
  if (err instanceof ConnectionApplyError) return err.reason;
  if (err instanceof ApiError && err.isAuthError) return 'auth-failed';
  return 'api-error';
}

/** The result's `error` field: message plus whatever the API told us that helps support (code, request id). */
export function toApplyError(err: unknown): ApplyError {
  if (err instanceof ConnectionApplyError || err instanceof ApiError) {
    const out: ApplyError = { message: err.message };
    if (err.code) out.code = err.code;
    if (err.requestId) out.requestId = err.requestId;
    if (err.hint) out.hint = err.hint;
    else if (err instanceof ApiError && err.isAuthError) {
      out.hint = 'check the credentials and that they may call DLI enhanced connection APIs in this project';
    }
    return out;
  }
  if (err instanceof UnknownOutcomeError) return { message: err.message };
  if (err instanceof Error) return { message: err.message };
  return { message: String(err) };
}

/** `message (CODE, request id X)`, for one log line. */
export function describeError(e: ApplyError): string {
  const extra = [e.code, e.requestId ? `request id ${e.requestId}` : undefined].filter(Boolean).join(', ');
  return extra ? `${e.message} (${extra})` : e.message;
}

/** 400 DLI.0006, or any answer that says so in words (the route API's wording is undocumented). */
export function isAlreadyExists(err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  if (err.code === 'DLI.0006') return true;
  return err.status >= 400 && err.status < 500 && /already exist/i.test(err.apiMessage ?? '');
}

export function isNotFound(err: unknown): boolean {
  return err instanceof ApiError && err.notFound;
}

/**
 * Overall reason from the per-connection ones. Precedence: auth-failed (nothing else can work, and fixing the
 * credentials is the first thing to do) > api-error (a definite failure) > timeout (things may still finish on
 * their own) > replace-blocked (a blocked change that the caller should have refused to apply).
 */
export function overallReason(reasons: ApplyFailureReason[]): ApplyFailureReason | undefined {
  for (const r of ['auth-failed', 'api-error', 'timeout', 'replace-blocked'] as const) {
    if (reasons.includes(r)) return r;
  }
  return undefined;
}
