/** Saved sessions never lose work: two tabs, older links, safe mode and a full storage. */
import { expect, test, type Page } from '@playwright/test';
import { branches, expectNoAxeViolations, movesRegion, openFresh, replayTo, storedSessions } from './helpers.ts';

/** Plays the first open move `count` times (each move adds one step to the timeline). */
async function playMoves(page: Page, count: number) {
  const steps = page.getByRole('list', { name: 'Branches' }).getByRole('listitem');
  for (let i = 0; i < count; i++) {
    const before = await steps.count();
    // The last open move: never the history's move, which would only step the replay.
    await movesRegion(page).locator('.move__button:not([aria-disabled])').last().click();
    await expect.poll(() => steps.count()).toBeGreaterThan(before);
  }
}

/** The highest revision stored: it grows with every autosave. */
async function revision(page: Page): Promise<number> {
  return Math.max(0, ...(await storedSessions(page)).map((r) => r.revision));
}

/** Waits until autosave (debounced) has written past revision `before`. */
async function expectSavedAfter(page: Page, before: number) {
  await expect.poll(() => revision(page)).toBeGreaterThan(before);
}

test('two tabs on one session: the tab that would overwrite the other is stopped and offered keep both or reload', async ({ page }) => {
  await openFresh(page);
  const tabB = await page.context().newPage();
  await tabB.goto('/');
  await expect(tabB.getByText('Restored your last session.')).toBeVisible();
  await page.bringToFront();

  // Tab A saves a named 3-move branch.
  await replayTo(page, 10);
  await page.getByRole('button', { name: 'Branch here' }).click();
  await playMoves(page, 3);
  await page.getByRole('button', { name: /^Rename Branch from/ }).click();
  await page.getByLabel('Branch name').fill('Tab A’s branch');
  await page.getByLabel('Branch name').press('Enter');
  const names = async (from: Page) => (await storedSessions(from)).flatMap((r) => Object.values(r.session.timeline.names));
  await expect.poll(() => names(page)).toContain('Tab A’s branch');

  // Tab B, still on the old version, makes one move: it is told, and A's branch stays.
  await tabB.bringToFront();
  await replayTo(tabB, 2);
  await tabB.getByRole('button', { name: 'Branch here' }).click();
  await playMoves(tabB, 1);
  const banner = tabB.getByRole('alert').filter({ hasText: 'This session was changed in another tab' });
  await expect(banner).toBeVisible();
  await expectNoAxeViolations(tabB);
  await tabB.waitForTimeout(500);
  expect(await names(tabB)).toContain('Tab A’s branch');

  // Keep both: B's version becomes a copy; A's session is untouched.
  await banner.getByRole('button', { name: 'Keep both' }).click();
  await expect(tabB.getByText(/Your version is saved as “.+ \(copy\)”/)).toBeVisible();
  await expect.poll(async () => (await storedSessions(tabB)).length).toBe(2);
  // Tab A goes on with its own session, branch and all.
  await page.bringToFront();
  await expect(page.getByRole('heading', { name: /Tab A’s branch/ })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(0);
  expect(await names(page)).toContain('Tab A’s branch');
  await tabB.close();
});

test('a tab that reloads takes the version saved in the other tab', async ({ page }) => {
  await openFresh(page);
  const tabB = await page.context().newPage();
  await tabB.goto('/');
  await replayTo(page, 10);
  await page.getByRole('button', { name: 'Branch here' }).click();
  const before = await revision(page);
  await playMoves(page, 1);
  await expectSavedAfter(page, before);
  await tabB.bringToFront();
  await replayTo(tabB, 2);
  await tabB.getByRole('button', { name: 'Branch here' }).click();
  await playMoves(tabB, 1);
  const banner = tabB.getByRole('alert').filter({ hasText: 'This session was changed in another tab' });
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect(tabB.getByText('Showing the version saved in the other tab.')).toBeVisible();
  await expect(branches(tabB)).toHaveCount(await branches(page).count());
  await tabB.close();
});

test('an older share link opens as a copy and leaves the newer saved work alone', async ({ page }) => {
  await openFresh(page);
  await replayTo(page, 10);
  await page.getByRole('button', { name: 'Branch here' }).click();
  await playMoves(page, 1);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel(/^Link/).inputValue();
  await page.keyboard.press('Escape');
  // Newer work under the same session id.
  const before = await revision(page);
  await playMoves(page, 2);
  await expectSavedAfter(page, before);
  // Debounced writes: wait until the last of the two moves is stored.
  await expect.poll(async () => (await storedSessions(page))[0]?.session.timeline.nodes.length).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(600);
  const newer = (await storedSessions(page))[0]?.session.timeline.nodes.length ?? 0;

  await page.goto(link);
  await expect(page.getByText(/Opened the shared session as a copy named “.+ \(copy\)”, because a different version of it is already saved\./)).toBeVisible();
  await expect.poll(async () => (await storedSessions(page)).map((r) => r.session.timeline.nodes.length).sort((x, y) => x - y)).toEqual([newer - 2, newer]);
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await expect(page.getByRole('button', { name: /^Open .+ \(copy\)$/ })).toHaveCount(1);
});

test('safe mode (?safe) starts without the last session and opens the saved sessions list', async ({ page }) => {
  await openFresh(page);
  await replayTo(page, 10);
  await page.getByRole('button', { name: 'Branch here' }).click();
  await playMoves(page, 1);
  await expect.poll(async () => (await storedSessions(page))[0]?.revision ?? 0).toBeGreaterThan(1);
  await page.goto('/?safe');
  const dialog = page.getByRole('dialog', { name: 'Saved sessions' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Safe mode: your last session was not reopened.');
  // The session with the branch is listed, ready to export, open or delete.
  await expect(dialog.getByRole('button', { name: /^Export / }).first()).toBeVisible();
  await expect.poll(async () => (await storedSessions(page)).some((r) => r.revision > 1)).toBe(true);
  await expectNoAxeViolations(page);
});

test('a full storage is never silent: a banner with the download, a warning on leaving, and the work offered back after the reload', async ({ page }) => {
  // While the flag is set, every IndexedDB write fails as a full disk does.
  await page.addInitScript(() => {
    if (localStorage.getItem('e2e:full') !== null) {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }
  });
  await openFresh(page);
  // The first visit's session is stored before the disk "fills"; otherwise the reload would start another one.
  await expect.poll(async () => (await storedSessions(page)).length).toBe(1);
  await page.evaluate(() => localStorage.setItem('e2e:full', '1'));
  await page.reload();
  await replayTo(page, 10);
  await page.getByRole('button', { name: 'Branch here' }).click();
  await playMoves(page, 2);
  const banner = page.getByRole('alert').filter({ hasText: 'Your changes are not being saved' });
  await expect(banner).toContainText("The browser's storage for this site is full");
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download this session' }).click();
  expect((await download).suggestedFilename()).toMatch(/^whn-march-2019-.+\.json$/);

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.evaluate(() => localStorage.removeItem('e2e:full'));
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  const offered = page.getByRole('alert').filter({ hasText: 'Before the last reload, changes to' });
  await expect(offered).toBeVisible();
  await offered.getByRole('button', { name: 'Open it as a copy' }).click();
  await expect(page.getByText(/Your version is saved as “.+ \(copy\)”/)).toBeVisible();
  // The copy holds the moves that could not be saved: more steps than the session restored at the reload.
  await expect.poll(async () => (await storedSessions(page)).map((r) => r.session.timeline.nodes.length).sort((x, y) => x - y)).toHaveLength(2);
  const [restored, copy] = (await storedSessions(page)).map((r) => r.session.timeline.nodes.length).sort((x, y) => x - y);
  expect(copy).toBeGreaterThan(restored ?? 0);
});
