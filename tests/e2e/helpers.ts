import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Removes everything the app keeps in this browser context: localStorage, sessionStorage and the
 * IndexedDB database of saved sessions. Runs on a static file of the same origin, so no app is
 * holding the database open.
 */
export async function clearSavedData(page: Page) {
  await page.goto('/favicon.svg');
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('whn');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    });
  });
}

/** The saved sessions in this browser context, as stored (id, revision, parsed session). */
export async function storedSessions(page: Page): Promise<{ id: string; revision: number; session: { name: string; timeline: { nodes: unknown[]; names: Record<string, string> } } }[]> {
  return page.evaluate(
    async () =>
      // Opening a database that does not exist would create it empty, and the app could not set it up.
      !(await indexedDB.databases()).some((d) => d.name === 'whn') ? [] : new Promise((resolve, reject) => {
        const open = indexedDB.open('whn');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('sessions')) return resolve([]);
          const all = db.transaction('sessions').objectStore('sessions').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { id: string; revision: number; text: string }[]).map((r) => ({ id: r.id, revision: r.revision, session: JSON.parse(r.text) })));
          };
        };
      }),
  );
}

/** Opens the app with no saved sessions, on the default scenario (March 2019). */
export async function openFresh(page: Page) {
  await clearSavedData(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/March 2019/);
}

/** Opens the app in Korean (?lang=ko) with no saved sessions, on March 2019. */
export async function openKorean(page: Page) {
  await page.goto('/?lang=ko');
  await clearSavedData(page);
  await page.goto('/?lang=ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2019년 3월: 다음에 일어날 일');
}

/**
 * Loads a scenario file through *Scenario… → Load your own* (the button named `scenarioButton`, in
 * the page's language) and waits for its title. `text` replaces the file's own text when given.
 */
export async function uploadScenario(page: Page, file: string, title: string | RegExp, options: { text?: string; scenarioButton?: string } = {}) {
  await page.getByRole('button', { name: options.scenarioButton ?? 'Scenario…' }).click();
  const buffer = options.text !== undefined ? Buffer.from(options.text) : readFileSync(`tests/fixtures/${file}`);
  await page.getByTestId('scenario-file').setInputFiles({ name: file, mimeType: 'text/yaml', buffer });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** Screenshots at 1280×720 and 390×844 (test-results/NAME-1280.png, NAME-390.png); the phone never scrolls sideways. Ends at 1280×720. */
export async function shootBothSizes(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `test-results/${name}-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/${name}-390.png` });
  await expectNoSidewaysScroll(page, name);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The page itself never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement?.scrollWidth ?? 0, width: window.innerWidth }));
  expect(scrollWidth, `${where}: the page is ${scrollWidth} px wide in a ${width} px viewport`).toBeLessThanOrEqual(width);
}

/** Every visible button, select and text field, and every radio's or checkbox's label, is ≥ 44 px tall. */
export async function expectTouchTargets(page: Page, where: string) {
  const small = await page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('button, select, input')].map((el) =>
      el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? el) : el,
    );
    return targets
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'file'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      // Visually hidden controls (1 px) and those not drawn are not targets.
      .filter(({ box }) => box.width > 2 && box.height > 2 && box.height < 44)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 30)}" ${Math.round(box.height)} px`);
  });
  expect(small, `${where}: controls under 44 px`).toEqual([]);
}

/**
 * The charts in `region` are readable at this size: each drawn chart is inside the viewport and at
 * least 280 px wide (or the viewport less its margins), its tick labels are 10 px or larger and the
 * labels along one axis never overlap.
 */
export async function expectReadableCharts(page: Page, region: Locator, where: string) {
  const problems = () => region.evaluate((root) => {
    const out: string[] = [];
    const width = window.innerWidth;
    const charts = [...root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].filter((svg) => svg.checkVisibility() && svg.getBoundingClientRect().height > 40);
    if (charts.length === 0) out.push('no chart is drawn');
    for (const svg of charts) {
      const box = svg.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) out.push(`a chart runs outside the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${width} px)`);
      if (box.width < Math.min(280, width - 60)) out.push(`a chart is ${Math.round(box.width)} px wide`);
      if (svg.querySelectorAll('.recharts-cartesian-axis-tick-value').length === 0) out.push('a chart has no tick labels');
      for (const axis of svg.querySelectorAll('.recharts-cartesian-axis')) {
        const labels = [...axis.querySelectorAll<SVGTextElement>('.recharts-cartesian-axis-tick-value')].filter((t) => (t.textContent ?? '').trim() !== '');
        for (const label of labels) {
          const size = parseFloat(getComputedStyle(label).fontSize);
          if (size < 10) out.push(`tick "${label.textContent}" is ${size} px`);
        }
        const boxes = labels.map((l) => l.getBoundingClientRect());
        for (let i = 1; i < boxes.length; i++) {
          const [a, b] = [boxes[i - 1] as DOMRect, boxes[i] as DOMRect];
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) out.push(`ticks "${labels[i - 1]?.textContent}" and "${labels[i]?.textContent}" overlap`);
        }
      }
    }
    return out;
  });
  // Polled: a chart draws its axes a moment after it appears.
  await expect.poll(problems, { message: `${where}: charts not readable` }).toEqual([]);
}

export function posture(page: Page, actor: string, name: string) {
  return page.getByTestId(`posture-${actor}-${name}`).locator('.posture__current');
}

/** Steps the replay forward until the header shows `date` (e.g. "25 Mar 2019") and the step narrates `move`. */
export async function replayTo(page: Page, steps: number) {
  for (let i = 0; i < steps; i++) await page.getByRole('button', { name: 'Forward ▶' }).click();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

export function movesRegion(page: Page) {
  return page.getByRole('region', { name: 'Moves' });
}

export function branches(page: Page) {
  return page.getByRole('list', { name: 'Branches' }).getByTestId('branch');
}

// March 2019's replay: step 10 is DPRK leaving the liaison office (22 Mar), step 11 the US
// cancelling sanctions by tweet (22 Mar), step 12 some staff returning (25 Mar).
const STEP_WITHDRAW = 10;
const US_MOVE = /Launch a maximum-pressure push/;

/**
 * On 22 March, after DPRK leaves the office, history's next mover is the US (the tweet), so
 * "Branch here" hands the US the turn; the US plays maximum pressure instead of cancelling sanctions.
 */
export async function branchAt22March(page: Page) {
  await replayTo(page, STEP_WITHDRAW);
  await expect(page.getByTestId('current-date')).toHaveText('22 Mar 2019');
  await page.getByRole('button', { name: 'Branch here' }).click();
  await expect(page.locator('.mode-pill')).toHaveText('Free play');
  await expect(movesRegion(page).locator('.moves__branching[role="status"]')).toHaveText('Now choose a move to start a branch from 22 Mar 2019.');
  await expect(page.getByTestId('whose-turn')).toContainText('US');
  await movesRegion(page).getByRole('button', { name: US_MOVE }).click();
  await expect(posture(page, 'us', 'sanctions')).toContainText('Maximum pressure');
  await expect(branches(page)).toHaveCount(2);
}
