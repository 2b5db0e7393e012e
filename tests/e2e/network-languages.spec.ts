/**
 * One room, devices in two languages: each reads the scenario (move labels, posture labels, the
 * round's reveal and log, the debrief) in its own language, from the scenario's shipped translation, and the
 * header's language control switches a seat live. The moves each device commits are the same ids.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { RoomsServer, US_MOVE, DPRK_MOVE, freshPage, setUpClassroom, hostRoom, shoot } from './network-helpers.ts';

const rooms = new RoomsServer();
test.beforeAll(() => rooms.start());
test.afterAll(() => rooms.dispose());

const KO = { us: '북한 화물선 압류', dprk: '발사장 복구', usSanctions: '미국 제재', liaison: '개성 연락사무소' };
const EN = { us: US_MOVE.label, dprk: DPRK_MOVE.label, usSanctions: 'US sanctions', liaison: 'Kaesong liaison office' };

const move = (page: Page, id: string) => page.locator(`#moves input[type="radio"][value="${id}"]`);
const board = (page: Page) => page.locator('.posture-board');

test('a Korean and an English device on one room each read the scenario in their language, and switch live', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await freshPage(browser);
  await setUpClassroom(facilitator);
  const code = await hostRoom(facilitator);

  // Team A's device opens the room in Korean; Team B's in English.
  const us = await freshPage(browser, 'about:blank');
  // From its first paint on, the Korean device never shows the English label of a move or a posture.
  await us.context().addInitScript((english: readonly string[]) => {
    const seen: string[] = [];
    (window as unknown as { __english: string[] }).__english = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const texts = [record.target.textContent ?? '', ...Array.from(record.addedNodes, (node) => node.textContent ?? '')];
        for (const text of texts) for (const label of english) if (text.includes(label)) seen.push(label);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, [EN.us, EN.usSanctions]);
  await us.goto(`/?join=${code}&lang=ko`);
  await expect(us.getByRole('heading', { name: `방 ${code}: 자리를 고르세요` })).toBeVisible();
  // The seats name their actors as the scenario's translation does (the room sends ids).
  await expect(us.getByRole('button', { name: /Team A 미국/ })).toBeVisible();
  await us.getByRole('button', { name: /Team A/ }).click();
  await expect(us.getByText('Team A (미국)')).toBeVisible();
  const dprk = await freshPage(browser, `/?join=${code}&lang=en`);
  await dprk.getByRole('button', { name: /Team B/ }).click();

  await expect(us.getByRole('radio', { name: new RegExp(KO.us) })).toHaveValue(US_MOVE.id);
  await expect(board(us)).toContainText(KO.usSanctions);
  await expect(us.locator('#moves')).not.toContainText(EN.us);
  await expect(board(us)).not.toContainText(EN.usSanctions);
  await expect(dprk.getByRole('radio', { name: new RegExp(EN.dprk) })).toHaveValue(DPRK_MOVE.id);
  await expect(board(dprk)).toContainText(EN.liaison);
  await expect(board(dprk)).not.toContainText(KO.liaison);
  expect(await us.evaluate(() => (window as unknown as { __english: string[] }).__english)).toEqual([]);
  await expectNoAxeViolations(us);
  await shoot(us, 'ko-seat');
  // Back to the seat after a reload: its first view is already in Korean.
  await us.reload();
  await expect(us.getByRole('radio', { name: new RegExp(KO.us) })).toHaveValue(US_MOVE.id);
  expect(await us.evaluate(() => (window as unknown as { __english: string[] }).__english)).toEqual([]);

  // Live: Team B's device turns Korean, Team A's English, with the seat and its choice kept.
  await move(us, US_MOVE.id).check();
  await dprk.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(dprk.getByRole('radio', { name: new RegExp(KO.dprk) })).toHaveValue(DPRK_MOVE.id);
  await expect(board(dprk)).toContainText(KO.liaison);
  await expect(board(dprk)).not.toContainText(EN.liaison);
  await us.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(us.getByRole('radio', { name: new RegExp(EN.us) })).toBeChecked();
  await expect(board(us)).toContainText(EN.usSanctions);
  await expect(board(us)).not.toContainText(KO.usSanctions);

  // Both commit; the Korean facilitator console reveals; each device words the same moves in its language.
  await us.getByRole('button', { name: 'Commit our move (hidden until the reveal)' }).click();
  await move(dprk, DPRK_MOVE.id).check();
  await dprk.getByRole('button', { name: '행동 확정(공개 전까지 비공개)' }).click();
  await facilitator.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await facilitator.getByRole('button', { name: '콘솔' }).click();
  await expect(facilitator.getByRole('heading', { name: '모든 팀이 확정했습니다' })).toBeVisible();
  await expectNoAxeViolations(facilitator);
  await expect(facilitator.locator('.devices__team').first()).toContainText('Team A 미국');
  await shoot(facilitator, 'ko-console');
  await facilitator.getByRole('button', { name: '행동 공개' }).click();
  await expect(facilitator.getByRole('heading', { name: '1라운드 공개' })).toBeVisible();
  await expect(facilitator.locator('.reveal__moves')).toContainText(KO.us);
  await expect(dprk.locator('.reveal__moves')).toContainText(KO.us);
  await expect(us.locator('.reveal__moves')).toContainText(EN.dprk);
  await expect(us.locator('.reveal__moves')).not.toContainText(KO.dprk);
  await expect(dprk.locator('.session-log')).toContainText(KO.dprk);
  await expect(us.locator('.session-log')).toContainText(EN.us);
  await shoot(facilitator, 'ko-console-revealed');

  // The debrief at the end: each device's in its language, the scenario's title included.
  await facilitator.getByRole('button', { name: '연습 끝내기' }).click();
  await facilitator.getByRole('button', { name: '예, 끝내고 사후 검토 열기' }).click();
  const decisions = (page: Page) => page.locator('section[aria-labelledby="debrief-decisions"]');
  await expect(dprk.getByRole('heading', { level: 1, name: /^사후 검토: 2019년 3월/ })).toBeVisible();
  await expect(decisions(dprk)).toContainText(KO.us);
  await expect(us.getByRole('heading', { level: 1, name: /^After-action review: March 2019/ })).toBeVisible();
  await expect(decisions(us)).toContainText(EN.dprk);
  await expect(decisions(us)).not.toContainText(KO.dprk);
});
