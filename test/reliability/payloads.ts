// The hostile texts of the reliability suite: workflow commands and markup that manifests or API answers may carry.
// Shared by the injection suite (through the built action) and the report tests that hold the markdown to GFM.

/** Lines that would be workflow commands if they reached the log raw, each tagged PWN to find them. */
export const COMMAND_LINES = ['::set-output name=pwn::PWN', '::add-mask::PWN', '::error::PWN boom', '::warning file=x::PWN', '##[error]PWN legacy'];
/** Markup that must stay text in markdown. */
export const MARKUP = '<img src=x onerror=alert(1)> [link](javascript:alert(1)) @octocat #123 | table | break |';
/** A multi-line payload: each command on its own line. */
export const PAYLOAD = ['x', ...COMMAND_LINES, MARKUP].join('\n');
/** Single-line flavours for places that are one line (tag keys, names, route names). */
export const ONE_LINE = `::set-output name=pwn::PWN ${MARKUP}`;
