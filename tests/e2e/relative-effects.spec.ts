import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openFresh, openKorean, uploadScenario } from './helpers.ts';

/** Issue 12: a move with a relative effect says it in words on its card, and playing it moves the posture one rung. */
test('a relative effect is shown in words on the move card', async ({ page }) => {
  await openFresh(page);
  await uploadScenario(page, 'engine-relative-effects.yaml', 'Relative effects');
  const moves = page.locator('#moves');
  await expect(moves.getByRole('button', { name: 'Test an ICBM' })).toHaveAccessibleDescription(/Effects: DPRK Testing at least ICBM/);
  await expect(moves.getByText('Effects: raises DPRK Testing by 2 levels')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/relative-effects-1280.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await moves.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/relative-effects-390.png', fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the relative effects read in Korean on the move cards, and playing one moves the posture two rungs', async ({ page }) => {
  await openKorean(page);
  await uploadScenario(page, 'engine-relative-effects.yaml', 'Relative effects', { scenarioButton: '시나리오…' });
  const moves = page.locator('#moves');
  await expect(moves.getByRole('button', { name: 'Test an ICBM' })).toHaveAccessibleDescription(/효과: DPRK Testing 최소 ICBM/);
  await expect(moves.getByText('효과: DPRK Testing을(를) 2단계 올림')).toBeVisible();
  await moves.getByRole('button', { name: 'Escalate testing' }).click();
  await expect(moves.getByText('효과: US Sanctions을(를) 1단계 내림, DPRK Testing 최대 Short-range')).toBeVisible();
  await expectNoAxeViolations(page);
});
