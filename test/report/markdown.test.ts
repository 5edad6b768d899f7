import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codeBlock,
  detailsBlock,
  escapeHtml,
  escapeMarkdown,
  escapeTableCell,
  inertLogText,
  inlineCode,
  link,
  neutralizeReferences,
  table,
  utf8Bytes,
} from '../../src/report/markdown.js';

const ZWJ = '\u200d';

/** Undo our escaping the way a markdown renderer would for plain text: drop backslash escapes, decode entities. */
function renderedText(md: string): string {
  return md
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replaceAll(ZWJ, '');
}

describe('HTML and markdown escaping', () => {
  it('escapes HTML so that no tag can open', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & \'')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;');
    const md = escapeMarkdown('<script>alert(1)</script><details open>');
    expect(md).not.toMatch(/<[a-z/]/i);
    expect(renderedText(md)).toBe('<script>alert(1)</script><details open>');
  });

  it('backslash-escapes markdown specials: links, images, emphasis, code, headings', () => {
    const evil = '[click](https://evil.example) ![x](y) **bold** _it_ `code` # h ~~s~~ $x$';
    const md = escapeMarkdown(evil);
    expect(md).not.toMatch(/(^|[^\\])[[\]()*_`~$]/);
    expect(renderedText(md)).toBe(evil);
  });

  it('keeps entities already in the text literal (no double decoding)', () => {
    expect(escapeMarkdown('a&amp;b')).toBe('a&amp;amp;b');
    expect(escapeMarkdown("it's")).toBe('it&#39;s');
  });

  it('round-trips arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const md = escapeMarkdown(s);
        expect(md).not.toMatch(/<(?!br>)/);
        expect(renderedText(md)).toBe(s);
      }),
    );
  });
});

describe('mentions and issue references', () => {
  it('breaks @mentions and #123 with a zero-width joiner', () => {
    expect(neutralizeReferences('ping @octocat and @org/team, see #123 and GH-45')).toBe(
      `ping @${ZWJ}octocat and @${ZWJ}org/team, see #${ZWJ}123 and GH-${ZWJ}45`,
    );
    const md = escapeMarkdown('cc @admin fixes #9');
    expect(md).not.toMatch(/@[A-Za-z]/);
    expect(md).not.toMatch(/#\d/);
    expect(md).toContain(`@${ZWJ}admin`);
  });

  it('leaves a lone @ or # alone', () => {
    expect(neutralizeReferences('a @ b # c #x')).toBe('a @ b # c #x');
  });
});

describe('table cells', () => {
  it('cannot break out of a cell or a row', () => {
    const cell = escapeTableCell('a | b\nc\r\n| d | e |');
    expect(cell).not.toMatch(/(^|[^\\])\|/);
    expect(cell).not.toMatch(/[\r\n]/);
    expect(cell.split('<br>')).toHaveLength(3);
    const t = table(['A', 'B'], [[cell, 'x']]);
    expect(t.split('\n')).toHaveLength(3);
  });
});

describe('inline code', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('``x``')).toBe('``` ``x`` ```');
    expect(inlineCode('`')).toBe('`` ` ``');
  });

  it('escapes pipes and flattens newlines in table cells', () => {
    expect(inlineCode('a|b\nc', { inTable: true })).toBe('`a\\|b c`');
    expect(inlineCode('a|b')).toBe('`a|b`');
    // A backslash would pair with the pipe's escape in the row splitter: plain escaped text instead.
    expect(inlineCode('a\\|b', { inTable: true })).toBe('a\\\\\\|b');
  });

  it('code blocks cannot be closed by their content', () => {
    const block = codeBlock('x\n```\n</details>\n````', 'text');
    expect(block.startsWith('`````text\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });
});

describe('details blocks', () => {
  it('escape the summary as HTML (markdown is not processed there) and keep the body', () => {
    const d = detailsBlock('<b>x</b> @team\n(2)', '- item');
    expect(d).toBe('<details>\n<summary>&lt;b&gt;x&lt;/b&gt; @\u200dteam (2)</summary>\n\n- item\n\n</details>');
  });
});

describe('links', () => {
  it('only links http(s) URLs and escapes the text', () => {
    expect(link('run', 'https://github.com/o/r/actions/runs/1')).toBe('[run](https://github.com/o/r/actions/runs/1)');
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('[a](b)', 'https://e.example/a b')).toBe('[\\[a\\]\\(b\\)](https://e.example/a%20b)');
  });
});

describe('inertLogText', () => {
  it('no line may start a workflow command', () => {
    const evil = '::set-output name=x::y\nok\n  ::add-mask::secret\r\n::stop-commands::t\rx::y::z\n##[set-env name=A]b';
    const out = inertLogText(evil);
    for (const line of out.split(/\r\n|\r|\n/)) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    expect(out.replace(/[\u200b\u200d]/g, '')).toBe(evil);
    // Idempotent: logging twice does not pile up invisible characters.
    expect(inertLogText(out)).toBe(out);
  });

  it('holds for arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('::', ':', '\n', '\r', ' ', '\t', 'a', '#', '##[', '[')).map((xs) => xs.join('')), (s) => {
        const out = inertLogText(s);
        for (const line of out.split(/\r\n|\r|\n/)) expect(/^\s*::/.test(line)).toBe(false);
        expect(out).not.toContain('##[');
      }),
    );
  });
});

describe('utf8Bytes', () => {
  it('counts bytes, not characters', () => {
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('−')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
  });
});
