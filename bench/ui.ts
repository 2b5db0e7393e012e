/**
 * UI benchmark on the built app (not a test): first contentful paint, initial JS size (gzip),
 * and the median time from clicking a move to the charts being repainted with 1, 5 and 20 branches.
 *
 *   npx vite build && npm run bench:ui
 *   npx vite build --outDir /tmp/d && BENCH_DIST=/tmp/d npm run bench:ui   (a build of your own, safe from others' builds)
 *
 * Serves dist/ with `vite preview` on a spare port and drives Debian's Chromium with Playwright.
 * Timing is in the page: performance.now() at the click, a MutationObserver on the charts, then a
 * double requestAnimationFrame so the time includes the paint (React's Profiler is off in production).
 */
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 15;
const DIST = process.env.BENCH_DIST ?? 'dist';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function initialJsGzip(): { files: string[]; bytes: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
  return { files, bytes };
}

async function waitForServer(url: string, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

async function firstContentfulPaint(page: Page): Promise<number> {
  await page.goto(BASE);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
}

/** Adds branches by playing, at successive points of the historical track, an open move history did not take. */
async function makeBranches(page: Page, count: number) {
  const history = page.getByRole('list', { name: 'Branches' }).getByTestId('branch').first().locator('.tree-node__button');
  for (let i = 0; i < count; i++) {
    await history.nth(i).click();
    await page.locator('#moves .move:not(.move--historical) .move__button:not([aria-disabled])').first().click();
  }
}

/** Median ms from a click on the first open move to the charts' DOM settling and painting. */
async function clickToRepaint(page: Page): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const charts = document.querySelector('.charts-panel');
          const button = document.querySelector<HTMLElement>('#moves .move__button:not([aria-disabled])');
          if (!charts || !button) return reject(new Error('no charts or no open move'));
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
          });
          observer.observe(charts, { subtree: true, childList: true, attributes: true, characterData: true });
          const t0 = performance.now();
          button.click();
        }),
    );
    times.push(ms);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(50);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npx vite build\` first.`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore', detached: true });
  try {
    await waitForServer(BASE);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const js = initialJsGzip();

    const fcps: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(BASE);
      await page.evaluate(() => localStorage.clear());
      fcps.push(await firstContentfulPaint(page));
    }
    fcps.sort((a, b) => a - b);

    const rows: { branches: number; medianMs: number }[] = [];
    let made = 0;
    await page.getByRole('region', { name: 'Charts', exact: true }).waitFor();
    for (const target of [1, 5, 20]) {
      // The main line counts as a branch: add target - 1 more.
      await makeBranches(page, target - 1 - made);
      made = target - 1;
      await page.locator('.charts-panel .recharts-surface').first().waitFor();
      rows.push({ branches: target, medianMs: await clickToRepaint(page) });
    }
    await browser.close();

    const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
    console.log('UI benchmark (built app, headless Chromium, 1280×720)');
    console.log(`first contentful paint (median of 5): ${fcps[2]?.toFixed(0)} ms   target ≤ 1000 ms`);
    console.log(`initial JS, gzip: ${kB(js.bytes)} (${js.files.join(', ')})   target ≤ 200 kB`);
    for (const r of rows) console.log(`click → charts repainted, ${String(r.branches).padStart(2)} branches: median ${r.medianMs.toFixed(1)} ms over ${RUNS} clicks   target ≤ 50 ms at 20`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
