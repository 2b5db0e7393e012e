import { describe, expect, it } from 'vitest';
import { openShareLink } from '../../../../../src/app/stores/session/index.ts';

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
