// End to end: the connectivity checks of the built action (dist/index.js) against the emulator's address test.
// Reachable, unreachable (annotated at the address's manifest line), a test that never finishes (timeout), a 403
// (a warning naming the IAM action, not a failure), and mode check changing nothing; the summary shows the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { annotations, makeWorkspace, runAction, writeWorkspaceFiles, type ActionRun } from './harness.js';
import { DATA_SUBNET, DATA_VPC, emulatorInputs, seedExampleCloud } from './example-cloud.js';

const LABEL = 'e2e-checks';
const failMessage = (run: ActionRun) => `exit ${run.code}\n${run.stdout}\n${run.stderr}\n${run.summary}`;
const json = <T = unknown>(text: string | undefined): T => JSON.parse(text ?? 'null') as T;

/** A manifest whose `checks:` key is on line 9 (10 with a second binding line), one address per line after it. */
function manifest(name: string, checks: string[], bind = 'queues: [q_adhoc]'): string {
  return [
    `name: ${name}`,
    `dest_vpc_id: ${DATA_VPC}`,
    `dest_network_id: ${DATA_SUBNET}`,
    bind,
    'hosts:',
    '  - { name: kafka-1, ip: 192.168.0.11 }',
    '  - { name: mysql_1, ip: 192.168.0.12 }',
    '# addresses the queue must reach',
    'checks:',
    ...checks.map((c) => `  - ${c}`),
    '',
  ].join('\n');
}

describe('connectivity checks against the emulator', () => {
  let emu: Emulator;
  const run = (ws: string, inputs: Record<string, string> = {}) =>
    runAction({
      workspace: ws,
      inputs: { ...emulatorInputs(emu), mode: 'apply', manifests: 'connections/**/*.yaml', label: LABEL, 'wait-timeout': '20', ...inputs },
    });

  beforeAll(async () => {
    emu = await startEmulator({
      peeringDelayMs: 30,
      reachability: {
        'kafka-1:9092': { reachable: true, delayMs: 300 },
        'mysql_1:3306': { reachable: false },
        'slow.example:443': { fault: 'never-finishes' },
        'denied.example:443': { fault: 'forbidden' },
      },
    });
    seedExampleCloud(emu); // pool_etl with its queue q_reporting
    emu.state.seedQueue({ queue_name: 'q_adhoc', cidr_in_vpc: '172.17.0.0/18', queue_type: 'sql' });
  });
  afterAll(async () => {
    await emu?.close();
  });

  it('apply, then test each address: reachable and unreachable, annotated at the address line; the apply stays done', async () => {
    const ws = makeWorkspace({ 'connections/a.yaml': manifest('conn_a', ['kafka-1:9092', 'mysql_1:3306'], 'queues: [q_adhoc]\nelastic_resource_pools: [pool_etl]') });
    // One more line before `checks` (the pools line): the addresses are on lines 11 and 12.
    const r = await run(ws);
    expect(r.code, failMessage(r)).toBe(1);
    expect(r.outputs['failure-reason']).toBe('check-failed');
    expect(json(r.outputs.checks)).toEqual({ conn_a: { 'kafka-1:9092': 'reachable', 'mysql_1:3306': 'unreachable' } });
    // Tested from the bound queue and from a queue of the bound pool (the API has no pool-level test).
    const tests = emu.requests.filter((q) => q.operation === 'createConnectivityTask');
    expect(tests.map((q) => `${q.path.split('/')[4]} ${(q.body as { address: string }).address}`).sort()).toEqual([
      'q_adhoc kafka-1:9092',
      'q_adhoc mysql_1:3306',
      'q_reporting kafka-1:9092',
      'q_reporting mysql_1:3306',
    ]);
    // The unreachable address is an error at its own line; the reachable one is not annotated.
    const errors = annotations(r.stdout).filter((l) => l.includes('check-unreachable'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/file=connections\/a\.yaml,line=12,/);
    expect(errors[0]).toContain('mysql_1:3306 is unreachable');
    // The connection exists (the apply is done) and the summary shows the checks table.
    expect(emu.state.connectionByName('conn_a')).toBeDefined();
    expect(r.summary).toContain('**Applied** (`check-failed`)');
    expect(r.summary).toContain('### Connectivity checks');
    expect(r.summary).toContain('| Connection | Address | Check | Tested from |');
    expect(r.summary).toMatch(/\| `conn_a` \| `kafka-1:9092` \| ✅ reachable \| queue q\\_adhoc\\: REACHABLE/);
    expect(r.summary).toMatch(/\| `conn_a` \| `mysql_1:3306` \| ❌ unreachable \|.*pool pool\\_etl \\\(queue q\\_reporting\\\)\\: UNREACHABLE/);

    // A rerun changes nothing (the apply was done), and checks again.
    emu.clearLog();
    const again = await run(ws);
    expect(again.outputs['failure-reason']).toBe('check-failed');
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('a test that never finishes ends at check-timeout with a clear message', async () => {
    const ws = makeWorkspace({ 'connections/b.yaml': manifest('conn_b', ['slow.example:443']) });
    const r = await run(ws, { 'check-timeout': '2' });
    expect(r.code, failMessage(r)).toBe(1);
    expect(r.outputs['failure-reason']).toBe('check-failed');
    expect(json(r.outputs.checks)).toEqual({ conn_b: { 'slow.example:443': 'timeout' } });
    const error = annotations(r.stdout).find((l) => l.includes('check-timeout'));
    expect(error).toMatch(/file=connections\/b\.yaml,line=10,/);
    expect(error).toContain('no final answer after 2 s (last: CHECKING');
    expect(r.summary).toContain('⏱️ no answer (timeout)');
  });

  it('a 403 on the test is a warning naming the IAM action, not a failure', async () => {
    const ws = makeWorkspace({ 'connections/c.yaml': manifest('conn_c', ['denied.example:443']) });
    const r = await run(ws);
    expect(r.code, failMessage(r)).toBe(0);
    expect(r.outputs['failure-reason']).toBe('');
    expect(json(r.outputs.checks)).toEqual({ conn_c: { 'denied.example:443': 'not-run' } });
    const warning = annotations(r.stdout, 'warning').find((l) => l.includes('check-permission-denied'));
    expect(warning).toContain('dli:queue:checkConnection');
    expect(warning).toMatch(/file=connections\/c\.yaml,line=10,/);
    expect(r.summary).toContain('➖ not run');
  });

  it('mode check changes nothing: one List, then the tests; the summary shows the checks', async () => {
    const ws = makeWorkspace({ 'connections/d.yaml': manifest('conn_d', ['kafka-1:9092']) });
    const applied = await run(ws);
    expect(applied.code, failMessage(applied)).toBe(0);
    // Drift the manifest (a new host): mode check must not fix it, only test.
    writeWorkspaceFiles(ws, { 'connections/d.yaml': manifest('conn_d', ['kafka-1:9092', 'mysql_1:3306']).replace('hosts:\n', 'hosts:\n  - { name: extra, ip: 192.168.0.99 }\n') });
    emu.clearLog();
    const r = await run(ws, { mode: 'check' });
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests.filter((q) => q.method !== 'GET').map((q) => q.operation)).toEqual(['createConnectivityTask', 'createConnectivityTask']);
    expect(emu.state.connectionByName('conn_d')?.hosts.map((h) => h.name)).not.toContain('extra');
    expect(r.code, failMessage(r)).toBe(1);
    expect(r.outputs['failure-reason']).toBe('check-failed');
    expect(json(r.outputs.checks)).toEqual({ conn_d: { 'kafka-1:9092': 'reachable', 'mysql_1:3306': 'unreachable' } });
    expect(r.summary).toContain('DLI connections · check');
    expect(r.summary).toContain('**Checks failed** (`check-failed`): 1 reachable, 1 unreachable');
    expect(r.summary).toContain('### Connectivity checks');
  });

  it('checks: false runs no test', async () => {
    const ws = makeWorkspace({ 'connections/e.yaml': manifest('conn_e', ['mysql_1:3306']) });
    emu.clearLog();
    const r = await run(ws, { checks: 'false' });
    expect(r.code, failMessage(r)).toBe(0);
    expect(emu.state.connectionByName('conn_e')).toBeDefined();
    expect(r.outputs.checks).toBe('{}');
    expect(emu.requests.filter((q) => q.operation.endsWith('ConnectivityTask'))).toEqual([]);
    expect(r.summary).not.toContain('### Connectivity checks');
  });
});
