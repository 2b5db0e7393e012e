import { describe, expect, it } from 'vitest';
import { createWords, english, loadCatalogue, stepWhenText } from '../../../../../src/app/lib/words/index.ts';

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
});
