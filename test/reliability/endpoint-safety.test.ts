// Endpoint safety, end to end: every endpoint input refuses plain http:// unless the host is loopback, no input can
// switch TLS verification off (a self-signed https loopback server is refused by the built action), and the
// source holds no way to turn verification off. Manifest and hosts_file paths that leave the workspace are in the
// bad-input corpus (extra-corpus.ts: `..`, symlinks, absolute patterns), run by bad-input.test.ts.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import yaml from 'js-yaml';
import { repoRoot, runAction } from '../e2e/harness.js';
import type { Emulator } from '../emulator/index.js';
import { applyInputs, emulatorSecrets, expectNoCrash, makeWorkspace, runChecked, startCloud } from './helpers.js';
import { expectNoSecretLeak, reportLeakChecks } from './secrets.js';

// Each scenario spawns the action (often twice) and waits on real timers; CI machines are slow and busy.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const ENDPOINT_INPUTS = ['endpoint', 'iam-endpoint', 'sts-endpoint', 'vpc-endpoint'] as const;

let emu: Emulator;
beforeAll(async () => {
  emu = await startCloud();
});
afterAll(async () => {
  await emu?.close();
});

describe('reliability: endpoints are https, except loopback', () => {
  for (const input of ENDPOINT_INPUTS) {
    for (const url of ['http://dli.example.com', 'http://127.0.0.1.nip.io', 'http://localhost.evil.test:8080', 'ftp://127.0.0.1']) {
      it(`${input}=${url} is refused before any request`, async () => {
        const before = emu.requests.length;
        const run = await runChecked(emu, { workspace: makeWorkspace(), inputs: applyInputs(emu, { [input]: url }) });
        expectNoCrash(run);
        expect(run.code).toBe(1);
        expect(run.outputs['failure-reason']).toBe('validation-failed');
        expect(run.stdout).toMatch(new RegExp(`::error::.*${input}`));
        expect(emu.requests.length).toBe(before);
      });
    }
  }

  it('http:// to 127.0.0.1 is accepted for every endpoint (the emulator runs this way)', async () => {
    const run = await runChecked(emu, { workspace: makeWorkspace(), inputs: applyInputs(emu, { mode: 'plan' }) });
    expect(run.code, run.stdout).toBe(0);
  });

  it('an endpoint with credentials in the URL is refused and the password is not echoed', async () => {
    const url = emu.url.replace('http://', 'http://user:hunter2hunter2hunter2@');
    const run = await runChecked(emu, { workspace: makeWorkspace(), inputs: applyInputs(emu, { endpoint: url }) });
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('validation-failed');
    expect(run.stdout + run.summary).not.toContain('hunter2hunter2hunter2');
  });
});

describe('reliability: TLS verification cannot be switched off', () => {
  it('no source file disables verification', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.ts$/.test(name)) {
          const text = readFileSync(full, 'utf8');
          if (/rejectUnauthorized\s*:\s*false|ignoreSslError\s*:\s*true|NODE_TLS_REJECT_UNAUTHORIZED|checkServerIdentity\s*:/.test(text)) {
            offenders.push(path.relative(repoRoot, full));
          }
        }
      }
    };
    walk(path.join(repoRoot, 'src'));
    expect(offenders).toEqual([]);
  });

  it('no action input is about TLS, certificates or verification', () => {
    const action = yaml.load(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const suspicious = Object.keys(action.inputs).filter((k) => /tls|ssl|insecure|verify|cert|unauthori[sz]ed/i.test(k));
    expect(suspicious).toEqual([]);
  });

  describe('a self-signed https server on loopback', () => {
    let server: Server | undefined;
    let url = '';
    let hits = 0;
    let hasOpenssl = true;
    beforeAll(async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dli-rel-tls-'));
      try {
        await promisify(execFile)('openssl', [
          'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
          '-keyout', path.join(dir, 'k.pem'), '-out', path.join(dir, 'c.pem'), '-days', '1',
          '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
        ]);
      } catch {
        hasOpenssl = false;
        return;
      }
      server = createServer({ key: readFileSync(path.join(dir, 'k.pem')), cert: readFileSync(path.join(dir, 'c.pem')) }, (_req, res) => {
        hits++;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"is_success":true,"connections":[],"count":0}');
      });
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      url = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(async () => {
      if (server) await new Promise((r) => server!.close(r));
    });

    it('is refused by the built action, whatever the inputs say', async (ctx) => {
      if (!hasOpenssl) ctx.skip();
      // Every input that could plausibly mean "skip verification", set as a runner would pass it.
      const run = await runAction({
        workspace: makeWorkspace(),
        inputs: {
          ...applyInputs(emu, { mode: 'plan', 'project-id': emu.projectId, 'max-retries': '0' }),
          endpoint: url,
          'vpc-endpoint': url,
        },
        env: { 'INPUT_INSECURE': 'true', 'INPUT_TLS-VERIFY': 'false', 'INPUT_REJECT-UNAUTHORIZED': 'false', INPUT_IGNORESSLERROR: 'true' },
        timeoutMs: 30_000,
      });
      expectNoCrash(run);
      expectNoSecretLeak(run, emulatorSecrets(emu));
      expect(run.code).toBe(1);
      expect(run.outputs['failure-reason']).toBe('api-error');
      expect(run.stdout).toMatch(/::error::.*(self[- ]signed|certificate)/i);
      expect(hits).toBe(0);
    });
  });
});

afterAll(() => reportLeakChecks('endpoint-safety.test.ts'));
