import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { clearSavedData, expectNoAxeViolations, openFresh } from './helpers.ts';

/** The CodeMirror text of the draft, as the author reads it. */
const code = (page: Page) => page.getByRole('textbox', { name: /Scenario text of/ });
const status = (page: Page) => page.getByTestId('editor-status');

/** Puts the cursor at the end of the first line of the draft that reads `text`, with the editor's own search (Ctrl+F). */
async function cursorAfter(page: Page, text: string) {
  await code(page).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  await page.getByRole('textbox', { name: 'Find' }).fill('');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
}

async function clearDrafts(page: Page) {
  await clearSavedData(page);
  await page.evaluate(() => new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('whn-drafts');
    request.onsuccess = request.onerror = () => resolve();
  }));
}

async function newDraft(page: Page) {
  await clearDrafts(page);
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario editor');
  await expect(status(page)).toHaveText('The scenario is valid.');
}

test('an author writes a scenario: a located mistake, the fix, the preview, a reload, Play this', async ({ page }) => {
  // The editor styles itself within the app's Content-Security-Policy (no inline <style>).
  const violations: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
  await newDraft(page);
  await expect(page.getByTestId('explore-states')).toHaveText('4 reachable states (0 terminal)');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Northland' })).toBeVisible();

  // A mistake: a move of an actor that does not exist. The loader's message, at its line and column.
  await cursorAfter(page, 'actor: south');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('z');
  await expect(status(page)).toHaveText(/^One problem/);
  const problems = page.getByRole('list', { name: 'Problems in the draft' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('line 94, column 12');
  await expect(problems).toContainText("moves[2].actor: unknown actor 'souz'");
  await expect(page.locator('.cm-lintRange-error')).toHaveText('souz');
  // The preview and the explore report keep the last valid version, and say so.
  await expect(page.getByText('The text has problems: this report is of the last version that was valid.')).toBeVisible();
  await expect(page.getByTestId('explore-states')).toHaveText('4 reachable states (0 terminal)');
  // The Play button says why it waits.
  await expect(page.getByRole('button', { name: 'Play this' })).toHaveAttribute('aria-disabled', 'true');

  // Going to the problem puts the cursor there; the fix clears it.
  await problems.getByRole('button', { name: /Go to line 94, column 12/ }).click();
  await expect(code(page)).toBeFocused();
  await cursorAfter(page, 'actor: souz');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('th');
  await expect(status(page)).toHaveText('The scenario is valid.');
  await expect(problems).toHaveCount(0);
  await expect(page.getByText('The text has problems: this report is of the last version that was valid.')).toHaveCount(0);

  // The preview follows the text.
  await cursorAfter(page, 'name: Northland');
  await page.keyboard.type(' Republic');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Northland Republic' })).toBeVisible();
  await expect(page.getByTestId('draft-saved')).toHaveText('Draft saved in this browser');

  // A reload comes back to the draft, as written.
  await page.reload();
  await expect(status(page)).toHaveText('The scenario is valid.');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Northland Republic' })).toBeVisible();

  await page.getByRole('button', { name: 'Play this' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My scenario');
  await expect(page.getByRole('region', { name: 'Postures' }).getByRole('heading', { name: 'Northland Republic' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opened My scenario' })).toBeVisible();

  // The draft is listed from the picker.
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('button', { name: 'Drafts…' }).click();
  await expect(page.getByTestId('drafts-list')).toContainText('My scenario');
  expect(violations).toEqual([]);
});

/** The texts of the drafts stored in this browser, read from IndexedDB as the app wrote them. */
const storedDraftTexts = (page: Page) =>
  page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('whn-drafts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => {
        resolve((all.result as { text: string }[]).map((d) => d.text));
        open.result.close();
      };
    };
  }));

test('a draft survives a crash of its tab: no unload event, and the text comes back', async ({ page, context }) => {
  await newDraft(page);
  await cursorAfter(page, 'name: Northland');
  await page.keyboard.type(' Federation');
  // Saved while typing, not on leaving: a crash gives the page no pagehide to save on.
  await expect.poll(async () => (await storedDraftTexts(page)).some((t) => t.includes('name: Northland Federation')), { timeout: 5_000 }).toBe(true);
  const address = page.url();
  expect(address).toMatch(/[?&]edit=/);
  const crashed = page.waitForEvent('crash');
  await page.goto('chrome://crash').catch(() => undefined);
  await crashed;
  const again = await context.newPage();
  await again.goto(address);
  await expect(again.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Northland Federation' })).toBeVisible();
});

test('Edit this scenario starts a draft from the scenario on screen, valid, with its preview', async ({ page }) => {
  await clearDrafts(page);
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('button', { name: 'Edit this scenario' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenario editor');
  await expect(status(page)).toHaveText('The scenario is valid.');
  await expect(code(page)).toHaveAccessibleName(/Scenario text of March 2019: what happens next/);
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'North Korea (DPRK)' })).toBeVisible();
  expect(page.url()).toMatch(/[?&]edit=/);
});

test('completion offers the draft ids and CAMEO codes, and a code explains itself on hover', async ({ page }) => {
  await newDraft(page);
  await cursorAfter(page, 'actor: south');
  await page.keyboard.press('Enter');
  await page.keyboard.type('cameo: "16');
  const list = page.locator('.cm-tooltip-autocomplete');
  await expect(list).toContainText('163');
  await expect(list).toContainText('Impose embargo, boycott, or sanctions');
  await page.keyboard.press('Escape');
  // A code explains itself on hover: the mouse rests on a move's code.
  await cursorAfter(page, "cameo: '152'");
  const token = page.locator('.cm-line', { hasText: "cameo: '152'" }).first().locator('text=152');
  const hover = page.locator('.editor__hover');
  // CodeMirror shows a hover once the mouse has rested on the text: move onto the code, a little at a time, until it does.
  await expect(async () => {
    const box = await token.boundingBox();
    if (!box) throw new Error('the code is not on screen');
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await expect(hover).toBeVisible({ timeout: 1_500 });
  }).toPass({ timeout: 15_000 });
  await expect(hover).toContainText(/CAMEO 152: .+ \(Goldstein -?[\d.]+\)/);
});

test('the editor has no axe violations, with a problem shown', async ({ page }) => {
  await newDraft(page);
  await cursorAfter(page, 'actor: south');
  await page.keyboard.type('x');
  await expect(status(page)).toHaveText(/^One problem/);
  await expectNoAxeViolations(page);
  // What a screen reader gets beyond a <textarea>: a named multi-line text box described by its
  // keyboard help, a status line announced as it changes, and the problems as a list of text.
  await expect(code(page)).toHaveAttribute('aria-multiline', 'true');
  await expect(code(page)).toHaveAccessibleDescription(/Escape/);
  await expect(status(page)).toHaveRole('status');
  const item = page.getByRole('list', { name: 'Problems in the draft' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('button')).toHaveAccessibleName(/^Go to line \d+, column \d+ \(error\)$/);
  await expect(item).toContainText(/moves\[\d+\]\.actor: unknown actor 'southx' — did you mean 'south'\?/);
  // Tab indents inside the text; Escape then Tab leaves it for the next control, as documented.
  await page.keyboard.press('Tab');
  await expect(code(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(code(page)).not.toBeFocused();
  // (The Tab above indented the line: the problem is another one now, and its place is the next stop.)
  await expect(page.getByRole('button', { name: /^Go to line \d+, column \d+/ }).first()).toBeFocused();
});

test('a file opens into a new draft, and the draft downloads as .yaml', async ({ page }) => {
  await newDraft(page);
  await page.getByTestId('editor-file').setInputFiles({ name: 'tutorial.yaml', mimeType: 'text/yaml', buffer: readFileSync('scenarios/tutorial.yaml') });
  await expect(page.getByRole('heading', { level: 2, name: 'Tutorial: trouble in the Varga valley' })).toBeVisible();
  await expect(status(page)).toHaveText('The scenario is valid.');
  await expect(page.getByTestId('drafts-list').getByRole('listitem')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .yaml' }).click();
  expect((await download).suggestedFilename()).toBe('tutorial.yaml');
});

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  test(`the editor at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await newDraft(page);
    await cursorAfter(page, 'actor: south');
    await page.keyboard.type('x');
    await expect(status(page)).toHaveText(/^One problem/);
    await page.screenshot({ path: `test-results/screenshots/editor-${width}x${height}.png` });
    await page.screenshot({ path: `test-results/screenshots/editor-${width}x${height}-full.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}
