/**
 * UI benchmark on the built app (not a test): first contentful paint, initial JS size (gzip),
 * the median time from clicking a move to the charts being repainted with 1, 5 and 20 branches,
 * and (bench/ui-moves.ts) click → repaint of Move, Back, Forward and Branch on the large fixture
 * with the charts, the tree and What happens next on screen, the longest main-thread task while
 * rollouts run, and Move, Back, Forward and Branch in the big sessions of `npm run bench:sessions`.
 *
 *   npx vite build && npm run bench:ui
 *   npx vite build --outDir /tmp/d && BENCH_DIST=/tmp/d npm run bench:ui   (a build of your own, safe from others' builds)
 *   BENCH_BEFORE_DIST=/tmp/old BENCH_DIST=/tmp/new npm run bench:ui      (two builds side by side, in one run)
 *   BENCH_ONLY=sessions npm run bench:ui                                    (some sections only: paint, large, sessions)
 *
 * Serves each build with `vite preview` on a spare port and drives Debian's Chromium with Playwright.
 * Timing is in the page: performance.now() at the click, a MutationObserver on the charts (or the
 * next animation frame), then the paint (React's Profiler is off in production).
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startPreview } from './preview-server.ts';
import { BIG_SESSIONS, bigSessionMoves, largeFixture, RUNS as MOVE_RUNS, watchLongTasks, type LargeResult, type SessionResult, type Timing } from './ui-moves.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const RUNS = 15;
const DIST = process.env.BENCH_DIST ?? 'dist';
const BEFORE = process.env.BENCH_BEFORE_DIST;
/** BENCH_ONLY=paint,large,sessions: the sections to run (all by default). */
const SECTIONS = new Set((process.env.BENCH_ONLY ?? 'paint,large,sessions').split(','));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function initialJsGzip(dist: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files, bytes };
}

async function firstContentfulPaint(page: Page, base: string): Promise<number> {
  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The paint entry can come after the heading is in the DOM: wait for it (buffered), at most 5 s.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        setTimeout(() => resolve(NaN), 5_000);
        new PerformanceObserver((list) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
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

/** A section not run (BENCH_ONLY) leaves its fields out. */
interface DistResult {
  readonly fcp?: number;
  readonly js: { files: string[]; bytes: number };
  readonly branches?: { branches: number; medianMs: number }[];
  readonly large?: LargeResult;
  readonly sessions?: SessionResult[];
}

interface Build {
  readonly dist: string;
  readonly base: string;
  readonly page: Page;
  close(): Promise<void>;
}

async function openBuild(dist: string, port: number): Promise<Build> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ is missing: run \`npx vite build\` first.`);
  const { base, stop } = await startPreview(dist, port);
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await watchLongTasks(page);
    return {
      dist,
      base,
      page,
      close: async () => {
        await browser.close();
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function paintAndBranches({ page, base }: Build): Promise<Pick<DistResult, 'fcp' | 'branches'>> {
  const fcps: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(base);
    await page.evaluate(() => localStorage.clear());
    fcps.push(await firstContentfulPaint(page, base));
  }
  fcps.sort((a, b) => a - b);
  const branches: { branches: number; medianMs: number }[] = [];
  let made = 0;
  await page.getByRole('region', { name: 'Charts', exact: true }).waitFor();
  for (const target of [1, 5, 20]) {
    // The main line counts as a branch: add target - 1 more.
    await makeBranches(page, target - 1 - made);
    made = target - 1;
    await page.locator('.charts-panel .recharts-surface').first().waitFor();
    branches.push({ branches: target, medianMs: await clickToRepaint(page) });
  }
  return { fcp: fcps[2] ?? NaN, branches };
}

/**
 * Every build is measured section by section, the builds taking turns within each section, so a
 * machine whose load changes during the run weighs on both alike.
 */
async function measureAll(builds: readonly Build[]): Promise<DistResult[]> {
  const parts = builds.map((b) => ({ js: initialJsGzip(b.dist) }) as Partial<DistResult>);
  if (SECTIONS.has('paint')) for (const [i, b] of builds.entries()) Object.assign(parts[i] as object, await paintAndBranches(b));
  if (SECTIONS.has('large')) for (const [i, b] of builds.entries()) (parts[i] as { large?: LargeResult }).large = await largeFixture(b.page, b.base);
  if (!SECTIONS.has('sessions')) return parts as DistResult[];
  for (let k = 0; k < BIG_SESSIONS; k++) {
    for (const [i, b] of builds.entries()) {
      const part = parts[i] as { sessions?: SessionResult[] };
      part.sessions = [...(part.sessions ?? []), ...(await bigSessionMoves(b.page, b.base, k))];
    }
  }
  return parts as DistResult[];
}

const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const t = (x: Timing | undefined) => !x ? '—' : `median ${x.median.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms`;

/** One line per measure: this build's figure, and the one before it when BENCH_BEFORE_DIST is given. */
function print(now: DistResult, before: DistResult | null) {
  const line = (label: string, pick: (r: DistResult) => string, target = '') =>
    console.log(`${label.padEnd(56)} ${pick(now).padEnd(40)}${before ? ` before: ${pick(before).padEnd(40)}` : ''}${target ? `  ${target}` : ''}`);
  console.log(`UI benchmark (built app, headless Chromium, 1280×720)${before ? ` — ${DIST} beside ${BEFORE}` : ''}`);
  if (now.branches) printPaint(now.branches, line);
  if (now.large) printLarge(line);
  if (now.sessions) printSessions(now.sessions, line);
}

type Line = (label: string, pick: (r: DistResult) => string, target?: string) => void;

function printPaint(branches: NonNullable<DistResult['branches']>, line: Line) {
  line('first contentful paint (median of 5)', (r) => `${(r.fcp ?? NaN).toFixed(0)} ms`, 'target ≤ 1000 ms');
  line('initial JS, gzip', (r) => kB(r.js.bytes), 'target ≤ 200 kB');
  for (const [i, b] of branches.entries()) line(`click → charts repainted, ${String(b.branches).padStart(2)} branches (median of ${RUNS})`, (r) => `${(r.branches?.[i]?.medianMs ?? NaN).toFixed(1)} ms`, 'target ≤ 50 ms at 20');
}

function printLarge(line: Line) {
  console.log(`Large fixture (large-crisis.yaml, ~400k states), charts + tree + What happens next on screen, ${MOVE_RUNS} of each:`);
  line('  Move: click → repainted', (r) => t(r.large?.move), 'target median ≤ 50, p95 ≤ 100');
  line('  Back (←): key → repainted', (r) => t(r.large?.back), 'target median ≤ 50, p95 ≤ 100');
  line('  Forward (→): key → repainted', (r) => t(r.large?.forward), 'target median ≤ 50, p95 ≤ 100');
  line('  Branch: another move → repainted', (r) => t(r.large?.branch), 'target median ≤ 50, p95 ≤ 100');
  line('  longest task while rollouts run', (r) => (r.large ? `${r.large.longestDuringRollouts.toFixed(0)} ms (${r.large.longTasksDuringRollouts} over 50 ms; ${r.large.longTasksSeen} since the page opened)` : '—'), 'target none over 50 ms');
}

function printSessions(sessions: readonly SessionResult[], line: Line) {
  console.log(`Big sessions (you at the end of the longest path), ${MOVE_RUNS} of each; the charts follow a move in a deferred render:`);
  for (const [i, s] of sessions.entries()) {
    const pick = (r: DistResult, k: 'move' | 'back' | 'forward' | 'branch' | 'charts') => {
      const x = r.sessions?.[i];
      const timing = x?.rounds?.[k];
      return timing ? t(timing) : (x?.failed ?? '—');
    };
    line(`  ${s.label}: Move`, (r) => pick(r, 'move'), 'target median ≤ 50');
    line(`  ${s.label}: Move → charts repainted`, (r) => pick(r, 'charts'));
    line(`  ${s.label}: Back (←)`, (r) => pick(r, 'back'), 'target median ≤ 50');
    line(`  ${s.label}: Forward (→)`, (r) => pick(r, 'forward'), 'target median ≤ 50');
    line(`  ${s.label}: Branch`, (r) => pick(r, 'branch'), 'target median ≤ 50');
  }
}

async function main() {
  const builds = [...(BEFORE ? [await openBuild(BEFORE, PORT + 100)] : []), await openBuild(DIST, PORT)];
  try {
    const results = await measureAll(builds);
    print(results[results.length - 1] as DistResult, BEFORE ? (results[0] as DistResult) : null);
  } finally {
    for (const b of builds) await b.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
