/**
 * Korean beyond the main screen (issue 14): a browser set to Korean opens in Korean; a hot-seat
 * classroom exercise on a phone in Korean, every screen without English, touch targets and no
 * sideways scrolling; the debrief's exports (CSV headers, Markdown, print) in Korean while the
 * session JSON is the same file as in English; What happens next's and the charts' CSV headers in
 * Korean, the rollout JSON the same as in English; the tutorial in Korean. Screenshots:
 * test-results/screenshots/ko-*.png (looked at).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoEnglish } from './english-left.ts';
import { clearSavedData, expectNoAxeViolations, expectNoSidewaysScroll, expectTouchTargets, openKorean } from './helpers.ts';

const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const KOREAN_TITLE = '2019년 3월: 다음에 일어날 일';

/** Clicks `button` and returns the text of the file it downloads. */
async function downloaded(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  return readFileSync(await (await download).path(), 'utf8');
}

/** Every key of a parsed JSON value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

test.describe('a browser set to Korean', () => {
  test.use({ locale: 'ko-KR' });

  test("opens in Korean with no ?lang=; the address and a remembered choice come before the browser's language", async ({ page }) => {
    await page.goto('/');
    await clearSavedData(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(KOREAN_TITLE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('March 2019: what happens next');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('March 2019: what happens next');
  });
});

test.describe('on a phone in Korean', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a hot-seat exercise and its debrief: Korean on every screen, exports and print in Korean, the session JSON as in English', async ({ page }) => {
    test.setTimeout(120_000);
    const check = async (screen: string) => {
      await expectNoSidewaysScroll(page, screen);
      await expectTouchTargets(page, screen);
      await expectNoEnglish(page, screen);
      await page.screenshot({ path: `${SHOTS}/ko-390-${screen}.png` });
    };
    await openKorean(page);
    await page.getByRole('button', { name: '교실', exact: true }).click();
    await expect(page.getByRole('button', { name: '연습 시작' })).toBeVisible();
    await check('classroom-setup');
    await page.getByRole('button', { name: '연습 시작' }).click();
    await expect(page.getByRole('heading', { name: /^화면을 .+에 넘기세요$/ })).toBeVisible();
    await check('classroom-handover');
    for (let team = 0; team < 2; team++) {
      await page.getByRole('button', { name: /준비 완료: 우리 행동 보기/ }).click();
      if (team === 0) await check('classroom-team-turn');
      await page.locator('.classroom__main').getByRole('radio').first().check();
      await page.getByRole('button', { name: '행동 확정(공개 전까지 비공개)' }).click();
    }
    await page.getByRole('button', { name: '행동 공개' }).click();
    await expect(page.getByRole('heading', { name: '1라운드 공개' })).toBeVisible();
    await check('classroom-reveal');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '사후 검토', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `사후 검토: ${KOREAN_TITLE}` })).toBeVisible();
    await check('debrief');
    await expectNoAxeViolations(page);

    const csv = await downloaded(page, page.getByRole('button', { name: '차례별 기록(CSV)' }));
    expect(csv.split(/\r?\n/)[0]).toBe('단계,날짜,행위자,행동,이름,결정자,무효_사유,진행자_사유,골드스타인,이전_긴장,이후_긴장,긴장_변화');
    const markdown = await downloaded(page, page.getByRole('button', { name: '보고서(Markdown)' }));
    expect(markdown).toMatch(new RegExp(`^# 사후 검토: ${KOREAN_TITLE}`));
    expect(markdown).toContain('## 토론 질문');
    expect(markdown).not.toMatch(/\b(Round|Decisions|Outcome|Debrief questions|Session log|passes)\b/);
    const korean = JSON.parse(await downloaded(page, page.getByRole('button', { name: '세션 내보내기(JSON)' }))) as Record<string, unknown>;
    // A session started in Korean is named in Korean.
    expect(korean.name).toMatch(new RegExp(`^${KOREAN_TITLE} \\(\\d{4}-\\d{2}-\\d{2}\\)$`));
    expect(keysOf(korean).filter((key) => /[^\x20-\x7e]/.test(key)), 'JSON keys that are not plain ASCII').toEqual([]);

    // The printed debrief: the review alone, in Korean.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.debrief__actions')).toBeHidden();
    await expectNoEnglish(page, 'the printed debrief');
    await page.screenshot({ path: `${SHOTS}/ko-390-debrief-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // The same session exported in English is the same file: JSON does not follow the language.
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    const english = JSON.parse(await downloaded(page, page.getByRole('button', { name: 'Export session (JSON)' }))) as Record<string, unknown>;
    expect({ ...english, savedAt: null }).toEqual({ ...korean, savedAt: null });
  });
});

test("What happens next's and the charts' CSV headers are in Korean; the rollout JSON is the same as in English", async ({ page }) => {
  await openKorean(page);
  const panel = page.getByRole('region', { name: '다음에 일어날 일', exact: true });
  await expect(panel.getByText(/미래 10,000개 × 12차례, 시드 1\./)).toBeVisible({ timeout: 30_000 });
  const csv = await downloaded(page, panel.getByRole('button', { name: 'CSV 내려받기' }));
  const header = csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  expect(header).toMatch(/^차례,날짜,/);
  expect(header).not.toMatch(/\b(turn|date|mean)\b/);
  const korean = await downloaded(page, panel.getByRole('button', { name: 'JSON 내려받기' }));

  const charts = page.getByRole('region', { name: '긴장 고조 차트', exact: true });
  const chartCsv = await downloaded(page, charts.getByRole('button', { name: /의 데이터를 CSV로 내려받기$/ }).first());
  const chartHeader = chartCsv.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  expect(chartHeader).toMatch(/[가-힣]/);
  expect(chartHeader).not.toMatch(/\b(node|date|tension|branch)\b/i);

  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  const english = page.getByRole('region', { name: 'What happens next', exact: true });
  await expect(english.getByText(/10,000 futures × 12 turns, seed 1\./)).toBeVisible({ timeout: 30_000 });
  expect(JSON.parse(await downloaded(page, english.getByRole('button', { name: 'Download JSON' })))).toEqual(JSON.parse(korean));
});

test('the tutorial reads in Korean: no English on any step of its replay', async ({ page }) => {
  await openKorean(page);
  await page.getByRole('button', { name: '시나리오…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /튜토리얼/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('튜토리얼: 바르가 계곡의 분쟁');
  const forward = page.getByRole('button', { name: '앞으로 ▶' });
  for (let step = 0; step <= 4; step++) {
    await expectNoEnglish(page, `tutorial step ${step}`, 'scenarios/tutorial.yaml');
    if (step < 4) await forward.click();
  }
  await expect(forward).toBeDisabled();
});
