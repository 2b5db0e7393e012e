import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { decompressCapped } from '../../../../../src/app/stores/persistence/lz-capped.ts';
import { decodeShareLink, MAX_LINK_TEXT_CHARS } from '../../../../../src/app/stores/persistence/share-link.ts';
import { quadraticBomb } from './crafted-links.ts';

describe('capped decompression', () => {
  it('should give what lz-string gives, for any text under the cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const encoded = compressToEncodedURIComponent(text);
        expect(decompressCapped(encoded, 1_000)).toBe(text);
        expect(decompressCapped(encoded, 1_000)).toBe(decompressFromEncodedURIComponent(encoded));
      }),
      { seed: 15, numRuns: 300 },
    );
  });

  it('should stop at the cap instead of building the text', () => {
    const bomb = quadraticBomb(2_000);
    // The crafted link is what it claims: lz-string unpacks it to codes²/2 characters.
    expect(decompressFromEncodedURIComponent(bomb)?.length).toBe(1 + (2_000 * 2_003) / 2);
    expect(decompressCapped(bomb, 2_003_001)).toHaveLength(2_003_001);
    expect(decompressCapped(bomb, 2_003_000)).toBe('too-large');
  });

  it('should refuse a 70 kB link that would unpack to 450 million characters, saying so', () => {
    const bomb = quadraticBomb(30_000);
    expect(bomb.length).toBeGreaterThan(60_000);
    expect(bomb.length).toBeLessThan(80_000);
    const result = decodeShareLink(`#s=${bomb}`);
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    if (!result.ok) expect(result.error.message).toBe(`This share link unpacks to more than ${MAX_LINK_TEXT_CHARS.toLocaleString('en')} characters, more than any session holds, so it was not opened.`);
  });
});
