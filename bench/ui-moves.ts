/**
 * `npm run bench:ui`, the per-move part: click → repaint in Chromium with the charts, the branch
 * tree and What happens next on screen, and the longest main-thread task while rollouts run.
 *
 *   large fixture: tests/fixtures/large-crisis.yaml (~400k states) loaded through the picker;
 *     Move (a new move at the end), Back and Forward (← and →), Branch (a second move where one was
 *     played), each RUNS times: median and p95;
 *   big sessions: the shapes of `npm run bench:sessions` (grid scenario, opened from a share link
 *     with the scenario inside) with "you" at the end of the longest path: a move, median and p95.
 *
 * Times are taken in the page: performance.now() before the click, then the first animation frame
 * and a message after it, which runs once that frame is painted. Long tasks come from a
 * PerformanceObserver ('longtask', every task over 50 ms) installed before the app starts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeShareLink } from '../src/app/stores/persistence/share-link.ts';
import type { SessionFile } from '../src/engine/session/index.ts';
import { chain, comb, nested, sessionOf } from '../tests/unit/engine/session/session-shapes.ts';
import { gridScenario } from '../tests/unit/engine/grid-scenario.ts';
import { loadScenario } from '../src/scenario/load.ts';

export const RUNS = Number(process.env.BENCH_UI_RUNS ?? 15);
const OPEN_MOVE = '#moves .move__button:not([aria-disabled])';

export interface Timing {
  readonly median: number;
  readonly p95: number;
}

function stats(xs: readonly number[]): Timing {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN };
}

/** Collects every long task of the page, from before its first script. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no longtask support: nothing is reported
    }
  });
}

/** ms from a click (or a key) to the next painted frame. */
async function timeAction(page: Page, action: { click: string; nth?: number } | { key: string }): Promise<number> {
  return page.evaluate(
    (a) =>
      new Promise<number>((resolve, reject) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const target = 'click' in a ? document.querySelectorAll<HTMLElement>(a.click)[a.nth ?? 0] : null;
        if ('click' in a && !target) return reject(new Error(`nothing to click: ${a.click}`));
        const t0 = performance.now();
        if (target) target.click();
        else if ('key' in a) window.dispatchEvent(new KeyboardEvent('keydown', { key: a.key, bubbles: true, cancelable: true }));
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - t0);
          channel.port2.postMessage(0);
        });
      }),
    action,
  );
}

/** Lets the deferred renders and the debounced rollouts of the last action settle. */
async function settle(page: Page, ms = 120): Promise<void> {
  await page.waitForTimeout(ms);
}

async function panelsOnScreen(page: Page): Promise<void> {
  await page.locator('.charts-panel .recharts-surface').first().waitFor({ timeout: 60_000 });
  await page.getByRole('list', { name: 'Branches' }).waitFor();
  await page.locator('.app__whats-next').waitFor();
}

export interface LargeResult {
  readonly move: Timing;
  readonly back: Timing;
  readonly forward: Timing;
  readonly branch: Timing;
  /** The longest task from a move until its rollouts are done, over ROLLOUT_RUNS moves. */
  readonly longestDuringRollouts: number;
  readonly longTasksDuringRollouts: number;
  /** Long tasks seen since the page opened the fixture (loading it included): proves the observer works. */
  readonly longTasksSeen: number;
}

const ROLLOUT_RUNS = 3;

export async function largeFixture(page: Page, base: string): Promise<LargeResult> {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.goto(base);
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByTestId('scenario-file').setInputFiles({ name: 'large-crisis.yaml', mimeType: 'text/yaml', buffer: readFileSync('tests/fixtures/large-crisis.yaml') });
  await page.getByRole('heading', { level: 1, name: /Large crisis/ }).waitFor({ timeout: 60_000 });
  await panelsOnScreen(page);
  // Warm-up: the lazy chunks and first renders are not what a move costs.
  for (let i = 0; i < 3; i++) {
    await timeAction(page, { click: OPEN_MOVE });
    await settle(page);
  }
  const move: number[] = [];
  const back: number[] = [];
  const forward: number[] = [];
  const branch: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    move.push(await timeAction(page, { click: OPEN_MOVE }));
    await settle(page);
    back.push(await timeAction(page, { key: 'ArrowLeft' }));
    await settle(page);
    forward.push(await timeAction(page, { key: 'ArrowRight' }));
    await settle(page);
    await timeAction(page, { key: 'ArrowLeft' });
    await settle(page);
    // Another open move where one was just played: a new branch.
    branch.push(await timeAction(page, { click: OPEN_MOVE, nth: 1 + (i % 3) }));
    await settle(page);
  }
  let longest = 0;
  let count = 0;
  for (let i = 0; i < ROLLOUT_RUNS; i++) {
    await settle(page, 1500);
    await timeAction(page, { click: OPEN_MOVE });
    const after = await page.evaluate(() => performance.now());
    // The rollouts start after the panel's debounce and show a progress bar until they are done.
    await page.locator('.whn-progress progress').waitFor({ timeout: 5_000 }).catch(() => undefined);
    await page.locator('.whn-progress progress').waitFor({ state: 'detached', timeout: 60_000 });
    // The click's own task is the move, timed above; what counts here is every task after its paint.
    const tasks = await page.evaluate((after) => (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks.filter((t) => t.start >= after), after);
    for (const t of tasks) longest = Math.max(longest, t.ms);
    count += tasks.length;
  }
  const seen = await page.evaluate(() => (window as unknown as { __longTasks: unknown[] }).__longTasks.length);
  return { move: stats(move), back: stats(back), forward: stats(forward), branch: stats(branch), longestDuringRollouts: longest, longTasksDuringRollouts: count, longTasksSeen: seen };
}

/** The big sessions, "you" at the end of the longest path, as share links with the grid scenario inside. */
function bigSessions(): { label: string; file: SessionFile }[] {
  const yaml = gridScenario(2, 3, { everyLevel: true });
  const loaded = loadScenario(yaml, 'grid.yaml');
  if (!loaded.ok) throw new Error('the grid scenario does not load');
  const grid = loaded.scenario;
  const withSource = (file: SessionFile): SessionFile => ({ ...file, scenario: { ...file.scenario, source: yaml } });
  return [
    { label: '10,000-move chain', file: withSource(sessionOf(grid, chain(10_000), { current: 10_000 })) },
    { label: '20,000 branches', file: withSource(sessionOf(grid, comb(20_000), { current: 39_999 })) },
    { label: '10,000 nested branches', file: withSource(sessionOf(grid, nested(10_000), { current: 20_000 })) },
  ];
}

export interface SessionResult {
  readonly label: string;
  readonly move: Timing | null;
  readonly back: Timing | null;
  /** Why there is no timing (the session did not open or a move did not paint in time). */
  readonly failed?: string;
}

const SESSION_OPEN_MS = 90_000;

export const BIG_SESSIONS = 3;

/** The big sessions (or the one at `only`), each opened and played RUNS times. */
export async function bigSessionMoves(page: Page, base: string, only?: number): Promise<SessionResult[]> {
  const out: SessionResult[] = [];
  for (const { label, file } of bigSessions().filter((_s, i) => only === undefined || i === only)) {
    await page.goto(base);
    await page.evaluate(async () => {
      localStorage.clear();
      sessionStorage.clear();
      for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
    });
    try {
      // A page load of its own: the deletes finish once the app's connection closes, and the link
      // is what the new page boots from (not a hash change on a page that is still starting).
      await page.goto('about:blank');
      await page.goto(`${base}/${encodeShareLink(file)}`);
      await page.getByRole('heading', { level: 1, name: 'Grid' }).waitFor({ timeout: SESSION_OPEN_MS });
      await panelsOnScreen(page);
    } catch {
      out.push({ label, move: null, back: null, failed: `did not open in ${SESSION_OPEN_MS / 1000} s` });
      continue;
    }
    for (let i = 0; i < 3; i++) {
      await timeAction(page, { click: OPEN_MOVE });
      await settle(page, 300);
    }
    const move: number[] = [];
    const back: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      move.push(await timeAction(page, { click: OPEN_MOVE }));
      await settle(page, 300);
      back.push(await timeAction(page, { key: 'ArrowLeft' }));
      await settle(page, 300);
      await timeAction(page, { key: 'ArrowRight' });
      await settle(page, 300);
    }
    out.push({ label, move: stats(move), back: stats(back) });
  }
  return out;
}
