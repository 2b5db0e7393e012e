// @vitest-environment jsdom
/**
 * A reload right after a move: the IndexedDB write started as the page went away may never commit,
 * so the page also journals it in localStorage and the next start settles it. Nothing is lost.
 */
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { createMemoryStorage, createSessionStore, memoryBackend, type StoreBackend } from '../../../../../src/app/stores/persistence/index.ts';
import { readUnsaved, sessionMachine, startAutosave } from '../../../../../src/app/stores/session/index.ts';
import { settleJournal } from '../../../../../src/app/stores/session/last-write.ts';
import { liaisonInit } from '../../fixtures.ts';
import { makeSession, makeTimelineJson } from '../persistence/factories.ts';

/** A backend whose writes never finish: a page that goes away mid-write. */
function hangingBackend(): StoreBackend {
  const inner = memoryBackend();
  return { ...inner, update: () => new Promise(() => undefined) };
}

describe('the last write as the page goes away', () => {
  it('should journal the pending write when the page is hidden, and land it at the next start', async () => {
    const journal = createMemoryStorage();
    const actor = createActor(sessionMachine, { input: liaisonInit({ id: 'reload-1' }) }).start();
    const stop = startAutosave(actor, () => undefined, { store: createSessionStore(hangingBackend()), keep: null, journal, delayMs: 10_000 });
    const option = actor.getSnapshot().context.timeline.moves(actor.getSnapshot().context.current).find((m) => m.open);
    if (!option) throw new Error('no open move');
    actor.send({ type: 'move.play', move: { actor: option.actor, move: option.move.id } });
    window.dispatchEvent(new Event('pagehide'));
    stop();

    const next = createSessionStore(memoryBackend());
    await settleJournal(next, journal, null);
    const last = await next.lastSession();
    expect(last?.ok && last.session.timeline.nodes.length).toBe(actor.getSnapshot().context.timeline.toJSON().nodes.length);
    expect(journal.getItem('whn:last-write')).toBeNull();
  });

  it('should drop the journal once the store confirms the write', async () => {
    const journal = createMemoryStorage();
    const store = createSessionStore(memoryBackend());
    const actor = createActor(sessionMachine, { input: liaisonInit({ id: 'reload-2' }) }).start();
    const stop = startAutosave(actor, () => undefined, { store, keep: null, journal, delayMs: 10_000 });
    const option = actor.getSnapshot().context.timeline.moves(actor.getSnapshot().context.current).find((m) => m.open);
    if (!option) throw new Error('no open move');
    actor.send({ type: 'move.play', move: { actor: option.actor, move: option.move.id } });
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(journal.getItem('whn:last-write')).toBeNull());
    stop();
  });

  it('should never write a journal over saved work it lacks: it is offered back as an unsaved copy instead', async () => {
    const store = createSessionStore(memoryBackend());
    const saved = makeSession({ id: 'both', timeline: makeTimelineJson(5), current: 4 });
    await store.autosave(saved);
    const journal = createMemoryStorage();
    const keep = createMemoryStorage();
    const other = makeSession({ id: 'both', timeline: { ...makeTimelineJson(3), nodes: [[0, 2, 1, 0], [1, 3, 1, 2], [2, 9, 1, 4]] }, current: 2 });
    journal.setItem('whn:last-write', JSON.stringify(other));
    await settleJournal(store, journal, keep);
    const stored = await store.get('both');
    expect(stored.ok && stored.session.timeline.nodes.length).toBe(5);
    expect(readUnsaved(keep)?.session.id).toBe('both');
    expect(journal.getItem('whn:last-write')).toBeNull();
  });

  it('should land a journal with the same work and another place (a replay stepped forward)', async () => {
    const store = createSessionStore(memoryBackend());
    await store.autosave(makeSession({ id: 'stepped', current: 0 }));
    const journal = createMemoryStorage();
    journal.setItem('whn:last-write', JSON.stringify(makeSession({ id: 'stepped', current: 2 })));
    await settleJournal(store, journal, null);
    const stored = await store.get('stepped');
    expect(stored.ok && stored.session.current).toBe(2);
  });

  it('should ignore a journal that does not read as a session', async () => {
    const store = createSessionStore(memoryBackend());
    const journal = createMemoryStorage();
    journal.setItem('whn:last-write', '{"id": "x", "timeline": ');
    await expect(settleJournal(store, journal, null)).resolves.toBeUndefined();
    expect(await store.list()).toEqual([]);
    expect(journal.getItem('whn:last-write')).toBeNull();
  });
});
