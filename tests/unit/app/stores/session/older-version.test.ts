import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importSession, openSession, openShareLink } from '../../../../../src/app/stores/session/index.ts';
import { createSessionStore, memoryBackend } from '../../../../../src/app/stores/persistence/index.ts';
import { encodeShareLink } from '../../../../../src/app/stores/persistence/share-link.ts';
import { createWords, english, loadCatalogue } from '../../../../../src/app/lib/words/index.ts';
import { setCurrentWords } from '../../../../../src/app/lib/words/words.ts';
import { toSessionFile, type SessionFile } from '../../../../../src/engine/session/index.ts';

/** Saved against March 2019 as it shipped before it was dated in its places (hash 2f13afab74932ad7). */
const TEXT = readFileSync('tests/fixtures/older-version-march-2019-session.json', 'utf8');
const SAVED = JSON.parse(TEXT) as SessionFile;
const OPENED = 'It was made for another version of “March 2019: what happens next”; every move still fits this one, so it opens here and is saved for this version from now on.';

/** The same session, made for a version whose replay step 10 (the Kaesong pull-out) fell a day later. */
function misfit(): SessionFile {
  const nodes = SAVED.timeline.nodes.map((n, k) => (k === 9 ? ([n[0], n[1], n[2], (n[3] as number) + 1] as const) : n));
  return { ...SAVED, timeline: { ...SAVED.timeline, nodes } };
}

const file = (text: string) => new File([text], 'march.json', { type: 'application/json' });

afterEach(() => setCurrentWords(english));

describe('opening a session of an earlier March 2019 in the app', () => {
  it('should open a share link to it with a note, every node and name kept, under the version shipped now', async () => {
    const store = createSessionStore(memoryBackend());
    const opened = await openShareLink(encodeShareLink(SAVED), 'current', store);
    expect(opened).toMatchObject({ ok: true, note: OPENED, copy: null });
    if (!opened?.ok) return;
    expect(opened.init.scenario.hash).not.toBe(SAVED.scenario.hash);
    expect(opened.init.timeline.toJSON()).toMatchObject({ nodes: SAVED.timeline.nodes, names: SAVED.timeline.names });
    expect(opened.init.current).toBe(SAVED.current);
  });

  it('should import its session file, keep it, and open it with the note', async () => {
    const store = createSessionStore(memoryBackend());
    const imported = await importSession(file(TEXT), store);
    expect(imported).toMatchObject({ ok: true, placed: 'new', notSaved: null });
    const kept = await store.get(SAVED.id);
    expect(kept).toMatchObject({ ok: true, session: { timeline: { nodes: SAVED.timeline.nodes } } });
    if (!kept.ok) return;
    expect(await openSession(kept.session)).toMatchObject({ ok: true, note: OPENED });
  });

  it('should open a link to the earlier version in place of its copy already saved under this version, not as another copy', async () => {
    const store = createSessionStore(memoryBackend());
    const first = await openShareLink(encodeShareLink(SAVED), 'current', store);
    if (!first?.ok) throw new Error('the older link did not open');
    // The app saved it under this version's hash; the same old link arrives again.
    await store.save(toSessionFile({ timeline: first.init.timeline, current: first.init.current ?? -1, mode: 'free', id: SAVED.id, name: SAVED.name }));
    const again = await openShareLink(encodeShareLink(SAVED), 'current', store);
    expect(again).toMatchObject({ ok: true, copy: null, note: OPENED });
    expect((await store.list()).map((e) => e.id)).toEqual([SAVED.id]);
  });

  it('should say it in Korean', async () => {
    setCurrentWords(createWords('ko', await loadCatalogue('ko')));
    expect(await openSession(SAVED)).toMatchObject({ ok: true, note: expect.stringMatching(/^이 세션은 “2019년 3월: 다음에 일어날 일”의 다른 버전에서 만들어졌습니다\. 모든 수가 이 버전에도 맞으므로/) });
    expect(await openSession(misfit())).toMatchObject({ ok: false, message: expect.stringMatching(/^이 세션은 시나리오 “march-2019”의 다른 버전에서 만들어졌고 .* 맞지 않는 첫 수: .*entry 10 is not replay step 10/) });
  });

  it('should refuse, in words, a version of a shipped scenario that the one here does not list', async () => {
    const store = createSessionStore(memoryBackend());
    const ref = { id: 'march-2019', hash: '0123456789abcdef' };
    const unlisted = { ...SAVED, scenario: ref, timeline: { ...SAVED.timeline, scenario: ref } };
    const imported = await importSession(file(JSON.stringify(unlisted)), store);
    expect(imported).toMatchObject({ ok: false, message: expect.stringMatching(/made for another version of the scenario “march-2019”, which the version here does not list as having the same moves, so nothing was opened or changed\./) });
    expect(await store.list()).toEqual([]);
    setCurrentWords(createWords('ko', await loadCatalogue('ko')));
    expect(await openSession(unlisted)).toMatchObject({ ok: false, message: expect.stringMatching(/^시나리오 “march-2019”의 다른 버전으로 만든 세션입니다\./) });
  });

  it('should refuse one whose moves no longer fit, name the first, and change nothing saved', async () => {
    const store = createSessionStore(memoryBackend());
    const other = { ...SAVED, id: 'kept-as-it-was', name: 'Kept as it was' };
    await store.save(other);
    const before = await store.raw('kept-as-it-was');
    const imported = await importSession(file(JSON.stringify(misfit())), store);
    expect(imported).toMatchObject({ ok: false, message: expect.stringMatching(/not every move fits the version here, so nothing was opened or changed\. First move that does not fit: The saved timeline does not fit scenario "march-2019": entry 10 is not replay step 10 of this scenario\./) });
    expect((await store.list()).map((e) => e.id)).toEqual(['kept-as-it-was']);
    expect(await store.raw('kept-as-it-was')).toBe(before);
    const link = await openShareLink(encodeShareLink(misfit()), 'current', store);
    expect(link).toMatchObject({ ok: false, notice: { message: expect.stringMatching(/^The shared session could not be opened\. It was made for another version .*entry 10 .* Your current session is unchanged\.$/) } });
    expect(await store.raw('kept-as-it-was')).toBe(before);
  });
});
