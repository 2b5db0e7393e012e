// An author loads a broken file: every problem says where, what and how to fix it, readable on a phone.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, openFresh } from './helpers.ts';

const broken = [
  'format: 2',
  'meta:',
  '  id: Bad Id',
  '  title: x',
  '  summary: s',
  '  language: en',
  '  authors: [a]',
  '  license: x',
  '  span: { from: 2019-02-30, to: 2019-03-31 }',
  '  daysPerTurn: 400',
  'actors:',
  '  - { id: us, name: US, short: US, colour: blue, postures: [] }',
  'moves: []',
  'turns: { mode: free, start: 2019-03-01 }',
  '',
].join('\n');

for (const [width, height] of [[1280, 720], [390, 844]] as const) {
  test(`a broken file's problems each carry their fix, and wrap inside the dialog at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openFresh(page);
    await page.getByRole('button', { name: 'Scenario…' }).click();
    await page.getByTestId('scenario-file').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const panel = page.getByRole('alert');
    await expect(panel).toContainText('broken.yaml was not loaded');
    await expect(panel).toContainText("meta.id must be an id: lowercase letters, digits and single hyphens, starting with a letter — write 'bad-id'");
    await expect(panel).toContainText('meta.span.from is not a real calendar date — month 02 of 2019 has 28 days');
    await expect(panel).toContainText('meta.daysPerTurn must be at most 365 — write a whole number from 1 to 365');
    const overflow = await page.locator('.dialog__body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}
