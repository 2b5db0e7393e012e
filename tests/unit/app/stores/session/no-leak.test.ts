// @vitest-environment jsdom
/**
 * A team's pending move never leaves the hot-seat device: not in the autosave, the exported file or
 * the share link, the three ways the app writes a session out.
 */
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { decompressFromEncodedURIComponent } from 'lz-string';
import { createSessionStore, exportSessionFile, memoryBackend, SHARE_PREFIX } from '../../../../../src/app/stores/persistence/index.ts';
import { encodeShareLink } from '../../../../../src/app/stores/persistence/share-link.ts';
import { sessionFileOf, sessionMachine, startAutosave } from '../../../../../src/app/stores/session/index.ts';
import { shipped, T0, twoTeams } from '../../../classroom/fixtures.ts';

const SECRET = 'send-patrols';

function roundInProgress() {
  const scenario = shipped('tutorial');
  const actor = createActor(sessionMachine, { input: { id: 'no-leak', name: 'Class 3B', scenario, timeline: startTimeline(scenario) } }).start();
  actor.send({ type: 'classroom.start', settings: twoTeams(actor.getSnapshot().context.timeline), now: T0 });
  actor.send({ type: 'classroom.act', action: { type: 'take-screen' }, now: T0 + 1 });
  actor.send({ type: 'classroom.act', action: { type: 'commit', moves: { marenia: SECRET } }, now: T0 + 2 });
  // The commit is held in memory for the reveal…
  expect(actor.getSnapshot().context.classroom?.pending).toEqual({ marenia: SECRET });
  return actor;
}


describe('a round in progress leaves the device without its secret', () => {
  it('should autosave no pending move', async () => {
    const actor = roundInProgress();
    const store = createSessionStore(memoryBackend());
    const stop = startAutosave(actor, () => undefined, { store, keep: null });
    stop();
    const id = actor.getSnapshot().context.id;
    await vi.waitFor(async () => expect(await store.raw(id)).not.toBeNull());
    const saved = (await store.raw(id)) ?? '';
    expect(saved).toContain('"pending"');
    expect(saved).not.toContain(SECRET);
  });

  it('should export no pending move', async () => {
    const text = await exportSessionFile(sessionFileOf(roundInProgress().getSnapshot().context)).text();
    expect(text).toContain('"pending"');
    expect(text).not.toContain(SECRET);
  });

  it('should put no pending move in the share link', () => {
    const link = encodeShareLink(sessionFileOf(roundInProgress().getSnapshot().context));
    const text = decompressFromEncodedURIComponent(link.slice(SHARE_PREFIX.length)) ?? '';
    expect(text).toContain('"pending"');
    expect(text).not.toContain(SECRET);
  });
});
