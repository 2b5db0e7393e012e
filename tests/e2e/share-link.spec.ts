import { expect, test, type Page } from '@playwright/test';
import { branches, expectNoAxeViolations, movesRegion, openFresh, posture, replayTo } from './helpers.ts';

/** Makes a session worth sharing (a named branch at 22 Mar) and returns its share link. */
async function sharedLink(page: Page): Promise<string> {
  await openFresh(page);
  await replayTo(page, 10);
  await expect(page.getByTestId('current-date')).toHaveText('22 Mar 2019');
  await page.getByRole('button', { name: 'Branch here' }).click();
  await movesRegion(page).getByRole('button', { name: /maximum-pressure push/ }).click();
  await expect(branches(page)).toHaveCount(2);
  await page.getByRole('button', { name: /^Rename Branch from/ }).click();
  await page.getByLabel('Branch name').fill('Pressure instead');
  await page.getByLabel('Branch name').press('Enter');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel(/^Link/).inputValue();
  expect(link).toContain('#s=');
  return link;
}

test('a share link pasted into a tab that already has the app open opens the shared session', async ({ page, browser }) => {
  const link = await sharedLink(page);

  const other = await browser.newContext();
  const tab = await other.newPage();
  await openFresh(tab);
  await replayTo(tab, 3);
  const ownDate = await tab.getByTestId('current-date').textContent();
  expect(ownDate).not.toBe('22 Mar 2019');

  // Only the hash changes: no reload, as when someone pastes a link into the address bar.
  await tab.evaluate((href) => {
    window.location.href = href;
  }, link);
  await expect(tab.getByText('Opened the shared session.')).toBeVisible();
  await expect(branches(tab)).toHaveCount(2);
  await expect(tab.getByRole('heading', { name: /Pressure instead/ })).toBeVisible();
  await expect(posture(tab, 'us', 'sanctions')).toContainText('Maximum pressure');
  // The link has done its job: a reload comes back to the autosaved session, not the link.
  expect(await tab.evaluate(() => window.location.hash)).toBe('');
  await expectNoAxeViolations(tab);

  // The session that was open stays in the saved sessions.
  await tab.getByRole('button', { name: 'Sessions…' }).click();
  await expect(tab.getByRole('button', { name: /^Open March 2019/ })).toHaveCount(2);
  await tab.keyboard.press('Escape');

  // A damaged link pasted the same way says so and leaves the session on screen untouched.
  await tab.evaluate((href) => {
    window.location.href = href;
  }, link.slice(0, link.length - 40).replace('#s=', '#s=x'));
  await expect(tab.getByRole('alert')).toContainText('could not be opened');
  await expect(tab.getByRole('alert')).toContainText('Your current session is unchanged');
  await expect(tab.getByRole('link', { name: /Download the data/ })).toBeVisible();
  await expect(branches(tab)).toHaveCount(2);
  await expect(posture(tab, 'us', 'sanctions')).toContainText('Maximum pressure');
  await other.close();
});
