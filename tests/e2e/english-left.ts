/**
 * What English is left on a screen in another language: the catalogue's English UI text, the
 * English scenario's own words, and English sentences (korean.spec.ts, korean-exports.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

const en = JSON.parse(readFileSync('src/app/lib/words/catalogues/en.json', 'utf8')) as Record<string, string>;
const ko = JSON.parse(readFileSync('src/app/lib/words/catalogues/ko.json', 'utf8')) as Record<string, string>;

/** English UI text that Korean says otherwise: plain messages (no arguments) whose Korean differs. */
export const englishUi = new Set(
  Object.entries(en)
    .filter(([key, text]) => !/[{<]/.test(text) && /[A-Za-z]{2}/.test(text) && ko[key] !== text)
    .map(([, text]) => text.trim()),
);

/** The English scenario's own words: labels, names and narration that the Korean sidecar replaces. */
export function scenarioTexts(file = 'scenarios/march-2019.yaml'): Set<string> {
  const s = parse(readFileSync(file, 'utf8')) as {
    actors: { name: string; short: string; postures: { label: string; levels: { label: string }[] }[] }[];
    moves: { label: string }[];
    replay: { narration: string }[];
  };
  return new Set([
    ...s.actors.flatMap((a) => [a.name, a.short, ...a.postures.flatMap((p) => [p.label, ...p.levels.map((l) => l.label)])]),
    ...s.moves.map((m) => m.label),
    ...s.replay.map((r) => r.narration.replace(/\s+/g, ' ').trim()),
  ]);
}

/** Every visible text on the page outside what is marked as another language (lang="en": CAMEO's codebook, source titles) or as code (translate="no": the statechart's ids), and the language control. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (parent.closest('[lang]:not([lang="ko"]), [translate="no"], .language-picker, .visually-hidden')) continue;
      out.push(text);
    }
    return out;
  });
}


/** No English UI text, no English text of `scenario` and no English sentence is visible on the page (`where` names the screen). */
export async function expectNoEnglish(page: Page, where: string, scenario?: string): Promise<string[]> {
  const texts = await visibleTexts(page);
  const fromScenario = scenarioTexts(scenario);
  expect(texts.filter((t) => englishUi.has(t)), `${where}: English UI text on the Korean screen`).toEqual([]);
  expect(texts.filter((t) => fromScenario.has(t)), `${where}: English scenario text on the Korean screen`).toEqual([]);
  expect(texts.filter((t) => /\b(the|and|of|to|with)\b/i.test(t)), `${where}: English sentences on the Korean screen`).toEqual([]);
  return texts;
}
