// B3: peak memory of a process that loads 100 manifests of 20,000 hosts (2 M hosts), measured in a child process
// (process.resourceUsage().maxRSS and /proc/self/status VmHWM) with Node's default heap limit: a crash counts.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tempDir, writeManifestFiles } from './fixtures.js';
import { round } from './load.js';
import { BenchBroken, type BenchContext, type FigureResult } from './types.js';

const CEILING_BYTES = 1024 ** 3;

interface ChildReport {
  connections: number;
  hosts: number;
  errors: string[];
  ms: number;
  maxRssBytes: number;
  vmHwmBytes: number | null;
  heapUsedBytes: number;
}

function runChild(root: string, workspace: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'memory-child.ts'), workspace], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export async function benchPeakMemory(ctx: BenchContext): Promise<FigureResult> {
  const files = ctx.quick ? 10 : 100;
  const hostsPerFile = 20_000;
  const tmp = tempDir('b3');
  try {
    writeManifestFiles(tmp.dir, 'huge', files, hostsPerFile);
    const run = await runChild(ctx.root, tmp.dir);
    const line = run.stdout.trim().split('\n').pop() ?? '';
    let report: ChildReport | undefined;
    try {
      report = JSON.parse(line) as ChildReport;
    } catch {
      report = undefined;
    }
    if (run.code !== 0 || report === undefined) {
      // The loader crashing (heap exhausted, killed) is the figure failing, not the bench: report it as a miss.
      const why = run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
      const tail = run.stderr.trim().split('\n').slice(-3).join(' | ');
      return {
        id: 'B3',
        name: `peak RSS loading ${files} manifests of 20,000 hosts`,
        value: NaN,
        baseline: null,
        ratio: null,
        target: '≤ 1 GiB RSS, no crash',
        pass: false,
        unit: 'MiB',
        note: `the loader process crashed (${why}): ${tail.slice(0, 400)}`,
      };
    }
    if (report.errors.length > 0) throw new BenchBroken(`B3 fixture rejected: ${report.errors.join('; ')}`);
    if (report.hosts !== files * hostsPerFile) throw new BenchBroken(`B3 loaded ${report.hosts} hosts, expected ${files * hostsPerFile}`);
    const peak = Math.max(report.maxRssBytes, report.vmHwmBytes ?? 0);
    const mib = peak / 1024 / 1024;
    return {
      id: 'B3',
      name: `peak RSS loading ${files} manifests of 20,000 hosts`,
      value: round(mib),
      baseline: null,
      ratio: round(peak / CEILING_BYTES, 3),
      target: '≤ 1 GiB RSS, no crash',
      pass: peak <= CEILING_BYTES,
      unit: 'MiB',
      note:
        `child process (node --import tsx, default heap limit) loaded ${report.connections} connections / ` +
        `${report.hosts.toLocaleString('en-US')} hosts in ${(report.ms / 1000).toFixed(1)} s; peak = max(resourceUsage().maxRSS, VmHWM), ` +
        `tsx's own loader included; heap used at the end ${(report.heapUsedBytes / 1024 / 1024).toFixed(0)} MiB; ratio = peak ÷ 1 GiB`,
    };
  } finally {
    tmp.dispose();
  }
}
