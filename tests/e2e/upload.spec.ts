import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openFresh } from './helpers.ts';

/** A scenario file is checked off the main thread (issue 15): the page stays responsive while a large file validates. */
test('a loaded scenario file is checked in a worker and opens', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByTestId('scenario-file').setInputFiles({
    name: 'engine-liaison.yaml',
    mimeType: 'text/yaml',
    buffer: readFileSync('tests/fixtures/engine-liaison.yaml'),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liaison office (engine fixture)');
  expect(workers.some((url) => url.includes('scenario-check'))).toBe(true);
});

/** The loader's warnings reach the user (issue 15): two moves of one side with one label cannot be told apart on screen. */
test('a loaded scenario whose two moves share a label opens, and the app says so', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  const text = readFileSync('tests/fixtures/engine-liaison.yaml', 'utf8').replace('label: Cancel sanctions by tweet', 'label: Announce sanctions');
  await page.getByTestId('scenario-file').setInputFiles({ name: 'twins.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liaison office (engine fixture)');
  await expect(page.getByRole('status').filter({ hasText: 'One warning about the file' })).toContainText('Announce sanctions');
});
