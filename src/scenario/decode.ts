/** Turns the bytes of a scenario file into text, refusing what is too big, binary or not UTF-8. */

/** Larger than any sensible scenario (the March 2019 one is a few dozen kB); keeps parsing cheap. */
export const MAX_BYTES = 2 * 1024 * 1024;

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string; readonly hint: string };

export function decodeText(input: Uint8Array | string): Decoded {
  if (typeof input === 'string') {
    // A JS string is at least one byte per UTF-16 unit in UTF-8; only measure exactly near the cap.
    const bytes = input.length > MAX_BYTES / 3 ? new TextEncoder().encode(input).length : input.length;
    if (bytes > MAX_BYTES) return tooBig(bytes);
    return checkBinary(input.replace(/^\uFEFF/, ''));
  }
  if (input.byteLength > MAX_BYTES) return tooBig(input.byteLength);
  try {
    return checkBinary(new TextDecoder('utf-8', { fatal: true }).decode(input));
  } catch {
    const offset = firstInvalidByte(input);
    const { line, column } = positionOfByte(input, offset);
    return {
      ok: false,
      line,
      column,
      message: `the file is not UTF-8 text (invalid byte 0x${(input[offset] ?? 0).toString(16).padStart(2, '0')} at byte ${offset})`,
      hint: 'save the file as UTF-8',
    };
  }
}

function tooBig(bytes: number): Decoded {
  return { ok: false, line: 1, column: 1, ...sizeProblem(bytes) };
}

/** What to say about a file of `bytes` bytes, more than MAX_BYTES (readers that know the size before reading say it too). */
export function sizeProblem(bytes: number): { readonly message: string; readonly hint: string } {
  return {
    message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_BYTES / 1024 / 1024} MB a scenario may be`,
    hint: 'check that this is the scenario file you meant; split very long narration or replay tracks',
  };
}

function checkBinary(text: string): Decoded {
  // YAML forbids most C0 control characters; a NUL almost always means a binary file.
  const bad = firstControlCharacter(text);
  if (bad < 0) return { ok: true, text };
  const before = text.slice(0, bad);
  const line = before.split('\n').length;
  const column = bad - before.lastIndexOf('\n');
  const code = text.charCodeAt(bad).toString(16).padStart(4, '0');
  return {
    ok: false,
    line,
    column,
    message: `the file contains the control character U+${code.toUpperCase()}, so it looks like a binary file, not YAML text`,
    hint: 'give a scenario file written as YAML text',
  };
}

/** The offset of the first byte a strict UTF-8 decoder rejects (decoding prefixes is monotonic, so bisect). */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0; // a prefix of this length decodes
  let high = bytes.length; // a prefix of this length fails
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  // The failure shows at the first byte that cannot continue a sequence; report where the sequence began.
  let offset = high - 1;
  for (let back = 0; back < 3 && offset > 0 && ((bytes[offset] ?? 0) < 0x80 || ((bytes[offset] ?? 0) & 0xc0) === 0x80); back++) {
    if (((bytes[offset - 1] ?? 0) & 0x80) === 0) break;
    offset--;
  }
  return offset;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Index of the first C0 control character other than tab, newline and carriage return, or DEL; -1 if none. */
function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return i;
  }
  return -1;
}
