// Renders the generated part of docs/api-fidelity.md from the fidelity table (test/fixtures/api-fidelity.json), so
// the page and the shape test read one source. api-fidelity.test.ts fails when the page is stale; regenerate with
// `UPDATE_API_FIDELITY=1 npx vitest run test/fidelity`.
import type { FidelityRow, FidelityTable } from '../emulator/sdk-fields.js';

export const BEGIN = '<!-- api-fidelity:begin (generated from test/fixtures/api-fidelity.json; do not edit by hand) -->';
export const END = '<!-- api-fidelity:end -->';

interface Node {
  children: Map<string, Node>;
}

/** `a, b[] {c, d}`: field paths folded into a tree, one line. */
export function compactFields(paths: readonly string[]): string {
  if (paths.length === 0) return '—';
  const root: Node = { children: new Map() };
  for (const p of paths) {
    let node = root;
    for (const part of p.split('.')) {
      let next = node.children.get(part);
      if (!next) node.children.set(part, (next = { children: new Map() }));
      node = next;
    }
  }
  const render = (n: Node): string =>
    [...n.children].map(([k, c]) => (c.children.size ? `${k} {${render(c)}}` : k)).join(', ');
  return render(root);
}

const VERDICT: Record<FidelityRow['verdict'], string> = {
  same: 'same',
  changed: 'differs → changed (see notes)',
  kept: 'differs → ours kept (see notes)',
};

function shortSdkFile(path: string | null): string {
  return path ? path.replace(/^services\//, '') : '';
}

function methodAndPath(row: FidelityRow): string {
  const ours = `\`${row.ours.method} ${row.ours.path}\``;
  const same = row.ours.method === row.sdk.method && row.ours.path === row.sdk.path;
  return same ? ours : `${ours} — SDK: \`${row.sdk.method} ${row.sdk.path}\``;
}

function versus(ours: readonly string[], sdk: readonly string[]): string {
  const o = compactFields(ours);
  const s = compactFields(sdk);
  return o === s ? o : `ours: ${ours.length ? o : 'none'} — SDK: ${s}`;
}

/** Query keys, and the per-call headers when there are any (X-Idp-Id). */
function queryCell(row: FidelityRow): string {
  const query = versus(row.ours.query, row.sdk.query);
  if (row.ours.headers.length === 0 && row.sdk.headers.length === 0) return query;
  return `${query}; header ${versus(row.ours.headers, row.sdk.headers)}`;
}

function responseCell(row: FidelityRow): string {
  const read = compactFields(row.ours.response);
  const inSdk = row.ours.response.filter((f) => row.sdk.response.includes(f));
  const more = row.sdk.response.filter((f) => !row.ours.response.includes(f)).length;
  const parts = [read];
  if (row.ours.notInSdk.length) parts.push(`not in the SDK model: ${compactFields(row.ours.notInSdk)}`);
  if (row.ours.response.length) parts.push(`SDK has ${inSdk.length} of these, and ${more} more not read`);
  return parts.join('; ');
}

function sdkCell(row: FidelityRow): string {
  const models = [row.sdk.requestModel, row.sdk.responseModel].filter((m): m is string => !!m).map((m) => `\`${m.split('/').pop()}\``);
  return [`\`${shortSdkFile(row.sdk.client)}\` \`${row.sdk.operation}\``, ...models].join(', ');
}

export function renderFidelitySection(table: FidelityTable): string {
  const lines: string[] = [];
  lines.push(BEGIN, '');
  lines.push(`SDK: \`huaweicloud/huaweicloud-sdk-nodejs-v3\`, ${table.sdkRelease} (commit \`${table.sdkCommit}\`).`, '');
  lines.push('| Operation | Used by | Method and path | Query (and headers) | Request fields | Response fields we read | SDK file and models | Verdict |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of table.rows) {
    lines.push(
      `| ${row.operation} (${row.service}) | ${row.usedBy.join(', ')} | ${methodAndPath(row)} | ${queryCell(row)}` +
        ` | ${versus(row.ours.request, row.sdk.request)} | ${responseCell(row)} | ${sdkCell(row)} | ${VERDICT[row.verdict]} |`,
    );
  }
  lines.push('', '### Notes per operation', '');
  for (const row of table.rows) {
    const since = row.sdk.since ? ` (SDK model file since ${row.sdk.since}.)` : '';
    lines.push(...wrap(`- **${row.operation}** (${row.verdict}): ${row.note}${since}`, 120, '  '));
  }
  lines.push('', END);
  return lines.join('\n');
}

/** Prose wrapped at `width` columns (the docs' line length), continuation lines indented. */
function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The page with its generated section replaced by a fresh rendering. */
export function withFreshSection(page: string, table: FidelityTable): string {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error('docs/api-fidelity.md: generated-section markers not found');
  return page.slice(0, start) + renderFidelitySection(table) + page.slice(end + END.length);
}
