/**
 * The room's refusals in the device's language, in real Chromium against a real exercise server on
 * loopback: a team device in Korean whose every `act` frame reaches the server twice (a network that
 * repeats itself). The room acts on the message once and refuses the repeat; the device says so in
 * Korean, not in the server's English, and axe finds nothing on the seat with the refusal shown.
 * So are a closed move the room refuses (why, in the scenario's Korean words) and an exercise the
 * server cannot set up.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { RoomsServer, freshPage, hostRoom, setUpClassroom, shoot } from './network-helpers.ts';

const rooms = new RoomsServer();
test.beforeAll(() => rooms.start());
test.afterAll(() => rooms.dispose());

/** A hosted exercise, and Team A's device in Korean with `script` run in its page before the app. */
async function koreanTeamA(browser: Browser, script: () => void): Promise<Page> {
  const facilitator = await freshPage(browser);
  await setUpClassroom(facilitator);
  const code = await hostRoom(facilitator);
  const team = await freshPage(browser, 'about:blank');
  await team.addInitScript(script);
  await team.goto(`/?join=${code}&lang=ko`);
  await expect(team.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(team.getByRole('heading', { name: `방 ${code}: 자리를 고르세요` })).toBeVisible();
  await team.getByRole('button', { name: /Team A/ }).click();
  return team;
}

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
  const team = await koreanTeamA(browser, repeatActs);

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

/** The page's next `act` frame naming move `from` names move `to` instead (msgpack short strings: header byte and text, any length under 32). */
function rewriteNextAct(): void {
  const send = WebSocket.prototype.send;
  const state = window as unknown as { __rewrite: { from: string; to: string } | null; __rewritten: number };
  state.__rewrite = null;
  state.__rewritten = 0;
  const fixstr = (text: string) => [0xa0 | text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
  WebSocket.prototype.send = function (this: WebSocket, data: Parameters<WebSocket['send']>[0]) {
    const rule = state.__rewrite;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    if (rule && bytes && bytes[0] === 13) {
      const from = fixstr(rule.from);
      const at = bytes.findIndex((_, i) => from.every((b, j) => bytes[i + j] === b));
      if (at >= 0) {
        state.__rewrite = null;
        state.__rewritten++;
        return send.call(this, new Uint8Array([...bytes.slice(0, at), ...fixstr(rule.to), ...bytes.slice(at + from.length)]));
      }
    }
    return send.call(this, data);
  };
}

test('a team device in Korean says in Korean why the rules close a move the room refused', async ({ browser }) => {
  test.setTimeout(90_000);
  const team = await koreanTeamA(browser, rewriteNextAct);
  // The device sends an open move; on the way, it becomes one the rules close on the first day (as a device out of step would send it).
  const open = team.getByRole('radio').first();
  const move = await open.getAttribute('value');
  await team.evaluate((from) => ((window as unknown as { __rewrite: unknown }).__rewrite = { from, to: 'leave-without-deal' }), move);
  await open.check();
  const refusal = team.getByTestId('refusal');
  await expect(refusal).toContainText('서버가 거부했습니다: 미국의 "합의 없이 회담장을 떠남"은(는) 지금 할 수 없습니다: 필요 조건: 미국 협상: 정상회담; 현재 협상 중.');
  await expect(refusal).not.toContainText(/is closed|requires|it is/);
  expect(await team.evaluate(() => (window as unknown as { __rewritten: number }).__rewritten)).toBe(1);
  await expectNoAxeViolations(team);
  await shoot(team, 'ko-closed-move');
});

test('a host device in Korean says in Korean why the server cannot set the exercise up', async ({ browser }) => {
  test.setTimeout(60_000);
  const facilitator = await freshPage(browser, '/?lang=ko');
  await expect(facilitator.locator('html')).toHaveAttribute('lang', 'ko');
  await facilitator.getByRole('button', { name: '교실' }).click();
  // The request leaves asking for a scenario this server does not have (an older server than the app).
  await facilitator.route('**/matchmake/create/**', (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { scenario?: unknown };
    return route.continue({ postData: JSON.stringify({ ...body, scenario: { kind: 'shipped', id: 'sahel-2024' } }) });
  });
  await facilitator.getByRole('button', { name: /네트워크/ }).click();
  const said = facilitator.getByText('이 서버에는 시나리오 "sahel-2024"이(가) 없습니다: 서버를 업데이트하거나, 시나리오 파일을 직접 올려 방을 여세요.');
  await expect(said).toBeVisible();
  await expect(facilitator.getByText(/no scenario|shipped scenario|cannot be set up/)).toHaveCount(0);
  await expectNoAxeViolations(facilitator);
  await shoot(facilitator, 'ko-setup-refused');
});
