// End to end: mode export through the built action, then plan and apply on what it wrote, the onboarding path a
// team takes with connections made by hand in the console.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { makeWorkspace, runAction } from './harness.js';
import { emulatorInputs } from './example-cloud.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ peeringDelayMs: 50 });
  emu.state.seedConnection({
    name: 'kafka_console',
    dest_vpc_id: 'vpc-a',
    dest_network_id: 'net-a',
    hosts: [{ name: 'kafka-1', ip: '10.0.0.1' }],
    routes: [{ name: 'to_idc', cidr: '10.169.0.0/24', create_time: 1_700_000_000_000 }],
    tags: [{ key: 'team', value: 'data' }],
    peeringStatus: 'ACTIVE',
  });
  emu.state.seedConnection({ name: 'rds_console', dest_vpc_id: 'vpc-a', dest_network_id: 'net-a', tags: [{ key: 'team', value: 'orders' }] });
});
afterAll(() => emu.close());

describe('mode: export', () => {
  it('writes manifests that plan as adopt-only, then as no change after one apply', async () => {
    const workspace = makeWorkspace();
    const inputs = { ...emulatorInputs(emu), label: 'onboard', preflight: 'false' };
    const exported = await runAction({ workspace, inputs: { ...inputs, mode: 'export', 'export-path': '.dli/connections', 'export-tags': 'team=data' } });
    expect(exported.code, exported.stdout + exported.stderr).toBe(0);
    expect(existsSync(path.join(workspace, '.dli/connections/kafka_console.yaml'))).toBe(true);
    expect(existsSync(path.join(workspace, '.dli/connections/rds_console.yaml'))).toBe(false); // filtered out by tag
    expect(readFileSync(path.join(workspace, '.dli/connections/kafka_console.yaml'), 'utf8')).toContain('to_idc');
    expect(exported.summary).toContain('kafka_console');
    expect(exported.outputs['failure-reason']).toBe('');

    emu.clearLog();
    const plan = await runAction({ workspace, inputs: { ...inputs, mode: 'plan' } });
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.stdout).toContain('adopt kafka_console');
    expect(JSON.parse(plan.outputs.updated ?? '[]')).toEqual(['kafka_console']);
    expect(emu.mutatingRequests()).toHaveLength(0);

    const apply = await runAction({ workspace, inputs: { ...inputs, mode: 'apply' } });
    expect(apply.code, apply.stdout).toBe(0);
    // Adoption only tags: no other change reaches the cloud.
    expect(emu.mutatingRequests().map((r) => r.operation)).toEqual(['createTags']);

    emu.clearLog();
    const again = await runAction({ workspace, inputs: { ...inputs, mode: 'plan' } });
    expect(again.outputs['has-changes']).toBe('false');
    expect(JSON.parse(again.outputs.unchanged ?? '[]')).toEqual(['kafka_console']);
    expect(emu.mutatingRequests()).toHaveLength(0);

    // Exporting again never overwrites without export-force.
    const twice = await runAction({ workspace, inputs: { ...inputs, mode: 'export', 'export-path': '.dli/connections' } });
    expect(twice.code).toBe(0);
    expect(existsSync(path.join(workspace, '.dli/connections/rds_console.yaml'))).toBe(true);
  });

  it('fails with auth-failed and changes nothing without credentials', async () => {
    const workspace = makeWorkspace();
    const run = await runAction({ workspace, inputs: { mode: 'export', region: emu.region, endpoint: emu.url } });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expect(existsSync(path.join(workspace, '.dli'))).toBe(false);
  });
});
