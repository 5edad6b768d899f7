// The small shared helpers every sink relies on for text that comes back from the API: one line, a sane length.
import { describe, expect, it } from 'vitest';
import { logLine } from '../../src/logger.js';
import { codeBlock, detailsBlock, escapeMarkdown, escapeTableCell, inlineCode, MAX_CODE_LINE, MAX_MARKDOWN_TEXT } from '../../src/report/markdown.js';
import { apiText, cutText, escapeControls, MAX_API_TEXT } from '../../src/untrusted-text.js';

describe('escapeControls', () => {
  it('prints line breaks and other control characters escaped, and leaves the rest alone', () => {
    expect(escapeControls('a\nb\r\nc\td')).toBe('a\\nb\\r\\nc\\td');
    expect(escapeControls('x\u001b[31mred\u0000\u007f\u0085\u2028\u2029')).toBe('x\\u001b[31mred\\u0000\\u007f\\u0085\\u2028\\u2029');
    expect(escapeControls('ünïcödé 🚀 ::x %0A')).toBe('ünïcödé 🚀 ::x %0A');
  });
  it('is idempotent', () => {
    const once = escapeControls('a\nb\u0001');
    expect(escapeControls(once)).toBe(once);
  });
});

describe('cutText / apiText', () => {
  it('keeps short text, cuts long text saying how much is left out', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('x'.repeat(15), 10)).toBe(`${'x'.repeat(10)}… (cut, 5 more characters)`);
  });
  it('never splits a surrogate pair', () => {
    const s = `${'a'.repeat(9)}🚀🚀`;
    const cut = cutText(s, 10);
    expect(cut.startsWith('a'.repeat(9) + '…')).toBe(true);
    expect(cut).toContain('(cut, 4 more characters)');
  });
  it('is idempotent: cut text is not cut again (its notice keeps the original count)', () => {
    const once = apiText('x'.repeat(5_000));
    expect(apiText(once)).toBe(once);
    expect(cutText(cutText('y'.repeat(50), 10), 10)).toBe(`${'y'.repeat(10)}… (cut, 40 more characters)`);
  });
  it('a 100 KB message becomes one line of about MAX_API_TEXT characters', () => {
    const huge = `first\n::error::PWN\n${'y'.repeat(100_000)}`;
    const t = apiText(huge);
    expect(t).not.toMatch(/[\r\n]/);
    expect(t.length).toBeLessThan(MAX_API_TEXT + 80);
    expect(t).toMatch(/… \(cut, \d+ more characters\)$/);
  });
});

describe('logLine (what the action and the CLI print for one log call)', () => {
  it('cannot start a second line nor a workflow command', () => {
    const line = logLine('peering FAILED: x\n::error::PWN%0A::warning::y\r##[error]z');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/::/);
    expect(line).not.toMatch(/##\[/);
    expect(line).toContain('\\n');
  });
});

describe('markdown helpers cut long text, saying so', () => {
  const huge = 'z'.repeat(100_000);
  it.each([
    ['escapeMarkdown', escapeMarkdown],
    ['escapeTableCell', escapeTableCell],
    ['inlineCode', (s: string) => inlineCode(s)],
    ['detailsBlock', (s: string) => detailsBlock(s, 'body')],
  ])('%s', (_name, f) => {
    const out = f(huge);
    expect(out.length).toBeLessThan(MAX_MARKDOWN_TEXT + 200);
    expect(out).toMatch(/cut, 98000 more characters/);
  });
  it('codeBlock cuts each long line', () => {
    const out = codeBlock(`short\n${huge}\nend`);
    expect(out.length).toBeLessThan(MAX_CODE_LINE + 200);
    expect(out).toContain('short\n');
    expect(out).toContain('\nend\n');
  });
});
