// Connects to Huawei Cloud for one run: credentials (static or OIDC), the project id (given or looked up through
// IAM), and the DLI and VPC clients. API failures that end the run become RunFailures with the right reason.
import type { Logger, MaskSecret } from './logger.js';
import type { Settings } from './settings.js';
import { RunFailure } from './failure.js';
import { ApiError, UnexpectedResponseError, UnknownOutcomeError } from './dli/errors.js';
import type { CredentialProvider } from './dli/credentials.js';
import type { ConnectivityTestApi, DliApi, DliResourceApi, VpcApi } from './dli/types.js';
import { createDliClient } from './dli/client.js';
import { createVpcClient } from './dli/vpc.js';
import { resolveProjectId, staticCredentialProvider } from './dli/auth.js';
import { createOidcCredentialProvider } from './dli/oidc.js';

export interface Cloud {
  projectId: string;
  dli: DliApi & DliResourceApi & ConnectivityTestApi;
  vpc: VpcApi;
  /** Runs an API-bound step; an API error ends the run with auth-failed or api-error and a message to act on. */
  guard<T>(fn: () => Promise<T>): Promise<T>;
}

export interface CloudDeps {
  logger: Logger;
  mask: MaskSecret;
  getIdToken?: (audience: string) => Promise<string>;
}

export async function connectCloud(settings: Settings, deps: CloudDeps): Promise<Cloud> {
  const { logger } = deps;
  const credentials = await guard(() => Promise.resolve(credentialProvider(settings, deps)));
  const requestTimeoutMs = settings.requestTimeoutSeconds * 1000;
  const projectId =
    settings.projectId ||
    (await guard(() =>
      resolveProjectId({
        iamEndpoint: settings.endpoints.iam,
        region: settings.region,
        credentials,
        logger,
        maxRetries: settings.maxRetries,
        requestTimeoutMs,
      }),
    ));
  logger.info(`Region ${settings.region}, project ${projectId}.`);
  const common = { projectId, credentials, logger, maxRetries: settings.maxRetries, requestTimeoutMs };
  return {
    projectId,
    dli: createDliClient({ endpoint: settings.endpoints.dli, ...common }),
    vpc: createVpcClient({ endpoint: settings.endpoints.vpc, ...common }),
    guard,
  };
}

function credentialProvider(settings: Settings, deps: CloudDeps): CredentialProvider {
  const c = settings.credentials;
  switch (c.kind) {
    case 'aksk':
    case 'token':
      return staticCredentialProvider(c);
    case 'oidc-sts':
    case 'oidc-idp': {
      const getIdToken = deps.getIdToken;
      if (!getIdToken) throw new RunFailure('auth-failed', 'Keyless (OIDC) auth only works inside a GitHub Actions job.');
      return createOidcCredentialProvider({
        credentials: c,
        getIdToken,
        stsEndpoint: settings.endpoints.sts,
        iamEndpoint: settings.endpoints.iam,
        region: settings.region,
        ...(settings.projectId ? { projectId: settings.projectId } : {}),
        mask: deps.mask,
        logger: deps.logger,
        maxRetries: settings.maxRetries,
        requestTimeoutMs: settings.requestTimeoutSeconds * 1000,
      });
    }
    case 'none':
      throw new RunFailure('auth-failed', 'No credentials.');
  }
}

/** Maps an API failure to the run's failure reason, with the operation, code, request id and what to do. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toRunFailure(error);
  }
}

export function toRunFailure(error: unknown): unknown {
  if (error instanceof RunFailure) return error;
  if (error instanceof ApiError) {
    const parts = [error.message];
    if (error.requestId && !error.message.includes(error.requestId)) parts.push(`request id ${error.requestId}`);
    if (error.hint && !error.message.includes(error.hint)) parts.push(error.hint);
    return new RunFailure(error.isAuthError ? 'auth-failed' : 'api-error', parts.join('; '));
  }
  if (error instanceof UnknownOutcomeError || error instanceof UnexpectedResponseError) {
    return new RunFailure('api-error', error.message);
  }
  if (error instanceof Error && (error as { reason?: unknown }).reason === 'auth-failed') {
    return new RunFailure('auth-failed', error.message);
  }
  return error;
}
