// The start-up split of scripts/build.mjs, checked on the built action: what @actions/core imports for the rare
// cases (http-client and undici for getIDToken, exec for core.platform) lives in dist/lazy/ and is loaded only
// when used. A validate run must not load it (bench B7 measures what that saves); a plan run, which calls the
// cloud through the same http-client, must load it and still work.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emulatorInputs, seedExampleCloud } from './example-cloud.js';
import { repoRoot, runAction, type ActionRun } from './harness.js';

const preload = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'report-loaded-modules.mjs');
const env = { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}` };

function loadedFiles(run: ActionRun): string[] {
  const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  expect(line, run.stderr).toBeDefined();
  return (JSON.parse(line!.slice('LOADED '.length)) as string[]).map((f) => f.split(path.sep).slice(-2).join('/'));
}

describe('dist/lazy/ is loaded only when used', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator({ peeringDelayMs: 10 });
    seedExampleCloud(emu);
  });
  afterAll(() => emu.close());

  it('validate: the small lazy modules only, not the bundle behind them', async () => {
    const run = await runAction({ workspace: repoRoot, inputs: { mode: 'validate', manifests: 'examples/connections/*.yaml' }, env });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const loaded = loadedFiles(run);
    expect(loaded).toContain('dist/index.js');
    expect(loaded).toContain('lazy/http-client.js');
    expect(loaded).not.toContain('lazy/index.js');
  });

  it('plan: the cloud calls load it, through the same modules', async () => {
    const run = await runAction({
      workspace: repoRoot,
      inputs: { ...emulatorInputs(emu), mode: 'plan', manifests: 'examples/connections/*.yaml', 'comment-on-pr': 'never' },
      env,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.created).toBe('["hbase_archive","kafka_prod","rds_orders"]');
    expect(loadedFiles(run)).toContain('lazy/index.js');
  });
});
