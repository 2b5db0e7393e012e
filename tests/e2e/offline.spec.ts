import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { branchAt22March, movesRegion, openFresh } from './helpers.ts';
import { serveBuild } from './static-server.ts';

/** Waits until a service worker is active for the page and every precached file is stored. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('after one visit the app opens and plays with the network off: a move, a branch, What happens next, the hot seat', async ({ page, context }) => {
  await openFresh(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator('.app-header__offline')).toHaveText(/^Offline/);
  // The network really is gone: what the service worker has not cached cannot be fetched.
  expect(await page.evaluate(() => fetch(`/not-cached-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed');

  // A move and a branch (the lazily loaded parts of the page come from the cache).
  await branchAt22March(page);
  // What happens next runs the rollout worker, its script from the cache.
  await expect(page.getByRole('region', { name: /What happens next/ })).toContainText(/%/, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Charts', exact: true }).locator('.recharts-surface').first()).toBeVisible();

  // The other shipped scenario opens from the cache too.
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Tutorial/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tutorial/i);

  // A hot-seat classroom exercise starts with no network.
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await expect(page.locator('.mode-pill')).toHaveText('Classroom');
  await expect(page.getByRole('heading', { name: /^Pass the screen to/ })).toBeVisible();

  await context.setOffline(false);
  await expect(page.locator('.app-header__offline')).toHaveCount(0);
});

/** The next build, as a deploy would bring it: its index.html differs, so the service worker's precache list does too. */
function nextBuild(from: string, to: string) {
  cpSync(from, to, { recursive: true });
  const index = join(to, 'index.html');
  const before = readFileSync(index, 'utf8');
  const after = before.replace('<title>', '<meta name="whn-build" content="next" />\n    <title>');
  writeFileSync(index, after);
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const sw = join(to, 'sw.js');
  const worker = readFileSync(sw, 'utf8');
  expect(worker).toContain(md5(before));
  writeFileSync(sw, worker.replace(md5(before), md5(after)));
}

test('a new version waits for the user: the prompt appears, nothing reloads by itself, and Reload keeps the session', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'whn-builds-'));
  const first = join(folder, 'first');
  const second = join(folder, 'second');
  cpSync('dist', first, { recursive: true });
  nextBuild('dist', second);
  let serving = first;
  const server = await serveBuild(() => serving);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
    await waitForServiceWorker(page);
    // A session in progress: one step into the replay, saved by autosave.
    await movesRegion(page).getByRole('button').first().click();
    const date = await page.getByTestId('current-date').textContent();

    serving = second;
    await page.evaluate(() => {
      (window as unknown as { __stillHere: boolean }).__stillHere = true;
      void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
    });
    await expect(page.getByText('A new version is ready — reload when convenient.')).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
    expect(await page.locator('meta[name="whn-build"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name="whn-build"]')).toHaveCount(1, { timeout: 20_000 });
    await expect(page.getByText('Restored your last session.')).toBeVisible();
    await expect(page.getByTestId('current-date')).toHaveText(date ?? '');
    await expect(page.getByText('A new version is ready — reload when convenient.')).toHaveCount(0);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
