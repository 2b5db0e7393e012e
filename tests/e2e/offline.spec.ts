import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { branchAt22March, expectNoAxeViolations, movesRegion, openFresh, storedSessions } from './helpers.ts';
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
  // What happens next runs the rollout worker, its script from the cache: the futures and their outcomes arrive.
  const whatsNext = page.getByRole('region', { name: /What happens next/ });
  await expect(whatsNext.getByText(/10,000 futures × 12 turns/)).toBeVisible({ timeout: 30_000 });
  await expect(whatsNext.getByText(/At turn 12, the most likely outcomes are/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Charts', exact: true }).locator('.recharts-surface').first()).toBeVisible();
  // The CAMEO table (inside a lazy chunk) words each move's event code.
  await expect(movesRegion(page).locator('.move__cameo').first()).toContainText(/CAMEO \d+ · \w/);

  // The other shipped scenario opens from the cache too.
  await page.getByRole('button', { name: 'Scenario…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Tutorial/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tutorial/i);

  // A hot-seat classroom exercise starts with no network.
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await expect(page.locator('.mode-pill')).toHaveText('Classroom');
  await expect(page.getByRole('heading', { name: /^Pass the screen to/ })).toBeVisible();
  for (let team = 0; team < 2; team++) {
    await page.getByRole('button', { name: /is ready: show our moves/ }).click();
    await page.locator('.classroom__main').getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  }
  await page.getByRole('button', { name: 'Reveal the moves' }).click();
  await expect(page.getByRole('heading', { name: 'Round 1 revealed' })).toBeVisible();

  await context.setOffline(false);
  await expect(page.locator('.app-header__offline')).toHaveCount(0);
});

/** Every file of the build the service worker must keep: all but source maps, the service worker itself and its Workbox runtime. */
function buildFiles(dir = 'dist', prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return buildFiles(dir, path);
    return /\.map$/.test(path) || path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path) ? [] : [`/${path}`];
  });
}

/** The chunk of the build whose text holds `needle` (one of them: there may be several). */
function chunkHolding(needle: string): string[] {
  return buildFiles().filter((file) => file.endsWith('.js') && readFileSync(join('dist', file), 'utf8').includes(needle));
}

test("after one visit every file of the build is in the service worker's cache: each lazy chunk, both scenarios and their translations, the CAMEO table, the workers", async ({ page }) => {
  await openFresh(page);
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) out.push(new URL(request.url).pathname);
    return out;
  });
  const files = buildFiles();
  expect(files.filter((f) => f.startsWith('/assets/') && f.endsWith('.js')).length).toBeGreaterThan(20);
  expect(files.filter((file) => !cached.includes(file)), 'files of the build not precached').toEqual([]);
  // The parts the issue names, found in the build by what they hold (so a renamed chunk still counts).
  const named = {
    'March 2019': chunkHolding('Withdraw staff from the liaison office'),
    tutorial: chunkHolding('tolvany'),
    'March 2019 in Korean': chunkHolding('개성 남북공동연락사무소'),
    'the CAMEO table': chunkHolding('Express intent to de-escalate military engagement'),
    'the rollout worker': files.filter((f) => /\/rollout\.worker-[\w-]+\.js$/.test(f)),
    'the Korean catalogue': files.filter((f) => /\/ko-[\w-]+\.js$/.test(f)),
  };
  for (const [what, chunks] of Object.entries(named)) {
    expect(chunks.length, `${what}: no chunk of the build holds it`).toBeGreaterThan(0);
    expect(chunks.filter((c) => !cached.includes(c)), `${what} is not precached`).toEqual([]);
  }
});

test('offline, joining or hosting a room says so at once, and the hot seat is offered instead', async ({ page, context }) => {
  await openFresh(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // The QR code's address: no connection is tried and waited on, the reason shows at once.
  await page.goto('/?join=ABC234');
  await expect(page.getByRole('alert')).toHaveText(/^You are offline: joining an exercise needs a network connection/, { timeout: 2000 });
  await expect(page.getByRole('button', { name: 'Join', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page);
  // Hosting from the classroom setup: refused at once, with what works instead.
  await page.goto('/');
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByRole('button', { name: /Host on the network/ }).click();
  await expect(page.getByRole('alert')).toHaveText(/^You are offline: hosting an exercise .* "Start the exercise" on this one screen works offline\.$/, { timeout: 2000 });
  await expect(page.getByText('Starting the room on the exercise server…')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await expect(page.getByRole('heading', { name: /^Pass the screen to/ })).toBeVisible();
  // Back online, the join screen lets the code through again.
  await context.setOffline(false);
  await page.goto('/?join');
  await expect(page.getByRole('button', { name: 'Join', exact: true })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('installable: Chromium finds no installability error; the manifest has a home-screen name, icons and the theme colour', async ({ baseURL, request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { name: string; short_name: string; theme_color: string; display: string; start_url: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
  expect(manifest.name).toBe('What Happens Next');
  // A phone's home screen shows about 12 characters under an icon.
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const icon of manifest.icons) {
    const png = await (await request.get(icon.src)).body();
    // A PNG's IHDR holds its width and height at bytes 16 and 20: the size the manifest claims.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${icon.src} ${width}x${height}`).toBe(`${icon.src} ${icon.sizes}`);
  }
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);

  // Chromium's own check (the one behind its install button) needs a profile that is not incognito.
  const { launchOptions } = test.info().project.use;
  const profile = mkdtempSync(join(tmpdir(), 'whn-profile-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: launchOptions?.executablePath, args: launchOptions?.args, baseURL });
  try {
    const page = await browser.newPage();
    await page.goto('/');
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);
    await waitForServiceWorker(page);
    const cdp = await browser.newCDPSession(page);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
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
    // Two saved sessions: one step into March 2019, then one into the tutorial (the one in progress).
    await movesRegion(page).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Scenario…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Tutorial/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tutorial/i);
    await page.getByRole('button', { name: 'Forward ▶' }).click();
    const date = await page.getByTestId('current-date').textContent();
    // Each stored session as written, but for the time it was saved at (opening one may save it again).
    const saved = async () => JSON.stringify((await storedSessions(page)).map((s) => ({ id: s.id, session: { ...s.session, savedAt: null } })).sort((a, b) => a.id.localeCompare(b.id)));
    await expect.poll(async () => (await storedSessions(page)).length).toBe(2);
    // Autosave is debounced: wait until what is stored stops changing.
    await expect.poll(async () => (await saved()) === (await page.waitForTimeout(400).then(saved))).toBe(true);
    const before = await saved();

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
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Tutorial/i);
    await expect(page.getByTestId('current-date')).toHaveText(date ?? '');
    await expect(page.getByText('A new version is ready — reload when convenient.')).toHaveCount(0);
    expect(await saved()).toEqual(before);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
