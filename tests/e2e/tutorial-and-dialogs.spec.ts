import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openFresh } from './helpers.ts';

test('What happens next works on the tutorial scenario too: responses, fan, outcomes, paths, sensitivity', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('button', { name: /^Open Tutorial: trouble in the Varga valley/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Varga valley/);

  const panel = page.getByRole('region', { name: 'What happens next' });
  await expect(panel.getByText(/10,000 futures × 12 turns, seed 1/)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('table').first().getByRole('row').nth(1)).toContainText('%');
  await expect(panel.locator('.whn-chart svg.recharts-surface').first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Outcomes' })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Most likely paths' }).getByRole('listitem').first()).toContainText('%');

  await panel.getByLabel('Futures (N)').fill('1000');
  await expect(panel.getByText(/1,000 futures × 12 turns/)).toBeVisible({ timeout: 30_000 });
  const outcome = panel.getByLabel('Outcome', { exact: true });
  const firstOutcome = (await outcome.locator('option').first().textContent()) ?? '';
  await outcome.selectOption({ label: firstOutcome });
  await panel.getByRole('button', { name: 'Rank what moves it' }).click();
  await expect(panel.getByRole('table', { name: new RegExp(`${firstOutcome}: .*% as set now`) })).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(page);
});

test('axe finds no violations in the sessions and share-link dialogs', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});
