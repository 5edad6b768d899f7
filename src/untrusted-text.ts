// Text that comes back from the API (names, tag keys and values, host and route names, a peering's err_msg, the
// message of a 4xx/5xx answer) is untrusted input, like a manifest. Two rules for it, wherever it is shown:
// - one line: raw line breaks and other control characters are printed escaped (`\n`, `\u001b`), so API text can
//   never start a new log line of its own (where a workflow command would be read) nor reflow a report;
// - a sane length: past a limit it is cut, and the cut says so, so that a 100 KB message cannot flood the log or
//   push everything else out of the job summary and the PR comment.
// Escaping for a particular sink (workflow commands, markdown, HTML) is the sink's job on top of this.

/** The longest API text shown whole: far above any message DLI or VPC writes, far below what floods a report. */
export const MAX_API_TEXT = 1_000;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters (C0, DEL, C1) and the Unicode line/paragraph separators as visible escapes; everything else
 * unchanged. The result holds no character a terminal or a log viewer would treat as a line break.
 */
export function escapeControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CUT_NOTICE = /… \(cut, \d+ more characters\)$/;

/**
 * `s` cut to `max` characters (never inside a surrogate pair), saying how much was left out. Idempotent: text that
 * was already cut to `max` or less keeps its notice (and its count) instead of being cut again.
 */
export function cutText(s: string, max: number = MAX_API_TEXT): string {
  if (s.length <= max) return s;
  const notice = CUT_NOTICE.exec(s);
  if (notice && notice.index <= max) return s;
  let end = max;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair whole
  return `${s.slice(0, end)}… (cut, ${s.length - end} more characters)`;
}

/** API text for a message, a log line or a report: one line, cut to a sane length. */
export function apiText(s: string, max: number = MAX_API_TEXT): string {
  return escapeControls(cutText(s, max));
}

const ZWSP = '\u200b';

/**
 * Makes text from manifests or API answers unable to act as a runner workflow command when it is logged: a
 * zero-width space goes between any two adjacent colons, so no `::` is left anywhere (a command is a line starting
 * with `::`; breaking every pair, not only leading ones, also covers text that lands at a line start after
 * concatenation or an embedded newline), and the legacy `##[` prefix becomes `#\u200b#[`. Idempotent; the text
 * stays readable.
 */
export function inertText(s: string): string {
  return s.replace(/:(?=:)/g, `:${ZWSP}`).replace(/#(?=#\[)/g, `#${ZWSP}`);
}
