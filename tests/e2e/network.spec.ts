/**
 * The networked exercise in real Chromium against a real exercise server on loopback, started and
 * stopped by this test (`npm run serve`'s main.ts serving the built app and the rooms): a facilitator
 * and two teams, each in its own browser context, play a simultaneous round. The DPRK context's
 * WebSocket frames never hold the US move before the reveal; a team's page closes and comes back
 * with its choice; the server restarts mid-round and the round resumes; the debrief is the hot-seat
 * debrief of the same moves; axe finds nothing on the host, join, seat and console screens.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { DPRK_MOVE, ROOMS_PORT, RoomsServer, US_MOVE, debriefText, downloaded, freshPage, recordFrames, setUpClassroom, shoot, takeSeat, violations } from './network-helpers.ts';

const rooms = new RoomsServer();
test.beforeAll(() => rooms.start());
test.afterAll(() => rooms.dispose());

test('a simultaneous round on three devices: secrets stay on their seat, drops and a server restart lose nothing, the debrief is the hot seat\'s', async ({ browser }) => {
  test.setTimeout(180_000);

  // The facilitator hosts from the classroom setup.
  const facilitator = await freshPage(browser);
  await setUpClassroom(facilitator);
  await facilitator.getByRole('button', { name: /Host on the network/ }).click();
  const code = (await facilitator.getByTestId('room-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(facilitator.getByRole('img', { name: /QR code of http:\/\/127\.0\.0\.1:\d+\/\?join=/ })).toBeVisible();
  await expect(facilitator.getByTestId('facilitator-code')).toHaveText(/^[A-Z2-9]{8}$/);
  await expectNoAxeViolations(facilitator);

  // US: from "Join an exercise", types the code, takes Team A's seat.
  const us = await freshPage(browser, '/?join');
  await expect(us.getByRole('heading', { name: 'Join an exercise' })).toBeVisible();
  await us.getByLabel('Room code').fill('nope');
  await us.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(us.getByRole('alert')).toContainText('is not a room code');
  await expectNoAxeViolations(us);
  await shoot(us, 'join');
  await us.getByLabel('Room code').fill(code.toLowerCase());
  await us.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(us.getByRole('heading', { name: `Room ${code}: pick your seat` })).toBeVisible();
  await expectNoAxeViolations(us);
  await shoot(us, 'join-seats');
  // The server's refusal, in its words: a wrong facilitator code opens nothing.
  await us.getByLabel('Facilitator code').fill('ABCDEFGH');
  await us.getByRole('button', { name: 'Join as facilitator' }).click();
  await expect(us.getByRole('alert')).toContainText('That is not the facilitator code of this room.');
  await takeSeat(us, /Team A/);
  await expect(us.getByRole('heading', { name: 'Team A: your move' })).toBeVisible();

  // DPRK: opens the QR code's address; every frame it receives is recorded.
  const dprk = await freshPage(browser, 'about:blank');
  const frames = recordFrames(dprk);
  await dprk.goto(`/?join=${code}`);
  await takeSeat(dprk, /Team B/);
  await expect(dprk.getByRole('heading', { name: 'Team B: your move' })).toBeVisible();
  // Team A's seat is taken: the picker no longer offers it.
  await expect(facilitator.locator('.devices__team').first()).toContainText('connected');

  // The host screen lists the seats as they fill.
  await expect(facilitator.getByTestId('device')).toHaveCount(3);
  await shoot(facilitator, 'host');

  // US chooses (its draft goes to the server), its page closes, and a new page gets the seat and the choice back.
  await us.getByRole('radio', { name: new RegExp(US_MOVE.label) }).check();
  await expectNoAxeViolations(us);
  await shoot(us, 'seat');
  await expect(facilitator.locator('.devices__team').first()).toContainText('connected');
  const usContext = us.context();
  await us.close();
  await expect(facilitator.locator('.devices__team').first()).toContainText('not connected');
  const usAgain = await usContext.newPage();
  await usAgain.goto(`/?join=${code}`);
  await expect(usAgain.getByRole('heading', { name: 'Team A: your move' })).toBeVisible();
  await expect(usAgain.getByRole('radio', { name: new RegExp(US_MOVE.label) })).toBeChecked();
  await usAgain.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await expect(usAgain.getByRole('heading', { name: 'Your moves are committed' })).toBeVisible();

  // DPRK sees that US has committed, never what.
  await expect(dprk.getByText('US has committed (Team A)')).toBeVisible();
  await expect(dprk.locator('body')).not.toContainText(US_MOVE.label);
  expect(frames.length).toBeGreaterThan(2);
  expect(frames.some((f) => f.includes(US_MOVE.id))).toBe(false);

  // DPRK chooses, then the server restarts mid-round: every device says so, comes back, and the round resumes.
  await dprk.getByRole('radio', { name: new RegExp(DPRK_MOVE.label) }).check();
  await expect.poll(() => frames.length).toBeGreaterThan(3);
  await rooms.stop();
  await expect(dprk.getByTestId('reconnecting')).toBeVisible();
  await rooms.start();
  await expect(dprk.getByTestId('reconnecting')).toBeHidden({ timeout: 30_000 });
  await expect(dprk.getByRole('radio', { name: new RegExp(DPRK_MOVE.label) })).toBeChecked();
  await expect(usAgain.getByRole('heading', { name: 'Your moves are committed' })).toBeVisible({ timeout: 30_000 });
  await dprk.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  expect(frames.some((f) => f.includes(US_MOVE.id))).toBe(false);

  // The console: the facilitator reveals, and every device shows the round at once.
  await facilitator.getByRole('button', { name: 'Console' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Every team has committed' })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(facilitator);
  await shoot(facilitator, 'console');
  await facilitator.getByRole('button', { name: 'Reveal the moves' }).click();
  for (const page of [facilitator, usAgain, dprk]) await expect(page.getByRole('heading', { name: 'Round 1 revealed' })).toBeVisible();
  await expect(dprk.locator('.reveal__moves')).toContainText(US_MOVE.label);
  // The detector sees the move once it is public: the checks above could have failed.
  expect(frames.some((f) => f.includes(US_MOVE.id))).toBe(true);

  // The projector's read-only view: the round as the class may see it, no controls.
  const projector = await freshPage(browser, `/?join=${code}&view=projector`);
  await expect(projector.getByRole('heading', { name: 'Round 1 revealed' })).toBeVisible();
  await expect(projector.getByRole('button', { name: /Next round|Reveal/ })).toHaveCount(0);
  await expect(projector.getByText(`Join at 127.0.0.1:${ROOMS_PORT}/ with the room code ${code}`)).toBeVisible();
  await expectNoAxeViolations(projector);
  await shoot(projector, 'projector');

  // The facilitator removes the projector's device from the host screen's list: it is told so.
  await facilitator.getByRole('button', { name: 'Join screen' }).click();
  await facilitator.getByLabel('Reason for the log (for remove and move)').fill('Wrong screen');
  await facilitator.getByRole('button', { name: /^Remove Projector \(watching\)/ }).click();
  await expect(projector.getByRole('alert')).toContainText('The facilitator removed this device from the room.');
  await facilitator.getByRole('button', { name: 'Console' }).click();

  // A console action with its reason in the log.
  await facilitator.getByLabel('Action').selectOption('pause');
  await facilitator.getByLabel('Reason (for the session log)').fill('A question from the class');
  await facilitator.getByRole('button', { name: 'Apply' }).click();
  await expect(dprk.locator('.session-log')).toContainText('reason: A question from the class');
  await facilitator.getByRole('button', { name: 'Resume' }).click();
  await expect(dprk.locator('.session-log')).toContainText('resumed');

  // End: the debrief opens on every device.
  await facilitator.getByRole('button', { name: 'End the exercise' }).click();
  await facilitator.getByRole('button', { name: 'Yes, end it and open the debrief' }).click();
  const networked = await debriefText(dprk);
  for (const page of [facilitator, dprk]) expect(await violations(page)).toEqual([]);
  expect(await debriefText(usAgain)).toEqual(networked);
  expect(await debriefText(facilitator)).toEqual(networked);
  const networkedCsv = await downloaded(dprk, 'Turns (CSV)');
  expect(networkedCsv).toContain(US_MOVE.id);

  // The same moves on the hot seat give the same debrief.
  const hot = await freshPage(browser);
  await setUpClassroom(hot);
  await hot.getByRole('button', { name: 'Start the exercise' }).click();
  await hot.getByRole('button', { name: 'Team A is ready: show our moves' }).click();
  await hot.getByRole('radio', { name: new RegExp(US_MOVE.label) }).check();
  await hot.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await hot.getByRole('button', { name: 'Team B is ready: show our moves' }).click();
  await hot.getByRole('radio', { name: new RegExp(DPRK_MOVE.label) }).check();
  await hot.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await hot.getByRole('button', { name: 'Reveal the moves' }).click();
  await hot.getByRole('button', { name: 'Debrief', exact: true }).click();
  const hotSeat = await debriefText(hot);
  // The hot seat's log has no pause; the sections compared hold no log.
  expect(networked).toEqual(hotSeat);
  // The export is the hot seat's too.
  expect(networkedCsv).toBe(await downloaded(hot, 'Turns (CSV)'));
});

test('the join screen says plainly that a room code leads nowhere', async ({ browser }) => {
  const page = await freshPage(browser, '/?join=ABCDEF');
  await expect(page.getByRole('alert')).toContainText('No exercise with the room code ABCDEF');
  await expectNoAxeViolations(page);
});
