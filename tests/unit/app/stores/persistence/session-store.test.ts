import { describe, expect, it } from 'vitest';
import { createMemoryStorage, createSessionStore, memoryBackend, type StoreBackend } from '../../../../../src/app/stores/persistence/index.ts';
import { makeSession, makeTimelineJson } from './factories.ts';

function clock() {
  let t = Date.parse('2024-05-01T10:00:00.000Z');
  return () => new Date((t += 60_000)).toISOString();
}

describe('sessionStore', () => {
  it('should save several sessions and list them newest first', async () => {
    const store = createSessionStore(memoryBackend());
    await store.save(makeSession({ id: 'a', name: 'First', savedAt: '2024-05-01T10:00:00.000Z' }));
    await store.save(makeSession({ id: 'b', name: 'Second', savedAt: '2024-05-02T10:00:00.000Z' }));
    await store.save(makeSession({ id: 'c', name: 'Third', savedAt: '2024-04-30T10:00:00.000Z' }));
    const list = await store.list();
    expect(list.map((e) => (e.status === 'ok' ? e.name : e.id))).toEqual(['Second', 'First', 'Third']);
    expect(list[0]).toMatchObject({ status: 'ok', id: 'b', scenarioId: 'march-2019', moves: 3, revision: 1 });
    expect(await store.get('a')).toEqual({ ok: true, session: makeSession({ id: 'a', name: 'First', savedAt: '2024-05-01T10:00:00.000Z' }), revision: 1 });
  });

  it('should rename and delete one session without touching the others', async () => {
    const store = createSessionStore(memoryBackend());
    await store.save(makeSession({ id: 'a' }));
    await store.save(makeSession({ id: 'b' }));
    expect(await store.rename('a', '  Hawks win  ')).toMatchObject({ ok: true, session: { id: 'a', name: 'Hawks win' }, revision: 2 });
    expect(await store.get('a')).toMatchObject({ ok: true, session: { name: 'Hawks win' } });
    await store.delete('a');
    expect(await store.get('a')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect((await store.list()).map((e) => e.id)).toEqual(['b']);
    expect(await store.rename('a', 'x')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('should restore the last autosaved session, with the save time updated', async () => {
    const store = createSessionStore(memoryBackend(), { now: clock() });
    expect(await store.lastSession()).toBeNull();
    await store.autosave(makeSession({ id: 'a', current: 1 }));
    await store.autosave(makeSession({ id: 'b', current: 2 }));
    await store.autosave(makeSession({ id: 'b', current: 3 }));
    expect(await store.lastSession()).toMatchObject({ ok: true, session: { id: 'b', current: 3, savedAt: '2024-05-01T10:03:00.000Z' }, revision: 2 });
    await store.delete('b');
    expect(await store.lastSession()).toBeNull();
  });

  it('should list a damaged entry as corrupt with its raw data, and keep the others usable', async () => {
    const backend = memoryBackend();
    const store = createSessionStore(backend);
    await store.save(makeSession({ id: 'good' }));
    const damaged = JSON.stringify(makeSession({ id: 'bad' })).slice(0, 120);
    await backend.update('bad', () => ({ id: 'bad', text: damaged, revision: 1 }));
    await backend.update('renamed', () => ({ id: 'renamed', text: JSON.stringify(makeSession({ id: 'other' })), revision: 1 }));
    const list = await store.list();
    expect(list.map((e) => [e.id, e.status])).toEqual([
      ['good', 'ok'],
      ['bad', 'corrupt'],
      ['renamed', 'corrupt'],
    ]);
    expect(list[1]).toMatchObject({ raw: damaged, error: { kind: 'corrupt' } });
    expect(await store.raw('bad')).toBe(damaged);
    const renamed = await store.get('renamed');
    expect(!renamed.ok && renamed).toMatchObject({ error: { message: /says it is "other"/ } });
    await store.autosave(makeSession({ id: 'good', current: 1 }));
    expect(await store.raw('bad')).toBe(damaged);
  });

  it('should report a damaged last session instead of throwing', async () => {
    const backend = memoryBackend();
    const store = createSessionStore(backend);
    await store.autosave(makeSession({ id: 'a' }));
    await backend.update('a', () => ({ id: 'a', text: '{"format":"whn-session"', revision: 2 }));
    expect(await store.lastSession()).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });

  it('should report a full storage (QuotaExceededError) and leave earlier saves intact', async () => {
    const store = createSessionStore(memoryBackend(4000));
    const small = makeSession({ id: 'a' });
    expect((await store.save(small)).ok).toBe(true);
    const big = makeSession({ id: 'b', scenario: { id: 'march-2019', hash: '0123456789abcdef', source: 'x'.repeat(5000) } });
    const result = await store.autosave(big);
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(!result.ok && result.error.message).toMatch(/storage for this site is full .* Delete old sessions or export/);
    expect(await store.get('a')).toEqual({ ok: true, session: small, revision: 1 });
    expect((await store.list()).map((e) => e.id)).toEqual(['a']);
    expect(await store.lastSession()).toBeNull();
  });

  it('should survive a backend that fails on every call', async () => {
    const fail = () => Promise.reject(new Error('denied'));
    const hostile: StoreBackend = { persistent: true, get: fail, all: fail, update: fail, delete: fail, getMeta: fail, setMeta: fail };
    const store = createSessionStore(hostile);
    expect(await store.list()).toEqual([]);
    expect(await store.lastSession()).toBeNull();
    expect(await store.save(makeSession())).toMatchObject({ ok: false, error: { kind: 'storage-unavailable' } });
    await expect(store.delete('abc123')).resolves.toBeUndefined();
  });
});

describe('the session a reload reopens, per tab', () => {
  it('should reopen each tab’s own session, whichever tab wrote last', async () => {
    const backend = memoryBackend();
    const tabA = createMemoryStorage();
    const tabB = createMemoryStorage();
    await createSessionStore(backend, { tab: tabA }).autosave(makeSession({ id: 'a' }));
    await createSessionStore(backend, { tab: tabB }).autosave(makeSession({ id: 'b' }));
    // Reloads: a new store over the same backend and the same tab storage.
    expect(await createSessionStore(backend, { tab: tabA }).lastSession()).toMatchObject({ ok: true, session: { id: 'a' } });
    expect(await createSessionStore(backend, { tab: tabB }).lastSession()).toMatchObject({ ok: true, session: { id: 'b' } });
    // A new tab has no session of its own: it opens the one saved last anywhere.
    expect(await createSessionStore(backend, { tab: createMemoryStorage() }).lastSession()).toMatchObject({ ok: true, session: { id: 'b' } });
  });

  it('should fall back to the last session saved anywhere when the tab’s own was deleted elsewhere', async () => {
    const backend = memoryBackend();
    const tabA = createMemoryStorage();
    await createSessionStore(backend, { tab: tabA }).autosave(makeSession({ id: 'a' }));
    const other = createSessionStore(backend, { tab: createMemoryStorage() });
    await other.autosave(makeSession({ id: 'b' }));
    await other.delete('a');
    expect(await createSessionStore(backend, { tab: tabA }).lastSession()).toMatchObject({ ok: true, session: { id: 'b' } });
  });
});

describe('two tabs on one saved session', () => {
  /** Two tabs: two stores (each with its own idea of what it last read) over one backend. */
  function twoTabs() {
    const backend = memoryBackend();
    return { backend, a: createSessionStore(backend), b: createSessionStore(backend) };
  }
  // Tab A adds three moves on a named branch; tab B, still on the old version, makes a different move.
  const base = makeSession({ id: 's', timeline: makeTimelineJson(3) });
  const withBranch = makeSession({ id: 's', timeline: { ...makeTimelineJson(6), names: { '2': 'Hawks "first" <b>', '6': 'A’s branch' } } });
  const bMove = makeSession({ id: 's', timeline: { ...makeTimelineJson(3), nodes: [...makeTimelineJson(3).nodes, [1, 9, 2, 4]] } });

  it('should refuse the write of the tab whose version lacks the other tab’s work', async () => {
    const { a, b } = twoTabs();
    await a.autosave(base);
    expect((await b.lastSession())?.ok).toBe(true);
    expect(await a.autosave(withBranch)).toMatchObject({ ok: true, revision: 2 });
    const refused = await b.autosave(bMove);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'changed-elsewhere', message: /Another tab saved this session/ } });
    const stored = await a.get('s');
    expect(stored.ok && stored.session.timeline).toEqual(withBranch.timeline);
  });

  it('should let a tab write over the other’s save when its version holds all of that work', async () => {
    const { a, b } = twoTabs();
    await a.autosave(base);
    await b.lastSession();
    await a.autosave({ ...base, current: 1 });
    expect(await b.autosave(withBranch)).toMatchObject({ ok: true, revision: 3 });
    expect(await a.autosave(withBranch)).toMatchObject({ ok: true, revision: 4 });
  });

  it('should tell the other tabs of every write over the channel', async () => {
    const heard: unknown[] = [];
    const listeners = new Set<(c: never) => void>();
    const channel = { post: (c: unknown) => heard.push(c), listen: (l: (c: never) => void) => (listeners.add(l), () => listeners.delete(l)) };
    const store = createSessionStore(memoryBackend(), { channel });
    await store.autosave(base);
    await store.delete('s');
    expect(heard).toEqual([
      { kind: 'saved', id: 's', revision: 1 },
      { kind: 'deleted', id: 's', revision: 0 },
    ]);
  });
});
