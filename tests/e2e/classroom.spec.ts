import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openFresh, clearSavedData } from './helpers.ts';

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
  await page.getByLabel('Event (from the historical record)').selectOption({ label: '22 Mar 2019: DPRK: Withdraw staff from the liaison office' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.facilitator')).toContainText('Give a short reason');
  await page.getByLabel('Reason (for the session log)').fill('Bring in what really happened on 22 March');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.session-log')).toContainText('injected the event of 22 Mar 2019');
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
  await expect(page.locator('.debrief__history')).toContainText('27 Feb 2019');
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
  await clearSavedData(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await page.getByLabel('Import a session file (.json)').setInputFiles({ name: 'class.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByRole('button', { name: `Open ${String(before.name)}`, disabled: false }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Classroom' }).click();
  await expect(page.locator('.session-log')).toContainText('reason: Bring in what really happened on 22 March');
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  const after = await exportSession(page);
  const strip = (s: Record<string, unknown>) => ({ ...s, savedAt: null, name: null });
  expect(strip(after)).toEqual(strip(before));
  // The fresh session started after the reload has today's default name too: the import is told apart.
  expect(after.name).toBe(`${String(before.name)} (2)`);
});

/** Everything on the page fits the viewport's width (no sideways scrolling on a projector). */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
}

async function inView(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box?.y ?? -1, `${selector} top`).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0), `${selector} bottom`).toBeLessThanOrEqual(720);
}

test('on a 1280×720 projector the exercise fits, keeps the clock and Commit in view, and survives a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await page.getByRole('button', { name: 'Classroom' }).click();

  // Setup: centred with a way out.
  const form = page.locator('.classroom-setup');
  expect((await form.boundingBox())?.x ?? 0).toBeGreaterThan(16);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'Postures' })).toBeVisible();
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByLabel('Team 1 name').fill('Washington');
  await page.getByLabel('Team 2 name').fill('Pyongyang');
  await page.getByRole('checkbox', { name: 'Turn timer' }).check();
  await page.getByLabel('Seconds per team turn').fill('180');
  await page.screenshot({ path: 'test-results/screenshots/classroom-1280-setup.png' });
  await page.getByRole('button', { name: 'Start the exercise' }).click();

  await expect(page.locator('.mode-pill')).toHaveText('Classroom');
  await expectNoSidewaysScroll(page);
  expect((await page.locator('.classroom__where').boundingBox())?.x ?? 0).toBeGreaterThan(8);

  // The team's screen: focus on its heading, clock and Commit stay in view while scrolling.
  await page.getByRole('button', { name: 'Washington is ready: show our moves' }).click();
  await expect(page.getByRole('heading', { name: 'Washington: your move' })).toBeFocused();
  await page.mouse.wheel(0, 900);
  await page.waitForTimeout(200);
  await inView(page, '.turn-timer__clock');
  await inView(page, '.team-turn__commit button');
  await page.screenshot({ path: 'test-results/screenshots/classroom-1280-team-turn.png' });

  // A reload keeps counting from the same deadline.
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(page.locator('.turn-timer__clock')).toHaveText(/^2:5\d$/);

  await page.locator('.classroom__main').getByRole('radio', { name: 'Meet Kim at a summit' }).check();
  await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await page.getByRole('button', { name: 'Pyongyang is ready: show our moves' }).click();
  await page.locator('.classroom__main').getByRole('radio', { name: 'Pass: do nothing this turn' }).check();
  await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await page.getByRole('button', { name: 'Reveal the moves' }).click();
  await expect(page.locator('.classroom__where')).toContainText('Round 1 revealed');
  await expect(page.locator('.reveal__tension')).toHaveText(/^Tension index: \d+ → \d+ \((\+\d+|−\d+|0)\)$/);
  await page.screenshot({ path: 'test-results/screenshots/classroom-1280-reveal.png' });

  // A facilitator's refusal shows once, in the panel, and goes with the next action.
  await page.getByLabel('Action').selectOption('pause');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.facilitator .notice--error')).toContainText('reason');
  await expect(page.locator('.app__status .notice--error')).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'reason' })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await page.getByRole('button', { name: 'Next round' }).click();
  await expect(page.locator('.facilitator .notice--error')).toHaveCount(0);

  // Events closed at this point are marked and cannot be chosen.
  await page.getByLabel('Action').selectOption('inject-event');
  const closed = page.getByLabel('Event (from the historical record)').locator('option', { hasText: '(closed:' });
  expect(await closed.count()).toBeGreaterThan(0);
  await expect(closed.first()).toBeDisabled();
  await expectNoSidewaysScroll(page);

  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  await expect(page.locator('.mode-pill')).toHaveText('Classroom');
  await expect(page.locator('.debrief__summary')).toContainText('The class made 3 moves');
  // Tension as on the board: whole numbers, changes with a true minus sign.
  for (const cell of await page.locator('.debrief__table tbody td:nth-child(7)').allTextContents()) expect(cell).toMatch(/^\d+$/);
  for (const cell of await page.locator('.debrief__table tbody td:nth-child(8)').allTextContents()) expect(cell).toMatch(/^(\+\d+|\u2212\d+|0)$/);
  await page.screenshot({ path: 'test-results/screenshots/classroom-1280-debrief.png', fullPage: true });
});

test('the tutorial warm-up lasts past the first move, and a game-ending round offers the debrief at once', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('button', { name: /^Open Tutorial: trouble in the Varga valley/ }).click();
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  const main = page.locator('.classroom__main');
  await page.getByRole('button', { name: 'Team A is ready: show our moves' }).click();
  await main.getByRole('radio', { name: 'Offer to reconvene the commission' }).check();
  await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await page.getByRole('button', { name: 'Team B is ready: show our moves' }).click();
  await main.getByRole('radio', { name: 'Open the crossing freely' }).check();
  await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await page.getByRole('button', { name: 'Reveal the moves' }).click();
  // Marenia's offer alone did not end the game: Tolvany's move still counted.
  await expect(page.locator('.reveal__moves')).not.toContainText('Void');
  await expect(page.locator('.reveal__ended')).toHaveText('The exercise has ended: Settlement.');
  await expect(page.getByRole('button', { name: 'Next round' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open the debrief' })).toBeFocused();
  await page.getByRole('button', { name: 'Open the debrief' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /After-action review/ })).toBeVisible();
});
