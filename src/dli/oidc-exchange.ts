// The two ways Huawei Cloud turns a GitHub OIDC ID token into short-lived credentials (docs/reference/dli-api.md,
// "Auth-related endpoints"). Each function does one exchange and returns temporary AK/SK; masking happens here,
// the moment a secret arrives, before anything can log it. The requests go unsigned through the shared transport
// (src/dli/http.ts: timeouts, retries with backoff on network errors / 408 / 429 / 5xx, proxy support, no body ever
// logged); error wording lives in oidc-errors.ts.
import { z } from 'zod';
import type { MaskSecret } from '../logger.js';
import { UnexpectedResponseError } from './errors.js';
import type { HttpTransport } from './http.js';

export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  securityToken: string;
  /** As the server stated it; undefined when the answer carried no parseable time. */
  expiresAt?: Date;
}

export interface ExchangeContext {
  mask: MaskSecret;
  /** A transport without credentials: every request here is sent with `unauthenticated: true`. */
  transport: HttpTransport;
}

/**
 * Masks the secret fields of a credentials object as soon as it arrives, before validation: even an answer we go on
 * to reject must not leak a key into an error message. The expiry time is not secret and stays readable.
 */
function maskFields(value: unknown, keys: readonly string[], mask: MaskSecret): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'string' && v !== '') mask(v);
  }
}

function parseTime(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const stsAnswer = z.object({
  credentials: z.object({
    access_key_id: z.string().min(1),
    secret_access_key: z.string().min(1),
    security_token: z.string().min(1),
    expiration: z.string().optional(),
  }),
});

export interface AssumeWithOidcRequest {
  stsEndpoint: string;
  providerUrn: string;
  agencyUrn: string;
  sessionName: string;
  durationSeconds: number;
  idToken: string;
}

/** New IAM: `POST {sts}/v5/agencies/assume-with-oidc`, unsigned (the ID token is the proof). */
export async function assumeAgencyWithOidc(
  req: AssumeWithOidcRequest,
  ctx: ExchangeContext,
): Promise<TemporaryCredentials> {
  const operation = 'assumeAgencyWithOidc';
  const res = await ctx.transport.request({
    operation,
    method: 'POST',
    baseUrl: req.stsEndpoint,
    path: ['v5', 'agencies', 'assume-with-oidc'],
    unauthenticated: true,
    body: {
        provider_urn: req.providerUrn,
        agency_urn: req.agencyUrn,
        agency_session_name: req.sessionName,
      id_token: req.idToken,
      duration_seconds: req.durationSeconds,
    },
  });
  maskFields(
    (res.body as { credentials?: unknown } | undefined)?.credentials,
    ['access_key_id', 'secret_access_key', 'security_token'],
    ctx.mask,
  );
  const parsed = stsAnswer.safeParse(res.body);
  if (!parsed.success) throw new UnexpectedResponseError(operation, 'no credentials in the STS answer');
  const c = parsed.data.credentials;
  return {
    accessKeyId: c.access_key_id,
    secretAccessKey: c.secret_access_key,
    securityToken: c.security_token,
    expiresAt: parseTime(c.expiration),
  };
}

export const securityTokenAnswer = z.object({
  credential: z.object({
    access: z.string().min(1),
    secret: z.string().min(1),
    securitytoken: z.string().min(1),
    expires_at: z.string().optional(),
  }),
});

export interface LegacyIdTokenRequest {
  iamEndpoint: string;
  idpId: string;
  idToken: string;
  /** Scope the token to this project when known, else to the region's default project by name. */
  projectId?: string;
  region: string;
  durationSeconds: number;
}

/**
 * Legacy IAM federation: the ID token buys a project-scoped IAM token (`X-Subject-Token`), which is then converted
 * into temporary AK/SK. We always convert: AK/SK signing is accepted by every endpoint this action calls (DLI, IAM,
 * VPC), and it gives the rest of the code one kind of temporary credential to handle and refresh.
 */
export async function legacyIdTokenToTemporaryAkSk(
  req: LegacyIdTokenRequest,
  ctx: ExchangeContext,
): Promise<TemporaryCredentials> {
  const scope = req.projectId ? { project: { id: req.projectId } } : { project: { name: req.region } };
  const tokenRes = await ctx.transport.request({
    operation: 'federatedTokenFromIdToken',
    method: 'POST',
    baseUrl: req.iamEndpoint,
    path: ['v3.0', 'OS-AUTH', 'id-token', 'tokens'],
    unauthenticated: true,
    headers: { 'X-Idp-Id': req.idpId },
    body: { auth: { id_token: { id: req.idToken }, scope } },
  });
  const header = tokenRes.headers['x-subject-token'];
  const authToken = Array.isArray(header) ? header[0] : header;
  if (!authToken) {
    throw new UnexpectedResponseError('federatedTokenFromIdToken', 'no X-Subject-Token header in the IAM answer');
  }
  ctx.mask(authToken);

  const operation = 'temporaryAkSkFromToken';
  // Authenticated by the federated token in X-Auth-Token (passed as a plain header: nothing to sign).
  const credRes = await ctx.transport.request({
    operation,
    method: 'POST',
    baseUrl: req.iamEndpoint,
    path: ['v3.0', 'OS-CREDENTIAL', 'securitytokens'],
    unauthenticated: true,
    headers: { 'X-Auth-Token': authToken },
    body: { auth: { identity: { methods: ['token'], token: { duration_seconds: req.durationSeconds } } } },
  });
  maskFields(
    (credRes.body as { credential?: unknown } | undefined)?.credential,
    ['access', 'secret', 'securitytoken'],
    ctx.mask,
  );
  const parsed = securityTokenAnswer.safeParse(credRes.body);
  if (!parsed.success) throw new UnexpectedResponseError(operation, 'no credential in the IAM answer');
  const c = parsed.data.credential;
  return {
    accessKeyId: c.access,
    secretAccessKey: c.secret,
    securityToken: c.securitytoken,
    expiresAt: parseTime(c.expires_at),
  };
}
