import { describe, expect, it } from 'vitest';
import { exportSessionFile, importSessionFile, sessionFileName } from '../../../../../src/app/stores/persistence/index.ts';
import { makeSession, makeTimelineJson } from './factories.ts';

function file(parts: BlobPart[], name: string): File {
  return new File(parts, name, { type: 'application/json' });
}

describe('session files', () => {
  it('should import an exported session exactly', async () => {
    const session = makeSession();
    const blob = exportSessionFile(session);
    expect(blob.type).toBe('application/json');
    expect(await importSessionFile(file([await blob.text()], 'x.json'))).toEqual({ ok: true, session, migratedFrom: null });
  });

  it('should import and migrate an old bare-timeline file', async () => {
    const result = await importSessionFile(file([JSON.stringify(makeTimelineJson())], 'old.json'));
    expect(result).toMatchObject({ ok: true, migratedFrom: 0, session: { version: 1, timeline: makeTimelineJson() } });
  });

  it.each([
    ['not JSON', ['<html>'], /"notes.txt": This saved session is damaged: its text is cut off/],
    ['JSON of another kind', ['{"hello": 1}'], /"notes.txt": This is not a What Happens Next session file/],
  ])('should report a file that is %s, naming the file', async (_label, parts, message) => {
    const result = await importSessionFile(file(parts, 'notes.txt'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('should refuse a file too large to be a session before reading it', async () => {
    const result = await importSessionFile(file([new Uint8Array(21 * 1024 * 1024)], 'huge.json'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large', message: /"huge.json" is 21 MB/ } });
  });

  it('should name files readably and safely', () => {
    expect(sessionFileName(makeSession({ name: 'Élèves: "what if?" / 3ᵉ' }))).toBe('whn-march-2019-eleves-what-if-3e-2024-05-01.json');
    expect(sessionFileName(makeSession({ name: '///' }))).toBe('whn-march-2019-2024-05-01.json');
  });
});
