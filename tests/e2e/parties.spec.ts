import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openFresh, replayTo, uploadScenario } from './helpers.ts';

const FIXTURE = readFileSync('tests/fixtures/engine-parties.yaml', 'utf8');

async function openFixture(page: Page, text: string) {
  await openFresh(page);
  await uploadScenario(page, 'engine-parties.yaml', 'Allies, a council and a pause (fixture)', { text });
}

/** Issue 12: joint moves, targets, an unplayed council, an uncoded event, a modelling note, source links, short labels. */
test('the parties fixture shows who makes and who receives each move, and the council never gets a turn', async ({ page }) => {
  await openFixture(page, FIXTURE);
  const moves = page.locator('#moves');
  await expect(moves.getByText('with ROK · aimed at DPRK')).toBeVisible();
  await expect(moves.getByText('aimed at ROK', { exact: true })).toBeVisible();
  // Short labels on the chips; the full label stays for screen readers.
  const ladder = page.getByRole('list', { name: /US force posture/ });
  await expect(ladder.getByText('Exercise', { exact: true })).toBeVisible();
  await expect(ladder.getByRole('listitem').nth(1)).toContainText('Joint exercise under way');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/parties-after-1280.png' });

  await replayTo(page, 3);
  const sources = page.locator('.replay__sources');
  await expect(sources.getByRole('link', { name: 'Resolution 2371' })).toHaveAttribute('href', 'https://example.org/un/2371');
  await expect(sources.getByRole('link', { name: 'Security Council toughens sanctions' })).toHaveAttribute('href', 'https://example.org/un/2371-press');
  await expect(moves.getByRole('button', { name: 'Pass a sanctions resolution' })).toHaveCount(0);

  await replayTo(page, 2);
  await expect(page.locator('.flag--modelling')).toHaveText('✎ Modelling note: This step stands for a period with no event.');
  await expectNoAxeViolations(page);
});

test('an uncoded move says so, and the tension chart offers its peak so far with a table', async ({ page }) => {
  await openFixture(page, FIXTURE.replace('    requires: { posture: dprk.testing, is: testing }\n', ''));
  await replayTo(page, 4);
  const moves = page.locator('#moves');
  await expect(moves.getByText('No CAMEO code · A silence is no CAMEO event, but it reads as mild restraint.')).toBeVisible();

  const charts = page.getByRole('region', { name: 'Charts', exact: true });
  const peak = charts.getByRole('button', { name: 'Peak so far' });
  await expect(peak).toHaveAttribute('aria-pressed', 'false');
  await peak.click();
  await expect(peak).toHaveAttribute('aria-pressed', 'true');
  await expect(charts.locator('.recharts-legend-item', { hasText: 'Peak so far' })).toBeVisible();
  await charts.screenshot({ path: 'test-results/parties-peak-1280.png' });
  await charts.getByRole('button', { name: 'Show table of Tension index per branch' }).click();
  await expect(charts.getByRole('cell', { name: 'Peak so far', exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

// A five-rung ladder of long labels, as real crises have: without short labels its chips are cut ("No t…").
const LONG_LADDER = FIXTURE.replace(
  '          - { id: testing, label: Testing intercontinental missiles, short: ICBM tests, escalation: 8 }\n',
  [
    '          - { id: threats, label: Threatening statements only, short: Threats, escalation: 2 }',
    '          - { id: short-range, label: Short-range missile launches, short: Short-range, escalation: 4 }',
    '          - { id: testing, label: Testing intercontinental missiles, short: ICBM tests, escalation: 8 }',
    '          - { id: nuclear, label: Nuclear test conducted, short: Nuclear test, escalation: 9 }',
    '',
  ].join('\n'),
);

test('before and after short labels, at 1280 and 390 px', async ({ page }) => {
  expect(LONG_LADDER).toContain('id: nuclear');
  for (const [name, text] of [
    ['before', LONG_LADDER.replace(/, short: [^,]+,/g, ',')],
    ['after', LONG_LADDER],
  ] as const) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openFixture(page, text);
    await page.locator('.posture-board').screenshot({ path: `test-results/parties-${name}-board-1280.png` });
    const chips = page.getByRole('list', { name: /missile testing/ }).getByRole('listitem');
    await expect(chips).toHaveCount(5);
    // Each chip shows its whole text: the short label after, and no chip is cut.
    const cut = await chips.evaluateAll((items) => items.filter((li) => li.scrollWidth > li.clientWidth + 1).length);
    if (name === 'after') expect(cut).toBe(0);
    else expect(cut).toBeGreaterThan(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.posture-board').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/parties-${name}-390.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
