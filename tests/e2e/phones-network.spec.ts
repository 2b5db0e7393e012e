/**
 * The networked exercise on the students' own phones and tablets (issue 14): a facilitator hosts
 * from a laptop; a student at 390×844 or 768×1024 on a touch screen joins, picks a seat, chooses,
 * sees the reveal and the debrief. Every one of those screens (and the facilitator's host screen and
 * console at the student's size, as on a tablet) has touch targets of 44 px or more and never
 * scrolls sideways. The exercise server runs in this process on 127.0.0.1 (E2E_ROOMS_PORT), serving
 * the built app and the rooms, as `npm run serve` does. Screenshots: test-results/screenshots/net-*.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../src/server/start.ts';
import { expectNoSidewaysScroll, expectTouchTargets } from './helpers.ts';

// The port network.spec.ts uses too: files run one after the other, and each stops its server in afterAll.
const PORT = Number(process.env.E2E_ROOMS_PORT ?? 4413);
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

let server: RunningServer | null = null;
let dataDir = '';

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'whn-e2e-phone-rooms-'));
  server = await startServer({ port: PORT, host: '127.0.0.1', dataDir, staticDir: 'dist', report: () => undefined });
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

for (const size of SIZES) {
  test(`a student's ${size.name} (${size.width}×${size.height}): join, seat, move, reveal and debrief fit, with touch-sized controls`, async ({ browser }) => {
    test.setTimeout(120_000);
    const base = server?.url ?? '';
    const facilitator = await (await browser.newContext({ baseURL: base })).newPage();
    const student = await (await browser.newContext({ baseURL: base, viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: true })).newPage();
    const check = async (page: Page, screen: string) => {
      await expectNoSidewaysScroll(page, screen);
      await expectTouchTargets(page, screen);
      await page.screenshot({ path: `${SHOTS}/net-${size.width}-${screen}.png` });
    };

    await facilitator.goto('/');
    await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
    await facilitator.getByRole('button', { name: 'Classroom' }).click();
    await facilitator.getByRole('button', { name: /Host on the network/ }).click();
    const code = (await facilitator.getByTestId('room-code').innerText()).trim();

    await student.goto('/?join');
    await expect(student.getByRole('heading', { name: 'Join an exercise' })).toBeVisible();
    await check(student, 'join');
    await student.getByLabel('Room code').fill(code);
    await student.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(student.getByRole('heading', { name: `Room ${code}: pick your seat` })).toBeVisible();
    await check(student, 'seats');
    await student.getByRole('button', { name: /Team A/ }).click();
    await expect(student.getByRole('heading', { name: 'Team A: your move' })).toBeVisible();
    await check(student, 'seat');
    await student.getByRole('radio').first().check();
    await student.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
    await expect(student.getByRole('heading', { name: 'Your moves are committed' })).toBeVisible();
    await check(student, 'committed');

    // The facilitator's screens on a device of the same size (a tablet at the front of the class).
    await facilitator.setViewportSize({ width: size.width, height: size.height });
    await expect(facilitator.getByTestId('device')).toHaveCount(2);
    await expectNoSidewaysScroll(facilitator, 'host screen');
    await facilitator.screenshot({ path: `${SHOTS}/net-${size.width}-host.png` });
    // Team B is the second team: the facilitator plays it from a second seat here, through the console.
    const teamB = await (await browser.newContext({ baseURL: base })).newPage();
    await teamB.goto(`/?join=${code}`);
    await teamB.getByRole('button', { name: /Team B/ }).click();
    await teamB.getByRole('radio').first().check();
    await teamB.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
    await facilitator.getByRole('button', { name: 'Console' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Every team has committed' })).toBeVisible({ timeout: 30_000 });
    await expectNoSidewaysScroll(facilitator, 'console');
    await facilitator.screenshot({ path: `${SHOTS}/net-${size.width}-console.png` });
    await facilitator.getByRole('button', { name: 'Reveal the moves' }).click();

    await expect(student.getByRole('heading', { name: 'Round 1 revealed' })).toBeVisible();
    await check(student, 'reveal');
    await facilitator.getByRole('button', { name: 'End the exercise' }).click();
    await facilitator.getByRole('button', { name: 'Yes, end it and open the debrief' }).click();
    await expect(student.getByRole('heading', { level: 1, name: /After-action review/ })).toBeVisible();
    await check(student, 'debrief');
    for (const page of [facilitator, student, teamB]) await page.context().close();
  });
}
