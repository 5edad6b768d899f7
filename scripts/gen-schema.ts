// Writes schema/connection.schema.json from the zod schema, so editors (yaml-language-server) validate manifests
// with the same rules the action enforces.
// Usage: npx tsx scripts/gen-schema.ts [--check]   (--check: exit 1 when the checked-in file is stale)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectionJsonSchemaText } from '../src/manifest/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'schema', 'connection.schema.json');
const shown = path.relative(root, out);
const text = connectionJsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (current !== text) {
    console.error(`${shown} is stale: run \`npm run schema\``);
    process.exit(1);
  }
  console.log(`${shown} is up to date`);
} else {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${shown}`);
}
