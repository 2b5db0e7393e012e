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

/** Issue 12, lapse and the moves list: a move is judged on the postures of the next move's date. */
test('the ICBM test is open once the pause ends before the next move, and the posture board says so', async ({ page }) => {
  await openFresh(page);
  await uploadScenario(page, 'time-lapse.yaml', 'Duration and lapse');
  const forward = page.getByRole('button', { name: 'Forward ▶' });
  for (let i = 0; i < 3; i++) await forward.click();
  await expect(page.getByRole('region', { name: 'Narration' })).toContainText('Pause testing');
  await page.getByRole('button', { name: 'Branch here' }).click();
  const moves = page.locator('#moves');
  const open = moves.getByRole('list', { name: 'Open moves of DPRK' });
  // History's own ICBM test (29 November, the day the pause ends) is judged on its date: open, marked.
  const history = open.getByRole('button', { name: /^Test an ICBM\s*history's move$/ });
  await expect(history).toBeVisible();
  await history.scrollIntoViewIfNeeded();
  await shootBothSizes(page, 'time-lapse-history');
  await page.setViewportSize({ width: 390, height: 844 });
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/time-lapse-history-card-390.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  // Ten one-week drills: 22 September to 24 November; the pause ends on 29 November.
  for (let i = 0; i < 10; i++) {
    await moves.getByRole('button', { name: 'Run a one-week drill' }).click();
    if (i < 9) await expect(open.getByRole('button', { name: 'Test an ICBM' })).toHaveCount(0);
  }
  await expect(page.getByTestId('current-date')).toHaveText('24 Nov 2017');
  await expect(page.getByTestId('posture-dprk-testing')).toContainText('Lapses to Testing on 29 Nov 2017, before the next move');
  await expect(open.getByRole('button', { name: 'Test an ICBM' })).toBeVisible();
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'time-lapse-moves');
  await open.getByRole('button', { name: 'Test an ICBM' }).click();
  await expect(page.getByTestId('current-date')).toHaveText('1 Dec 2017');
  await expect(page.getByTestId('posture-dprk-testing').locator('[aria-current="true"]')).toHaveText('ICBM');
});
