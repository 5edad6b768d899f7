// Typed API errors. Every failure the client raises is one of these, so callers can decide on retry, on
// "not found", and on what to tell the user, without parsing messages.

export interface ApiErrorDetails {
  /** The client operation, e.g. 'createConnection'. */
  operation: string;
  /** HTTP status; 0 for a network error or timeout (no answer). */
  status: number;
  /** `error_code` (DLI.0001, APIGW.0308, VPC.0202 …) when the answer had one. */
  code?: string;
  /** `error_msg` / `message` from the answer. */
  apiMessage?: string;
  /** `X-Request-Id` header or `request_id` body field. */
  requestId?: string;
  /** True for network errors, 408, 429, 5xx and gateway 06xx codes. */
  retryable: boolean;
  /** What the user should do, when we know. */
  hint?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly operation: string;
  readonly status: number;
  readonly code?: string;
  readonly apiMessage?: string;
  readonly requestId?: string;
  readonly retryable: boolean;
  readonly hint?: string;

  constructor(message: string, details: ApiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiError';
    this.operation = details.operation;
    this.status = details.status;
    this.code = details.code;
    this.apiMessage = details.apiMessage;
    this.requestId = details.requestId;
    this.retryable = details.retryable;
    this.hint = details.hint;
  }

  /** DLI says "not found" as 400 DLI.0001/DLI.0002, 404 DLI.0023, or "Connection … is not exist." */
  get notFound(): boolean {
    if (this.code === 'DLI.0002' || this.code === 'DLI.0023') return true;
    if (this.code === 'DLI.0001' && /not exist|does not exist|not found/i.test(this.apiMessage ?? '')) return true;
    return this.status === 404 && !(this.code ?? '').startsWith('APIG');
  }

  /** Bad signature, bad/expired token, permission refused. */
  get isAuthError(): boolean {
    return (
      this.status === 401 ||
      this.status === 403 ||
      ['APIGW.0301', 'APIGW.0302', 'APIGW.0303', 'APIGW.0307', 'DLI.0013', 'DLI.0014'].includes(this.code ?? '')
    );
  }

  /** Expired or invalid token/temporary credentials (the caller may refresh credentials once). */
  get isExpiredCredential(): boolean {
    return this.code === 'APIGW.0301' || this.code === 'APIGW.0307';
  }
}

/**
 * A non-idempotent call (Create) may or may not have taken effect: the request was sent but no answer arrived
 * (timeout, reset, lost response). Never retry it blindly: look the name up first.
 */
export class UnknownOutcomeError extends Error {
  readonly operation: string;
  constructor(operation: string, cause?: unknown) {
    super(`${operation}: the request was sent but no answer came back; its outcome is unknown`, { cause });
    this.name = 'UnknownOutcomeError';
    this.operation = operation;
  }
}

/** The API answered with a shape we do not understand (zod parse failed). */
export class UnexpectedResponseError extends Error {
  readonly operation: string;
  constructor(operation: string, detail: string) {
    super(`${operation}: unexpected answer from the API: ${detail}`);
    this.name = 'UnexpectedResponseError';
    this.operation = operation;
  }
}
