/**
 * Crafted session files and share links in the browser (issue 15): each opens or is refused with a
 * clear message within 2 s, no main-thread task over 200 ms while it is checked, and the sessions
 * already saved stay exactly as they were. The same shapes are checked in-process by
 * tests/unit/engine/session/big-sessions.test.ts and timed by `npm run bench:sessions`.
 */
import { expect, test, type Page } from '@playwright/test';
import { chain, comb, gridForShapes, nested, sessionOf } from '../unit/engine/session/session-shapes.ts';
import { gridScenario } from '../unit/engine/grid-scenario.ts';
import { encodeShareLink } from '../../src/app/stores/persistence/share-link-encode.ts';
import { quadraticBomb } from '../unit/app/stores/persistence/crafted-links.ts';
import type { SessionFile } from '../../src/engine/session/index.ts';
import { openFresh, storedSessions } from './helpers.ts';

const CHECK_MS = 2_000;
const LONG_TASK_MS = 200;

const grid = gridForShapes();
const gridText = gridScenario(2, 3, { everyLevel: true });

/** A session of the grid scenario that carries its own text, as a user-loaded scenario's session does. */
function crafted(nodes: Parameters<typeof sessionOf>[1], extra: Parameters<typeof sessionOf>[2] = {}): SessionFile {
  const file = sessionOf(grid, nodes, extra);
  return { ...file, scenario: { ...file.scenario, source: gridText } };
}

/** Records every long task (over 50 ms) the page runs, from the first script on. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());

/** The longest task that started at or after `since` (page time), in ms; 0 when none was long. */
async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((t0) => Math.max(0, ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((e) => e.start >= t0).map((e) => e.duration)), since);
}

/**
 * The machine is shared with other builds, whose bursts land in any task: a cost the check itself
 * causes shows in every attempt, a burst in one. So each input is given a few times, and the
 * fastest attempt is held to the limits.
 */
const ATTEMPTS = 3;

/** Imports `file` as `name` from the open Sessions… dialog; waits for the status naming it to match `said`. */
async function importTimed(page: Page, file: SessionFile, name: string, said: RegExp) {
  const t0 = await now(page);
  await page.getByLabel('Import a session file (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('dialog', { name: 'Saved sessions' }).getByRole('status')).toContainText(said);
  return { ms: (await now(page)) - t0, longest: await longestTaskSince(page, t0) };
}

const fastest = (runs: readonly { ms: number; longest: number }[]) => ({ ms: Math.min(...runs.map((r) => r.ms)), longest: Math.min(...runs.map((r) => r.longest)) });

/** What is saved, as text, so that any change shows. */
const savedText = async (page: Page) => JSON.stringify((await storedSessions(page)).map((r) => [r.id, r.revision, r.session]).sort());

test.describe('crafted session files, imported from Sessions…', () => {
  test.beforeEach(async ({ page }) => {
    await watchLongTasks(page);
    await openFresh(page);
    // Something saved to keep: the first visit's session.
    await expect.poll(async () => (await storedSessions(page)).length).toBe(1);
  });

  const refused: [string, SessionFile, RegExp][] = [
    ['node ids near 2³¹', crafted(chain(2), { ids: [2 ** 31 - 2, 2 ** 31 - 1] }), /node id 2147483646 is past the 50000 nodes a timeline holds/],
    ['an id gap of 2·10⁹', crafted(chain(1), { ids: [2_000_000_000] }), /node id 2000000000 is past the 50000 nodes/],
    ['a matching hash but a timeline that does not fit the scenario', crafted([[0, 0, 2, 0], [1, 99, 2, 1]]), /entry 2 names an unknown move \(code 99\)/],
    ['an edited scenario source', { ...crafted(chain(3)), scenario: { ...crafted(chain(3)).scenario, source: gridText.replace('label: Set P0 to L1', 'label: Set P0 to L1!') } }, /was not imported: .+/],
  ];
  for (const [name, file, message] of refused) {
    test(`a session file with ${name} is refused with a message, quickly, and nothing saved changes`, async ({ page }) => {
      const before = await savedText(page);
      await page.getByRole('button', { name: 'Sessions…' }).click();
      const runs = [];
      for (let i = 1; i <= ATTEMPTS; i++) {
        // Refused as it is read (the timeline format) or as it is opened (the scenario): either way, said and nothing stored.
        const name = `crafted-${i}.json`;
        runs.push(await importTimed(page, file, name, new RegExp(`"${name.replace('.', '\\.')}"`)));
        await expect(page.getByRole('dialog', { name: 'Saved sessions' }).getByRole('status')).toContainText(message);
        expect(await savedText(page)).toBe(before);
      }
      expect(fastest(runs).ms).toBeLessThan(CHECK_MS);
      expect(fastest(runs).longest).toBeLessThanOrEqual(LONG_TASK_MS);
      expect(await savedText(page)).toBe(before);
    });
  }

  const opened: [string, SessionFile, number][] = [
    ['20,000 branches', crafted(comb(20_000), { current: 1 }), 40_001],
    ['branches nested 10,000 deep', crafted(nested(10_000), { current: 1 }), 20_001],
  ];
  for (const [name, file, size] of opened) {
    test(`a session file with ${name} is imported and opens quickly, and the session saved before stays as it was`, async ({ page }) => {
      const before = await storedSessions(page);
      await page.getByRole('button', { name: 'Sessions…' }).click();
      // The second time, the same file finds itself saved and updates it (it holds all of that work).
      const runs = [await importTimed(page, file, 'big.json', /Imported “Shape”\. Choose Open to continue it\./), await importTimed(page, file, 'big.json', /Updated “Shape” from the file/)];
      expect(fastest(runs).ms).toBeLessThan(CHECK_MS);
      expect(fastest(runs).longest).toBeLessThanOrEqual(LONG_TASK_MS);
      const after = await storedSessions(page);
      expect(after).toHaveLength(2);
      expect(after.find((r) => r.id === before[0]?.id)).toEqual(before[0]);
      expect(after.find((r) => r.id === 'shape')?.session.timeline.nodes).toHaveLength(size - 1);

      const t1 = await now(page);
      await page.getByRole('button', { name: 'Open Shape' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grid');
      expect(await now(page) - t1).toBeLessThan(CHECK_MS);
    });
  }
});

/**
 * Pastes `hash` into the open tab (only the hash changes, so what runs is the link's check and its
 * notice), waits for the notice to say `message`, and gives the time it took and the longest task.
 * The time starts once the address is set: Chromium's own work on a long address is not the app's.
 */
async function pasteLink(page: Page, hash: string, message: RegExp) {
  const t0 = await page.evaluate((link) => {
    window.location.hash = link;
    return performance.now();
  }, hash);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toContainText(message);
  return { ms: (await now(page)) - t0, longest: await longestTaskSince(page, t0) };
}

test.describe('crafted share links', () => {
  const links: [string, string, RegExp][] = [
    ['whose node ids leave a gap of 3·10⁷', encodeShareLink(crafted(chain(1), { ids: [30_000_000] })), /node id 30000000 is past the 50000 nodes/],
    ['whose node ids leave a gap of 2·10⁹', encodeShareLink(crafted(chain(1), { ids: [2_000_000_000] })), /node id 2000000000 is past the 50000 nodes/],
    ['of 70 kB that would unpack to 450 million characters', `#s=${quadraticBomb(30_000)}`, /unpacks to more than 4,000,000 characters/],
    ['of 260 kB that would unpack to billions of characters', `#s=${quadraticBomb(100_000)}`, /unpacks to more than 4,000,000 characters/],
  ];
  for (const [name, hash, message] of links) {
    test(`a share link ${name} is refused with a message, quickly, nothing saved changes, and the next start is normal`, async ({ page }) => {
      await watchLongTasks(page);
      await openFresh(page);
      await expect.poll(async () => (await storedSessions(page)).length).toBe(1);
      const before = await savedText(page);
      // Between attempts, a link cut off (refused at once, with another message), so each notice is new.
      const runs = [];
      for (let i = 0; i < ATTEMPTS; i++) {
        await pasteLink(page, '#s=N4Ig', /could not be opened\. This share link is incomplete/);
        runs.push(await pasteLink(page, hash, message));
      }
      expect(fastest(runs).ms).toBeLessThan(CHECK_MS);
      expect(fastest(runs).longest).toBeLessThanOrEqual(LONG_TASK_MS);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
      expect(await savedText(page)).toBe(before);
      // The same link as the first address of a new start: said, and nothing saved changes.
      await page.goto(`/${hash}`);
      await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toContainText(message);
      expect(await savedText(page)).toBe(before);
      // The link is not kept: a reload starts as usual, on the saved session.
      await page.reload();
      await expect(page.getByText('Restored your last session.')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
    });
  }
});

test.describe('when the app cannot start', () => {
  // The service worker would serve the scenario from its cache, past the failure made here.
  test.use({ serviceWorkers: 'block' });

  test('the "could not start" screen leads to safe mode, which opens the saved sessions without reopening the last one', async ({ page }) => {
    await openFresh(page);
    await expect.poll(async () => (await storedSessions(page)).length).toBe(1);
    const [saved] = await storedSessions(page);
    // The next start fails: the default scenario cannot be fetched, for the last session nor for a fresh one.
    await page.route('**/assets/march-2019-*.js', (route) => route.abort(), { times: 2 });
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('The app could not start:');
    await page.getByRole('link', { name: /Start in safe mode/ }).click();
    await expect(page).toHaveURL(/\?safe$/);
    const dialog = page.getByRole('dialog', { name: 'Saved sessions' });
    await expect(dialog).toContainText('Safe mode: your last session was not reopened.');
    await expect(dialog.getByRole('button', { name: /^Export / }).first()).toBeVisible();
    // The session saved before is listed as it was (safe mode plays on in a fresh session of its own).
    expect((await storedSessions(page)).find((r) => r.id === saved?.id)).toEqual(saved);
  });
});
