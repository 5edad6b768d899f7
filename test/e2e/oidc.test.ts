// Keyless auth end to end, through the built action: no AK/SK anywhere, the runner's ID token service is a loopback
// fake (ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN, read by core.getIDToken), and the emulator plays STS, IAM and DLI.
// Holds: a full plan and apply over STS assume-with-oidc and over legacy IAM federation, the missing permission with
// the exact `permissions:` block, a refused exchange with its code and advice, one refresh when the credentials
// expire in the middle of an apply, and no JWT or temporary credential in anything the action prints or writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { startFakeIdTokenEndpoint, type FakeIdTokenEndpoint } from '../oidc/fake-id-token-endpoint.js';
import { ID_TOKEN_PERMISSIONS_BLOCK } from '../../src/dli/oidc-errors.js';
import { annotations, repoRoot, runAction, type ActionRun } from './harness.js';
import { seedExampleCloud } from './example-cloud.js';

const PROVIDER_URN = 'iam::0123456789:oidcProvider:github';
const AGENCY_URN = 'iam::0123456789:agency:dli-connections-deployer';
const IDP_ID = 'github-actions';
const AUDIENCE = 'sts.myhuaweicloud.com';
const EXAMPLE_NAMES = ['hbase_archive', 'kafka_prod', 'rds_orders'];

let emu: Emulator;
let tokens: FakeIdTokenEndpoint;
let workspace: string;
const runs: ActionRun[] = [];

beforeEach(async () => {
  tokens = await startFakeIdTokenEndpoint({ subject: 'repo:octo-org/data-platform:environment:production' });
  emu = await startEmulator({
    peeringDelayMs: 20,
    // Only tokens for our audience are accepted, like an identity provider whose client id is the audience.
    oidc: { providerUrn: PROVIDER_URN, agencyUrn: AGENCY_URN, idpId: IDP_ID, audience: AUDIENCE },
  });
  seedExampleCloud(emu);
  workspace = mkdtempSync(path.join(os.tmpdir(), 'dli-oidc-'));
  cpSync(path.join(repoRoot, 'examples', 'connections'), path.join(workspace, '.dli', 'connections'), { recursive: true });
});

afterEach(async () => {
  await Promise.all([emu.close(), tokens.close()]);
  rmSync(workspace, { recursive: true, force: true });
  for (const r of runs.splice(0)) rmSync(r.runnerDir, { recursive: true, force: true });
});

/** Every endpoint is the emulator, and no AK/SK input or variable exists. */
function keylessInputs(extra: Record<string, string>): Record<string, string> {
  return {
    region: emu.region,
    endpoint: emu.url,
    'iam-endpoint': emu.url,
    'sts-endpoint': emu.url,
    'vpc-endpoint': emu.url,
    'comment-on-pr': 'never',
    ...extra,
  };
}

const sts = { 'oidc-provider-urn': PROVIDER_URN, 'oidc-agency-urn': AGENCY_URN };

async function runKeyless(
  mode: 'plan' | 'apply',
  auth: Record<string, string>,
  opts: { idTokenPermission?: boolean } = {},
): Promise<ActionRun> {
  const r = await runAction({
    workspace,
    eventName: 'push',
    inputs: keylessInputs({ mode, ...auth }),
    env: opts.idTokenPermission === false ? {} : tokens.env(),
  });
  runs.push(r);
  return r;
}

const count = (operation: string) => emu.requests.filter((r) => r.operation === operation).length;

function expectOk(r: ActionRun): void {
  if (r.code !== 0) throw new Error(`action failed (${String(r.code)}):\n${r.stdout}\n${r.stderr}`);
}

/** The error annotations, with the workflow-command escapes (%0A, %0D, %25) read back. */
function errorText(r: ActionRun): string {
  return annotations(r.stdout)
    .map((l) => l.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    .join('\n');
}

/**
 * No JWT, temporary key id, secret key, security token or IAM token in stdout (but for the ::add-mask:: lines that
 * hide them), stderr, the summary or the outputs; and each of them was masked before anything else was printed.
 */
function expectNoSecretLeaks(all: ActionRun[]): void {
  const secrets = [...tokens.issued, ...emu.issuedSecrets()];
  expect(secrets.length).toBeGreaterThan(0);
  for (const r of all) {
    const stdoutLines = r.stdout.split('\n');
    const maskLines = stdoutLines.filter((l) => l.startsWith('::add-mask::'));
    // The plan file too: the plan-on-PR recipe uploads it as an artifact.
    const planFile = r.outputs['plan-file'] && existsSync(r.outputs['plan-file']) ? readFileSync(r.outputs['plan-file'], 'utf8') : '';
    const visible = [stdoutLines.filter((l) => !l.startsWith('::add-mask::')).join('\n'), r.stderr, r.summary, JSON.stringify(r.outputs), planFile];
    for (const secret of secrets) {
      for (const text of visible) {
        if (text.includes(secret)) throw new Error(`a secret (${secret.slice(0, 6)}…) leaked into:\n${text}`);
      }
    }
    // What this run used was masked: the JWTs it fetched and the credentials it got.
    const masked = new Set(maskLines.map((l) => l.slice('::add-mask::'.length)));
    const usedHere = secrets.filter((s) => masked.has(s));
    if (r.code === 0) expect(usedHere.length).toBeGreaterThanOrEqual(3);
  }
  for (const jwt of tokens.issued) expect(all.some((r) => r.stdout.includes(`::add-mask::${jwt}`))).toBe(true);
}

describe('keyless auth through the built action', () => {
  it('new IAM (STS assume-with-oidc): a full plan and apply with no AK/SK configured', async () => {
    const plan = await runKeyless('plan', sts);
    expectOk(plan);
    expect(plan.outputs['has-changes']).toBe('true');
    expect(count('assumeWithOidc')).toBe(1);
    expect(tokens.requests).toEqual([{ audience: AUDIENCE, authorized: true }]);

    const apply = await runKeyless('apply', sts);
    expectOk(apply);
    expect(JSON.parse(apply.outputs.created ?? '[]')).toEqual(EXAMPLE_NAMES);
    expect(emu.state.connections().map((c) => c.name).sort()).toEqual(EXAMPLE_NAMES);
    expect(count('assumeWithOidc')).toBe(2); // one exchange per run
    expect(tokens.issued).toHaveLength(2);
    // The exchange carried the runner's token, the inputs' URNs, and a session name that names the run.
    const exchange = emu.requests.find((r) => r.operation === 'assumeWithOidc')!.body as Record<string, unknown>;
    expect(exchange).toMatchObject({ provider_urn: PROVIDER_URN, agency_urn: AGENCY_URN, id_token: tokens.issued[0] });
    expect(String(exchange.agency_session_name)).toContain('4242');
    // Every signed call was refused never: the temporary AK/SK and security token signed DLI, IAM and VPC calls.
    expect(emu.requests.filter((r) => r.status === 401)).toEqual([]);
    expect(apply.stdout).toContain('Keyless auth: assuming agency');

    const again = await runKeyless('plan', sts);
    expectOk(again);
    expect(again.outputs['has-changes']).toBe('false');
    expectNoSecretLeaks([plan, apply, again]);
    // The check itself would catch a leak (of the JWT, or of a temporary secret key).
    expect(() => expectNoSecretLeaks([{ ...plan, summary: `${plan.summary}\n${tokens.issued[0]}` }])).toThrow(/leaked/);
    expect(() => expectNoSecretLeaks([{ ...apply, stderr: emu.issuedSecrets().at(-2)! }])).toThrow(/leaked/);
  });

  it('legacy IAM federation (oidc-idp-id): plan and apply through the id-token exchange', async () => {
    const auth = { 'oidc-idp-id': IDP_ID };
    const plan = await runKeyless('plan', auth);
    expectOk(plan);
    expect(count('oidcIdTokenExchange')).toBe(1);
    expect(count('assumeWithOidc')).toBe(0);

    const apply = await runKeyless('apply', auth);
    expectOk(apply);
    expect(emu.state.connections().map((c) => c.name).sort()).toEqual(EXAMPLE_NAMES);
    expect(count('oidcIdTokenExchange')).toBe(2);
    expect(count('createSecurityToken')).toBe(2); // the federated token became temporary AK/SK
    expectNoSecretLeaks([plan, apply]);
  });

  it('without id-token: write (no request variables): auth-failed with the exact permissions block', async () => {
    const r = await runKeyless('plan', sts, { idTokenPermission: false });
    expect(r.code).toBe(1);
    expect(r.outputs['failure-reason']).toBe('auth-failed');
    const text = errorText(r);
    expect(text).toContain(ID_TOKEN_PERMISSIONS_BLOCK);
    expect(text).toContain('permissions:\n  id-token: write');
    // The summary keeps the block's lines and indentation (a code block inside the note), ready to copy.
    expect(r.summary).toContain(ID_TOKEN_PERMISSIONS_BLOCK.split('\n').map((l) => `> ${l}`).join('\n'));
    // Nothing was asked of STS or DLI.
    expect(count('assumeWithOidc')).toBe(0);
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('a refused exchange (wrong agency URN): auth-failed with the STS code and what to check', async () => {
    const wrongAgency = 'iam::0123456789:agency:someone-else';
    const r = await runKeyless('apply', { ...sts, 'oidc-agency-urn': wrongAgency });
    expect(r.code).toBe(1);
    expect(r.outputs['failure-reason']).toBe('auth-failed');
    const text = errorText(r);
    expect(text).toContain('IAM.0005');
    expect(text).toContain(wrongAgency);
    expect(text).toMatch(/trust policy/);
    expect(text).toMatch(/`sub`/);
    // A refusal is not retried, and nothing was changed.
    expect(count('assumeWithOidc')).toBe(1);
    expect(emu.mutatingRequests()).toEqual([]);
    expectNoSecretLeaks([r]);
  });

  it('a dropped ID token request and a 503 from STS are retried, and the plan goes through', async () => {
    tokens.failNext(1, 'reset');
    emu.addFault({ operation: 'assumeWithOidc', kind: 'status', status: 503, count: 1 });
    const r = await runKeyless('plan', sts);
    expectOk(r);
    expect(tokens.requests).toHaveLength(2);
    expect(emu.requests.filter((q) => q.operation === 'assumeWithOidc').map((q) => q.status)).toEqual([503, 200]);
    expectNoSecretLeaks([r]);
  });

  it('credentials that expire in the middle of an apply are refreshed once, and the apply finishes', async () => {
    // The first create meets expired credentials (every temporary key expires as it arrives).
    emu.addFault({ operation: 'createConnection', kind: 'expire-credentials', count: 1 });
    const r = await runKeyless('apply', sts);
    expectOk(r);
    expect(JSON.parse(r.outputs.created ?? '[]')).toEqual(EXAMPLE_NAMES);
    expect(emu.state.connections().map((c) => c.name).sort()).toEqual(EXAMPLE_NAMES);
    // The refusal happened, and it cost exactly one more exchange with a fresh ID token.
    expect(emu.requests.some((q) => q.status === 401 && q.errorCode === 'APIGW.0301')).toBe(true);
    expect(count('assumeWithOidc')).toBe(2);
    expect(tokens.issued).toHaveLength(2);
    expect(r.stdout).toContain('refused the temporary credentials as expired');
    // No connection was created twice.
    expect(emu.state.connections().length).toBe(EXAMPLE_NAMES.length);
    expectNoSecretLeaks([r]);
  });
});
