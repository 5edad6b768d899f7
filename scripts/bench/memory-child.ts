// B3's child process: loads every manifest under argv[2] and reports its own peak RSS as one JSON line on stdout.
// A separate process so that the peak is the loader's alone, not the benchmark's.
import { readFileSync } from 'node:fs';
import { loadManifests } from '../../src/manifest/index.js';

function vmHwmBytes(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null; // not Linux
  }
}

const workspace = process.argv[2];
if (!workspace) throw new Error('usage: memory-child <workspace>');
const t0 = performance.now();
const r = await loadManifests({ workspace, patterns: ['**/*.yaml'] });
const ms = performance.now() - t0;
// Keep the result alive until after the peak is read (it is what a run holds on to).
const connections = r.set.connections.length;
const hosts = r.set.connections.reduce((n, c) => n + c.hosts.length, 0);
const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).slice(0, 3);
process.stdout.write(
  `${JSON.stringify({
    connections,
    hosts,
    errors,
    ms,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    vmHwmBytes: vmHwmBytes(),
    heapUsedBytes: process.memoryUsage().heapUsed,
  })}\n`,
);
