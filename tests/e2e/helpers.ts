import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Opens the app with no saved sessions, on the default scenario (March 2019). */
export async function openFresh(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
}

export function posture(page: Page, actor: string, name: string) {
  return page.getByTestId(`posture-${actor}-${name}`).locator('.posture__current');
}

/** Steps the replay forward until the header shows `date` (e.g. "25 Mar 2019") and the step narrates `move`. */
export async function replayTo(page: Page, steps: number) {
  for (let i = 0; i < steps; i++) await page.getByRole('button', { name: 'Forward ▶' }).click();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

export function movesRegion(page: Page) {
  return page.getByRole('region', { name: 'Moves' });
}

export function branches(page: Page) {
  return page.getByRole('list', { name: 'Branches' }).getByTestId('branch');
}
