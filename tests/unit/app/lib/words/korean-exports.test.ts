/** The debrief's exports in Korean: CSV headers, the Markdown report and the scenario's words follow the language; data and ids do not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../../../src/engine/classroom/index.ts';
import { PASS } from '../../../../../src/engine/index.ts';
import { markdownReport } from '../../../../../src/app/features/debrief/report-markdown.ts';
import { turnsCsv } from '../../../../../src/app/features/debrief/report-csv.ts';
import { createWords, loadCatalogue, loadLazyMessages } from '../../../../../src/app/lib/words/index.ts';
import { loadTranslation, translateScenario } from '../../../../../src/scenario/index.ts';
import { round, shipped, started } from '../../../classroom/fixtures.ts';

async function korean() {
  await loadLazyMessages();
  const words = createWords('ko', await loadCatalogue('ko'));
  const scenario = shipped('march-2019');
  const checked = loadTranslation(readFileSync('scenarios/translations/march-2019.ko.yaml', 'utf8'), 'march-2019.ko.yaml', scenario);
  if (!checked.ok) throw new Error('the Korean March 2019 does not check');
  let c = started('march-2019', { seed: 3 });
  c = round(c, { us: 'maximum-pressure-push' }, { dprk: 'close-liaison-office' });
  c = round(c, { us: PASS }, { dprk: 'fire-short-range-missiles' });
  const timeline = c.timeline.withScenario(translateScenario(scenario, checked.translation));
  return { words, timeline, debrief: buildDebrief(timeline, c.state) };
}

describe('the exports in Korean', () => {
  it('should head the turns CSV in Korean and keep move ids and dates as data', async () => {
    const { words, timeline, debrief } = await korean();
    const [header, first] = turnsCsv(words, timeline, debrief).split('\r\n');
    expect(header).toBe('단계,날짜,행위자,행동,이름,결정자,무효_사유,진행자_사유,골드스타인,이전_긴장,이후_긴장,긴장_변화');
    expect(first).toContain('maximum-pressure-push');
    expect(first).toContain('최대 압박 착수');
    expect(first).toContain('1라운드');
  });

  it('should write the Markdown debrief in Korean, with the scenario in Korean', async () => {
    const { words, timeline, debrief } = await korean();
    const md = markdownReport(words, timeline, debrief, '3교시');
    expect(md).toMatch(/^# 사후 검토: 2019년 3월: 다음에 일어날 일/);
    expect(md).toContain('연락사무소 영구 폐쇄');
    expect(md).toContain('토론 질문');
    expect(md).not.toMatch(/\b(Round|Decisions|Outcome|Debrief questions|Session log)\b/);
  });
});
