// The runner's protocol, as the action uses it: workflow commands on stdout (`::error file=…::msg`), and the
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. @actions/core does the same, but importing it loads
// @actions/http-client and undici at start (for getIDToken), which tripled the cold start of every validate run
// (bench B7); src/main.ts imports @actions/core lazily, for the OIDC token only. Escaping follows the runner's
// rules exactly, so text from manifests or API answers can never end a command early or start a new one.
//
// Start-up cost matters here too (bench B7): lines go to fd 1 with fs.writeSync rather than process.stdout, whose
// first use builds a net.Socket and loads Node's stream machinery (~6 ms), and the output delimiter does not need
// node:crypto (~4 ms; see newDelimiter).
import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Writes all of `text` to a file descriptor. Synchronous, like process.stdout on a pipe or file on Linux, so log
 * lines keep their order with anything else the process prints. A non-blocking pipe may take part of it or answer
 * EAGAIN when full: write the rest, waiting a moment while the reader catches up.
 */
export function writeAll(fd: number, text: string, write: (fd: number, buf: Uint8Array) => number = writeSync): void {
  let buf: Uint8Array = Buffer.from(text, 'utf8');
  while (buf.length > 0) {
    try {
      buf = buf.subarray(write(fd, buf));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** Where every runner line goes: an object, so a test can watch it with vi.spyOn(stdout, 'write'). */
export const stdout = { write: (text: string): void => writeAll(1, text) };

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Command data: `%`, CR and LF are escaped, so a message is always one line of one command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Command properties additionally escape `:` and `,`, which separate them. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const PROPERTY_NAMES: Record<string, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
};

/** `::name key=value,…::message` (the format @actions/core's issueCommand writes). */
export function formatCommand(name: string, properties: AnnotationProperties | Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${PROPERTY_NAMES[k] ?? k}=${escapeProperty(String(v))}`);
  return `::${name}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

function issue(name: string, message: string, properties: AnnotationProperties = {}): void {
  stdout.write(formatCommand(name, properties, message) + EOL);
}

/** INPUT_<NAME> as the runner sets it (spaces become `_`, upper case), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A plain log line. Callers pass text through inertText first: a line starting with `::` would be a command. */
export function info(message: string): void {
  stdout.write(message + EOL);
}

export const debug = (message: string): void => issue('debug', message);
export const error = (message: string, properties?: AnnotationProperties): void => issue('error', message, properties);
export const warning = (message: string, properties?: AnnotationProperties): void => issue('warning', message, properties);
export const notice = (message: string, properties?: AnnotationProperties): void => issue('notice', message, properties);

/** The runner masks every later occurrence of the value in the log. */
export function setSecret(secret: string): void {
  if (secret) issue('add-mask', secret);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup', '');
  }
}

/**
 * A heredoc delimiter that occurs in neither the name nor the value. That check, not secrecy, is what keeps a
 * value from closing its heredoc early and writing other outputs (@actions/core relies on the same check and
 * throws where this draws again), so Math.random is enough and node:crypto stays off the start path.
 */
export function newDelimiter(name: string, value: string): string {
  for (;;) {
    const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    if (!name.includes(delimiter) && !value.includes(delimiter)) return delimiter;
  }
}

/** A step output, through the GITHUB_OUTPUT file with a fresh heredoc delimiter (multi-line values are safe). */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    // Outside a runner (or an old one): the deprecated command still carries the value.
    stdout.write(EOL + formatCommand('set-output', { name }, value) + EOL);
    return;
  }
  const delimiter = newDelimiter(name, value);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, 'utf8');
  return true;
}

/** Fails the step: an error annotation and exit code 1 (set, not forced, so pending writes still finish). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
