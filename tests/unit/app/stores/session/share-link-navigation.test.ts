import { describe, expect, it } from 'vitest';
import { openShareLink } from '../../../../../src/app/stores/session/index.ts';
import { createSessionStore, memoryBackend } from '../../../../../src/app/stores/persistence/index.ts';
import { encodeShareLink } from '../../../../../src/app/stores/persistence/share-link.ts';
import { marchSession } from '../persistence/real-session.ts';

describe('openShareLink (a link pasted into a tab that has the app open)', () => {
  it.each(['', '#', '#moves', '#x=abc'])('should leave the session alone for a hash that is no share link: %j', async (hash) => {
    expect(await openShareLink(hash)).toBeNull();
  });

  it.each([
    { name: 'a truncated link', hash: '#s=N4Ig' },
    { name: 'a tampered link', hash: '#s=xyz!!not-lz-string' },
  ])('should say $name could not be opened, keep the current session and keep the link downloadable', async ({ hash }) => {
    const opened = await openShareLink(hash);
    expect(opened?.ok).toBe(false);
    if (opened && !opened.ok) {
      expect(opened.notice.message).toMatch(/^The shared (link|session) could not be opened\. .+ Your current session is unchanged\.$/);
      expect(opened.notice.raw).toBe(hash);
    }
  });
});

describe('a share link under the id of a saved session', () => {
  const march = (moves: number) => marchSession({ id: 'class-3b', name: 'Class 3B', moves });

  it('should open an older link as a copy and leave the newer saved work as it was', async () => {
    const store = createSessionStore(memoryBackend());
    const newer = await march(4);
    await store.save(newer);
    const opened = await openShareLink(encodeShareLink(await march(2)), 'current', store);
    expect(opened).toMatchObject({ ok: true, copy: 'Class 3B (copy)', init: { name: 'Class 3B (copy)' } });
    expect(opened?.ok && opened.init.id).not.toBe('class-3b');
    expect(await store.get('class-3b')).toMatchObject({ ok: true, session: { timeline: newer.timeline } });
  });

  it('should open a strictly newer link in place, building on the saved revision', async () => {
    const store = createSessionStore(memoryBackend());
    await store.save(await march(2));
    const opened = await openShareLink(encodeShareLink(await march(4)), 'current', store);
    expect(opened).toMatchObject({ ok: true, copy: null, init: { id: 'class-3b', name: 'Class 3B' } });
    expect(store.seen('class-3b')).toBe(1);
  });
});
