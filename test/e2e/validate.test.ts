// End to end: `node dist/index.js` in validate mode, run the way the GitHub runner runs it (INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), with no credentials at all. Also the input checks that fail a run
// before anything else happens, and `plan` without credentials falling back to validate.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { annotations, runAction } from './harness.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Nothing from the developer's shell leaks in: no HUAWEI_CLOUD_* / HUAWEICLOUD_SDK_* variables reach the action. */
function validate(manifests: string, inputs: Record<string, string> = {}) {
  return runAction({ workspace: fixtures, inputs: { mode: 'validate', manifests, ...inputs } });
}

/** `::error title=…,file=F,line=L,col=C::message` → its parts (the message is %-encoded by the runner protocol). */
function parseAnnotation(line: string): { file?: string; line?: number; col?: number; message: string } {
  const m = /^::error ([^:]*)::(.*)$/.exec(line);
  if (!m) return { message: line };
  const props = Object.fromEntries(
    m[1]!.split(',').map((kv) => {
      const at = kv.indexOf('=');
      return [kv.slice(0, at), kv.slice(at + 1)];
    }),
  );
  const decode = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return {
    file: props.file,
    line: props.line ? Number(props.line) : undefined,
    col: props.col ? Number(props.col) : undefined,
    message: decode(m[2]!),
  };
}

describe.concurrent('validate mode through dist/index.js', () => {
  it('accepts a good folder: exit 0, the summary lists manifests and connections, failure-reason empty', async () => {
    const run = await validate('good/connections/**/*.{yaml,yml}');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('2 manifest file(s), 3 connection(s).');

    expect(run.outputs['failure-reason']).toBe('');
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.outputs['connection-ids']).toBe('{}');

    expect(run.summary).toContain('DLI connections · validate');
    expect(run.summary).toMatch(/3 connections in 2 manifest files/);
    // Every connection with the file and line of its document (the second document of databases.yml starts at 5).
    expect(run.summary).toContain('| `rds_e2e` | `good/connections/databases.yml:1` |');
    expect(run.summary).toContain('| `hbase_e2e` | `good/connections/databases.yml:5` |');
    expect(run.summary).toMatch(/\| `kafka_e2e` \| `good\/connections\/kafka\.yaml:\d+` \|/);
    expect(run.summary).toContain('`good/connections/kafka.yaml`');
    expect(run.summary).toContain('`good/connections/databases.yml`');
  });

  it('rejects a bad folder: every error of every file as an annotation relative to GITHUB_WORKSPACE', async () => {
    const run = await validate('bad/connections/**/*.yaml');
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation-failed');

    const found = annotations(run.stdout)
      .map(parseAnnotation)
      .filter((a) => a.file !== undefined);
    const at = (file: string, line: number, col: number, text: string | RegExp) => {
      const hit = found.find(
        (a) =>
          a.file === `bad/connections/${file}` &&
          a.line === line &&
          a.col === col &&
          (typeof text === 'string' ? a.message.includes(text) : text.test(a.message)),
      );
      expect(hit, `${file}:${line}:${col} ${String(text)} in\n${found.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`).join('\n')}`).toBeDefined();
    };
    // typos.yaml: three errors in one file, all reported.
    at('typos.yaml', 1, 1, 'missing required key `dest_vpc_id`');
    at('typos.yaml', 2, 1, 'did you mean `dest_vpc_id`?');
    at('typos.yaml', 5, 23, '"300.1.1.1" is not an IPv4 address');
    // rules.yaml: name, the `default` queue, a route CIDR.
    at('rules.yaml', 1, 7, 'bad-name!');
    at('rules.yaml', 4, 10, 'default');
    at('rules.yaml', 6, 23, '10.0.0.0/33');
    // A YAML syntax error does not hide the other files' errors.
    at('syntax.yaml', 3, 1, /^YAML:/);
    // A duplicate name points at both places.
    at('dup_a.yaml', 1, 7, 'also declared at bad/connections/dup_b.yaml:2');
    at('dup_b.yaml', 2, 7, 'also declared at bad/connections/dup_a.yaml:1');
    // hosts_file problems: a missing file at the manifest's key, an IPv6 line at its own line in the hosts file.
    at('missing_hosts.yaml', 4, 13, 'not found');
    at('hosts/ipv6.hosts', 2, 1, 'IPv6');
    expect(found).toHaveLength(11);
    // No absolute path leaks into an annotation: the runner resolves `file` against the repository.
    for (const a of found) expect(path.isAbsolute(a.file!)).toBe(false);

    // The step fails with the count, and the summary lists every error with its place.
    expect(run.stdout).toContain('::error::validation-failed: 11 manifest error(s): nothing was sent to the API.');
    expect(run.summary).toContain('**Failed** (`validation-failed`): 11 errors');
    for (const place of [
      'bad/connections/typos.yaml:1:1',
      'bad/connections/typos.yaml:2:1',
      'bad/connections/typos.yaml:5:23',
      'bad/connections/rules.yaml:1:7',
      'bad/connections/rules.yaml:4:10',
      'bad/connections/rules.yaml:6:23',
      'bad/connections/syntax.yaml:3:1',
      'bad/connections/dup_a.yaml:1:7',
      'bad/connections/dup_b.yaml:2:7',
      'bad/connections/missing_hosts.yaml:4:13',
      'bad/connections/hosts/ipv6.hosts:2:1',
    ]) {
      expect(run.summary).toContain(`\`${place}\``);
    }
    // Markdown from messages is escaped, not rendered.
    expect(run.summary).toContain('unknown key \\`vpc\\_id\\`');
  });

  it('one bad file among good ones fails the whole run, and the good ones are still listed', async () => {
    const run = await validate('good/connections/**/*.{yaml,yml}\nbad/connections/typos.yaml');
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation-failed');
    const files = annotations(run.stdout).map(parseAnnotation).map((a) => a.file).filter(Boolean);
    expect(new Set(files)).toEqual(new Set(['bad/connections/typos.yaml']));
    expect(files).toHaveLength(3);
  });

  it('`!` exclusions in the manifests input leave the bad files out', async () => {
    const run = await validate('bad/connections/**/*.yaml\n!bad/connections/{typos,rules,syntax,dup_b,missing_hosts,ipv6}.yaml');
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('`dup_conn`');
    expect(run.outputs['failure-reason']).toBe('');
  });

  it('no manifest matched is an error naming the pattern', async () => {
    const run = await validate('nowhere/**/*.yaml');
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation-failed');
    expect(run.stdout).toMatch(/::error .*no manifest matched `nowhere\/\*\*\/\*\.yaml`/);
  });

  it('plan without any credentials falls back to validate with a notice in the log and the summary, exit 0', async () => {
    const run = await runAction({ workspace: fixtures, inputs: { mode: 'plan', manifests: 'good/connections/**/*.{yaml,yml}' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/No Huawei Cloud credentials.*ran validate instead of plan/);
    expect(run.summary).toContain('DLI connections · validate');
    expect(run.summary).toMatch(/Note:.*No Huawei Cloud credentials/);
    expect(run.summary).toContain('`kafka_e2e`');
    expect(run.outputs['failure-reason']).toBe('');
    expect(run.outputs['plan-file']).toBe('');
  });

  it('plan without credentials still fails on bad manifests (the fallback is validate, not a pass)', async () => {
    const run = await runAction({ workspace: fixtures, inputs: { mode: 'plan', manifests: 'bad/connections/typos.yaml' } });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation-failed');
  });

  it('apply without credentials is an auth failure, not a silent validate', async () => {
    const run = await runAction({ workspace: fixtures, inputs: { mode: 'apply', manifests: 'good/connections/**/*.{yaml,yml}' } });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('auth-failed');
    expect(run.stdout).toMatch(/::error::.*needs credentials/);
  });
});

describe.concurrent('bad inputs fail the run with a message naming the input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['unknown mode', { mode: 'deploy' }, /Input 'mode' must be one of validate, plan, apply, export, check \(got "deploy"\)/],
    ['a non-boolean prune', { prune: 'maybe' }, /Input 'prune' must be true or false \(got "maybe"\)/],
    ['a negative concurrency', { concurrency: '-1' }, /Input 'concurrency' must be a whole number from 1 to 32 \(got -1\)/],
    ['an http endpoint that is not loopback', { endpoint: 'http://dli.example.com' }, /Input 'endpoint'.*http/],
  ];
  it.each(cases)('%s', async (_what, inputs, message) => {
    const run = await validate('good/connections/**/*.{yaml,yml}', inputs);
    expect(run.code).toBe(1);
    const errors = annotations(run.stdout);
    expect(errors.join('\n')).toMatch(message);
    // Nothing else ran: no manifest was read.
    expect(run.stdout).not.toContain('manifest file(s)');
    expect(run.outputs['failure-reason']).toBe('validation-failed');
  });

  it('an http endpoint on loopback is accepted (tests and local emulators)', async () => {
    const run = await validate('good/connections/**/*.{yaml,yml}', { endpoint: 'http://127.0.0.1:8080' });
    expect(run.code, run.stdout).toBe(0);
  });
});
