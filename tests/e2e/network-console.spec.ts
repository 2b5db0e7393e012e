/**
 * The networked exercise's other half, in real Chromium against a real exercise server on loopback:
 * alternating turns team by team; every seat's replay of the exercise so far, its charts and its
 * clock; the round clock running out and the reveal resolving the round on every device; the
 * projector's frames holding no secret; every console action with its reason in the log on the
 * console, the teams' devices and the debrief; removing and moving devices; the end for everyone.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { DPRK_MOVE, ROOMS_PORT, RoomsServer, US_MOVE, debriefText, freshPage, hostRoom, recordFrames, setUpClassroom, shoot, teamDevice } from './network-helpers.ts';

const rooms = new RoomsServer();
test.beforeAll(() => rooms.start());
test.afterAll(() => rooms.dispose());

/** Turns the setup's timer on with `seconds` a turn. */
async function withTimer(page: Page, seconds: number): Promise<void> {
  await page.getByLabel('Turn timer').check();
  await page.getByLabel('Seconds per team turn').fill(String(seconds));
}

/** The value of the first option of a select that can be chosen (closed events and the current level cannot). */
async function firstOpen(page: Page, label: string): Promise<string> {
  const value = await page.getByLabel(label, { exact: true }).evaluate((select) => [...(select as HTMLSelectElement).options].find((o) => !o.disabled)?.value ?? null);
  expect(value).not.toBeNull();
  return value as string;
}

test('alternating turns on every team\'s device: only the team whose actor is next plays; each seat shows the replay, the charts and the clock', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await freshPage(browser);
  await setUpClassroom(facilitator);
  await facilitator.getByLabel(/^Alternating/).check();
  await withTimer(facilitator, 600);
  const code = await hostRoom(facilitator);
  const us = await teamDevice(browser, code, /Team A/);
  const dprk = await teamDevice(browser, code, /Team B/);
  await facilitator.getByRole('button', { name: 'Console' }).click();

  await expect(us.getByRole('heading', { name: 'Team A: your move' })).toBeVisible();
  await expect(dprk.getByRole('heading', { name: 'Team A is choosing' })).toBeVisible();
  await expect(dprk.getByRole('button', { name: 'Play this move' })).toHaveCount(0);
  for (const page of [us, dprk]) {
    await expect(page.getByRole('timer')).toHaveText(/^(9|10):\d\d$/);
    await expect(page.getByRole('heading', { name: 'The exercise so far' })).toBeVisible();
    await expect(page.getByTestId('path-step')).toHaveText(/^Step 0 of 0 · 27 Feb 2019$/);
    await expect(page.locator('.app__charts')).toBeVisible();
    await expect(page.locator('.app__charts svg').first()).toBeVisible();
  }
  await expectNoAxeViolations(dprk);
  await shoot(dprk, 'seat-waiting');

  await us.getByRole('radio', { name: new RegExp(US_MOVE.label) }).check();
  await us.getByRole('button', { name: 'Play this move' }).click();
  // Played at once, on every device: the turn passes to Team B, and every replay has the move as its latest step.
  await expect(dprk.getByRole('heading', { name: 'Team B: your move' })).toBeVisible();
  await expect(us.getByRole('heading', { name: 'Team B is choosing' })).toBeVisible();
  for (const page of [us, dprk, facilitator]) {
    await expect(page.getByTestId('path-step')).toHaveText(/^Step 1 of 1 · /);
    await expect(page.getByRole('region', { name: 'Narration' })).toContainText(US_MOVE.label);
  }
  await expectNoAxeViolations(dprk);
  await shoot(dprk, 'seat-alternating');

  // Stepping back in one device's replay changes that screen only.
  await us.getByRole('button', { name: '◀ Back' }).click();
  await expect(us.getByTestId('path-step')).toHaveText('Step 0 of 1 · 27 Feb 2019');
  await expect(dprk.getByTestId('path-step')).toHaveText(/^Step 1 of 1 · /);
  await us.getByRole('button', { name: 'Latest' }).click();
  await expect(us.getByTestId('path-step')).toHaveText(/^Step 1 of 1 · /);

  await dprk.getByRole('radio', { name: new RegExp(DPRK_MOVE.label) }).check();
  await dprk.getByRole('button', { name: 'Play this move' }).click();
  // South Korea is the computer's: it plays on its own, and the turn comes back to Team A.
  await expect(us.getByRole('heading', { name: 'Team A: your move' })).toBeVisible();
  await expect(us.getByTestId('path-step')).toHaveText(/^Step 3 of 3 · /);
  await expect(facilitator.locator('.session-log')).toContainText(US_MOVE.label);
  await expect(facilitator.locator('.session-log')).toContainText(DPRK_MOVE.label);
});

test('the round clock, the projector, the console and the devices: reasons in every log, the reveal and the debrief on every device', async ({ browser }) => {
  test.setTimeout(180_000);
  const facilitator = await freshPage(browser);
  await setUpClassroom(facilitator);
  await withTimer(facilitator, 10);
  const code = await hostRoom(facilitator);
  const facilitatorCode = (await facilitator.getByTestId('facilitator-code').innerText()).trim();

  // The projector joins first: every frame it receives is recorded.
  const projector = await freshPage(browser, 'about:blank');
  const frames = recordFrames(projector);
  await projector.goto(`/?join=${code}&view=projector`);
  await expect(projector.getByText(`Join at 127.0.0.1:${ROOMS_PORT}/ with the room code ${code}`)).toBeVisible();
  const us = await teamDevice(browser, code, /Team A/);
  const dprk = await teamDevice(browser, code, /Team B/);
  await us.getByRole('radio', { name: new RegExp(US_MOVE.label) }).check();
  await us.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await expect(projector.getByText('US has committed (Team A)')).toBeVisible();
  await expect(projector.getByRole('timer')).toBeVisible();
  await expectNoAxeViolations(projector);
  await shoot(projector, 'projector-round');
  // What the class may see, and nothing more: not the US move, not the facilitator's code.
  await expect(projector.locator('body')).not.toContainText(US_MOVE.label);
  expect(frames.length).toBeGreaterThan(2);
  expect(frames.some((f) => f.includes(US_MOVE.id))).toBe(false);
  expect(frames.some((f) => f.includes(facilitatorCode))).toBe(false);

  // Time runs out on every device; Team B has not committed; the facilitator reveals and it passes.
  await facilitator.getByRole('button', { name: 'Console' }).click();
  for (const page of [facilitator, us, dprk, projector]) await expect(page.getByText('Time is up: decide now.')).toBeVisible({ timeout: 20_000 });
  await facilitator.getByRole('button', { name: 'Time is up: reveal (teams that have not committed pass)' }).click();
  for (const page of [facilitator, us, dprk, projector]) await expect(page.getByRole('heading', { name: 'Round 1 revealed' })).toBeVisible();
  await expect(dprk.locator('.reveal__moves')).toContainText(US_MOVE.label);
  await expect(projector.locator('.reveal__moves')).toContainText(/pass/i);
  // The detector sees the move once it is public: the checks above could have failed.
  expect(frames.some((f) => f.includes(US_MOVE.id))).toBe(true);
  await facilitator.getByRole('button', { name: 'Next round' }).click();
  await expect(dprk.getByRole('heading', { name: 'Team B: your move' })).toBeVisible();

  // Every console action, each with its reason in the log of the console and of the teams' devices.
  const reasons: string[] = [];
  const apply = async (kind: string, reason: string, choose: () => Promise<void> = async () => undefined) => {
    await facilitator.getByLabel('Action').selectOption(kind);
    await choose();
    await facilitator.getByLabel('Reason (for the session log)').fill(reason);
    await facilitator.getByRole('button', { name: 'Apply' }).click();
    await expect(facilitator.locator('.facilitator')).toContainText('logged.');
    for (const page of [facilitator, dprk]) await expect(page.locator('.session-log')).toContainText(`reason: ${reason}`);
    reasons.push(reason);
  };
  await apply('inject-event', 'This really happened', async () => {
    const event = facilitator.getByLabel('Event (from the historical record)');
    await event.selectOption(await firstOpen(facilitator, 'Event (from the historical record)'));
  });
  await apply('inject', 'Satellite images', async () => {
    await facilitator.getByLabel('Actor', { exact: true }).selectOption('dprk');
    await facilitator.getByLabel('Move (open ones only)').selectOption(await firstOpen(facilitator, 'Move (open ones only)'));
  });
  await apply('override', 'Suppose Treasury went further', async () => {
    await facilitator.getByLabel('New level').selectOption(await firstOpen(facilitator, 'New level'));
  });
  await apply('undo', "Let's see the alternative");
  await expectNoAxeViolations(facilitator);
  await shoot(facilitator, 'console-actions');
  await apply('pause', 'A question from the class');
  await expect(dprk.getByRole('heading', { name: 'Paused', exact: true })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Resume the session' }).click();
  await expect(dprk.locator('.session-log')).toContainText('resumed');

  // Who is connected; a removed device is told in words; a device moved to the freed seat plays it.
  await facilitator.getByRole('button', { name: 'Join screen' }).click();
  await expect(facilitator.getByTestId('device')).toHaveCount(4);
  await expect(facilitator.locator('.devices__team').nth(1)).toContainText('connected');
  await facilitator.getByLabel('Reason for the log (for remove and move)').fill('Flat battery');
  await facilitator.getByRole('button', { name: /^Remove Team B/ }).click();
  await expect(dprk.getByRole('alert').filter({ hasText: 'The facilitator removed this device from the room. To take a seat again, join with the room code.' })).toBeVisible();
  await expect(facilitator.locator('.devices__team').nth(1)).toContainText('free');
  await facilitator.getByLabel(/^Move Projector \(watching\).* to$/).selectOption({ label: 'Team B' });
  await facilitator.getByRole('button', { name: /^Move Projector \(watching\).* to the chosen seat$/ }).click();
  await expect(projector.locator('.network-seat__who')).toContainText('Team B');
  await expect(projector.getByRole('heading', { name: 'Team B: your move' })).toBeVisible();
  await shoot(facilitator, 'host-devices');

  // The end: the debrief opens on every device still in the room, with every reason in its log.
  await facilitator.getByRole('button', { name: 'Console' }).click();
  await facilitator.getByRole('button', { name: 'End the exercise' }).click();
  await facilitator.getByRole('button', { name: 'Yes, end it and open the debrief' }).click();
  const debrief = await debriefText(facilitator);
  for (const page of [us, projector]) expect(await debriefText(page)).toEqual(debrief);
  for (const page of [facilitator, us, projector]) {
    const log = page.locator('section[aria-labelledby="debrief-log"]');
    for (const reason of reasons) await expect(log).toContainText(`reason: ${reason}`);
  }
  await expectNoAxeViolations(us);
  await shoot(us, 'debrief');
});
