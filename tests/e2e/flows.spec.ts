import { test, expect } from '@playwright/test';
import { branchAt22March, branches, expectNoAxeViolations, movesRegion, openFresh, posture, replayTo } from './helpers.ts';

// March 2019's replay: step 10 is DPRK leaving the liaison office (22 Mar), step 12 some staff returning (25 Mar).
const STEP_WITHDRAW = 10;
const STEP_RETURN = 12;

test('replay March 2019 to 25 March: the liaison office is partly staffed again, and the chart shows the track', async ({ page }) => {
  await openFresh(page);
  await replayTo(page, STEP_WITHDRAW);
  await expect(page.getByTestId('current-date')).toHaveText('22 Mar 2019');
  await expect(posture(page, 'dprk', 'liaison')).toContainText('Withdrawn');
  await replayTo(page, STEP_RETURN - STEP_WITHDRAW);
  await expect(page.getByTestId('current-date')).toHaveText('25 Mar 2019');
  await expect(posture(page, 'dprk', 'liaison')).toContainText('Partly staffed');
  // The narration marks the unverified reading, and cites its sources as links.
  await expect(page.locator('.flag--unverified')).toContainText('Unverified');
  await expect(page.locator('.replay__sources a').first()).toHaveAttribute('rel', 'noopener noreferrer');
  const charts = page.getByRole('region', { name: 'Charts', exact: true });
  await expect(charts.locator('.recharts-surface').first()).toBeVisible();
  await expect(charts).toContainText('Historical record');
});

test('branch at 22 March with a different US move: both branches in the tree and the chart', async ({ page }) => {
  await openFresh(page);
  await branchAt22March(page);
  await expect(branches(page).nth(1)).toContainText('Launch a maximum-pressure push');
  await expect(branches(page).nth(0)).toContainText('Cancel sanctions by tweet');
  // The timeline box (a long History list above the new branch) scrolls "you are here" into view.
  const box = page.locator('.timeline__scroll');
  const here = page.getByRole('list', { name: 'Branches' }).locator('[aria-current="step"]');
  await expect
    .poll(async () => {
      const [b, h] = await Promise.all([box.boundingBox(), here.boundingBox()]);
      return !!b && !!h && h.y >= b.y - 1 && h.y + h.height <= b.y + b.height + 1;
    })
    .toBe(true);
  await expect(movesRegion(page).locator('.moves__branching[role="status"]')).toHaveText('');
  const charts = page.getByRole('region', { name: 'Charts', exact: true });
  await expect(charts).toContainText('Historical record');
  await expect(charts).toContainText('you are here');
  await expectNoAxeViolations(page);
});

test('undo and redo with the buttons and the keyboard', async ({ page }) => {
  await openFresh(page);
  await branchAt22March(page);
  const tree = page.getByRole('list', { name: 'Branches' });
  await page.getByRole('button', { name: 'Undo play move' }).click();
  await expect(posture(page, 'us', 'sanctions')).not.toContainText('Maximum pressure');
  await expect(tree).not.toContainText('Launch a maximum-pressure push');
  await expect(branches(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo play move' }).click();
  await expect(tree).toContainText('Launch a maximum-pressure push');
  await page.keyboard.press('Control+z');
  await expect(tree).not.toContainText('Launch a maximum-pressure push');
  await page.keyboard.press('Control+Shift+z');
  await expect(tree).toContainText('Launch a maximum-pressure push');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(posture(page, 'us', 'sanctions')).toContainText('Maximum pressure');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
});

test('a reload restores the session exactly where the user was', async ({ page }) => {
  await openFresh(page);
  await branchAt22March(page);
  const date = await page.getByTestId('current-date').textContent();
  await page.reload();
  await expect(page.getByText('Restored your last session.')).toBeVisible();
  await expect(branches(page)).toHaveCount(2);
  await expect(page.getByTestId('current-date')).toHaveText(date ?? '');
  await expect(posture(page, 'us', 'sanctions')).toContainText('Maximum pressure');
  await expect(page.locator('.mode-pill')).toHaveText('Free play');
});

test('a share link opens the same session in a fresh browser context', async ({ page, browser }) => {
  await openFresh(page);
  await branchAt22March(page);
  await page.getByRole('button', { name: /^Rename Branch from/ }).click();
  await page.getByLabel('Branch name').fill('Pressure instead');
  await page.getByLabel('Branch name').press('Enter');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel(/^Link/).inputValue();
  expect(link).toContain('#s=');
  await expectNoAxeViolations(page);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByText('Opened the shared session.')).toBeVisible();
  await expect(branches(fresh)).toHaveCount(2);
  await expect(fresh.getByRole('heading', { name: /Pressure instead/ })).toBeVisible();
  await expect(posture(fresh, 'us', 'sanctions')).toContainText('Maximum pressure');
  await expect(fresh.getByTestId('current-date')).toHaveText(await page.getByTestId('current-date').textContent() ?? '');

  // A damaged link opened in a new tab says so, starts fresh and keeps the data downloadable.
  // (Pasted into a tab that has the app open, it leaves that session alone: share-link.spec.ts.)
  const damaged = await other.newPage();
  await damaged.goto(link.slice(0, link.length - 40).replace('#s=', '#s=x'));
  await expect(damaged.getByRole('alert')).toContainText('could not be opened');
  await expect(damaged.getByRole('alert')).toContainText('A fresh session was started instead');
  await expect(damaged.getByRole('link', { name: /Download the data/ })).toBeVisible();
  await other.close();
});

test('an invalid scenario file shows every problem with its place, and the session is untouched', async ({ page }) => {
  await openFresh(page);
  await replayTo(page, 3);
  const date = await page.getByTestId('current-date').textContent();
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByTestId('scenario-file').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from('format: 1\nmeta:\n  id: Bad Id\n  title: x\nactors: []\n'),
  });
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('broken.yaml was not loaded');
  await expect(panel.locator('.problems__item').first()).toContainText(/broken\.yaml:\d+:\d+/);
  await expect(panel).toContainText('broken.yaml:3:');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
  await expect(page.getByTestId('current-date')).toHaveText(date ?? '');
});

test('keyboard only: play three moves', async ({ page }) => {
  await openFresh(page);
  // The skip link is the first stop; it jumps to the moves.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to moves' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focusedMove = page.locator('#moves .move__button:focus');
  await expect(focusedMove).toBeVisible();
  const turns: string[] = [];
  for (let i = 0; i < 3; i++) {
    const label = (await focusedMove.textContent()) ?? '';
    turns.push(label);
    await page.keyboard.press('Enter');
    // The move is in the tree, and focus is back on an open move for the next turn.
    await expect(page.getByRole('list', { name: 'Branches' }).locator('[aria-current="step"]')).toContainText(label.replace("history's move", ''));
    await expect(focusedMove).toBeVisible();
  }
  expect(turns).toHaveLength(3);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('list', { name: 'Branches' }).locator('[aria-current="step"]')).toContainText(turns[1]!.replace("history's move", ''));
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Help' })).toContainText('Ctrl+Z');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeHidden();
});

test('axe finds no violations on the main screen, the picker, help and compare', async ({ page }) => {
  await openFresh(page);
  await expectNoAxeViolations(page);
  await branchAt22March(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await expect(page.getByRole('button', { name: /Open March 2019/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Help/ }).click();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Compare History/ }).click();
  await expect(page.getByRole('dialog', { name: 'Compare branches' })).toContainText('Where they part');
  await expectNoAxeViolations(page);
});
