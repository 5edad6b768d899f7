// Bundles the action (src/main.ts → dist/index.js) and the CLI (src/cli.ts → dist/cli/index.js) with ncc.
// Type checking is `npm run lint` (tsc --noEmit over src, test and scripts); ncc only transpiles.
//
// The bundles are CommonJS although the sources (and @actions/core 3, @actions/github 9) are ESM: webpack turns
// the ESM into its own modules either way, and a CommonJS entry starts Node without its ESM loader and loads the
// lazy chunks with require(). That is ~10 ms of every run (bench B7). The ncc CLI picks ESM output for a
// "type": "module" package and has no flag against it, so this script calls ncc's API with `esm: false` and writes
// the files itself, with a package.json in each output folder that says "commonjs" (the root one says "module").
import { createRequire } from 'node:module';
import { chmodSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

// `--out DIR` builds elsewhere (the benchmark does, when dist/ is missing or broken); the layout is the same.
const outFlag = process.argv.indexOf('--out');
const root = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.resolve('dist');
const targets = [
  ['src/main.ts', root],
  ['src/cli.ts', path.join(root, 'cli')],
];

async function bundle(entry, out) {
  const { code, assets } = await ncc(path.resolve(entry), {
    esm: false,
    target: 'es2022',
    transpileOnly: true,
    license: 'licenses.txt',
    quiet: true,
    // No persistent cache: webpack's cache keys external modules (`external "assert"`) by name only, so an entry
    // left by an ESM build elsewhere on the machine came back as ESM code inside this CommonJS bundle. Builds are
    // a few seconds slower and the same on every machine, which the dist/ freshness check relies on.
    cache: false,
  });
  mkdirSync(out, { recursive: true });
  const main = path.join(out, 'index.js');
  writeFileSync(main, code);
  if (code.startsWith('#!')) chmodSync(main, 0o755);
  for (const [name, asset] of Object.entries(assets)) {
    const file = path.join(out, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, asset.source);
    if (asset.permissions) chmodSync(file, asset.permissions);
  }
  writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
}

rmSync(root, { recursive: true, force: true });
for (const [entry, out] of targets) {
  if (existsSync(entry)) await bundle(entry, out);
}
