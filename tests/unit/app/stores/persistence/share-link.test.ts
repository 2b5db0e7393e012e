import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isShareLink } from '../../../../../src/app/stores/persistence/index.ts';
import { decodeShareLink, encodeShareLink } from '../../../../../src/app/stores/persistence/share-link.ts';
import { makeSession, SCENARIO } from './factories.ts';

const yamlSource = 'format: 1\nmeta:\n  title: "Liaison <script>alert(1)</script> & co — 연락사무소"\n';

describe('share links', () => {
  it('should round-trip a session exactly, including text in any script and a user scenario', () => {
    const session = makeSession({ scenario: { ...SCENARIO, source: yamlSource } });
    const hash = encodeShareLink(session);
    expect(hash.startsWith('#s=')).toBe(true);
    expect(decodeShareLink(hash)).toEqual({ ok: true, session });
  });

  it('should decode a whole URL with other hash parameters', () => {
    const session = makeSession();
    const url = `https://example.org/whn/?x=1${encodeShareLink(session)}&view=charts`;
    expect(isShareLink(url)).toBe(true);
    expect(decodeShareLink(url)).toEqual({ ok: true, session });
  });

  it('should say when a link holds no session', () => {
    expect(isShareLink('#charts')).toBe(false);
    expect(decodeShareLink('https://example.org/#charts')).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    expect(decodeShareLink('#s=')).toMatchObject({ ok: false, error: { kind: 'truncated' } });
  });

  // The last characters of an lz-string payload can carry padding bits only, so an edit there
  // may still decode to the same session: the property is "never a different session".
  it('should reject a link cut off at any point, without throwing', () => {
    const session = makeSession({ scenario: { ...SCENARIO, source: yamlSource } });
    const hash = encodeShareLink(session);
    fc.assert(
      fc.property(fc.integer({ min: 3, max: hash.length - 1 }), (cut) => {
        const result = decodeShareLink(hash.slice(0, cut));
        if (result.ok) expect(result.session).toEqual(session);
        else expect(result.error.kind).toBe('truncated');
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('should reject a link with changed characters, without throwing', () => {
    const session = makeSession();
    const hash = encodeShareLink(session);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    let rejected = 0;
    fc.assert(
      fc.property(fc.integer({ min: 3, max: hash.length - 1 }), fc.integer({ min: 0, max: alphabet.length - 1 }), (at, c) => {
        const replacement = alphabet[c] as string;
        fc.pre(hash[at] !== replacement);
        const result = decodeShareLink(hash.slice(0, at) + replacement + hash.slice(at + 1));
        if (result.ok) expect(result.session).toEqual(session);
        else rejected++;
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(rejected).toBeGreaterThan(190);
  });

  it('should report a link whose session was edited as tampered', () => {
    const text = decompressFromEncodedURIComponent(encodeShareLink(makeSession()).slice(3));
    const edited = text.replace('"current":2', '"current":1');
    expect(edited).not.toBe(text);
    const result = decodeShareLink('#s=' + compressToEncodedURIComponent(edited));
    expect(result).toMatchObject({ ok: false, error: { kind: 'tampered' } });
  });

  it('should report a well-formed link holding something that is not a session as corrupt', () => {
    const foreign = encodeShareLink({ hello: 'world' } as never);
    expect(decodeShareLink(foreign)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });
});
