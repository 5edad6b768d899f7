// Holds markdown to how GitHub renders it, with a GFM renderer (marked, a pinned devDependency): every table row has
// as many cells as its header, every <details> is closed, every code fence is closed, no row falls out of its
// table. Used by the report unit tests, the e2e PR flow and the reliability (injection) suite.
import { Lexer, marked, type Token, type Tokens } from 'marked';

/** The cells a GFM table row splits into: a `|` splits unless an odd number of backslashes precede it. */
export function gfmCellCount(line: string): number {
  const body = line.trim();
  const splits: number[] = [];
  let backslashes = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '|' && backslashes % 2 === 0) splits.push(i);
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  // A pipe at either end bounds the row; the others separate cells.
  const bounds = (splits[0] === 0 ? 1 : 0) + (splits.at(-1) === body.length - 1 && body.length > 1 ? 1 : 0);
  return splits.length - bounds + 1;
}

function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const t of tokens) {
    yield t;
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) yield* walk(children);
    if (t.type === 'list') for (const item of (t as Tokens.List).items) yield* walk(item.tokens);
  }
}

export interface GfmShape {
  /** The tables found: header cells and rendered data rows (cell texts). */
  tables: { header: string[]; rows: string[][] }[];
  problems: string[];
}

/** Parses `md` as GitHub does and lists what would render broken. */
export function gfmShape(md: string): GfmShape {
  const tokens = Lexer.lex(md, { gfm: true });
  const problems: string[] = [];
  const tables: GfmShape['tables'] = [];
  let detailsOpen = 0;
  let detailsClose = 0;
  for (const t of walk(tokens)) {
    if (t.type === 'table') {
      const table = t as Tokens.Table;
      const lines = table.raw.replace(/\n+$/, '').split('\n');
      const width = table.header.length;
      if (lines.length !== table.rows.length + 2) problems.push(`table of ${table.rows.length} rows spans ${lines.length} lines`);
      for (const line of [lines[0]!, ...lines.slice(2)]) {
        const n = gfmCellCount(line);
        if (n !== width) problems.push(`table row has ${n} cells, header ${width}: ${line.slice(0, 200)}`);
      }
      tables.push({ header: table.header.map((c) => c.text), rows: table.rows.map((r) => r.map((c) => c.text)) });
    } else if (t.type === 'code') {
      const raw = t.raw.replace(/\n+$/, '');
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
      if (open) {
        const fence = open[1]!;
        const last = raw.split('\n').at(-1)!.trim();
        const closed = raw.includes('\n') && last.startsWith(fence) && /^(`+|~+)$/.test(last) && last[0] === fence[0];
        if (!closed) problems.push(`code fence ${fence} is never closed`);
      }
    } else if (t.type === 'html') {
      detailsOpen += (t.raw.match(/<details[\s>]/g) ?? []).length;
      detailsClose += (t.raw.match(/<\/details>/g) ?? []).length;
    } else if (t.type === 'paragraph' && /^\|.*\|$/m.test(t.raw)) {
      problems.push(`a table row outside its table: ${t.raw.slice(0, 200)}`);
    }
  }
  if (detailsOpen !== detailsClose) problems.push(`<details> opened ${detailsOpen} times, closed ${detailsClose} times`);
  return { tables, problems };
}

/** Throws with the list of problems when `md` would render broken on GitHub. Returns its tables. */
export function expectGfmWellFormed(md: string, where = 'markdown'): GfmShape['tables'] {
  const shape = gfmShape(md);
  if (shape.problems.length > 0) throw new Error(`${where} does not render cleanly:\n- ${shape.problems.join('\n- ')}`);
  return shape.tables;
}

/** The text a reader sees: rendered to HTML, tags dropped (<br> kept as a line break), entities decoded, trimmed. */
export function renderedText(md: string): string {
  const html = marked.parse(md, { gfm: true, async: false });
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
