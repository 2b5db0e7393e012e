import { expect, test } from '@playwright/test';
import { branchAt22March, expectNoAxeViolations, expectNoSidewaysScroll, expectReadableCharts, expectTouchTargets, openFresh } from './helpers.ts';

/**
 * Students open the app on phones and tablets (issue 14): the simulator, the classroom screens and
 * the debrief at 390×844 and 768×1024 on a touch screen never scroll the page sideways (tables and
 * charts scroll inside their own box), and every control is at least 44 px tall. 1280×720 is walked
 * too, to be sure the desktop layout did not break. Screenshots: test-results/screenshots/phones-*.
 */

const SIZES = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'tablet', width: 768, height: 1024, touch: true },
  { name: 'desktop', width: 1280, height: 720, touch: false },
] as const;

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    test(`the simulator, the classroom and the debrief fit a ${size.name}`, async ({ page }) => {
      test.setTimeout(120_000);
      const check = async (screen: string) => {
        await expectNoSidewaysScroll(page, screen);
        if (size.touch) await expectTouchTargets(page, screen);
        await page.screenshot({ path: `test-results/screenshots/phones-${size.width}-${screen}.png` });
      };

      await openFresh(page);
      await check('simulator');
      if (size.name === 'phone') await expectNoAxeViolations(page);
      await branchAt22March(page);
      await expect(page.getByRole('region', { name: /What happens next/ })).toContainText(/%/, { timeout: 30_000 });
      await page.getByRole('region', { name: /What happens next/ }).scrollIntoViewIfNeeded();
      await check('whats-next');
      await expectReadableCharts(page, page.getByRole('region', { name: /What happens next/ }), 'What happens next');
      await page.getByRole('region', { name: 'Charts', exact: true }).scrollIntoViewIfNeeded();
      await check('charts');
      for (const tab of ['Tension', 'Goldstein per move', 'Cumulative Goldstein']) {
        await page.getByRole('region', { name: 'Charts', exact: true }).getByRole('tab', { name: tab }).click();
        await expectReadableCharts(page, page.getByRole('region', { name: 'Charts', exact: true }), `the ${tab} chart`);
      }

      await page.getByRole('button', { name: 'Classroom' }).click();
      await expect(page.getByRole('button', { name: 'Start the exercise' })).toBeVisible();
      await check('classroom-setup');
      await page.getByRole('button', { name: 'Start the exercise' }).click();
      await expect(page.getByRole('heading', { name: /^Pass the screen to/ })).toBeVisible();
      await check('classroom-handover');
      for (let team = 0; team < 2; team++) {
        await page.getByRole('button', { name: /is ready: show our moves/ }).click();
        if (team === 0) await check('classroom-team-turn');
        await page.locator('.classroom__main').getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
      }
      await page.getByRole('button', { name: 'Reveal the moves' }).click();
      await expect(page.getByRole('heading', { name: 'Round 1 revealed' })).toBeVisible();
      await check('classroom-reveal');

      await page.getByRole('button', { name: 'Debrief', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: /After-action review/ })).toBeVisible();
      await check('debrief');
      await page.locator('.debrief__charts').scrollIntoViewIfNeeded();
      await expectReadableCharts(page, page.locator('.debrief__charts'), 'the debrief');
      await check('debrief-charts');
      await page.locator('.debrief__table').scrollIntoViewIfNeeded();
      await check('debrief-table');
      if (size.name === 'phone') await expectNoAxeViolations(page);
    });
  });
}
