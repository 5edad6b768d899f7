// Keyless authentication: the runner's GitHub OIDC ID token in, short-lived Huawei Cloud AK/SK out, nothing stored.
//
// Two exchanges (see oidc-exchange.ts): new IAM (STS assume-with-oidc, recommended) and legacy IAM federation
// (id-token → project token → temporary AK/SK). Either way the provider hands out temporary AK/SK with a security
// token, so signing is the same for DLI, IAM and VPC. This module adds what a long apply needs around the exchange:
// caching, renewal ahead of expiry, one shared in-flight exchange (no refresh storms when many concurrent calls see
// 401 at once), retries for transient failures, and errors that say what to fix.
//
// The core never talks to the runner: the ID token comes from an injected function (core.getIDToken in main.ts).
import type { Credentials } from '../settings.js';
import type { Logger, MaskSecret } from '../logger.js';
import type { CredentialProvider, ResolvedCredentials } from './credentials.js';
import {
  AuthSetupError,
  explainExchangeFailure,
  idTokenClaims,
  idTokenFailureRetryable,
  isMissingPermission,
  missingIdTokenPermissionMessage,
  type OidcCredentials,
} from './oidc-errors.js';
import {
  assumeAgencyWithOidc,
  legacyIdTokenToTemporaryAkSk,
  type ExchangeContext,
  type TemporaryCredentials,
} from './oidc-exchange.js';
import { createHttpTransport, fullJitterDelay } from './http.js';
import { realSleep, type RateLimiter } from './limiter.js';

export {
  AuthSetupError,
  GITHUB_OIDC_ISSUER,
  ID_TOKEN_PERMISSIONS_BLOCK,
  idTokenClaims,
  missingIdTokenPermissionMessage,
  type IdTokenClaims,
  type OidcCredentials,
} from './oidc-errors.js';

/** True when the runner lets this job request an ID token (both request variables are present). */
export function idTokenRequestAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL) && Boolean(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

export function isOidcCredentials(c: Credentials): c is OidcCredentials {
  return c.kind === 'oidc-sts' || c.kind === 'oidc-idp';
}

export interface OidcProviderOptions {
  credentials: OidcCredentials;
  /** Returns a fresh GitHub ID token for `audience` (core.getIDToken in the action). */
  getIdToken: (audience: string) => Promise<string>;
  stsEndpoint: string;
  iamEndpoint: string;
  region: string;
  /** Legacy federation scopes its token to this project; without it, to the region's project by name. */
  projectId?: string;
  mask: MaskSecret;
  logger: Logger;
  /** Retries after the first attempt, for the ID token request and for each exchange call. */
  maxRetries: number;
  requestTimeoutMs: number;
  /** Backoff waits (injected in tests). */
  sleep?: (ms: number) => Promise<void>;
  /** [0, 1) for backoff jitter (injected in tests). */
  random?: () => number;
  /** Clock, injected for tests. */
  now?: () => number;
}

/** Same backoff shape as the API transport: full jitter, 1 s doubling up to 30 s. */
async function withRetries<T>(
  what: string,
  policy: { maxRetries: number; sleep: (ms: number) => Promise<void>; random: () => number },
  logger: Logger,
  isRetryable: (err: unknown) => boolean,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (n >= policy.maxRetries || !isRetryable(err)) throw err;
      const delay = fullJitterDelay(n, policy.random, 1000, 30_000);
      logger.debug(`${what} failed (${(err as Error)?.message ?? String(err)}); retry ${n + 1}/${policy.maxRetries} in ${delay} ms`);
      await policy.sleep(delay);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Renew this long before the stated expiry (at most a fifth of the lifetime, for short-lived test credentials). */
const RENEW_AHEAD_MS = 5 * 60_000;
/** After a failed early renewal, keep using the still-valid credentials this long before trying again. */
const RENEW_RETRY_MS = 30_000;

const unlimited: RateLimiter = { acquire: async () => {}, onSuccess: () => {}, onThrottle: () => {}, rate: Infinity };

interface Held {
  creds: ResolvedCredentials;
  /** Local clock: renew proactively from here on. */
  renewAt: number;
  /** Local clock: past this the credentials are unusable. */
  hardExpiry: number;
}

export function createOidcCredentialProvider(opts: OidcProviderOptions): CredentialProvider {
  const { credentials: settings, logger, mask } = opts;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  const random = opts.random ?? Math.random;
  const retry = { maxRetries: opts.maxRetries, sleep, random };
  // Its own transport, without credentials: the exchanges are unsigned, and a 401 from them must never trigger a
  // refresh of the very provider that is doing the exchange. No rate limiter: a handful of calls per run to STS/IAM
  // (their own throttling budget, not DLI's), and the transport still honours Retry-After and backs off on 429.
  const transport = createHttpTransport({
    limiter: unlimited,
    logger,
    maxRetries: opts.maxRetries,
    requestTimeoutMs: opts.requestTimeoutMs,
    sleep,
    random,
    now,
  });
  const ctx: ExchangeContext = { mask, transport };

  let current: Held | undefined;
  let inflight: Promise<Held> | undefined;
  /** A refusal or setup error: every later call fails with it at once instead of asking again (and again). */
  let fatal: AuthSetupError | undefined;

  async function fetchIdToken(): Promise<string> {
    let token: string;
    try {
      token = await withRetries('GitHub ID token request', retry, logger, idTokenFailureRetryable, () =>
        withTimeout(opts.getIdToken(settings.audience), opts.requestTimeoutMs, 'GitHub ID token request'),
      );
    } catch (err) {
      if (isMissingPermission(err)) throw new AuthSetupError(missingIdTokenPermissionMessage(), { cause: err });
      throw new AuthSetupError(
        `Could not get a GitHub OIDC ID token (audience "${settings.audience}"): ${(err as Error).message ?? String(err)}`,
        { cause: err, transient: idTokenFailureRetryable(err) },
      );
    }
    // Masked before anything else happens: the token is a bearer credential for the exchange.
    if (token) mask(token);
    if (!token || token.split('.').length !== 3) {
      throw new AuthSetupError('The GitHub ID token request answered without a token (expected a JWT).');
    }
    return token;
  }

  async function exchange(): Promise<Held> {
    const idToken = await fetchIdToken();
    let tmp: TemporaryCredentials;
    try {
      if (settings.kind === 'oidc-sts') {
        logger.info(`Keyless auth: assuming agency ${settings.agencyUrn} with the GitHub OIDC token (STS).`);
        tmp = await assumeAgencyWithOidc(
          {
            stsEndpoint: opts.stsEndpoint,
            providerUrn: settings.providerUrn,
            agencyUrn: settings.agencyUrn,
            sessionName: settings.sessionName,
            durationSeconds: settings.durationSeconds,
            idToken,
          },
          ctx,
        );
      } else {
        logger.info(`Keyless auth: exchanging the GitHub OIDC token with IAM identity provider ${settings.idpId}.`);
        tmp = await legacyIdTokenToTemporaryAkSk(
          {
            iamEndpoint: opts.iamEndpoint,
            idpId: settings.idpId,
            idToken,
            region: opts.region,
            ...(opts.projectId ? { projectId: opts.projectId } : {}),
            durationSeconds: settings.durationSeconds,
          },
          ctx,
        );
      }
    } catch (err) {
      throw explainExchangeFailure(err, settings, idTokenClaims(idToken), opts.maxRetries);
    }
    return hold(tmp);
  }

  function hold(tmp: TemporaryCredentials): Held {
    const t = now();
    const requested = settings.durationSeconds * 1000;
    // Trust the server's expiry unless the clocks clearly disagree (in the past, or beyond what we asked for).
    const stated = tmp.expiresAt ? tmp.expiresAt.getTime() - t : NaN;
    const lifetime = stated > 0 && stated <= requested + 60_000 ? stated : requested;
    const expiresAt = tmp.expiresAt ?? new Date(t + lifetime);
    logger.info(`Keyless auth: temporary credentials valid until ${expiresAt.toISOString()}.`);
    return {
      creds: {
        kind: 'aksk',
        accessKeyId: tmp.accessKeyId,
        secretAccessKey: tmp.secretAccessKey,
        securityToken: tmp.securityToken,
        expiresAt,
      },
      renewAt: t + lifetime - Math.min(RENEW_AHEAD_MS, lifetime / 5),
      hardExpiry: t + lifetime,
    };
  }

  /** At most one exchange at a time: every caller that needs new credentials meanwhile waits for the same one. */
  function exchangeShared(): Promise<Held> {
    inflight ??= exchange()
      .then(
        (held) => {
          current = held;
          return held;
        },
        (err: unknown) => {
          if (err instanceof AuthSetupError && !err.transient) fatal = err;
          throw err;
        },
      )
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  }

  return {
    async get() {
      if (inflight) return (await inflight).creds;
      if (current && now() < current.renewAt) return current.creds;
      if (fatal) {
        // An early renewal was refused, but what we hold still works until it expires.
        if (current && now() < current.hardExpiry) return current.creds;
        throw fatal;
      }
      if (!current) return (await exchangeShared()).creds;
      const old = current;
      try {
        return (await exchangeShared()).creds;
      } catch (err) {
        // Early renewal failed but the old credentials still work: keep going, try again a little later.
        if (now() < old.hardExpiry) {
          logger.warning(`Keyless auth: early renewal failed (${(err as Error).message}); using the current credentials.`);
          old.renewAt = now() + RENEW_RETRY_MS;
          return old.creds;
        }
        throw err;
      }
    },

    /**
     * The API refused the credentials as expired. Pass the credentials the failed request used (`stale`): when they
     * were already replaced by a concurrent refresh, the replacement is returned without another exchange.
     */
    async refresh(stale?: ResolvedCredentials) {
      if (fatal) throw fatal;
      if (inflight) return (await inflight).creds;
      if (stale && current && stale !== current.creds) return current.creds;
      logger.info('Keyless auth: the API refused the temporary credentials as expired; exchanging a new ID token.');
      return (await exchangeShared()).creds;
    },
  };
}

