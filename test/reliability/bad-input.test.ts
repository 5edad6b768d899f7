// Bad input, end to end: every broken manifest of the shared corpus (test/manifest/corpus.ts, `invalidCases`) and
// of extra-corpus.ts runs through the built action in `validate` and in `apply` mode (with working credentials for
// the emulator). Each must exit 1 with failure-reason=validation-failed, an `::error file=…,line=…,col=…`
// annotation at the expected position, no stack trace, within a time bound — and the emulator must not have seen
// a single request, let alone a mutating one. The property-based fuzz of the loader lives in
// test/manifest/loader.test.ts (fast-check); it is not repeated here.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidCases, CORPUS_PATTERNS, type ExpectedDiagnostic } from '../manifest/corpus.js';
import { runAction, type ActionRun } from '../e2e/harness.js';
import { emulatorInputs } from '../e2e/example-cloud.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { extraCases, writeCaseFiles, type ExtraCase } from './extra-corpus.js';
import { expectNoSecretLeak, reportLeakChecks } from './secrets.js';

/** A parsed `::error …::message` line. */
interface ParsedAnnotation {
  file?: string;
  line?: number;
  col?: number;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseErrorAnnotations(stdout: string): ParsedAnnotation[] {
  const out: ParsedAnnotation[] = [];
  for (const l of stdout.split('\n')) {
    const m = /^::error(?: ([^:]*))?::(.*)$/.exec(l);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[1] ?? '').split(',')) {
      const at = kv.indexOf('=');
      if (at > 0) props[kv.slice(0, at)] = unescapeProp(kv.slice(at + 1));
    }
    out.push({
      file: props.file,
      line: props.line ? Number(props.line) : undefined,
      col: props.col ? Number(props.col) : undefined,
      message: unescapeData(m[2] ?? ''),
    });
  }
  return out;
}

/** line 0: an annotation without a position; col 0: any column. */
function matches(a: ParsedAnnotation, want: ExpectedDiagnostic): boolean {
  if (!a.message.includes(want.message)) return false;
  if (want.line === 0) return a.file === undefined;
  return a.file === want.file && a.line === want.line && (want.col === 0 || a.col === want.col);
}

const CASES: ExtraCase[] = [...invalidCases, ...extraCases];
const RUN_TIMEOUT_MS = 30_000;

/** Figures for docs/reliability.md, printed once at the end. */
const tally = { cases: CASES.length, runs: 0, rejected: 0 };

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu?.close();
});

function workspaceFor(c: ExtraCase): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'dli-bad-'));
  writeCaseFiles(ws, c.files);
  c.setup?.(ws);
  return ws;
}

function checkRejected(run: ActionRun, c: ExtraCase, mode: string, started: number): void {
  const where = `${c.name} (${mode})\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`;
  expect(run.signal, `${where}: killed (hang)`).toBeNull();
  expect(Date.now() - started, where).toBeLessThan(RUN_TIMEOUT_MS);
  expect(run.code, where).toBe(1);
  expect(run.outputs['failure-reason'], where).toBe('validation-failed');
  // No crash: no stack trace, no "Unexpected error" (the action's own label for a bug).
  expect(run.stderr, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stdout, where).not.toMatch(/Unexpected error/);
  const found = parseErrorAnnotations(run.stdout);
  for (const want of c.expect) {
    expect(found.some((a) => matches(a, want)), `${where}\nmissing annotation ${JSON.stringify(want)}\ngot ${JSON.stringify(found)}`).toBe(true);
  }
  expect(run.stdout).toMatch(/nothing was sent to the API|leaves the repository/);
  tally.runs++;
  tally.rejected++;
}

describe('reliability: bad input is rejected before any API call', () => {
  it('the corpus holds at least 60 broken inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  for (const c of CASES) {
    it.concurrent(`rejects: ${c.name}`, { timeout: 2 * RUN_TIMEOUT_MS + 10_000 }, async () => {
      const ws = workspaceFor(c);
      const manifests = c.manifests ?? CORPUS_PATTERNS.join('\n');
      let started = Date.now();
      const validate = await runAction({ workspace: ws, inputs: { mode: 'validate', manifests }, timeoutMs: RUN_TIMEOUT_MS });
      checkRejected(validate, c, 'validate', started);
      expectNoSecretLeak(validate, [{ label: 'secret-access-key', value: emu.sk }]);
      started = Date.now();
      const apply = await runAction({
        workspace: ws,
        inputs: { ...emulatorInputs(emu), mode: 'apply', manifests, 'comment-on-pr': 'never' },
        timeoutMs: RUN_TIMEOUT_MS,
      });
      checkRejected(apply, c, 'apply', started);
      expectNoSecretLeak(apply, [{ label: 'secret-access-key', value: emu.sk }]);
      // Some cases are big (a 64 MiB file): do not leave them in the temp folder.
      for (const dir of [ws, validate.runnerDir, apply.runnerDir]) rmSync(dir, { recursive: true, force: true });
    });
  }

  it('the emulator saw no request at all from the bad-input runs (so no mutating one)', () => {
    expect(emu.mutatingRequests()).toEqual([]);
    expect(emu.requests).toEqual([]);
    expect(tally.rejected).toBe(2 * CASES.length);
    process.stdout.write(`[reliability] bad inputs: ${tally.cases} cases, ${tally.runs} runs, ${tally.rejected} rejected\n`);
  });
});

afterAll(() => reportLeakChecks('bad-input.test.ts'));
