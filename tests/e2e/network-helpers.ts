/**
 * What the networked-exercise specs share: a real exercise server on loopback (`npm run serve`'s
 * main.ts serving the built app and the rooms on E2E_ROOMS_PORT), a browser context per device,
 * the classroom setup, seat picking, the debrief's comparable text, and screenshots at both sizes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';

export const ROOMS_PORT = Number(process.env.E2E_ROOMS_PORT ?? 4413);
export const ROOMS_BASE = `http://127.0.0.1:${ROOMS_PORT}`;
const SHOTS = process.env.SHOTS_DIR ?? null;
export const SEED = '42';
export const US_MOVE = { id: 'seize-cargo-ship', label: 'Seize a North Korean cargo ship' };
export const DPRK_MOVE = { id: 'rebuild-launch-site', label: 'Rebuild a launch site' };

/** The exercise server as a child process, on a data folder of its own; stop and start it again on the same folder. */
export class RoomsServer {
  private child: ChildProcess | null = null;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'whn-e2e-rooms-'));

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(ROOMS_PORT), '--host', '127.0.0.1', '--data', this.dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the exercise server did not start within 30 s:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Rooms:')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the exercise server exited (${code}):\n${output}`));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Screenshots of the page at 1280×720 and 390×844 into SHOTS_DIR (when set), then back to its size. */
export async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const size = page.viewportSize();
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: false });
  }
  if (size) await page.setViewportSize(size);
}

/** A new device: its own browser context on the rooms server, watching for Content-Security-Policy violations. */
export async function freshPage(browser: Browser, path = '/'): Promise<Page> {
  const context = await browser.newContext({ baseURL: ROOMS_BASE, acceptDownloads: true });
  // The built app's Content-Security-Policy lets the room sockets through: no violation on any page.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

export const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Every WebSocket frame the page receives from now on, as text. */
export function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? payload : payload.toString('latin1'))));
  return frames;
}

/** Opens the classroom setup with seed 42 and the defaults (Team A plays US, Team B DPRK, ROK the computer, simultaneous). */
export async function setUpClassroom(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByLabel("Seed for the computer's moves").fill(SEED);
}

/** Hosts the set-up exercise on the network; returns the room code. */
export async function hostRoom(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Host on the network/ }).click();
  const code = (await page.getByTestId('room-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  return code;
}

/** The text of the debrief's sections that do not hold wall-clock times (path, decisions, outcome, divergence). */
export async function debriefText(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: /After-action review/ })).toBeVisible();
  const parts: string[] = [];
  for (const id of ['debrief-path', 'debrief-decisions', 'debrief-outcome', 'debrief-divergence']) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    parts.push((await section.count()) > 0 ? await section.innerText() : '');
  }
  return parts;
}

/** The debrief's export as downloaded. */
export async function downloaded(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function takeSeat(page: Page, team: RegExp): Promise<void> {
  await expect(page.getByRole('heading', { name: /pick your seat/ })).toBeVisible();
  await page.getByRole('button', { name: team }).click();
}

/** A device that opens the room's address and takes a team's seat. */
export async function teamDevice(browser: Browser, code: string, team: RegExp): Promise<Page> {
  const page = await freshPage(browser, `/?join=${code}`);
  await takeSeat(page, team);
  return page;
}
