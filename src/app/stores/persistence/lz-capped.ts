/**
 * lz-string's `decompressFromEncodedURIComponent`, with a cap on the output. lz-string itself has
 * none: each code may repeat the previous entry plus one character, so a 70 kB link can ask for
 * ~450 million characters. This decoder counts what it would produce and stops at `maxChars`
 * before building it. Same format as lz-string 1.5 (its `_decompress` with 6 bits per character).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = /* @__PURE__ */ new Map([...ALPHABET].map((c, i) => [c, i]));

/** The text; `null` for a stream that is cut off or not lz-string's; `'too-large'` past the cap. */
export type CappedText = string | null | 'too-large';

class BitReader {
  private index = 0;
  private value = 0;
  private position = 0;

  constructor(private readonly input: string) {}

  get exhausted(): boolean {
    return this.index > this.input.length;
  }

  /** `count` bits, least significant first, as lz-string writes them. */
  read(count: number): number {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      if (this.position === 0) {
        // Past the end or an unknown character reads as zeros, as in lz-string.
        this.value = VALUE.get(this.input.charAt(this.index)) ?? 0;
        this.index++;
        this.position = 32;
      }
      if (this.value & this.position) bits += power;
      this.position >>= 1;
    }
    return bits;
  }
}

export function decompressCapped(encoded: string, maxChars: number): CappedText {
  const input = encoded.replace(/ /g, '+');
  if (input === '') return null;
  const reader = new BitReader(input);
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = reader.read(2);
  if (first === 2) return '';
  if (first > 2) return null;
  let w = String.fromCharCode(reader.read(first === 0 ? 8 : 16));
  dictionary.push(w);
  const result: string[] = [w];
  let total = 1;
  for (;;) {
    if (reader.exhausted) return null;
    let code = reader.read(numBits);
    if (code === 2) return result.join('');
    if (code < 2) {
      dictionary.push(String.fromCharCode(reader.read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      if (--enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits++;
      }
    }
    let entry = dictionary[code];
    if (entry === undefined) {
      if (code !== dictionary.length) return null;
      entry = w + w.charAt(0);
    }
    total += entry.length;
    if (total > maxChars) return 'too-large';
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    w = entry;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
