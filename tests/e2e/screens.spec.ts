import { test, expect, type Page } from '@playwright/test';
import { clearSavedData } from './helpers.ts';

/** Screenshots of every screen at projector and desktop sizes, saved for review in test-results/screenshots/ (not committed; docs/screenshots holds the README's). */
const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

async function freshApp(page: Page) {
  await page.goto('/');
  await clearSavedData(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
}

for (const size of SIZES) {
  test(`screens at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await freshApp(page);
    for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Forward ▶' }).click();
    await page.screenshot({ path: `test-results/screenshots/replay-${size.name}.png` });
    await page.getByRole('button', { name: 'Branch here' }).click();
    await page.locator('#moves .move__button:not([aria-disabled])').first().click();
    await page.screenshot({ path: `test-results/screenshots/branch-${size.name}.png` });
    await page.screenshot({ path: `test-results/screenshots/branch-full-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: /^Compare History/ }).click();
    await page.screenshot({ path: `test-results/screenshots/compare-${size.name}.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Scenario…' }).click();
    await page.getByTestId('scenario-file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('format: 1\nmeta:\n  id: Bad Id\nactors: []\n') });
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/invalid-file-${size.name}.png` });
  });
}
