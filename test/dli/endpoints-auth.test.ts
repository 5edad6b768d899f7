// Endpoint derivation/validation, the IAM project lookup and static credential providers.
import { afterEach, describe, expect, it } from 'vitest';
import { deriveEndpoints, validateEndpoint } from '../../src/dli/endpoints.js';
import { resolveProjectId, staticCredentialProvider } from '../../src/dli/auth.js';
import { RunFailure } from '../../src/failure.js';
import { memoryLogger } from '../../src/logger.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { noLimiter } from './helpers.js';

describe('deriveEndpoints', () => {
  it('builds regional endpoints under myhuaweicloud.com', () => {
    expect(deriveEndpoints('cn-north-4')).toEqual({
      dli: 'https://dli.cn-north-4.myhuaweicloud.com',
      iam: 'https://iam.cn-north-4.myhuaweicloud.com',
      sts: 'https://sts.cn-north-4.myhuaweicloud.com',
      vpc: 'https://vpc.cn-north-4.myhuaweicloud.com',
    });
  });
  it('uses myhuaweicloud.eu for eu-west-101', () => {
    expect(deriveEndpoints('eu-west-101').dli).toBe('https://dli.eu-west-101.myhuaweicloud.eu');
    expect(deriveEndpoints('eu-west-101').iam).toBe('https://iam.eu-west-101.myhuaweicloud.eu');
  });
  it('applies validated overrides without trailing slashes and keeps the rest', () => {
    const e = deriveEndpoints('ap-southeast-1', { dli: 'http://127.0.0.1:8080/', iam: '  ', vpc: undefined });
    expect(e.dli).toBe('http://127.0.0.1:8080');
    expect(e.iam).toBe('https://iam.ap-southeast-1.myhuaweicloud.com');
  });
  it('rejects a malformed region and names the bad override input', () => {
    expect(() => deriveEndpoints('cn north')).toThrow(RunFailure);
    expect(() => deriveEndpoints('cn-north-4', { vpc: 'http://vpc.example.com' })).toThrow(/`vpc-endpoint`/);
  });
});

describe('validateEndpoint', () => {
  it('accepts https anywhere and http only on loopback', () => {
    expect(validateEndpoint('https://dli.example.com/', 'endpoint')).toBe('https://dli.example.com');
    expect(validateEndpoint('http://127.0.0.1:9000', 'endpoint')).toBe('http://127.0.0.1:9000');
    expect(validateEndpoint('http://127.5.6.7', 'endpoint')).toBe('http://127.5.6.7');
    expect(validateEndpoint('http://localhost:1234', 'endpoint')).toBe('http://localhost:1234');
    expect(validateEndpoint('http://[::1]:1234', 'endpoint')).toBe('http://[::1]:1234');
  });
  it.each([
    ['http://dli.example.com', /https/],
    ['http://128.0.0.1', /https/],
    ['http://127.evil.com', /https/],
    ['ftp://x', /not allowed/],
    ['not a url', /not a URL/],
    ['https://user:pw@h', /credentials/],
    ['https://h/?x=1', /query/],
  ])('refuses %s, naming the input', (url, why) => {
    let err: unknown;
    try {
      validateEndpoint(url, 'iam-endpoint');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RunFailure);
    expect((err as RunFailure).reason).toBe('validation-failed');
    expect((err as Error).message).toContain('`iam-endpoint`');
    expect((err as Error).message).toMatch(why);
  });
});

describe('resolveProjectId', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });
  const opts = (e: Emulator, sk = e.sk) => ({
    iamEndpoint: e.url,
    region: e.region,
    credentials: staticCredentialProvider({ kind: 'aksk', accessKeyId: e.ak, secretAccessKey: sk }),
    logger: memoryLogger(),
    limiter: noLimiter,
    sleep: async () => {},
  });

  it('finds the one project named after the region, signed and without X-Project-Id', async () => {
    emu = await startEmulator({ projectId: '0123456789abcdef0123456789abcdef' });
    expect(await resolveProjectId(opts(emu))).toBe('0123456789abcdef0123456789abcdef');
    expect(emu.requests.map((r) => [r.operation, r.status, r.query.name])).toEqual([['listProjects', 200, 'cn-north-4']]);
  });

  it('says to set project-id when no project matches', async () => {
    emu = await startEmulator({ projects: [{ id: 'p1', name: 'other-region' }] });
    await expect(resolveProjectId(opts(emu))).rejects.toThrow(/no project named cn-north-4.*`project-id`/);
  });

  it('lists the ids when several projects match', async () => {
    emu = await startEmulator({
      projects: [
        { id: 'aaa', name: 'cn-north-4' },
        { id: 'bbb', name: 'cn-north-4' },
      ],
    });
    await expect(resolveProjectId(opts(emu))).rejects.toThrow(/2 projects named cn-north-4 \(aaa, bbb\).*`project-id`/);
  });

  it('turns an auth failure into auth-failed with the hint', async () => {
    emu = await startEmulator();
    const err = await resolveProjectId(opts(emu, 'bad')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunFailure);
    expect((err as RunFailure).reason).toBe('auth-failed');
    expect((err as Error).message).toMatch(/APIGW\.0301.*clock/);
  });
});

describe('staticCredentialProvider', () => {
  it('turns AK/SK (with token) and IAM token settings into non-refreshable providers', async () => {
    const p = staticCredentialProvider({ kind: 'aksk', accessKeyId: 'a', secretAccessKey: 's', securityToken: 't' });
    expect(await p.get()).toEqual({ kind: 'aksk', accessKeyId: 'a', secretAccessKey: 's', securityToken: 't' });
    expect(await p.refresh()).toBeNull();
    expect(await staticCredentialProvider({ kind: 'token', authToken: 'x' }).get()).toEqual({ kind: 'token', authToken: 'x' });
    expect(() => staticCredentialProvider({ kind: 'none' })).toThrow(/not static/);
  });
});
