// Bundles the action (src/main.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli/index.js) with ncc.
// Both are ESM: @actions/core 3 and @actions/github 9 ship only ESM.
// Type checking is `npm run lint` (tsc --noEmit over src, test and scripts); ncc only transpiles.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
const targets = [
  ['src/main.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
];
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of targets) {
  if (!existsSync(entry)) continue;
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022', '--transpile-only'], {
    stdio: 'inherit',
  });
}
