// `npm start`: the whole job with no cloud account. Starts the DLI emulator, then runs the built action
// (dist/index.js) as the runner would on examples/connections: a plan, an apply, and a plan that shows no change.
import path from 'node:path';
import { startEmulator } from '../test/emulator/index.js';
import { runAction, repoRoot, type ActionRun } from '../test/e2e/harness.js';
import { emulatorInputs, seedExampleCloud } from '../test/e2e/example-cloud.js';

function show(title: string, run: ActionRun): void {
  const rule = '═'.repeat(100);
  process.stdout.write(`\n${rule}\n${title}  (exit ${run.code})\n${rule}\n`);
  // The runner hides ::debug:: lines unless step debugging is on; so does the demo.
  process.stdout.write(run.stdout.split('\n').filter((l) => !l.startsWith('::debug::')).join('\n'));
  if (run.stderr.trim()) process.stdout.write(`\n[stderr]\n${run.stderr}`);
  process.stdout.write('\n── outputs (GITHUB_OUTPUT)\n');
  for (const [k, v] of Object.entries(run.outputs)) process.stdout.write(`${k} = ${v}\n`);
  process.stdout.write('\n── job summary (GITHUB_STEP_SUMMARY)\n');
  process.stdout.write(run.summary);
}

const emu = await startEmulator({ peeringDelayMs: 1500 });
let failed = false;
try {
  seedExampleCloud(emu);
  process.stdout.write(`DLI emulator on ${emu.url} (region ${emu.region}, project ${emu.projectId})\n`);
  const base = {
    workspace: repoRoot,
    inputs: { ...emulatorInputs(emu), manifests: 'examples/connections/**/*.yaml', label: 'demo' },
  };
  const steps: [string, string][] = [
    ['1. plan (pull request)', 'plan'],
    ['2. apply (merge to main)', 'apply'],
    ['3. plan again: nothing to change', 'plan'],
  ];
  for (const [title, mode] of steps) {
    const run = await runAction({ ...base, inputs: { ...base.inputs, mode }, timeoutMs: 120_000 });
    show(title, run);
    if (run.code !== 0) failed = true;
  }
  const mutating = emu.mutatingRequests().length;
  process.stdout.write(`\nThe emulator saw ${emu.requests.length} requests, ${mutating} of them changing something.\n`);
  process.stdout.write(`Connections now: ${emu.state.connections().map((c) => `${c.name}=${c.id}`).join(', ')}\n`);
  process.stdout.write(`Manifests: ${path.join(repoRoot, 'examples/connections')}\n`);
} finally {
  await emu.close();
}
process.exitCode = failed ? 1 : 0;
