/**
 * `npm run bench:ui`, the per-move part: click → repaint in Chromium with the charts, the branch
 * tree and What happens next on screen, and the longest main-thread task while rollouts run.
 *
 *   large fixture: tests/fixtures/large-crisis.yaml (~400k states) loaded through the picker;
 *     Move (a new move at the end), Back and Forward (← and →), Branch (a second move where one was
 *     played), each RUNS times: median and p95;
 *   big sessions: the shapes of `npm run bench:sessions` (opened from a share link; the grid ones
 *     with the scenario inside) with "you" at the end of the longest path (the random March 2019
 *     tree: its deepest node with an open move): Move, Back, Forward and Branch as above, and for
 *     Move also the time until the charts, which follow in a deferred render, are repainted.
 *
 * Times are taken in the page: performance.now() before the click, then the first animation frame
 * and a message after it, which runs once that frame is painted (for the charts: the first change
 * under .charts-panel, then the same). Long tasks come from a
 * PerformanceObserver ('longtask', every task over 50 ms) installed before the app starts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeShareLink } from '../src/app/stores/persistence/share-link.ts';
import type { SessionFile } from '../src/engine/session/index.ts';
import { chain, comb, nested, sessionOf } from '../tests/unit/engine/session/session-shapes.ts';
import { gridScenario } from '../tests/unit/engine/grid-scenario.ts';
import { loadScenario } from '../src/scenario/load.ts';
import { toSessionFile } from '../src/engine/session/index.ts';
import { randomTree } from './random-tree.ts';

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

type Action = { click: string; nth?: number } | { key: string };

/** ms from a click (or a key) to the next painted frame; the nth match of `click`, counted round the matches. */
async function timeAction(page: Page, action: Action): Promise<number> {
  return (await timeActionAndCharts(page, action, false)).paint;
}

/** As timeAction, and (with `charts`) the ms until the charts' DOM changed and that was painted (NaN: no change in 3 s). */
async function timeActionAndCharts(page: Page, action: Action, charts: boolean): Promise<{ paint: number; charts: number }> {
  return page.evaluate(
    ({ a, charts }) =>
      new Promise<{ paint: number; charts: number }>((resolve, reject) => {
        // No named functions in here (a function stored under a computed key has no name): tsx
        // would wrap them in a helper the page does not have.
        const all = 'click' in a ? document.querySelectorAll<HTMLElement>(a.click) : null;
        const target = all && all.length > 0 ? all[(('nth' in a ? a.nth : 0) ?? 0) % all.length] : null;
        if (all && !target) return reject(new Error(`nothing to click: ${'click' in a ? a.click : ''}`));
        const panel = charts ? document.querySelector('.charts-panel') : null;
        const got = { paint: NaN, charts: charts ? NaN : 0, pending: charts ? 2 : 1 };
        const fn: Record<string, (then: (ms: number) => void) => void> = {};
        const end: Record<string, () => void> = {};
        fn['afterPaint'] = (then) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => then(performance.now() - t0);
            channel.port2.postMessage(0);
          });
        end['done'] = () => {
          got.pending -= 1;
          if (got.pending === 0) resolve({ paint: got.paint, charts: got.charts });
        };
        if (panel) {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            clearTimeout(give);
            fn['afterPaint']?.((ms) => {
              got.charts = ms;
              end['done']?.();
            });
          });
          observer.observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
          const give = setTimeout(() => {
            observer.disconnect();
            end['done']?.();
          }, 3_000);
        }
        const t0 = performance.now();
        if (target) target.click();
        else if ('key' in a) window.dispatchEvent(new KeyboardEvent('keydown', { key: a.key, bubbles: true, cancelable: true }));
        fn['afterPaint']?.((ms) => {
          got.paint = ms;
          end['done']?.();
        });
      }),
    { a: action, charts },
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
  const { move, back, forward, branch } = await rounds(page, 120, false);
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
  return { move, back, forward, branch, longestDuringRollouts: longest, longTasksDuringRollouts: count, longTasksSeen: seen };
}

interface Rounds {
  readonly move: Timing;
  readonly back: Timing;
  readonly forward: Timing;
  readonly branch: Timing;
  /** Move: click → the charts repainted (measured when asked for). */
  readonly charts: Timing | null;
}

/** RUNS rounds of Move (a new move at the end), Back, Forward, Back again, then Branch (another move where one was played). */
async function rounds(page: Page, settleMs: number, charts: boolean): Promise<Rounds> {
  const move: number[] = [];
  const drawn: number[] = [];
  const back: number[] = [];
  const forward: number[] = [];
  const branch: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const played = await timeActionAndCharts(page, { click: OPEN_MOVE }, charts);
    move.push(played.paint);
    drawn.push(played.charts);
    await settle(page, settleMs);
    back.push(await timeAction(page, { key: 'ArrowLeft' }));
    await settle(page, settleMs);
    forward.push(await timeAction(page, { key: 'ArrowRight' }));
    await settle(page, settleMs);
    await timeAction(page, { key: 'ArrowLeft' });
    await settle(page, settleMs);
    branch.push(await timeAction(page, { click: OPEN_MOVE, nth: 1 + (i % 3) }));
    await settle(page, settleMs);
  }
  return { move: stats(move), back: stats(back), forward: stats(forward), branch: stats(branch), charts: charts ? stats(drawn.filter((x) => !Number.isNaN(x))) : null };
}

/** The big sessions, "you" at the end of the longest path, as share links (the grid scenario inside). */
export function bigSessions(): { label: string; heading: string; file: SessionFile }[] {
  const yaml = gridScenario(2, 3, { everyLevel: true });
  const loaded = loadScenario(yaml, 'grid.yaml');
  if (!loaded.ok) throw new Error('the grid scenario does not load');
  const grid = loaded.scenario;
  const withSource = (file: SessionFile): SessionFile => ({ ...file, scenario: { ...file.scenario, source: yaml } });
  return [
    { label: '10,000-move chain', heading: 'Grid', file: withSource(sessionOf(grid, chain(10_000), { current: 10_000 })) },
    { label: '20,000 branches', heading: 'Grid', file: withSource(sessionOf(grid, comb(20_000), { current: 39_999 })) },
    { label: '10,000 nested branches', heading: 'Grid', file: withSource(sessionOf(grid, nested(10_000), { current: 20_000 })) },
    { label: 'March 2019, 20,000 nodes', heading: 'March 2019: what happens next', file: marchTree() },
  ];
}

/** The seeded random March 2019 tree of `npm run bench:sessions`, at its deepest node that has an open move. */
function marchTree(): SessionFile {
  const loaded = loadScenario(readFileSync('scenarios/march-2019.yaml', 'utf8'), 'march-2019.yaml');
  if (!loaded.ok) throw new Error('march-2019 does not load');
  const timeline = randomTree(loaded.scenario, 20_000, 2);
  let current = timeline.root;
  let depth = 0;
  for (const id of timeline.leaves()) {
    const path = timeline.pathTo(id);
    for (let k = path.length - 1; k > depth; k--) {
      const at = path[k] as number;
      if (timeline.moves(at).some((m) => m.open)) {
        depth = k;
        current = at;
        break;
      }
    }
  }
  return toSessionFile({ timeline, current, mode: 'free', name: 'Bench', now: () => '2024-05-01T10:00:00.000Z' });
}

export interface SessionResult {
  readonly label: string;
  readonly rounds: Rounds | null;
  /** Why there is no timing (the session did not open or a move did not paint in time). */
  readonly failed?: string;
}

const SESSION_OPEN_MS = 90_000;

export const BIG_SESSIONS = 4;

/** The big sessions (or the one at `only`), each opened and played RUNS rounds. */
export async function bigSessionMoves(page: Page, base: string, only?: number): Promise<SessionResult[]> {
  const out: SessionResult[] = [];
  for (const { label, heading, file } of bigSessions().filter((_s, i) => only === undefined || i === only)) {
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
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: SESSION_OPEN_MS });
      await panelsOnScreen(page);
    } catch {
      out.push({ label, rounds: null, failed: `did not open in ${SESSION_OPEN_MS / 1000} s` });
      continue;
    }
    for (let i = 0; i < 3; i++) {
      await timeAction(page, { click: OPEN_MOVE });
      await settle(page, 300);
    }
    out.push({ label, rounds: await rounds(page, 300, true) });
  }
  return out;
}
