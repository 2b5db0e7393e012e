import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openFresh } from './helpers.ts';

/** One simultaneous round on the hot seat: each team takes the screen, commits in secret, then the reveal. */
async function playRound(page: Page, n: number, hawks: string, doves: string) {
  const main = page.locator('.classroom__main');
  await expect(page.getByRole('heading', { name: 'Pass the screen to Hawks' })).toBeVisible();
  await expect(main).toContainText(`Round ${n}`);
  await page.getByRole('button', { name: 'Hawks is ready: show our moves' }).click();
  await main.getByRole('radio', { name: hawks }).check();
  await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  // The hand-over screen hides Hawks' choice from Doves.
  await expect(page.getByRole('heading', { name: 'Pass the screen to Doves' })).toBeVisible();
  if (!/^Pass/.test(hawks)) {
    await expect(main).not.toContainText(hawks);
    await expect(page.locator('.session-log')).not.toContainText(hawks);
  }
  await page.getByRole('button', { name: 'Doves is ready: show our moves' }).click();
  await main.getByRole('radio', { name: doves }).check();
  await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await expect(page.getByRole('heading', { name: 'Every team has committed' })).toBeVisible();
  await page.getByRole('button', { name: 'Reveal the moves' }).click();
  await expect(page.getByRole('heading', { name: `Round ${n} revealed` })).toBeVisible();
  const revealed = page.locator('.reveal__moves');
  await expect(revealed).toContainText(/^Pass/.test(hawks) ? 'US passes' : hawks);
  await expect(revealed).toContainText(/^Pass/.test(doves) ? 'DPRK passes' : doves);
  await expect(revealed).toContainText('(Computer)');
  await page.getByRole('button', { name: 'Next round' }).click();
}

async function exportSession(page: Page): Promise<Record<string, unknown>> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const path = await (await download).path();
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

test('a two-team simultaneous exercise with a facilitator, then the debrief, print and re-import', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Classroom' }).click();

  // Setup
  await page.getByLabel('Team 1 name').fill('Hawks');
  await page.getByLabel('Team 2 name').fill('Doves');
  await expect(page.getByLabel('United States')).toHaveValue('team-1');
  await expect(page.getByLabel('North Korea (DPRK)')).toHaveValue('team-2');
  await expect(page.getByLabel('South Korea (ROK)')).toHaveValue('computer');
  await page.getByLabel("Facilitator's name").fill('Ms Rivera');
  await page.getByLabel("Seed for the computer's moves").fill('42');
  await expect(page.getByRole('radio', { name: /Simultaneous/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the exercise' }).click();

  await expectNoAxeViolations(page);
  await playRound(page, 1, 'Insist on a comprehensive deal', 'Rebuild a launch site');
  await playRound(page, 2, 'Pass: do nothing this turn', 'Threaten to suspend talks');

  // The facilitator injects a historical event, with a reason.
  await page.getByLabel('Action').selectOption('inject-event');
  await page.getByLabel('Event (from the historical record)').selectOption({ label: '2019-03-22: DPRK: Withdraw staff from the liaison office' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.facilitator')).toContainText('Give a short reason');
  await page.getByLabel('Reason (for the session log)').fill('Bring in what really happened on 22 March');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.session-log')).toContainText('injected the event of 2019-03-22');
  await expect(page.locator('.session-log')).toContainText('reason: Bring in what really happened on 22 March');
  await expect(page.getByTestId('posture-dprk-liaison').locator('.posture__current')).toContainText('Withdrawn');

  await playRound(page, 3, 'Launch a maximum-pressure push', 'Test a tactical weapon');
  await playRound(page, 4, 'Pass: do nothing this turn', 'Pass: do nothing this turn');
  await expectNoAxeViolations(page);

  // Debrief
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /After-action review/ })).toBeVisible();
  const path = page.locator('.debrief__path li');
  await expect(path.first()).toContainText('Start');
  await expect(page.locator('.debrief__path')).toContainText('US: Insist on a comprehensive deal');
  await expect(page.locator('.debrief__path')).toContainText('DPRK: Withdraw staff from the liaison office');
  const decisions = page.locator('.debrief__table tbody tr');
  await expect(decisions.filter({ hasText: 'Rebuild a launch site' })).toContainText('Doves');
  await expect(decisions.filter({ hasText: 'Withdraw staff' })).toContainText('Ms Rivera');
  await expect(page.getByRole('heading', { name: 'Divergence from history' })).toBeVisible();
  await expect(page.locator('#debrief-divergence + p')).toContainText('The class left the historical track after');
  await expect(page.getByRole('heading', { name: 'What really happened instead' })).toBeVisible();
  await expect(page.locator('.debrief__history')).toContainText('2019-02-27');
  await expect(page.locator('.debrief__log')).toContainText('reason: Bring in what really happened on 22 March');
  await expect(page.locator('.debrief__questions li')).toHaveCount(7);
  await expect(page.locator('.debrief__charts')).toContainText(/Tension/i);
  await expectNoAxeViolations(page);

  // The print view: no UI chrome, the whole review.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.debrief__actions')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/classroom-debrief-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Export, start afresh, import: the same session comes back.
  const before = await exportSession(page);
  expect(before.classroom).toMatchObject({ format: 'whn-classroom', settings: { teams: [{ name: 'Hawks' }, { name: 'Doves' }] } });
  const file = JSON.stringify(before);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await page.getByLabel('Import a session file (.json)').setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: `Open ${String(before.name)}`, disabled: false }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Classroom' }).click();
  await expect(page.locator('.session-log')).toContainText('reason: Bring in what really happened on 22 March');
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  const after = await exportSession(page);
  const strip = (s: Record<string, unknown>) => ({ ...s, savedAt: null });
  expect(strip(after)).toEqual(strip(before));
});
