import { describe, expect, it } from 'vitest';
import { createMemoryStorage, createSessionStore, type StorageLike } from '../../../../../src/app/stores/persistence/index.ts';
import { makeSession } from './factories.ts';

function clock() {
  let t = Date.parse('2024-05-01T10:00:00.000Z');
  return () => new Date((t += 60_000)).toISOString();
}

describe('sessionStore', () => {
  it('should save several sessions and list them newest first', () => {
    const store = createSessionStore(createMemoryStorage());
    store.save(makeSession({ id: 'a', name: 'First', savedAt: '2024-05-01T10:00:00.000Z' }));
    store.save(makeSession({ id: 'b', name: 'Second', savedAt: '2024-05-02T10:00:00.000Z' }));
    store.save(makeSession({ id: 'c', name: 'Third', savedAt: '2024-04-30T10:00:00.000Z' }));
    expect(store.list().map((e) => (e.status === 'ok' ? e.name : e.id))).toEqual(['Second', 'First', 'Third']);
    expect(store.list()[0]).toMatchObject({ status: 'ok', id: 'b', scenarioId: 'march-2019', moves: 3 });
    expect(store.get('a')).toEqual({ ok: true, session: makeSession({ id: 'a', name: 'First', savedAt: '2024-05-01T10:00:00.000Z' }) });
  });

  it('should rename and delete one session without touching the others', () => {
    const store = createSessionStore(createMemoryStorage());
    store.save(makeSession({ id: 'a' }));
    store.save(makeSession({ id: 'b' }));
    expect(store.rename('a', '  Hawks win  ')).toMatchObject({ ok: true, session: { id: 'a', name: 'Hawks win' } });
    expect(store.get('a')).toMatchObject({ ok: true, session: { name: 'Hawks win' } });
    store.delete('a');
    expect(store.get('a')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(store.list().map((e) => e.id)).toEqual(['b']);
    expect(store.rename('a', 'x')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('should restore the last autosaved session, with the save time updated', () => {
    const store = createSessionStore(createMemoryStorage(), { now: clock() });
    expect(store.lastSession()).toBeNull();
    store.autosave(makeSession({ id: 'a', current: 1 }));
    store.autosave(makeSession({ id: 'b', current: 2 }));
    store.autosave(makeSession({ id: 'b', current: 3 }));
    expect(store.lastSession()).toMatchObject({ ok: true, session: { id: 'b', current: 3, savedAt: '2024-05-01T10:03:00.000Z' } });
    store.delete('b');
    expect(store.lastSession()).toBeNull();
  });

  it('should list a damaged entry as corrupt with its raw data, and keep the others usable', () => {
    const storage = createMemoryStorage();
    const store = createSessionStore(storage);
    store.save(makeSession({ id: 'good' }));
    const damaged = JSON.stringify(makeSession({ id: 'bad' })).slice(0, 120);
    storage.setItem('whn:session:bad', damaged);
    storage.setItem('whn:session:renamed', JSON.stringify(makeSession({ id: 'other' })));
    const list = store.list();
    expect(list.map((e) => [e.id, e.status])).toEqual([
      ['good', 'ok'],
      ['bad', 'corrupt'],
      ['renamed', 'corrupt'],
    ]);
    expect(list[1]).toMatchObject({ raw: damaged, error: { kind: 'corrupt' } });
    expect(store.raw('bad')).toBe(damaged);
    expect(!store.get('renamed').ok && store.get('renamed')).toMatchObject({ error: { message: /says it is "other"/ } });
    store.autosave(makeSession({ id: 'good', current: 1 }));
    expect(storage.getItem('whn:session:bad')).toBe(damaged);
  });

  it('should report a damaged last session instead of throwing', () => {
    const storage = createMemoryStorage();
    const store = createSessionStore(storage);
    store.autosave(makeSession({ id: 'a' }));
    storage.setItem('whn:session:a', '{"format":"whn-session"');
    expect(store.lastSession()).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });

  it('should report a full storage and leave earlier saves intact', () => {
    const storage = createMemoryStorage(4000);
    const store = createSessionStore(storage);
    const small = makeSession({ id: 'a' });
    expect(store.save(small).ok).toBe(true);
    const big = makeSession({ id: 'b', scenario: { id: 'march-2019', hash: '0123456789abcdef', source: 'x'.repeat(5000) } });
    const result = store.save(big);
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(!result.ok && result.error.message).toMatch(/storage for this site is full .* Delete old sessions or export/);
    expect(store.get('a')).toEqual({ ok: true, session: small });
    expect(store.list().map((e) => e.id)).toEqual(['a']);
  });

  it('should survive a storage that throws on every call', () => {
    const hostile: StorageLike = {
      get length(): number {
        throw new Error('denied');
      },
      key: () => {
        throw new Error('denied');
      },
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createSessionStore(hostile);
    expect(store.list()).toEqual([]);
    expect(store.lastSession()).toBeNull();
    expect(store.save(makeSession())).toMatchObject({ ok: false, error: { kind: 'storage-unavailable' } });
    expect(() => store.delete('abc123')).not.toThrow();
  });
});
