// Authentication helpers: the project id lookup through IAM, and static credential providers from Settings.
//
// Masking: these functions never log a secret, but they do not mask either. The host (src/main.ts) masks every
// secret input with core.setSecret the moment it reads it, before anything can log; an OIDC provider masks the
// temporary credentials it receives. Region and project id are not secrets.
import { RunFailure } from '../failure.js';
import type { Logger } from '../logger.js';
import type { Credentials } from '../settings.js';
import { staticCredentials, type CredentialProvider } from './credentials.js';
import { ApiError } from './errors.js';
import { createHttpTransport, type HttpTransport, type HttpTransportOptions } from './http.js';
import { parseAnswer, projectsAnswer } from './schemas.js';

/** Where to ask and as whom; the transport's knobs are optional here (defaults below). */
export interface ResolveProjectIdOptions
  extends Partial<Pick<HttpTransportOptions, 'maxRetries' | 'requestTimeoutMs' | 'limiter' | 'sleep' | 'random' | 'now'>> {
  iamEndpoint: string;
  region: string;
  credentials: CredentialProvider;
  logger: Logger;
  transport?: HttpTransport;
}

/**
 * The project id of `region`: `GET {iam}/v3/projects?name={region}`, signed, without X-Project-Id. Exactly one
 * match is required; never creates a project. Errors say to set the `project-id` input.
 */
export async function resolveProjectId(opts: ResolveProjectIdOptions): Promise<string> {
  const transport =
    opts.transport ??
    createHttpTransport({
      credentials: opts.credentials,
      logger: opts.logger,
      maxRetries: opts.maxRetries ?? 3,
      requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
      limiter: opts.limiter,
      sleep: opts.sleep,
      random: opts.random,
      now: opts.now,
    });
  let body: unknown;
  try {
    body = (
      await transport.request({
        operation: 'resolveProjectId',
        method: 'GET',
        baseUrl: opts.iamEndpoint,
        path: ['v3', 'projects'],
        query: { name: opts.region },
        permission: 'iam:projects:listProjects',
      })
    ).body;
  } catch (err) {
    if (err instanceof ApiError && err.isAuthError) {
      throw new RunFailure(
        'auth-failed',
        `could not look up the project id of region ${opts.region}: ${err.message}` +
          `${err.hint ? ` (${err.hint})` : ''}; or set the \`project-id\` input`,
      );
    }
    throw err;
  }
  const projects = parseAnswer('resolveProjectId', projectsAnswer, body).projects.filter((p) => p.name === opts.region);
  if (projects.length === 1) {
    opts.logger.debug(`project id of ${opts.region}: ${projects[0]!.id}`);
    return projects[0]!.id;
  }
  if (projects.length === 0) {
    throw new RunFailure(
      'auth-failed',
      `IAM lists no project named ${opts.region} for these credentials: check \`region\`, or set the \`project-id\` input`,
    );
  }
  throw new RunFailure(
    'auth-failed',
    `IAM lists ${projects.length} projects named ${opts.region} (${projects.map((p) => p.id).join(', ')}): ` +
      'set the `project-id` input to the one to use',
  );
}

/**
 * A static provider for AK/SK (with an optional security token: temporary credentials that cannot be refreshed)
 * or an IAM token. OIDC kinds need the exchange in src/dli/oidc*.ts; `none` has no credentials at all.
 */
export function staticCredentialProvider(credentials: Credentials): CredentialProvider {
  switch (credentials.kind) {
    case 'aksk':
      return staticCredentials({
        kind: 'aksk',
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.securityToken ? { securityToken: credentials.securityToken } : {}),
      });
    case 'token':
      return staticCredentials({ kind: 'token', authToken: credentials.authToken });
    default:
      throw new Error(`credentials of kind ${credentials.kind} are not static (use the OIDC provider)`);
  }
}
