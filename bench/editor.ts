/**
 * Scenario editor benchmark on the built app (not a test): on a draft of March 2019, the time from a
 * keystroke to the loader's answer on screen (median, p95; CHECK_DELAY_MS of it is the debounce), every long
 * task (> 50 ms) on the page while typing, and, side by side, the bare loader on the same text in
 * Node in this process, so the ratio says what the worker, the transfer and the screen add.
 *
 *   npx vite build && npm run bench:editor          (BENCH_DIST, BENCH_PORT for your own build/port)
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { loadScenario } from '../src/scenario/load.ts';
import { startPreview } from './preview-server.ts';
import { CHECK_DELAY_MS } from '../src/app/features/editor/use-draft-check.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4178);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 10;
const DIST = process.env.BENCH_DIST ?? 'dist';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;

function loaderInNode(): number[] {
  const text = readFileSync('scenarios/march-2019.yaml', 'utf8');
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    loadScenario(`${text}${i % 2 ? ':' : ''}`, 'draft.yaml');
    if (i >= 2) times.push(performance.now() - start);
  }
  return times;
}

async function main() {
  const { stop } = await startPreview(DIST, PORT);
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(BASE);
    await page.getByRole('button', { name: 'Scenario…' }).click();
    await page.getByRole('button', { name: 'Edit this scenario' }).click();
    const status = page.getByTestId('editor-status');
    await status.filter({ hasText: 'The scenario is valid' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('explore-states').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    await page.getByRole('textbox', { name: /Scenario text of/ }).focus();
    const times: number[] = [];
    for (let i = 0; i < RUNS / 2; i++) {
      await page.keyboard.press('Control+End');
      for (const [key, answer] of [[':', /problem/], ['Backspace', /The scenario is valid/]] as const) {
        const start = await page.evaluate(() => performance.now());
        await page.keyboard.press(key === ':' ? 'Shift+Semicolon' : key);
        await status.filter({ hasText: answer }).waitFor();
        times.push((await page.evaluate(() => performance.now())) - start);
      }
    }
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    await browser.close();
    const node = loaderInNode();
    const [load1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
    console.log(`editor, March 2019 draft (${RUNS} keystrokes, load average ${load1}):`);
    console.log(`  keystroke → problems on screen   median ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms (${CHECK_DELAY_MS} ms of it the debounce)`);
    console.log(`  loadScenario alone in Node        median ${quantile(node, 0.5).toFixed(0)} ms, p95 ${quantile(node, 0.95).toFixed(0)} ms`);
    console.log(`  ratio (editor − debounce) / loader: ${((quantile(times, 0.5) - CHECK_DELAY_MS) / quantile(node, 0.5)).toFixed(2)}`);
    console.log(`  long tasks on the page while typing: ${longTasks.length === 0 ? 'none' : longTasks.map((t) => t.toFixed(0)).join(', ') + ' ms'}`);
  } finally {
    stop();
  }
}

await main();
