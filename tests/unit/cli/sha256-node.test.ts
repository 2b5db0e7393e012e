import { describe, expect, it } from 'vitest';
import { sha256Hex as nodeSha256Hex } from '../../../src/cli/sha256-node.ts';
import { sha256Hex } from '../../../src/scenario/sha256.ts';

// The `whn` build hashes scenarios with node:crypto, the browser with @noble/hashes: a scenario's
// hash (which sessions and share links refer to) must be the same in both.
describe('sha256Hex in the CLI build', () => {
  it('should give the published digest of "abc"', () => {
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each([
    ['empty', ''],
    ['Korean', '북미 정상회담 — 하노이, 2019년 2월 27일'],
    ['astral and combining', '😀 e\u0301 \u202e'],
    ['a lone surrogate (encoded as U+FFFD by both)', 'a\ud800b'],
    ['larger than one block many times over', 'x'.repeat(100_003)],
  ])('should give the browser digest for %s text', (_name, text) => {
    expect(nodeSha256Hex(text)).toBe(sha256Hex(text));
  });
});
