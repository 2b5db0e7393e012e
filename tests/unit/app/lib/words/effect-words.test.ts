import { describe, expect, it } from 'vitest';
import { english } from '../../../../../src/app/lib/words/index.ts';
import { effectText } from '../../../../../src/app/lib/words/moves.ts';
import { loadFile } from '../../../engine/load-fixture.ts';

describe('move effects in words', () => {
  const scenario = loadFile('tests/fixtures/engine-relative-effects.yaml');
  const texts = () => scenario.moves.map((m) => m.effects.map((e) => effectText(english, scenario, e)));

  it('should say each relative effect as a player reads it on the move card', () => {
    expect(texts()).toEqual([
      ['raises US Sanctions by one level'],
      ['lowers US Sanctions by one level', 'DPRK Testing at most Short-range'],
      ['DPRK Testing at least ICBM'],
      ['raises DPRK Testing by 2 levels'],
    ]);
  });

  it('should say a set effect with the level label', () => {
    const minimal = loadFile('tests/fixtures/minimal.yaml');
    expect(effectText(english, minimal, minimal.moves[0]?.effects[0] as never)).toBe('sets US Sanctions to Expanded');
  });
});
