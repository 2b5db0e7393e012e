/**
 * At laptop and projector sizes, in free play off the historical track: the header shows the whole
 * scenario title (two lines at most, nothing cut), and the replay bar's narration keeps the width
 * beside its controls when "Back to history (…)" joins them (it used to shrink to a narrow strip).
 */
import { expect, test, type Page } from '@playwright/test';
import { branchAt22March, openFresh, openKorean } from './helpers.ts';

async function widths(page: Page) {
  return page.evaluate(() => {
    const title = document.querySelector('.app-header__title') as HTMLElement;
    const controls = document.querySelector('.replay .step-controls') as HTMLElement;
    const story = document.querySelector('.replay__story') as HTMLElement;
    return { clamped: title.scrollHeight > title.clientHeight + 1, controls: controls.getBoundingClientRect().width, story: story.getBoundingClientRect().width };
  });
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const) {
  test(`free play at ${width}×${height}: the whole title, and the narration beside the controls`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await branchAt22March(page);
    await expect(page.getByRole('button', { name: 'Back to history (22 Mar 2019)' })).toBeVisible();
    const seen = await widths(page);
    expect(seen.clamped, 'the header title is cut').toBe(false);
    expect(seen.controls).toBeLessThanOrEqual(500);
    expect(seen.story).toBeGreaterThan(width - 500 - 120);
  });
}

test('free play in Korean at 1280×720: the narration beside the controls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openKorean(page);
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: '여기서 분기' }).click();
  await page.getByRole('region', { name: '행동' }).locator('button:not([disabled])').first().click();
  await expect(page.getByRole('button', { name: /역사로 돌아가기/ })).toBeVisible();
  const seen = await widths(page);
  expect(seen.clamped).toBe(false);
  expect(seen.story).toBeGreaterThan(1280 - 500 - 120);
});
