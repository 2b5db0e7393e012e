import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openFresh, shootBothSizes, uploadScenario } from './helpers.ts';

/** Issue 12, time: a step dated in Seoul is shown on its Seoul date, with the date in the other place. */
test('a replay step in another zone says its place and the other place\'s date', async ({ page }) => {
  await openFresh(page);
  await uploadScenario(page, 'time-zones.yaml', 'Time zones');
  const story = page.getByRole('region', { name: 'Narration' });
  const forward = page.getByRole('button', { name: 'Forward ▶' });
  await forward.click();
  await expect(story).toContainText('21 Mar 2019, New York — Designate shippers');
  await forward.click();
  await expect(story).toContainText('22 Mar 2019, Seoul (21 Mar in New York) — Withdraw liaison staff');
  await expect(page.getByTestId('current-date')).toHaveText('22 Mar 2019');
  await forward.click();
  await expect(story).toContainText('22 Mar 2019, New York (23 Mar in Seoul) — Cancel sanctions by tweet');
  await forward.click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Back' }).first().click();
  await page.getByRole('button', { name: 'Back' }).first().click();
  await shootBothSizes(page, 'time-zones');
});

/** Issue 12, duration and lapse: the move card and the replay bar say how long an effect lasts. */
test('a lasting effect is said in words on the move card and in the replay bar', async ({ page }) => {
  await openFresh(page);
  await uploadScenario(page, 'time-lapse.yaml', 'Duration and lapse');
  await page.getByRole('button', { name: 'Forward ▶' }).click();
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText('21 Aug 2017 · lasts until 31 Aug 2017 — Start the allied exercise');
  await page.getByRole('button', { name: 'Branch here' }).click();
  const moves = page.locator('#moves');
  await expect(moves.getByRole('button', { name: 'Pause testing' })).toHaveAccessibleDescription(/Effects: sets DPRK Testing to Pause for 75 days, then Testing/);
  const drill = moves.getByText('Effects: sets US Allied exercises to Running for 7 days');
  await drill.scrollIntoViewIfNeeded();
  await expect(drill).toBeVisible();
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'time-lapse');
});
