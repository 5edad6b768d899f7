import { describe, expect, it } from 'vitest';
import { InputError, readSettings, DEFAULT_MANIFEST_GLOBS } from '../src/inputs.js';

function settings(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const masked: string[] = [];
  const s = readSettings({ getInput: (n) => inputs[n] ?? '', env: { GITHUB_WORKSPACE: '/repo', ...env }, mask: (v) => masked.push(v) });
  return { s, masked };
}

function error(inputs: Record<string, string>, env: Record<string, string> = {}): string {
  try {
    settings(inputs, env);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const { s } = settings({});
    expect(s.mode).toBe('plan');
    expect(s.manifests).toEqual(DEFAULT_MANIFEST_GLOBS);
    expect(s.workspace).toBe('/repo');
    expect(s).toMatchObject({ prune: false, allowReplace: false, wait: true, waitTimeoutSeconds: 600, concurrency: 4, maxRetries: 5, label: 'default', commentOnPr: 'auto', failOnDrift: false, preflight: true });
    expect(s.credentials).toEqual({ kind: 'none' });
  });

  it('names the input and the allowed values for a bad mode, boolean, number or endpoint', () => {
    expect(error({ mode: 'destroy' })).toBe(`Input 'mode' must be one of validate, plan, apply, export, check (got "destroy").`);
    expect(error({ prune: 'yes' })).toBe(`Input 'prune' must be true or false (got "yes").`);
    expect(error({ concurrency: '-1' })).toBe(`Input 'concurrency' must be a whole number from 1 to 32 (got -1).`);
    expect(error({ concurrency: '2.5' })).toContain(`Input 'concurrency' must be a whole number`);
    expect(error({ 'max-retries': '11' })).toContain(`from 0 to 10`);
    expect(error({ 'comment-on-pr': 'sometimes' })).toContain('auto, always, changes-only, never');
    expect(error({ endpoint: 'http://dli.example.com' })).toContain("'endpoint'");
    expect(error({ 'iam-endpoint': 'ftp://x' })).toContain("'iam-endpoint'");
    expect(error({ label: 'has space' })).toContain("Input 'label'");
    expect(error({ region: 'CN North' })).toContain("Input 'region'");
  });

  it('accepts http only on loopback', () => {
    const { s } = settings({ region: 'cn-north-4', endpoint: 'http://127.0.0.1:8080', 'vpc-endpoint': 'http://localhost:1' });
    expect(s.endpoints.dli).toContain('127.0.0.1:8080');
    expect(s.endpoints.vpc).toContain('localhost:1');
    expect(s.endpoints.iam).toBe('https://iam.cn-north-4.myhuaweicloud.com');
  });

  it('splits multi-line manifest globs and keeps exclusions', () => {
    const { s } = settings({ manifests: 'conn/**/*.yaml\n  !conn/draft/**\n\n# comment\n' });
    expect(s.manifests).toEqual(['conn/**/*.yaml', '!conn/draft/**']);
  });

  it('reads AK/SK from inputs, then auth-action variables, then SDK variables, and masks secrets', () => {
    expect(settings({ 'access-key-id': 'AK1', 'secret-access-key': 'SK1' }).s.credentials).toEqual({ kind: 'aksk', accessKeyId: 'AK1', secretAccessKey: 'SK1' });
    const fromEnv = settings({}, { HUAWEI_CLOUD_ACCESS_KEY_ID: 'AK2', HUAWEI_CLOUD_SECRET_ACCESS_KEY: 'SK2', HUAWEICLOUD_SDK_AK: 'AK3', HUAWEICLOUD_SDK_SK: 'SK3' });
    expect(fromEnv.s.credentials).toEqual({ kind: 'aksk', accessKeyId: 'AK2', secretAccessKey: 'SK2' });
    expect(fromEnv.masked).toContain('SK2');
    const sdk = settings({}, { HUAWEICLOUD_SDK_AK: 'AK3', HUAWEICLOUD_SDK_SK: 'SK3', HUAWEICLOUD_SDK_SECURITY_TOKEN: 'TOK' });
    expect(sdk.s.credentials).toEqual({ kind: 'aksk', accessKeyId: 'AK3', secretAccessKey: 'SK3', securityToken: 'TOK' });
    expect(sdk.masked).toEqual(expect.arrayContaining(['SK3', 'TOK']));
  });

  it('does not mask the region or the project id (they are not secrets)', () => {
    const { masked } = settings({ region: 'cn-north-4', 'project-id': 'abc123', 'access-key-id': 'AK', 'secret-access-key': 'SK' });
    expect(masked).not.toContain('cn-north-4');
    expect(masked).not.toContain('abc123');
  });

  it('falls back to the region and project variables', () => {
    const { s } = settings({}, { HUAWEI_CLOUD_REGION: 'ap-southeast-3', HUAWEI_CLOUD_PROJECT_ID: 'p1' });
    expect(s.region).toBe('ap-southeast-3');
    expect(s.projectId).toBe('p1');
    expect(s.endpoints.dli).toBe('https://dli.ap-southeast-3.myhuaweicloud.com');
  });

  it('refuses half a key pair', () => {
    expect(error({ 'access-key-id': 'AK' })).toContain("'secret-access-key'");
    expect(error({ 'secret-access-key': 'SK' })).toContain("'access-key-id'");
  });

  it('prefers an IAM token, and reads the OIDC inputs', () => {
    const t = settings({ 'auth-token': 'tok', 'access-key-id': 'AK', 'secret-access-key': 'SK' });
    expect(t.s.credentials).toEqual({ kind: 'token', authToken: 'tok' });
    expect(t.masked).toContain('tok');
    const o = settings(
      { 'oidc-provider-urn': 'iam::123:oidcProvider:github', 'oidc-agency-urn': 'iam::123:agency:deployer' },
      { GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '7' },
    );
    expect(o.s.credentials).toMatchObject({ kind: 'oidc-sts', audience: 'sts.myhuaweicloud.com', sessionName: 'gh-octo-repo-7', durationSeconds: 3600 });
    expect(error({ 'oidc-provider-urn': 'iam::123:oidcProvider:github' })).toContain("'oidc-agency-urn'");
    expect(error({ 'oidc-provider-urn': 'github', 'oidc-agency-urn': 'iam::1:agency:a' })).toContain("'oidc-provider-urn'");
    expect(error({ 'oidc-provider-urn': 'iam::1:oidcProvider:g', 'oidc-agency-urn': 'iam::1:agency:a', 'oidc-duration-seconds': '60' })).toContain('900 to 43200');
    expect(settings({ 'oidc-idp-id': 'github-idp' }).s.credentials).toMatchObject({ kind: 'oidc-idp', idpId: 'github-idp' });
  });
});
