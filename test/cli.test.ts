// The bundled CLI (dist/cli/index.js), run as a person or a pre-commit hook would: `validate` prints compiler-style
// `file:line:col: error: …` lines and exits 1, an ok line and 0 on good manifests, 2 on bad usage; `plan` and
// `apply` take credentials from HUAWEI_CLOUD_* and print the same text plan the action logs.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './emulator/index.js';
import { makeWorkspace, manifestYaml, repoRoot, runAction } from './e2e/harness.js';
import { DATA_SUBNET, DATA_VPC, emulatorInputs, seedExampleCloud } from './e2e/example-cloud.js';

/** The built CLI; DLI_CLI_ENTRY points the tests at another build (a helper's private bundle). */
const cliEntry = process.env.DLI_CLI_ENTRY || path.join(repoRoot, 'dist', 'cli', 'index.js');
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'e2e', 'fixtures');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a child process (async: an in-process emulator must keep answering meanwhile). */
function cli(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliEntry, ...args], {
      cwd: opts.cwd,
      // A clean environment: no HUAWEI_CLOUD_* / GITHUB_* of the developer's shell leaks in.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? opts.cwd, ...(opts.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.concurrent('dli-connections validate', () => {
  it('prints file:line:col: error lines for every error of every file and exits 1', async () => {
    const run = await cli(['validate', 'bad/connections/typos.yaml', 'bad/connections/rules.yaml'], { cwd: fixtures });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      'bad/connections/rules.yaml:1:7: error: name: connection name "bad-name!" must be 1–64 characters of letters, digits and `_`',
      'bad/connections/rules.yaml:4:10: error: queues[0]: the queue `default` cannot be bound to a connection (DLI refuses it)',
      'bad/connections/rules.yaml:6:23: error: routes[0].cidr: "10.0.0.0/33" is not an IPv4 CIDR (like 10.0.0.0/24)',
      'bad/connections/typos.yaml:1:1: error: missing required key `dest_vpc_id`',
      'bad/connections/typos.yaml:2:1: error: unknown key `vpc_id` (did you mean `dest_vpc_id`?)',
      'bad/connections/typos.yaml:5:23: error: hosts[0].ip: "300.1.1.1" is not an IPv4 address (the API takes IPv4 only)',
    ]);
    expect(run.stderr).toContain('failed (validation-failed)');
  });

  it('a glob over a whole bad folder reports all files (syntax errors, duplicates, hosts files included)', async () => {
    const run = await cli(['validate', 'bad/connections/**/*.yaml'], { cwd: fixtures });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(11);
    for (const l of lines) expect(l).toMatch(/^bad\/connections\/[\w/.]+:\d+:\d+: error: /);
    // A duplicate points at both places; the fix hint follows in parentheses.
    expect(lines.some((l) => l.startsWith('bad/connections/dup_a.yaml:1:7: error: duplicate connection name `dup_conn` (also declared at bad/connections/dup_b.yaml:2)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('bad/connections/dup_b.yaml:2:7: error: duplicate connection name `dup_conn` (also declared at bad/connections/dup_a.yaml:1)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('bad/connections/syntax.yaml:3:1: error: YAML:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('bad/connections/hosts/ipv6.hosts:2:1: error: IPv6'))).toBe(true);
  });

  it('prints an ok line and exits 0 on good manifests', async () => {
    const run = await cli(['validate', 'good/connections/**/*.{yaml,yml}'], { cwd: fixtures });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('ok: 3 connection(s) in 2 file(s)');
  });

  it('--manifests and ! exclusions work like the action input', async () => {
    const run = await cli(
      ['validate', '--manifests', 'bad/connections/*.yaml', '--manifests', '!bad/connections/{typos,rules,syntax,missing_hosts,ipv6,dup_b}.yaml'],
      { cwd: fixtures },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('ok: 1 connection(s) in 1 file(s)');
  });

  it.each([
    ['no command', [] as string[]],
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['validate', '--bogus', 'x']],
    ['a bad option value', ['validate', '--concurrency=-3', 'good/connections/*.yaml']],
    ['a non-loopback http endpoint', ['validate', '--endpoint', 'http://dli.example.com', 'good/connections/*.yaml']],
  ])('exits 2 on bad usage: %s', async (_what, args) => {
    const run = await cli(args, { cwd: fixtures });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/Usage: dli-connections|Option --|Unknown/);
  });

  it('names the option in a bad value message', async () => {
    const run = await cli(['validate', '--concurrency=-3', 'good/connections/*.yaml'], { cwd: fixtures });
    expect(run.stderr).toContain("Option --concurrency must be a whole number from 1 to 32 (got -3)");
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await cli(['--help'], { cwd: fixtures });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dli-connections <validate|plan|apply|export|check>');
  });
});

describe('dli-connections plan / apply against the emulator', () => {
  let emu: Emulator;
  let ws: string;
  let env: Record<string, string>;
  let endpointArgs: string[];

  beforeAll(async () => {
    emu = await startEmulator({ peeringDelayMs: 30 });
    seedExampleCloud(emu);
    ws = makeWorkspace({
      'connections/kafka.yaml': manifestYaml({
        name: 'kafka_cli',
        dest_vpc_id: DATA_VPC,
        dest_network_id: DATA_SUBNET,
        elastic_resource_pools: ['pool_etl'],
        hosts: [{ name: 'kafka-1', ip: '192.168.0.11' }],
        routes: [{ name: 'to_idc', cidr: '10.169.0.0/24' }],
        tags: { team: 'data' },
      }),
      'connections/rds.yaml': manifestYaml({ name: 'rds_cli', dest_vpc_id: DATA_VPC, dest_network_id: DATA_SUBNET }),
    });
    // Credentials and region the way huaweicloud/auth-action exports them.
    env = {
      HUAWEI_CLOUD_ACCESS_KEY_ID: emu.ak,
      HUAWEI_CLOUD_SECRET_ACCESS_KEY: emu.sk,
      HUAWEI_CLOUD_REGION: emu.region,
    };
    endpointArgs = ['--endpoint', emu.url, '--iam-endpoint', emu.url, '--sts-endpoint', emu.url, '--vpc-endpoint', emu.url];
  });
  afterAll(async () => {
    await emu?.close();
  });

  it('plan prints the text plan, changes nothing, and matches what the action logs', async () => {
    const run = await cli(['plan', ...endpointArgs, '--label', 'cli', 'connections/*.yaml'], { cwd: ws, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('+ create kafka_cli');
    expect(run.stdout).toContain('+ create rds_cli');
    expect(run.stdout).toContain('Plan: 2 to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged.');
    // Once: on stdout, not again in the progress log on stderr (a terminal shows both).
    expect(run.stderr).not.toContain('+ create kafka_cli');
    expect(emu.mutatingRequests()).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(emu.sk);

    // The action, on the same manifests and cloud, logs the very same plan text.
    const action = await runAction({
      workspace: ws,
      inputs: { ...emulatorInputs(emu), mode: 'plan', manifests: 'connections/*.yaml', label: 'cli' },
    });
    expect(action.code).toBe(0);
    const planText = run.stdout.trim();
    expect(action.stdout).toContain(planText);
  });

  it('plan without credentials falls back to validate (exit 0, ok line)', async () => {
    const run = await cli(['plan', 'connections/*.yaml'], { cwd: ws, env: { HUAWEI_CLOUD_REGION: emu.region } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('ok: 2 connection(s) in 2 file(s)');
    expect(run.stderr).toMatch(/No Huawei Cloud credentials/);
  });

  it('apply creates the connections, then a second apply is a no-op', async () => {
    const run = await cli(['apply', ...endpointArgs, '--label', 'cli', '--wait-timeout', '20', 'connections/*.yaml'], { cwd: ws, env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('+ create kafka_cli');
    expect(run.stdout).toContain('Plan: 2 to create');
    const kafka = emu.state.connectionByName('kafka_cli');
    expect(kafka?.routes.map((r) => r.name)).toEqual(['to_idc']);
    expect(kafka?.tags).toContainEqual({ key: 'managed-by-dli-connections', value: 'cli' });
    expect(emu.state.connectionByName('rds_cli')).toBeDefined();
    expect(run.stderr).toMatch(/kafka_cli: created id=/);

    emu.clearLog();
    const again = await cli(['apply', ...endpointArgs, '--label', 'cli', 'connections/*.yaml'], { cwd: ws, env });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, 2 unchanged.');
    expect(emu.mutatingRequests()).toEqual([]);
  });

  it('a failed apply prints the failure reason and exits 1', async () => {
    const blocked = makeWorkspace({
      'connections/kafka.yaml': manifestYaml({
        name: 'kafka_cli',
        // A different subnet id: a replace, blocked without --allow-replace.
        dest_vpc_id: DATA_VPC,
        dest_network_id: '11111111-2222-4333-8444-555555555555',
      }),
    });
    emu.clearLog();
    const run = await cli(['apply', ...endpointArgs, '--label', 'cli', '--no-preflight', 'connections/*.yaml'], { cwd: blocked, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('failed (replace-blocked)');
    expect(emu.mutatingRequests()).toEqual([]);
  });
});
