import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chain, gridForShapes, sessionOf } from '../unit/engine/session/session-shapes.ts';
import { gridScenario } from '../unit/engine/grid-scenario.ts';
import { clearSavedData, expectNoAxeViolations, openFresh, shootBothSizes } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Opens the app fresh and waits for the first simulated futures. */
async function openPanel(page: Page) {
  await page.goto('/');
  await clearSavedData(page);
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'What happens next' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/10,000 futures × 12 turns, seed 1\./)).toBeVisible({ timeout: 30_000 });
  return panel;
}

test('shows likely next moves, the fan, outcomes, paths and Goldstein sums', async ({ page }) => {
  const panel = await openPanel(page);
  const responses = panel.getByRole('table').first();
  await expect(responses.getByRole('columnheader', { name: 'Probability' })).toBeVisible();
  await expect(responses.getByRole('row').nth(1)).toContainText('%');
  await expect(panel.locator('.whn-chart svg.recharts-surface').first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Outcomes' })).toBeVisible();
  const paths = panel.getByRole('list', { name: 'Most likely paths' }).getByRole('listitem');
  await expect(paths).toHaveCount(10);
  await expect(paths.first()).toContainText('%');
  await expect(panel.getByRole('heading', { name: 'Cumulative Goldstein at turn 12' })).toBeVisible();
  // How the futures begin: the prefix tree's table, first moves and what follows them.
  const futuresBegin = panel.getByRole('region', { name: 'How the futures begin' });
  await expect(futuresBegin.getByRole('img', { name: /^First moves of the futures: US: / })).toBeVisible();
  await futuresBegin.getByRole('button', { name: 'Show table' }).click();
  const tree = futuresBegin.getByRole('table', { name: 'How the futures begin, as a table' });
  await expect(tree.getByRole('row').nth(1)).toContainText('move 1:');
  await expect(tree.getByRole('row').nth(2)).toContainText('move 2:');
  await expect(tree.getByRole('row').nth(1).getByRole('cell').first()).toContainText('%');

  // The fan's table alternative: one row per turn, 0 to 12, percentiles in order.
  await panel.getByRole('button', { name: 'Show table' }).first().click();
  const fanTable = panel.getByRole('table', { name: 'Tension percentiles by turn' });
  await expect(fanTable.getByRole('row')).toHaveCount(1 + 13);
  const cells = (await fanTable.getByRole('row').nth(13).getByRole('cell').allTextContents()).slice(1).map(Number);
  expect(cells).toEqual([...cells].sort((a, b) => a - b));

  const axe = await new AxeBuilder({ page }).include('.whn').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
});

test('gives the numbers the CLI gives for the same start, N, D and seed', async ({ page }) => {
  const panel = await openPanel(page);
  await panel.getByLabel('Futures (N)').fill('3000');
  await panel.getByLabel('Turns ahead (D)').fill('7');
  await panel.getByLabel('Seed').fill('2024');
  await expect(panel.getByText(/3,000 futures × 7 turns, seed 2024\./)).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download JSON' }).click()]);
  const browser = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const args = (browser.command as string).replace(/^npx whn /, '').split(' ');
  const cli = JSON.parse(execFileSync(process.execPath, ['bin/whn.mjs', ...args], { cwd: root, encoding: 'utf8' }));
  const { command: _command, ...numbers } = browser;
  expect(numbers).toEqual(cli);
  expect(cli).toMatchObject({ runs: 3000, depth: 7, seed: 2024 });
});

test('re-runs on a what-if slider, keeping the old result until the new one is ready', async ({ page }) => {
  const panel = await openPanel(page);
  const median = async () => (await panel.locator('.whn-summary').nth(1).textContent()) ?? '';
  const before = await median();
  const slider = panel.getByRole('slider', { name: /DPRK hawkishness/ });
  await slider.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '×4');
  // The fan from before stays on screen while the new futures run.
  await expect(panel.locator('.whn-chart svg.recharts-surface').first()).toBeVisible();
  await expect(panel.getByRole('columnheader', { name: 'As written' })).toBeVisible();
  await expect(panel.getByText(/ — updating…/)).toBeHidden({ timeout: 30_000 });
  await expect(panel.getByText('npx whn rollout')).toContainText('--hawkishness dprk=4');
  expect(await median()).not.toBe(before);
  await panel.getByRole('button', { name: 'Reset what-if' }).click();
  await expect(panel.getByRole('columnheader', { name: 'As written' })).toBeHidden();
});

test('runs in a worker: the page stays responsive, shows progress and can cancel', async ({ page }) => {
  const panel = await openPanel(page);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  // The largest run the panel allows, so it is still going when Cancel is pressed.
  await panel.getByLabel('Turns ahead (D)').fill('200');
  await panel.getByLabel('Futures (N)').fill('200000');
  const progress = panel.getByRole('progressbar', { name: 'Rollout progress' });
  await expect(progress).toBeVisible({ timeout: 10_000 });
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  // Cancelled: the previous result stays, says so, and the fields show its settings again.
  await expect(panel.getByText('Cancelled; showing the previous result (10,000 futures × 12 turns, seed 1).')).toBeVisible();
  await expect(panel.getByText(/updating/)).toHaveCount(0);
  await expect(panel.locator('.whn-results--stale')).toHaveCount(0);
  await expect(panel.getByLabel('Futures (N)')).toHaveValue('10000');
  await expect(panel.getByLabel('Turns ahead (D)')).toHaveValue('12');
  await page.waitForTimeout(500);
  await expect(panel.getByText(/200,000 futures/)).toHaveCount(0);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(longTasks.filter((d) => d > 50)).toEqual([]);
  // And it can run again.
  await panel.getByRole('button', { name: 'Run again' }).click();
  await expect(panel.getByText(/10,000 futures × 12 turns, seed 1\./)).toBeVisible({ timeout: 30_000 });
});

test('ranks what moves an outcome in the sensitivity view', async ({ page }) => {
  const panel = await openPanel(page);
  await panel.getByLabel('Futures (N)').fill('1000');
  await expect(panel.getByText(/1,000 futures × 12 turns/)).toBeVisible({ timeout: 30_000 });
  await panel.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Talks collapse' });
  await panel.getByRole('button', { name: 'Rank what moves it' }).click();
  const table = panel.getByRole('table', { name: /Talks collapse: .*% as set now/ });
  await expect(table).toBeVisible({ timeout: 60_000 });
  await expect(table.getByRole('row')).toHaveCount(1 + 10);
});

/** Issue 15: a 20,000-move path is too long for one argument; the command reads moves.txt instead. */
test('a 20,000-move path prints the short command with --moves-file and downloads moves.txt', async ({ page }) => {
  await openFresh(page);
  const base = sessionOf(gridForShapes(), chain(20_000), { current: 20_000 });
  const file = { ...base, scenario: { ...base.scenario, source: gridScenario(2, 3, { everyLevel: true }) } };
  await page.getByRole('button', { name: 'Sessions…' }).click();
  await page.getByLabel('Import a session file (.json)').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('dialog', { name: 'Saved sessions' }).getByRole('status')).toContainText(/Imported “Shape”/);
  await page.getByRole('button', { name: 'Open Shape' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grid');
  const panel = page.getByRole('region', { name: 'What happens next' });
  await expect(panel.getByText(/^npx whn rollout YOUR-SCENARIO\.yaml --moves-file moves\.txt --runs \d+ --depth \d+ --seed \d+$/)).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByText(/This path has 20,000 moves/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download moves.txt' }).click()]);
  expect(download.suggestedFilename()).toBe('moves.txt');
  const lines = readFileSync(await download.path(), 'utf8').trimEnd().split('\n');
  expect(lines).toHaveLength(20_000);
  await panel.getByRole('button', { name: 'Download moves.txt' }).scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page);
  await shootBothSizes(page, 'whats-next-moves-file');
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.getByRole('button', { name: 'Download moves.txt' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/whats-next-moves-file-bar-390.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
});
