// Escaping for text that comes from manifests or API answers (names, messages, err_msg …) before it goes into
// GitHub markdown (job summary, PR comment) or into the log. Such text is data: it must never become markup, an
// HTML tag, a link, an @mention that pings someone, an issue reference, or a workflow command.
import { cutText, inertText } from '../untrusted-text.js';

/**
 * The longest single piece of text (a name, a message) shown whole in markdown, and the longest line of a code
 * block: past these a piece is cut, saying so, so that one 100 KB name or message cannot fill a summary or comment.
 */
export const MAX_MARKDOWN_TEXT = 2_000;
export const MAX_CODE_LINE = 4_000;

/** Zero-width joiner: breaks GitHub's @mention / #123 autolinkers while staying invisible to the reader. */
const ZWJ = '\u200d';

/** `&`, `<`, `>`, `"`, `'` as entities: no HTML tag or attribute can be opened. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Breaks `@user` / `@org/team` mentions and `#123` / `GH-123` issue references by putting a zero-width joiner
 * after the trigger character. Only where the autolinker would fire (a name or digit follows).
 */
export function neutralizeReferences(s: string): string {
  return s
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`);
}

// Every ASCII punctuation character CommonMark/GFM gives meaning to; a backslash before any ASCII punctuation is
// always a literal in CommonMark, so over-escaping is harmless. `&<>"'` are handled as entities instead.
// `:` and `=` too: `\:` stops GFM's bare-URL autolinks, `$` stops math, `=`/`-` stop setext headings.
const MARKDOWN_SPECIAL_OR_ENTITY = /(&(?:amp|lt|gt|quot|#39);)|[\\`*_{}[\]()#+\-.!|~=:$^]/g;

/**
 * Inline markdown text: renders as the literal characters of `s`, on one line or several (newlines kept as hard
 * line breaks would be markup; they are kept as plain newlines, i.e. soft breaks).
 */
export function escapeMarkdown(s: string): string {
  return escapeMarkdownWhole(cutText(s, MAX_MARKDOWN_TEXT));
}

function escapeMarkdownWhole(s: string): string {
  // References first (on the raw text: afterwards `&#39;` would look like one), then HTML entities, then a
  // backslash before markdown punctuation outside those entities.
  const html = escapeHtml(neutralizeReferences(s));
  return html.replace(MARKDOWN_SPECIAL_OR_ENTITY, (m, entity: string | undefined) => (entity ? entity : `\\${m}`));
}

/**
 * One table cell: like escapeMarkdown, and on one line (a newline would end the table row). Line breaks become
 * `<br>` (our own markup, safe because everything else is escaped).
 */
export function escapeTableCell(s: string): string {
  return escapeCellLines(cutText(s, MAX_MARKDOWN_TEXT));
}

function escapeCellLines(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdownWhole(line))
    .join('<br>');
}

/**
 * A code span holding `s` literally: the fence is one backtick longer than the longest backtick run inside, and
 * padded with a space when `s` starts or ends with a backtick (CommonMark strips one space each side).
 * In a table, `|` still splits cells even inside code spans (GFM parses the row first), so `inTable` escapes it;
 * newlines become spaces either way (a code span cannot hold a line break, and a table row must not). In a table,
 * text with a backslash is rendered as escaped plain text (see below).
 */
export function inlineCode(s: string, opts: { inTable?: boolean } = {}): string {
  let body = cutText(s, MAX_MARKDOWN_TEXT).replace(/\r\n|\r|\n/g, ' ');
  if (opts.inTable) {
    // GFM splits a row before parsing code spans, reading `\x` as an escaped pair: a backslash in the text would
    // pair with our `\|` and free the pipe. Such text is shown as escaped plain text instead.
    if (body.includes('\\')) return escapeCellLines(body);
    body = body.replace(/\|/g, '\\|');
  }
  if (body.length === 0) return '` `';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A fenced code block holding `s` literally (multi-line plan text, say). The fence is longer than any backtick
 * run in the content, so the content cannot close it. Inside a code block nothing is markup or a mention.
 */
export function codeBlock(s: string, info = ''): string {
  s = s
    .split(/\r\n|\r|\n/)
    .map((line) => cutText(line, MAX_CODE_LINE))
    .join('\n');
  const longestRun = Math.max(0, ...(s.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${s.replace(/\r\n|\r/g, '\n')}\n${fence}`;
}

/**
 * A collapsible section. `bodyMarkdown` must already be safe markdown; the blank lines let GitHub render it inside
 * the HTML block; `open` shows it unfolded. `summaryText` sits in raw HTML, where markdown (and its backslash
 * escapes) is not processed: it gets HTML escaping and broken references only.
 */
export function detailsBlock(summaryText: string, bodyMarkdown: string, opts: { open?: boolean } = {}): string {
  const summary = escapeHtml(neutralizeReferences(cutText(summaryText, MAX_MARKDOWN_TEXT).replace(/\s*[\r\n]+\s*/g, ' ')));
  return `<details${opts.open ? ' open' : ''}>\n<summary>${summary}</summary>\n\n${bodyMarkdown}\n\n</details>`;
}

/** A GFM table. Cells must already be escaped (escapeTableCell / inlineCode with inTable). */
export function table(header: string[], rows: string[][]): string {
  const head = `| ${header.join(' | ')} |`;
  const sep = `| ${header.map(() => '---').join(' | ')} |`;
  return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A link whose text is escaped and whose URL is only used when it is http(s) (no `javascript:`). */
export function link(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeMarkdown(text);
  const safeUrl = url.replace(/[()<>\s"]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}

/** Size in bytes as GitHub measures the job summary (UTF-8). */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * Log text that cannot run a workflow command (`::set-output`, `::add-mask`, legacy `##[` …), whatever line it
 * lands on. One rule for the whole action: the plan module's inertText (a zero-width space between any two
 * adjacent colons, and in `##[`), so the log and the reports agree.
 */
export function inertLogText(s: string): string {
  return inertText(s);
}
