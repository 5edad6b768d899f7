// Checkers shared by the injection suites (injection.test.ts: manifest-side text; test/hostile: API-side text):
// markdown that stays text, and a log in which no payload became a workflow command.
import { expect } from 'vitest';
import { expectGfmWellFormed } from '../report/gfm.js';

/** Removes fenced code blocks and inline code spans (where text is literal by definition) from markdown. */
export function stripCode(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const m = /^\s{0,3}(`{3,})/.exec(line);
    if (fence) {
      if (m && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    out.push(line);
  }
  // An unclosed fence would swallow the rest of the document: that is itself broken markup.
  expect(fence, 'a code fence is left open').toBeUndefined();
  // Inline code: a run of N backticks up to the next run of exactly N backticks.
  return out.join('\n').replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '`code`');
}

/** The markdown outside code is free of live markup from a payload, and renders as GFM without breaking. */
export function expectInertMarkdown(md: string, where: string): void {
  const text = stripCode(md);
  expect(text, `${where}: raw HTML tag`).not.toMatch(/<(img|script|a|iframe|svg)\b/i);
  expect(text, `${where}: javascript: link`).not.toMatch(/\]\(\s*javascript:/i);
  expect(text, `${where}: @mention`).not.toMatch(/(^|[^\w`\\])@octocat/);
  expect(text, `${where}: issue reference`).not.toMatch(/(^|[^\w&\\])#123\b/);
  // <details> blocks are the report's own: as many closed as opened, and never closed before being opened.
  let depth = 0;
  for (const m of text.matchAll(/<(\/?)details(?: open)?>/g)) {
    depth += m[1] ? -1 : 1;
    expect(depth, `${where}: a </details> closes a block the report did not open`).toBeGreaterThanOrEqual(0);
  }
  expect(depth, `${where}: <details> left open`).toBe(0);
  // Tables keep their shape: every row has as many unescaped pipes as its header.
  let header: number | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    const pipes = (line.match(/(?<!\\)\|/g) ?? []).length;
    if (header === undefined) header = pipes;
    else expect(pipes, `${where}: table row broken: ${line.slice(0, 200)}`).toBe(header);
  }
  // And as a GFM renderer reads it: rows whole, <details> balanced, fences closed, no row out of its table.
  expectGfmWellFormed(md, where);
}

/** Commands the action itself issues; anything else at a line start would be a payload's. */
const OWN_COMMANDS = /^::(debug|group|endgroup|add-mask|error|warning|notice)( [^:]*)?::/;

/**
 * No line of the log is a workflow command that a payload carried: every `::` line is one of the action's own
 * commands, and none starts with a command the payload embedded (tagged `commandTag`, e.g. `::error::PWNCMD`, which
 * a raw line break in API text would put at a line start). A message of the action's own may begin with API text.
 */
export function expectInertLogLines(log: string, commandTag: string): void {
  for (const line of log.split('\n')) {
    if (line.startsWith('::')) {
      expect(OWN_COMMANDS.test(line), `not the action's command: ${line.slice(0, 200)}`).toBe(true);
      expect(line, `a payload's command ran: ${line.slice(0, 200)}`).not.toMatch(new RegExp(`^::[^:]*::${commandTag}`));
      if (line.startsWith('::add-mask::')) expect(line).not.toContain(commandTag);
    }
    expect(/^##\[/.test(line) && line.includes(commandTag), `legacy command: ${line.slice(0, 200)}`).toBe(false);
  }
}
