import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { clearSavedData, expectNoAxeViolations, openFresh, openKorean, shootBothSizes, storedSessions } from './helpers.ts';

/** A session saved against March 2019 as it shipped before it was dated in its places. */
const OLDER_TEXT = readFileSync('tests/fixtures/older-version-march-2019-session.json', 'utf8');
const OLDER = JSON.parse(OLDER_TEXT) as { name: string; scenario: { hash: string }; timeline: { nodes: unknown[] } };

/** Steps forward until the narration starts with `text`. */
async function forwardTo(page: Page, forward: string, text: string) {
  const story = page.getByRole('region', { name: /Narration|해설/ }).locator('.replay__heading');
  for (let i = 0; i < 30 && !((await story.textContent()) ?? '').startsWith(text); i++) await page.getByRole('button', { name: forward }).click();
  await expect(story).toHaveText(new RegExp(`^${text.replace(/[()]/g, '\\$&')}`));
}

/** Issue 12: March 2019's pull-out and tweet on their own places' calendar days. */
test('March 2019 says each step of 21–25 March in its place, Washington named as such', async ({ page }) => {
  await openFresh(page);
  await forwardTo(page, 'Forward ▶', '21 Mar 2019, Washington · already 22 Mar in Seoul — Designate sanctions evaders');
  await forwardTo(page, 'Forward ▶', '22 Mar 2019, Seoul · morning, Kaesong; still the evening of 21 Mar in Washington — Withdraw staff from the liaison office');
  await shootBothSizes(page, 'march-places-pullout');
  await forwardTo(page, 'Forward ▶', '22 Mar 2019, Washington · afternoon; early 23 Mar in Seoul, after the Kaesong pull-out — Cancel sanctions by tweet');
  await shootBothSizes(page, 'march-places-tweet');
  await forwardTo(page, 'Forward ▶', '25 Mar 2019, Seoul · Monday, Kaesong — Send some staff back');
  await expectNoAxeViolations(page);
});

test('March 2019 in Korean says the places in Korean', async ({ page }) => {
  await clearSavedData(page);
  await openKorean(page);
  await forwardTo(page, '앞으로 ▶', '2019년 3월 22일, 워싱턴 · 오후. 서울은 3월 23일 새벽으로 개성 철수 이후');
  await shootBothSizes(page, 'march-places-ko-tweet');
});

test('a session file saved against the earlier March 2019 opens with a note, and is saved under this version', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await page.getByLabel('Import a session file (.json)').setInputFiles({ name: 'march.json', mimeType: 'application/json', buffer: Buffer.from(OLDER_TEXT) });
  await page.getByRole('button', { name: `Open ${OLDER.name}`, disabled: false }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(/It was made for another version of “March 2019: what happens next”; every move still fits this one/)).toBeVisible();
  await shootBothSizes(page, 'march-places-older-file');
  await expectNoAxeViolations(page);
  const saved = async () => (await storedSessions(page)).find((s) => (s.session as unknown as { name: string }).name === OLDER.name)?.session as unknown as { scenario: { hash: string }; timeline: { nodes: unknown[] } } | undefined;
  await expect.poll(async () => (await saved())?.scenario.hash).not.toBe(OLDER.scenario.hash);
  expect((await saved())?.timeline.nodes).toEqual(OLDER.timeline.nodes);
});
