// Bytes → text, refusing what is not a UTF-8 text file, before any YAML parser sees it.

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; message: string; line: number; col: number; code: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeManifestText(bytes: Uint8Array): TextResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, message: `file is too large (${bytes.length} bytes, at most ${MAX_FILE_BYTES})`, line: 1, col: 1, code: 'file-too-large' };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'file is UTF-16 encoded; save it as UTF-8', line: 1, col: 1, code: 'not-utf8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, col } = lineColOfByte(bytes, nul);
    return { ok: false, message: 'binary file (contains a NUL byte), not a YAML manifest', line, col, code: 'binary-file' };
  }
  let text: string;
  try {
    // ignoreBOM:false strips a leading UTF-8 BOM, so columns on line 1 match what editors show.
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, col } = lineColOfByte(bytes, at);
    return { ok: false, message: 'file is not valid UTF-8 (binary or another encoding)', line, col, code: 'not-utf8' };
  }
  return { ok: true, text };
}

function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return 0;
}
