/**
 * The first page stays small: the JS and CSS index.html loads at once is at most 200 kB gzip, and
 * opening March 2019 fetches neither the editor (CodeMirror) nor the room client (colyseus.js).
 * Sizes, not times: this is a budget a change can break, not a speed measure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = 'dist';
const BUDGET = 200 * 1024;

function firstPageFiles(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
}

test('the first page loads at most 200 kB gzip of JS and CSS, and no editor or room code', async ({ page }) => {
  const files = firstPageFiles();
  expect(files.length).toBeGreaterThan(0);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
  expect(bytes, `first page: ${(bytes / 1024).toFixed(1)} kB gzip in ${files.length} files`).toBeLessThanOrEqual(BUDGET);
  for (const f of files) {
    const text = readFileSync(join(DIST, f), 'utf8');
    expect(text, `${f} holds CodeMirror`).not.toContain('cm-editor');
  }

  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#moves')).toBeVisible();
  expect(requested.filter((path) => /editor-route|room-client|codemirror/.test(path))).toEqual([]);
});
