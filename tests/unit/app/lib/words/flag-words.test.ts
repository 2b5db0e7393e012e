// A modelling note reads as one in the replay bar's words and in the debrief, in English and Korean.
import { describe, expect, it } from 'vitest';
import { createWords, english, loadCatalogue } from '../../../../../src/app/lib/words/index.ts';
import { flagText } from '../../../../../src/app/lib/words/debrief-words.ts';

const note = { kind: 'modelling', note: 'This step stands for a period with no event.' } as const;

describe('flags in words', () => {
  it('should call a modelling note so, beside unverified and contested steps', async () => {
    const korean = createWords('ko', await loadCatalogue('ko'));
    expect(flagText(english, note)).toBe('modelling note: This step stands for a period with no event.');
    expect(flagText(korean, note)).toBe('모델링 메모: This step stands for a period with no event.');
    expect(english.t('replay.flag', { kind: 'modelling' })).toBe('✎ Modelling note:');
    expect(korean.t('replay.flag', { kind: 'modelling' })).toBe('✎ 모델링 메모:');
    expect(english.t('replay.flag', { kind: 'unverified' })).toBe('⚠ Unverified:');
  });
});
