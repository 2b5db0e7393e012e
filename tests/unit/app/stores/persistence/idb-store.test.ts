import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, createSessionStore, idbBackend, migrateLocalStorage } from '../../../../../src/app/stores/persistence/index.ts';
import { makeSession } from './factories.ts';

let n = 0;
const freshDb = () => idbBackend(`whn-test-${++n}`);

describe('sessions in IndexedDB', () => {
  it('should keep a session that embeds 2 MB of scenario YAML, past the reach of a localStorage quota', async () => {
    const store = createSessionStore(await freshDb());
    const big = makeSession({ id: 'big', scenario: { id: 'march-2019', hash: '0123456789abcdef', source: 'y'.repeat(2_000_000) } });
    expect(await store.autosave(big)).toMatchObject({ ok: true, revision: 1 });
    const last = await store.lastSession();
    expect(last?.ok && last.session.scenario.source?.length).toBe(2_000_000);
  });

  it('should refuse a stale write in one transaction, so two tabs cannot both win', async () => {
    const backend = await freshDb();
    const a = createSessionStore(backend);
    const b = createSessionStore(backend);
    await a.autosave(makeSession({ id: 's' }));
    await b.open('s');
    const other = makeSession({ id: 's', timeline: { ...makeSession().timeline, nodes: [[0, 5, 2, 0]] } });
    const [first, second] = await Promise.all([a.save(other, { base: 1 }), b.save(makeSession({ id: 's', current: 1 }), { base: 1 })]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(!first.ok ? first.error.kind : !second.ok ? second.error.kind : null).toBe('changed-elsewhere');
  });
});

describe('moving localStorage sessions into IndexedDB on first start', () => {
  it('should move every session verbatim, damaged ones too, keep the last session and do it once', async () => {
    const local = createMemoryStorage();
    const good = JSON.stringify(makeSession({ id: 'a', name: 'Hawks' }));
    local.setItem('whn:session:a', good);
    local.setItem('whn:session:bad', '{"format":"whn-sess');
    local.setItem('whn:last-session', 'a');
    local.setItem('whn:tutorial', 'done');
    const backend = await freshDb();
    expect(await migrateLocalStorage(local, backend)).toBe(2);
    const store = createSessionStore(backend);
    expect((await store.list()).map((e) => [e.id, e.status])).toEqual([
      ['a', 'ok'],
      ['bad', 'corrupt'],
    ]);
    expect(await store.raw('a')).toBe(good);
    expect(await store.raw('bad')).toBe('{"format":"whn-sess');
    expect(await store.lastSession()).toMatchObject({ ok: true, session: { id: 'a', name: 'Hawks' } });
    expect([local.getItem('whn:session:a'), local.getItem('whn:last-session'), local.getItem('whn:tutorial')]).toEqual([null, null, 'done']);
    local.setItem('whn:session:late', good);
    expect(await migrateLocalStorage(local, backend)).toBe(0);
  });

  it('should never overwrite a session already in IndexedDB, and leave localStorage alone when the move fails', async () => {
    const backend = await freshDb();
    const store = createSessionStore(backend);
    await store.save(makeSession({ id: 'a', name: 'Newer' }));
    const local = createMemoryStorage();
    local.setItem('whn:session:a', JSON.stringify(makeSession({ id: 'a', name: 'Older' })));
    await migrateLocalStorage(local, backend);
    expect(await store.get('a')).toMatchObject({ ok: true, session: { name: 'Newer' } });

    const failing = { ...(await freshDb()), update: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const kept = createMemoryStorage();
    kept.setItem('whn:session:b', 'x');
    await expect(migrateLocalStorage(kept, failing)).rejects.toThrow();
    expect(kept.getItem('whn:session:b')).toBe('x');
  });
});
