// The "secrets leaked: 0" check of the reliability suite. It gathers everything a run leaves where people can read
// it — stdout (the job log), stderr, the job summary, the step outputs, the plan file, every file the action wrote
// under RUNNER_TEMP, and the PR comments / GitHub API request bodies seen by the GitHub fake — and fails when a
// secret key, security token, auth token or JWT appears in any of them.
//
// One exception, on purpose: `::add-mask::<secret>` lines on stdout. That command is how the runner learns what to
// hide; the runner consumes it and never shows it. Every other line must be clean.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ActionRun } from '../e2e/harness.js';
import type { GitHubFake } from '../github-fake/server.js';

export interface Artifact {
  /** Where the text was found: `stdout`, `summary`, `output:plan-file`, `file:<name>`, `pr-comment:<id>` … */
  where: string;
  text: string;
}

export interface Leak {
  where: string;
  /** Which secret (its label, never its value) or `jwt`. */
  what: string;
  line: number;
}

/** A secret the run had, with a label for messages (the value itself is never printed by the helper). */
export interface KnownSecret {
  label: string;
  value: string;
}

/** A JWT: three base64url segments, the first a JSON header (`{"` → `eyJ`). */
const JWT_RE = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/;
/** The shortest run of a secret's characters that counts as a (partial) leak. */
const MIN_FRAGMENT = 16;

/** Every artefact of a run a human or another step can read. */
export function collectArtifacts(run: ActionRun, github?: GitHubFake): Artifact[] {
  const out: Artifact[] = [
    // The runner swallows ::add-mask:: lines; they are the one place a secret is meant to be written.
    { where: 'stdout', text: run.stdout.split('\n').map((l) => (l.startsWith('::add-mask::') ? '' : l)).join('\n') },
    { where: 'stderr', text: run.stderr },
    { where: 'summary', text: run.summary },
  ];
  for (const [name, value] of Object.entries(run.outputs)) out.push({ where: `output:${name}`, text: value });
  const planFile = run.outputs['plan-file'];
  if (planFile && existsSync(planFile) && statSync(planFile).isFile()) {
    out.push({ where: 'plan-file', text: readFileSync(planFile, 'utf8') });
  }
  // Whatever else the action left in RUNNER_TEMP (plan files, caches…); the harness' own files are included too.
  for (const file of walk(run.runnerDir)) {
    out.push({ where: `file:${path.relative(run.runnerDir, file)}`, text: readFileSync(file, 'utf8') });
  }
  if (github) {
    for (const c of github.comments) out.push({ where: `pr-comment:${c.id}`, text: c.body });
    for (const r of github.requests) {
      if (r.body !== undefined) out.push({ where: `github-request:${r.method} ${r.path}`, text: JSON.stringify(r.body) });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile() && statSync(full).size < 8 * 1024 * 1024) files.push(full);
  }
  return files;
}

/** Fragments of a secret that must not appear: the whole value and every MIN_FRAGMENT-long window of it. */
function fragments(value: string): string[] {
  if (value.length <= MIN_FRAGMENT) return [value];
  const out = new Set<string>([value]);
  for (let i = 0; i + MIN_FRAGMENT <= value.length; i += 4) out.add(value.slice(i, i + MIN_FRAGMENT));
  return [...out];
}

/** Every place a known secret (or a fragment of it) or any JWT appears. */
export function findLeaks(artifacts: Artifact[], secrets: KnownSecret[]): Leak[] {
  const leaks: Leak[] = [];
  const probes = secrets.filter((s) => s.value.length >= 8).map((s) => ({ label: s.label, parts: fragments(s.value) }));
  for (const a of artifacts) {
    const lines = a.text.split('\n');
    lines.forEach((text, i) => {
      for (const p of probes) {
        if (p.parts.some((part) => text.includes(part))) leaks.push({ where: a.where, what: p.label, line: i + 1 });
      }
      if (JWT_RE.test(text)) leaks.push({ where: a.where, what: 'jwt', line: i + 1 });
    });
  }
  return leaks;
}

/** Throws (failing the test) when the run leaked anything; the message names where, never the secret itself. */
export function expectNoSecretLeak(run: ActionRun, secrets: KnownSecret[], github?: GitHubFake): void {
  const leaks = findLeaks(collectArtifacts(run, github), secrets);
  if (leaks.length > 0) {
    const list = leaks.slice(0, 10).map((l) => `${l.what} in ${l.where} line ${l.line}`).join('; ');
    throw new Error(`secret leak: ${leaks.length} occurrence(s): ${list}`);
  }
  leakCounter.checkedRuns++;
}

/** Running count of runs checked by this process (the docs/reliability.md figure "secrets leaked: 0 in N runs"). */
export const leakCounter = { checkedRuns: 0 };

/** One line per test file with the count of runs it checked (afterAll), for the docs/reliability.md figure. */
export function reportLeakChecks(file: string): void {
  process.stdout.write(`[reliability] ${file}: ${leakCounter.checkedRuns} run(s) checked for secrets, 0 leaked\n`);
}

/**
 * Debug level: no Authorization header, signature or token header value may be logged. The values are secrets
 * or derived from them; the header names alone next to a value are the tell.
 */
export function findAuthHeaderLeaks(text: string): string[] {
  const bad: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('::add-mask::')) return;
    if (/SDK-HMAC-SHA256\s+Access=/i.test(line)) bad.push(`line ${i + 1}: signed Authorization value`);
    if (/Signature=[0-9a-f]{16,}/i.test(line)) bad.push(`line ${i + 1}: signature`);
    if (/authorization["']?\s*[:=]\s*["']?(?!\*\*\*)[^\s"',}]{6,}/i.test(line)) bad.push(`line ${i + 1}: Authorization header`);
    if (/x-auth-token["']?\s*[:=]\s*["']?(?!\*\*\*)[^\s"',}]{6,}/i.test(line)) bad.push(`line ${i + 1}: X-Auth-Token header`);
    if (/x-security-token["']?\s*[:=]\s*["']?(?!\*\*\*)[^\s"',}]{6,}/i.test(line)) bad.push(`line ${i + 1}: X-Security-Token header`);
  });
  return bad;
}
