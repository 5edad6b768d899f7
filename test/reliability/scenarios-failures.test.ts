// Fault scenarios, end to end (failures that cannot converge: expired credentials, peering timeouts and FAILED, project lookup, malformed answers): the built action (dist/index.js, or DLI_ACTION_ENTRY)
// against the emulator. Each scenario ends with the live state equal to the manifests and no duplicate connection —
// proven from the emulator's state and request log — or, where convergence is impossible, with a clear
// failure-reason. Every run's stdout, stderr, summary, outputs and plan file are checked for secrets (secrets.ts).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Emulator, EmulatorOptions } from '../emulator/index.js';
import { unsigned } from '../emulator/helpers.js';
import { runAction } from '../e2e/harness.js';
import {
  applyInputs,
  emulatorSecrets,
  expectConverged,
  expectNoCrash,
  expectNoDuplicates,
  makeWorkspace,
  runChecked,
  startCloud,
} from './helpers.js';
import { expectNoSecretLeak, reportLeakChecks } from './secrets.js';

// Each scenario spawns the action (often twice) and waits on real timers; CI machines are slow and busy.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function cloud(opts: EmulatorOptions = {}): Promise<Emulator> {
  emu = await startCloud(opts);
  return emu;
}


describe('reliability: failures that cannot converge say why', () => {
  it('an auth token that expires mid-run: failure-reason=auth-failed, a clear message, a rerun with a new token converges', async () => {
    const e = await cloud();
    const ws = makeWorkspace();
    const token = e.issueToken();
    const inputs = { ...applyInputs(e), 'access-key-id': '', 'secret-access-key': '', 'auth-token': token, 'project-id': e.projectId };
    let expired = false;
    const run = await runAction({
      workspace: ws,
      inputs,
      killWhen: (out) => {
        if (!expired && /: created id=/.test(out)) {
          e.state.expireCredentials();
          expired = true;
        }
        return false;
      },
    });
    expectNoSecretLeak(run, emulatorSecrets(e, [{ label: 'auth-token', value: token }]));
    expectNoCrash(run);
    expect(expired).toBe(true);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expect(run.stdout).toMatch(/::error.*(token|credential|authentication|APIGW\.0301)/i);
    expectNoDuplicates(e);
    const fresh = e.issueToken();
    const rerun = await runChecked(e, { workspace: ws, inputs: { ...inputs, 'auth-token': fresh } }, { secrets: [{ label: 'auth-token', value: fresh }] });
    expect(rerun.code, rerun.stdout).toBe(0);
    expectConverged(e);
  });

  it('peerings still CREATING past wait-timeout: failure-reason=timeout naming the peering; no duplicate on rerun', async () => {
    const e = await cloud({ peeringDelayMs: 60_000 });
    const ws = makeWorkspace();
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e, { 'wait-timeout': '2' }) });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('timeout');
    expect(run.stdout).toMatch(/kafka_prod: timed out waiting for peerings: .*(pool_etl|q_reporting)/);
    // The connection itself exists, once, with everything but the settled peering; a rerun creates nothing.
    expectNoDuplicates(e);
    const creates = e.mutatingRequests().filter((r) => r.operation === 'createConnection').length;
    await runChecked(e, { workspace: ws, inputs: applyInputs(e, { 'wait-timeout': '1' }) });
    expect(e.mutatingRequests().filter((r) => r.operation === 'createConnection').length).toBe(creates);
    expectNoDuplicates(e);
  });

  it("a peering that ends FAILED: the run fails and reports the cloud's err_msg", async () => {
    const e = await cloud({ failPeerings: { kafka_prod: 'subnet has no free IP addresses' } });
    const ws = makeWorkspace();
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).not.toBe('');
    expect(run.stdout).toMatch(/kafka_prod: peering FAILED: .*subnet has no free IP addresses/);
    expectNoDuplicates(e);
  });

  it('a project lookup that finds no project: auth-failed, the message says to set project-id', async () => {
    const e = await cloud({ projects: [] });
    const run = await runChecked(e, { workspace: makeWorkspace(), inputs: applyInputs(e) });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expect(run.stdout).toMatch(/::error.*no project named cn-north-4.*project-id/);
    expect(e.mutatingRequests()).toEqual([]);
  });

  it('a project lookup that finds two projects: auth-failed, both ids named, set project-id', async () => {
    const e = await cloud({ projects: [{ id: 'aaaa1111', name: 'cn-north-4' }, { id: 'bbbb2222', name: 'cn-north-4' }] });
    const run = await runChecked(e, { workspace: makeWorkspace(), inputs: applyInputs(e) });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expect(run.stdout).toMatch(/::error.*2 projects named cn-north-4 \(aaaa1111, bbbb2222\).*project-id/);
    expect(e.mutatingRequests()).toEqual([]);
  });

  it('an API answer of an unexpected shape (list): api-error with a clear message, nothing changed, no crash', async () => {
    const e = await cloud();
    e.addFault({ operation: 'listConnections', kind: 'malformed' });
    const run = await runChecked(e, { workspace: makeWorkspace(), inputs: applyInputs(e) });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    expect(run.stdout).toMatch(/::error.*listConnections/i);
    expect(e.mutatingRequests()).toEqual([]);
  });

  it('a 200 answer with is_success:false is an error, not a success; the rerun converges', async () => {
    const e = await cloud();
    const ws = makeWorkspace();
    e.addFault({ operation: 'addRoute', kind: 'malformed', body: { is_success: false, message: 'route quota exceeded' }, count: 1 });
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('api-error');
    expect(run.stdout).toMatch(/::error::\w+: add route .*route quota exceeded/);
    const rerun = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(rerun.code, rerun.stdout).toBe(0);
    expectConverged(e);
  });

  it('a write acknowledged (200) but not performed is trusted by that run, then shown as drift by the next plan and fixed by the next apply', async () => {
    // What the action can and cannot know: it does not read every write back (that would double the calls), so a
    // cloud that acknowledges without doing is caught by the next plan, never silently accepted for good.
    const e = await cloud();
    const ws = makeWorkspace();
    e.addFault({ operation: 'addRoute', kind: 'malformed', body: { is_success: true, message: '' }, count: 2 });
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(run.code, run.stdout).toBe(0);
    expect(e.state.connectionByName('kafka_prod')!.routes).toEqual([]);
    const plan = await runChecked(e, { workspace: ws, inputs: applyInputs(e, { mode: 'plan', 'fail-on-drift': 'true' }) });
    expect(plan.code).toBe(1);
    expect(plan.outputs['failure-reason']).toBe('drift');
    expect(plan.stdout).toMatch(/add route to_idc|route to_idc/);
    const fix = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(fix.code, fix.stdout).toBe(0);
    expectConverged(e);
  });

  it('an API answer of an unexpected shape (create answers 200 without an id): no blind second create', async () => {
    const e = await cloud();
    const ws = makeWorkspace();
    e.addFault({ operation: 'createConnection', kind: 'malformed', body: { is_success: true, message: '' }, count: 1 });
    const run = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expectNoCrash(run);
    expectNoDuplicates(e);
    if (run.code !== 0) expect(run.outputs['failure-reason']).toBe('api-error');
    const rerun = await runChecked(e, { workspace: ws, inputs: applyInputs(e) });
    expect(rerun.code, rerun.stdout).toBe(0);
    expectConverged(e);
  });

  it('temporary AK/SK + security token that expire mid-run: auth-failed; no token in any artefact', async () => {
    const e = await cloud();
    const ws = makeWorkspace();
    const answer = await unsigned(e, 'POST', '/v3.0/OS-CREDENTIAL/securitytokens', { auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } }, { 'X-Auth-Token': e.issueToken() });
    const cred = (answer.json as { credential: { access: string; secret: string; securitytoken: string } }).credential;
    const inputs = { ...applyInputs(e), 'access-key-id': cred.access, 'secret-access-key': cred.secret, 'security-token': cred.securitytoken, 'project-id': e.projectId };
    let expired = false;
    const run = await runAction({
      workspace: ws,
      inputs,
      killWhen: (out) => {
        if (!expired && /: created id=/.test(out)) {
          e.state.expireCredentials();
          expired = true;
        }
        return false;
      },
    });
    expectNoSecretLeak(run, [
      { label: 'secret-access-key', value: cred.secret },
      { label: 'security-token', value: cred.securitytoken },
    ]);
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expectNoDuplicates(e);
  });
});

afterAll(() => reportLeakChecks('scenarios-failures.test.ts'));
