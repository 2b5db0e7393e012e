import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { movesRegion, openFresh } from './helpers.ts';

/**
 * The built app runs under a Content-Security-Policy with no inline script and no eval (issue 15):
 * everything it does — play, branch, the rollout worker, the charts, the share link — raises no
 * violation, and a script injected into the page does not run.
 */
test('the built app runs under its Content-Security-Policy, and an injected inline script does not run', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  await openFresh(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  // Play a move, branch, and let What happens next run its worker and draw its charts.
  await movesRegion(page).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Back' }).first().click();
  await page.getByRole('button', { name: 'Forward ▶' }).click();
  await page.getByRole('button', { name: 'Branch here' }).click();
  await expect(page.getByRole('region', { name: /What happens next/ })).toContainText(/%/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('textbox', { name: /Link/ })).toHaveValue(/#s=/);
  await page.keyboard.press('Escape');

  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(injected).toBe(false);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  // The injected script is the one violation: the app itself raised none.
  expect(violations.filter((v) => !v.startsWith('script-src-elem inline') && !v.startsWith('script-src inline'))).toEqual([]);
  expect(violations.length).toBeGreaterThanOrEqual(1);
});

/** The other worker and the PWA under the same policy: a loaded file is checked in its worker, and the service worker takes control. */
test('under the Content-Security-Policy the scenario-check worker checks a loaded file and the service worker controls the page', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openFresh(page);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByTestId('scenario-file').setInputFiles({ name: 'liaison.yaml', mimeType: 'text/yaml', buffer: readFileSync('tests/fixtures/engine-liaison.yaml') });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liaison office (engine fixture)');
  expect(workers.some((url) => url.includes('scenario-check'))).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});
