import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openFresh } from './helpers.ts';

/** Starts a classroom exercise on the default scenario and has the facilitator override a posture level. */
async function overrideInClassroom(page: Page) {
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.getByLabel('Action').selectOption('override');
  await page.getByLabel('Reason (for the session log)').fill('Suppose Pyongyang had launched');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('.facilitator')).toContainText(/^.*Set .*; logged\./);
  await expect(page.locator('.session-log')).toContainText('reason: Suppose Pyongyang had launched');
}

/** The free-play screen works at a node after an override: the board, and What happens next with its explanation. */
async function expectWorkingScreen(page: Page) {
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.getByRole('region', { name: 'Postures' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'What happens next' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/No equivalent whn rollout command: this point's path includes a facilitator's posture override/, { timeout: 30_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'could not be shown' })).toHaveCount(0);
}

test('after an override, leaving classroom mode shows the simulator, and so does every reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openFresh(page);
  await overrideInClassroom(page);
  await page.getByRole('button', { name: 'Leave classroom mode' }).click();
  await expectWorkingScreen(page);
  await page.reload();
  await expectWorkingScreen(page);
  await page.reload();
  await expectWorkingScreen(page);
  expect(errors).toEqual([]);
});

test('a session file with an override opens in a fresh browser', async ({ page, browser }) => {
  await openFresh(page);
  await overrideInClassroom(page);
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export session (JSON)' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  const name = String((JSON.parse(file) as { name: unknown }).name);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors: string[] = [];
  other.on('pageerror', (e) => errors.push(e.message));
  await openFresh(other);
  await other.getByRole('button', { name: 'Sessions…' }).click();
  await other.getByLabel('Import a session file (.json)').setInputFiles({ name: 'with-override.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await other.getByRole('button', { name: `Open ${name}`, disabled: false }).click();
  await expect(other.getByRole('dialog')).toBeHidden();
  // Opened from the dialog, the session shows the simulator at the overridden node (where it crashed before).
  await expectWorkingScreen(other);
  // Reloaded, it opens in classroom mode; leaving it shows the same node.
  await other.reload();
  await other.getByRole('button', { name: 'Leave classroom mode' }).click();
  await expectWorkingScreen(other);
  expect(errors).toEqual([]);
  await fresh.close();
});
