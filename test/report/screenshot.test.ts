// The docs show a real rendered summary (scripts/screenshot.ts, run by hand): the picture is committed and shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/harness.js';

describe('the screenshot of a plan summary', () => {
  it('is a PNG under docs/images, shown on the pull-requests page', () => {
    const png = readFileSync(path.join(repoRoot, 'docs', 'images', 'plan-summary.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Wide enough to read (the IHDR width, big-endian at byte 16).
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(800);
    expect(readFileSync(path.join(repoRoot, 'docs', 'pull-requests.md'), 'utf8')).toContain('](images/plan-summary.png)');
    expect(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts.screenshot).toBe('tsx scripts/screenshot.ts');
  });
});
