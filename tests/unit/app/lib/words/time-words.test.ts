import { describe, expect, it } from 'vitest';
import { createWords, english, loadCatalogue, stepLastingText, stepWhenText } from '../../../../../src/app/lib/words/index.ts';
import { effectText } from '../../../../../src/app/lib/words/moves.ts';
import { loadFile } from '../../../engine/load-fixture.ts';

const seoulMorning = { date: '2019-03-22', zone: 'Asia/Seoul', other: { zone: 'America/New_York', date: '2019-03-21' } };

describe('a replay step\'s place and date in words', () => {
  it('should say the date in the step\'s place and the other place\'s date (English names the zone\'s city)', () => {
    expect(stepWhenText(english, seoulMorning)).toBe('22 Mar 2019, Seoul (21 Mar in New York)');
    expect(stepWhenText(english, { date: '2019-03-22', zone: 'America/New_York' })).toBe('22 Mar 2019, New York');
    expect(stepWhenText(english, { date: '2019-03-22' })).toBe('22 Mar 2019');
  });

  it('should say it in Korean with the zone names Korean uses', async () => {
    const korean = createWords('ko', await loadCatalogue('ko'));
    expect(stepWhenText(korean, seoulMorning)).toBe('2019년 3월 22일, 대한민국 시간 (뉴욕 시간 3월 21일)');
  });

  it('should say how long an effect lasts and what it lapses to, on the move card and in the replay bar', async () => {
    const scenario = loadFile('tests/fixtures/time-lapse.yaml');
    const effect = (id: string) => scenario.moves.find((m) => m.id === id)?.effects[0];
    const pause = effect('pause-testing');
    const drill = effect('run-drill');
    if (!pause || !drill) throw new Error('the fixture lost its moves');
    expect(effectText(english, scenario, pause)).toBe('sets DPRK Testing to Pause for 75 days, then Testing');
    expect(effectText(english, scenario, drill)).toBe('sets US Allied exercises to Running for 7 days');
    expect(stepLastingText(english, { until: '2017-08-31' })).toBe('lasts until 31 Aug 2017');
    expect(stepLastingText(english, { for: 1 })).toBe('lasts 1 day');
    expect(stepLastingText(english, {})).toBeNull();
    const korean = createWords('ko', await loadCatalogue('ko'));
    expect(stepLastingText(korean, { until: '2017-08-31' })).toBe('2017년 8월 31일까지 지속');
    expect(effectText(korean, scenario, pause)).toMatch(/, 75일 동안, 끝나면 Testing$/);
  });
});
