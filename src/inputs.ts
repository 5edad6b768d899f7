// Every action input is read and checked here, once, into a typed Settings object (as actions/checkout does).
// Nothing else in the action reads inputs or credential variables. The reader and the masker are passed in, so
// this module stays free of @actions/core and the tests drive it with plain objects.
import path from 'node:path';
import type { MaskSecret } from './logger.js';
import type { CommentMode, Credentials, Mode, Settings } from './settings.js';
import { deriveEndpoints, validateEndpoint } from './dli/endpoints.js';

export type InputReader = (name: string) => string;

/** A bad input: the message names the input and what it accepts. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const MODES: readonly Mode[] = ['validate', 'plan', 'apply', 'export', 'check'];
const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'changes-only', 'never'];
export const DEFAULT_MANIFEST_GLOBS = ['.dli/connections/**/*.{yml,yaml}'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export interface ReadSettingsOptions {
  getInput: InputReader;
  env: NodeJS.ProcessEnv;
  mask: MaskSecret;
}

export function readSettings({ getInput, env, mask }: ReadSettingsOptions): Settings {
  const text = (name: string): string => getInput(name).trim();
  /** The input, else the first of the fallback variables that is set. */
  const firstOf = (name: string, ...envNames: string[]): string => {
    let value = text(name);
    for (const e of envNames) if (!value) value = (env[e] ?? '').trim();
    return value;
  };
  /** Like firstOf, and masked the moment it is read. */
  const secret = (name: string, ...envNames: string[]): string => {
    const value = firstOf(name, ...envNames);
    if (value) mask(value);
    return value;
  };

  const mode = oneOf('mode', text('mode') || 'plan', MODES);
  const region = firstOf('region', 'HUAWEI_CLOUD_REGION', 'HUAWEICLOUD_SDK_REGION');
  if (region && !/^[a-z]{2,}(-[a-z0-9]+)+$/.test(region)) {
    throw new InputError(`Input 'region' must look like a Huawei Cloud region such as cn-north-4 (got "${region}").`);
  }
  const projectId = firstOf('project-id', 'HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID');
  if (projectId && !/^[A-Za-z0-9_-]{1,64}$/.test(projectId)) {
    throw new InputError(`Input 'project-id' must be a project id such as 0123456789abcdef0123456789abcdef (got "${projectId}").`);
  }

  const overrides: Partial<Record<'dli' | 'iam' | 'sts' | 'vpc', string>> = {};
  for (const [key, input] of [
    ['dli', 'endpoint'],
    ['iam', 'iam-endpoint'],
    ['sts', 'sts-endpoint'],
    ['vpc', 'vpc-endpoint'],
  ] as const) {
    const value = text(input);
    if (value) overrides[key] = asInputError(() => validateEndpoint(value, input));
  }
  // Without a region only overrides are known; validate mode needs no endpoint, and run() refuses the others.
  const endpoints = region
    ? asInputError(() => deriveEndpoints(region, overrides))
    : { dli: overrides.dli ?? '', iam: overrides.iam ?? '', sts: overrides.sts ?? '', vpc: overrides.vpc ?? '' };
  const credentials = readCredentials(text, firstOf, secret, env);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());

  const manifests = lines(text('manifests'));

  return {
    mode,
    manifests: manifests.length > 0 ? manifests : DEFAULT_MANIFEST_GLOBS,
    workspace,
    region,
    projectId,
    credentials,
    endpoints,
    prune: bool('prune', text('prune'), false),
    allowReplace: bool('allow-replace', text('allow-replace'), false),
    wait: bool('wait', text('wait'), true),
    waitTimeoutSeconds: int('wait-timeout', text('wait-timeout'), 600, 1, 21_600),
    concurrency: int('concurrency', text('concurrency'), 4, 1, 32),
    maxRetries: int('max-retries', text('max-retries'), 5, 0, 10),
    requestTimeoutSeconds: int('request-timeout', text('request-timeout'), 30, 1, 300),
    label: label(text('label') || 'default'),
    commentOnPr: oneOf('comment-on-pr', text('comment-on-pr') || 'auto', COMMENT_MODES),
    githubToken: secret('github-token'),
    prNumber: text('pr-number') ? int('pr-number', text('pr-number'), 0, 1, Number.MAX_SAFE_INTEGER) : 0,
    failOnDrift: bool('fail-on-drift', text('fail-on-drift'), false),
    planFile: text('plan-file'),
    preflight: bool('preflight', text('preflight'), true),
    checks: bool('checks', text('checks'), true),
    checkTimeoutSeconds: int('check-timeout', text('check-timeout'), 120, 1, 3600),
    exportPath: text('export-path') || '.dli/connections',
    exportForce: bool('export-force', text('export-force'), false),
    exportNames: lines(text('export-names')),
    exportTags: lines(text('export-tags')),
  };
}

function readCredentials(
  text: (name: string) => string,
  firstOf: (name: string, ...envNames: string[]) => string,
  secret: (name: string, ...envNames: string[]) => string,
  env: NodeJS.ProcessEnv,
): Credentials {
  const authToken = secret('auth-token');
  if (authToken) return { kind: 'token', authToken };

  const providerUrn = text('oidc-provider-urn');
  const agencyUrn = text('oidc-agency-urn');
  const idpId = text('oidc-idp-id');
  const audience = text('oidc-audience') || 'sts.myhuaweicloud.com';
  const durationSeconds = int('oidc-duration-seconds', text('oidc-duration-seconds'), 3600, 900, 43_200);
  const akInput = text('access-key-id');

  if ((providerUrn || agencyUrn) && !akInput) {
    if (!providerUrn || !agencyUrn) {
      throw new InputError("Keyless auth needs both 'oidc-provider-urn' and 'oidc-agency-urn'.");
    }
    if (!/^iam::[^:]+:oidcProvider:.+$/.test(providerUrn)) {
      throw new InputError(`Input 'oidc-provider-urn' must look like iam::<account-id>:oidcProvider:<name> (got "${providerUrn}").`);
    }
    if (!/^iam::[^:]+:agency:.+$/.test(agencyUrn)) {
      throw new InputError(`Input 'oidc-agency-urn' must look like iam::<account-id>:agency:<name> (got "${agencyUrn}").`);
    }
    const sessionName = (text('oidc-session-name') || defaultSessionName(env)).slice(0, 128);
    if (sessionName.length < 2) throw new InputError("Input 'oidc-session-name' must be 2-128 characters.");
    return { kind: 'oidc-sts', providerUrn, agencyUrn, audience, sessionName, durationSeconds };
  }
  if (idpId && !akInput) return { kind: 'oidc-idp', idpId, audience, durationSeconds };

  const accessKeyId = firstOf('access-key-id', 'HUAWEI_CLOUD_ACCESS_KEY_ID', 'HUAWEICLOUD_SDK_AK');
  const secretAccessKey = secret('secret-access-key', 'HUAWEI_CLOUD_SECRET_ACCESS_KEY', 'HUAWEICLOUD_SDK_SK');
  const securityToken = secret('security-token', 'HUAWEI_CLOUD_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_SECURITY_TOKEN');
  if (accessKeyId && !secretAccessKey) {
    throw new InputError("An access key id is set but no secret key: set 'secret-access-key' (or HUAWEI_CLOUD_SECRET_ACCESS_KEY).");
  }
  if (!accessKeyId && secretAccessKey) {
    throw new InputError("A secret key is set but no access key id: set 'access-key-id' (or HUAWEI_CLOUD_ACCESS_KEY_ID).");
  }
  if (accessKeyId) {
    return securityToken
      ? { kind: 'aksk', accessKeyId, secretAccessKey, securityToken }
      : { kind: 'aksk', accessKeyId, secretAccessKey };
  }
  return { kind: 'none' };
}

/** The endpoint checks live with the client (src/dli/endpoints.ts); here their refusals become input errors. */
function asInputError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const message = (error as Error).message.replace(/^input `([^`]+)`:/, "Input '$1':");
    throw new InputError(message);
  }
}

function defaultSessionName(env: NodeJS.ProcessEnv): string {
  // Session names show in Huawei Cloud's audit trail: make them say which run assumed the agency.
  const repo = (env.GITHUB_REPOSITORY ?? 'github').replace(/[^A-Za-z0-9_.@=,-]/g, '-');
  const run = env.GITHUB_RUN_ID ?? 'local';
  return `gh-${repo}-${run}`;
}

/** A multi-line input: one value per line, blank lines and `#` comments ignored. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')} (got "${value}").`);
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false (got "${value}").`);
}

function int(name: string, value: string, fallback: number, min: number, max: number): number {
  if (value === '') return fallback;
  if (!/^-?\d+$/.test(value)) throw new InputError(`Input '${name}' must be a whole number from ${min} to ${max} (got "${value}").`);
  const n = Number(value);
  if (n < min || n > max) throw new InputError(`Input '${name}' must be a whole number from ${min} to ${max} (got ${n}).`);
  return n;
}

function label(value: string): string {
  // The label is a tag value and part of the PR comment marker: keep it plain.
  if (/^[A-Za-z0-9_.-]{1,64}$/.test(value)) return value;
  throw new InputError(`Input 'label' must be 1-64 characters of A-Z a-z 0-9 _ . - (got "${value}").`);
}
