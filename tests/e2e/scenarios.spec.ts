import { test, expect } from '@playwright/test';
import { movesRegion, openFresh, replayTo } from './helpers.ts';

test('March 2019 opens by default, and the tutorial opens from the scenario picker and plays', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
  await expect(page.getByTestId('current-date')).toHaveText('27 Feb 2019');

  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('button', { name: /^Open Tutorial: trouble in the Varga valley/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Varga valley/);
  await expect(page.getByRole('region', { name: 'Postures' })).toContainText('Marenia');
  await expect(page.getByRole('region', { name: 'Postures' })).toContainText('Tolvany');

  // Its replay track plays through the same engine, and a move can be played off it.
  await replayTo(page, 4);
  await expect(page.getByTestId('current-date')).toHaveText('12 May 2030');
  await page.getByRole('button', { name: 'Branch here' }).click();
  const firstOpen = movesRegion(page).locator('.move__button:not([aria-disabled])').first();
  const label = (await firstOpen.textContent()) ?? '';
  await firstOpen.click();
  await expect(page.getByRole('list', { name: 'Branches' }).locator('[aria-current="step"]')).toContainText(label.replace("history's move", '').trim());
});
