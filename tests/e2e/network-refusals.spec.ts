/**
 * The room's refusals in the device's language, in real Chromium against a real exercise server on
 * loopback: a team device in Korean whose every `act` frame reaches the server twice (a network that
 * repeats itself). The room acts on the message once and refuses the repeat; the device says so in
 * Korean, not in the server's English, and axe finds nothing on the seat with the refusal shown.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { RoomsServer, freshPage, hostRoom, setUpClassroom, shoot } from './network-helpers.ts';

const rooms = new RoomsServer();
test.beforeAll(() => rooms.start());
test.afterAll(() => rooms.dispose());

/** Every Colyseus room message of type "act" the page sends goes twice: ROOM_DATA (13), then the type as a short string. */
function repeatActs(): void {
  const send = WebSocket.prototype.send;
  const seen = window as unknown as { __repeated: number };
  seen.__repeated = 0;
  WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
    send.call(this, data);
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    if (bytes && bytes[0] === 13 && bytes[1] === 0xa3 && bytes[2] === 0x61 && bytes[3] === 0x63 && bytes[4] === 0x74) {
      seen.__repeated++;
      send.call(this, data);
    }
  };
}

test('a team device in Korean shows the room refusing a repeated message in Korean', async ({ browser }) => {
  test.setTimeout(90_000);
  const facilitator = await freshPage(browser);
  await setUpClassroom(facilitator);
  const code = await hostRoom(facilitator);

  const team = await freshPage(browser, 'about:blank');
  await team.addInitScript(repeatActs);
  await team.goto(`/?join=${code}&lang=ko`);
  await expect(team.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(team.getByRole('heading', { name: `방 ${code}: 자리를 고르세요` })).toBeVisible();
  await team.getByRole('button', { name: /Team A/ }).click();

  // Choosing a move sends the team's draft; its repeat is refused, and nothing changes.
  await team.getByRole('radio').first().check();
  const refusal = team.getByTestId('refusal');
  await expect(refusal).toContainText('서버가 거부했습니다: 이미 받은 메시지라서 두 번 처리하지 않습니다.');
  await expect(refusal).not.toContainText('already received');
  expect(await team.evaluate(() => (window as unknown as { __repeated: number }).__repeated)).toBeGreaterThan(0);
  await expect(team.getByRole('radio').first()).toBeChecked();
  await expectNoAxeViolations(team);
  await shoot(team, 'ko-refusal');
  await refusal.getByRole('button', { name: '닫기' }).click();
  await expect(refusal).toHaveCount(0);
});
