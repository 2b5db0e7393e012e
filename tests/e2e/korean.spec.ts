import { test, expect } from '@playwright/test';
import { expectNoEnglish } from './english-left.ts';
import { expectNoAxeViolations, clearSavedData, openKorean } from './helpers.ts';

/**
 * The app in Korean: ?lang=ko, the header's language control, the remembered choice, the Korean
 * March 2019, and no English left on the main screen. Screenshots go to SHOTS (looked at).
 */
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;

test('?lang=ko opens the app in Korean, with no English UI text on the main screen', async ({ page }) => {
  await openKorean(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('current-date')).toHaveText('2019년 2월 27일');
  await expect(page.getByRole('button', { name: '링크 공유' })).toBeVisible();
  await expect(page.getByRole('region', { name: '행동', exact: true })).toBeVisible();
  // After a step the moves, the board and the timeline all carry scenario text.
  await page.getByRole('button', { name: '앞으로 ▶' }).click();
  const texts = await expectNoEnglish(page, 'the main screen');
  expect(texts.length).toBeGreaterThan(40);
  // What is English on purpose says so: the CAMEO codebook's descriptions.
  await expect(page.locator('#moves .move__cameo [lang="en"]').first()).toBeVisible();
});

test('the replay narration of 22 March 2019 reads in Korean', async ({ page }) => {
  await openKorean(page);
  const forward = page.getByRole('button', { name: '앞으로 ▶' });
  for (let i = 0; i < 10; i++) await forward.click();
  await expect(page.getByTestId('current-date')).toHaveText('2019년 3월 22일');
  const narration = page.getByRole('region', { name: '해설' });
  await expect(narration).toContainText('2019년 3월 22일');
  await expect(narration).toContainText('연락사무소 인력 철수');
  await expect(narration).toContainText('개성 남북공동연락사무소에서 철수합니다');
  await forward.click();
  await expect(narration).toContainText('트럼프가 재무부가 그날');
  await expect(narration).toContainText('논쟁 중');
});

test('the language is switched from the header and remembered', async ({ page }) => {
  await page.goto('/');
  await clearSavedData(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '링크 공유' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2019년 3월: 다음에 일어날 일');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2019년 3월: 다음에 일어날 일');
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
  // Help has the same control; English comes back, the session unchanged.
  await page.getByRole('button', { name: '도움말과 키보드 단축키' }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByRole('dialog', { name: 'Help' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('March 2019: what happens next');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a session played in Korean opens in English, at the same point', async ({ page }) => {
  await openKorean(page);
  const forward = page.getByRole('button', { name: '앞으로 ▶' });
  for (let i = 0; i < 3; i++) await forward.click();
  await page.getByRole('button', { name: '여기서 분기' }).click();
  await page.locator('#moves .move__button:not([aria-disabled])').first().click();
  await expect(page.getByText('분기', { exact: false }).first()).toBeVisible();
  const date = await page.getByTestId('current-date').textContent();
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('March 2019: what happens next');
  await expect(page.getByText('Restored your last session.')).toBeVisible();
  expect(date).toMatch(/^2019년 3월 \d+일$/);
  const [, month, day] = /(\d+)월 (\d+)일/.exec(date ?? '') ?? [];
  await expect(page.getByTestId('current-date')).toHaveText(`${day} ${['', 'Jan', 'Feb', 'Mar'][Number(month)]} 2019`);
});

test('axe finds no violations in Korean or in English', async ({ page }) => {
  await openKorean(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '도움말과 키보드 단축키' }).click();
  await expect(page.getByRole('dialog', { name: '도움말' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Share link' })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const size of SIZES) {
  test(`Korean screens at ${size.name}: no text overflows its button or chip`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openKorean(page);
    for (let i = 0; i < 10; i++) await page.getByRole('button', { name: '앞으로 ▶' }).click();
    await page.screenshot({ path: `${SHOTS}/ko-replay-${size.name}.png` });
    await page.screenshot({ path: `${SHOTS}/ko-replay-full-${size.name}.png`, fullPage: true });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, .tag, .mode-pill, .goldstein, .actor-badge, select')]
        .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className}: ${el.textContent?.trim()}`),
    );
    expect(overflowing).toEqual([]);
    await page.getByRole('button', { name: '도움말과 키보드 단축키' }).click();
    await page.screenshot({ path: `${SHOTS}/ko-help-${size.name}.png` });
  });
}
