// Secrets: the leak detector itself (it must be able to fail), then end-to-end runs of the built action at debug
// level with every kind of credential — AK/SK, AK/SK + security token, IAM auth token, keyless OIDC (a JWT) — and a
// PR comment, each checked with secrets.ts, plus: masked before first use, and no Authorization / X-Auth-Token /
// X-Security-Token value in the debug log.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../emulator/index.js';
import { startEmulator } from '../emulator/index.js';
import { unsigned } from '../emulator/helpers.js';
import { runAction, type ActionRun } from '../e2e/harness.js';
import { seedExampleCloud } from '../e2e/example-cloud.js';
import { startGitHubFake, type GitHubFake } from '../github-fake/server.js';
import { startFakeIdTokenEndpoint, type FakeIdTokenEndpoint } from '../oidc/fake-id-token-endpoint.js';
import { collectArtifacts, expectNoSecretLeak, findAuthHeaderLeaks, findLeaks, type KnownSecret, reportLeakChecks } from './secrets.js';
import { applyInputs, expectConverged, expectNoCrash, makeWorkspace, startCloud } from './helpers.js';

// Each scenario spawns the action (often twice) and waits on real timers; CI machines are slow and busy.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const DEBUG_ENV = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };

let emu: Emulator | undefined;
let gh: GitHubFake | undefined;
let idp: FakeIdTokenEndpoint | undefined;
afterEach(async () => {
  await Promise.all([emu?.close(), gh?.close(), idp?.close()]);
  emu = gh = idp = undefined;
});

function fakeRun(stdout: string, extra: Partial<ActionRun> = {}): ActionRun {
  return { code: 0, signal: null, stdout, stderr: '', outputs: {}, summary: '', runnerDir: makeWorkspace({}), ...extra };
}

/** The add-mask line for `secret` comes before every other line of the log. */
function expectMaskedFirst(stdout: string, secret: string): void {
  const lines = stdout.split('\n');
  const maskAt = lines.indexOf(`::add-mask::${secret}`);
  expect(maskAt, 'secret never masked').toBeGreaterThanOrEqual(0);
  const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
  expect(maskAt).toBeLessThan(firstOther);
}

function expectDebugLogClean(run: ActionRun): void {
  expect(run.stdout).toContain('::debug::'); // debug really was on
  expect(findAuthHeaderLeaks(run.stdout + '\n' + run.stderr)).toEqual([]);
}

describe('reliability: the leak detector', () => {
  const secret: KnownSecret = { label: 'secret-access-key', value: 'Zx8Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0Xc3Vb5' };

  it('finds a secret in the log, but not on its ::add-mask:: line', () => {
    const leaks = findLeaks(collectArtifacts(fakeRun(`::add-mask::${secret.value}\nok\nkey=${secret.value}\n`)), [secret]);
    expect(leaks).toEqual([{ where: 'stdout', what: 'secret-access-key', line: 3 }]);
    expect(findLeaks(collectArtifacts(fakeRun(`::add-mask::${secret.value}\nclean\n`)), [secret])).toEqual([]);
  });

  it('finds a fragment (a truncated secret), a JWT, and secrets in the summary and outputs', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm8vciJ9.c2lnbmF0dXJlc2ln';
    const run = fakeRun(`partial ${secret.value.slice(5, 25)}\n`, { summary: `token ${jwt}`, outputs: { x: secret.value } });
    const whats = findLeaks(collectArtifacts(run), [secret]).map((l) => `${l.what}@${l.where}`);
    expect(whats).toEqual(expect.arrayContaining(['secret-access-key@stdout', 'jwt@summary', 'secret-access-key@output:x']));
    expect(() => expectNoSecretLeak(run, [secret])).toThrow(/secret leak/);
  });

  it('flags Authorization, signature and token header values, not the masked form', () => {
    expect(findAuthHeaderLeaks('Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=0123456789abcdef0123')).not.toEqual([]);
    expect(findAuthHeaderLeaks('{"X-Auth-Token":"MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQExDTALBglghkgBZQMEAgEwgg"}')).not.toEqual([]);
    expect(findAuthHeaderLeaks('x-security-token: gQpjbi1ub3J0aC00abcdef')).not.toEqual([]);
    expect(findAuthHeaderLeaks('X-Auth-Token: ***')).toEqual([]);
    expect(findAuthHeaderLeaks('GET /v3/projects -> 200 [attempt 1]')).toEqual([]);
  });
});

describe('reliability: no secret in any artefact, even at debug level', () => {
  it('AK/SK apply at debug level: SK masked first, no Authorization or signature logged', async () => {
    emu = await startCloud();
    const run = await runAction({ workspace: makeWorkspace(), inputs: applyInputs(emu), env: DEBUG_ENV });
    expect(run.code, run.stdout).toBe(0);
    expectNoSecretLeak(run, [{ label: 'secret-access-key', value: emu.sk }]);
    expectMaskedFirst(run.stdout, emu.sk);
    expectDebugLogClean(run);
    // Region and project id are not secrets: masking them would hide them from every log line.
    expect(run.stdout).not.toMatch(/^::add-mask::(cn-north-4|0a1b2c3d4e5f60718293a4b5c6d7e8f9)$/m);
    expectConverged(emu);
  });

  it('AK/SK + security token at debug level: neither SK nor token logged, no X-Security-Token value', async () => {
    emu = await startCloud();
    const answer = await unsigned(emu, 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', { auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } }, { 'X-Auth-Token': emu.issueToken() });
    const cred = (answer.json as { credential: { access: string; secret: string; securitytoken: string } }).credential;
    const run = await runAction({
      workspace: makeWorkspace(),
      inputs: { ...applyInputs(emu), 'access-key-id': cred.access, 'secret-access-key': cred.secret, 'security-token': cred.securitytoken, 'project-id': emu.projectId },
      env: DEBUG_ENV,
    });
    expect(run.code, run.stdout).toBe(0);
    expectNoSecretLeak(run, [
      { label: 'secret-access-key', value: cred.secret },
      { label: 'security-token', value: cred.securitytoken },
    ]);
    expectMaskedFirst(run.stdout, cred.secret);
    expectMaskedFirst(run.stdout, cred.securitytoken);
    expectDebugLogClean(run);
  });

  it('IAM auth token at debug level: no X-Auth-Token value anywhere', async () => {
    emu = await startCloud();
    const token = emu.issueToken();
    const run = await runAction({
      workspace: makeWorkspace(),
      inputs: { ...applyInputs(emu), 'access-key-id': '', 'secret-access-key': '', 'auth-token': token, 'project-id': emu.projectId },
      env: DEBUG_ENV,
    });
    expect(run.code, run.stdout).toBe(0);
    expectNoSecretLeak(run, [{ label: 'auth-token', value: token }]);
    expectMaskedFirst(run.stdout, token);
    expectDebugLogClean(run);
  });

  it('wrong secret key (401 from the API): the failure message does not carry the key', async () => {
    emu = await startCloud();
    const wrong = 'Wr0ngSecretKeyWr0ngSecretKeyWr0ngSecret12';
    const run = await runAction({ workspace: makeWorkspace(), inputs: applyInputs(emu, { 'secret-access-key': wrong }), env: DEBUG_ENV });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expectNoSecretLeak(run, [{ label: 'secret-access-key', value: wrong }]);
    expectDebugLogClean(run);
  });

  it('keyless OIDC at debug level: the GitHub ID token (a JWT) and the runtime token never appear', async () => {
    idp = await startFakeIdTokenEndpoint();
    const providerUrn = 'iam::0123456789:oidcProvider:github';
    const agencyUrn = 'iam::0123456789:agency:dli-deployer';
    emu = await startEmulator({ peeringDelayMs: 100, oidc: { providerUrn, agencyUrn, audience: 'sts.myhuaweicloud.com' } });
    seedExampleCloud(emu);
    const run = await runAction({
      workspace: makeWorkspace(),
      inputs: { ...applyInputs(emu), 'access-key-id': '', 'secret-access-key': '', 'oidc-provider-urn': providerUrn, 'oidc-agency-urn': agencyUrn, 'project-id': emu.projectId },
      env: { ...DEBUG_ENV, ...idp.env() },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(idp.issued.length).toBeGreaterThan(0);
    expectNoSecretLeak(run, [
      ...idp.issued.map((value) => ({ label: 'oidc-jwt', value })),
      { label: 'id-token-request-token', value: idp.requestToken },
    ]);
    expectDebugLogClean(run);
    expectConverged(emu);
  });

  it('plan on a pull request: the PR comment and the GitHub requests carry no secret (github-token included)', async () => {
    emu = await startCloud();
    gh = await startGitHubFake();
    const githubToken = 'ghs_' + 'R4nd0mGitHubT0kenValue'.repeat(2);
    const run = await runAction({
      workspace: makeWorkspace(),
      inputs: { ...applyInputs(emu, { mode: 'plan', 'comment-on-pr': 'always' }), 'github-token': githubToken },
      env: { ...DEBUG_ENV, GITHUB_API_URL: gh.url },
      eventName: 'pull_request',
      event: { number: 7, pull_request: { number: 7 } },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(gh.comments.length).toBe(1);
    expectNoSecretLeak(
      run,
      [
        { label: 'secret-access-key', value: emu.sk },
        { label: 'github-token', value: githubToken },
      ],
      gh,
    );
    expectDebugLogClean(run);
  });
});

afterAll(() => reportLeakChecks('secrets.test.ts'));
