import { describe, expect, it } from 'vitest';
import { closest, editDistance, suggestion } from '../../../src/scenario/did-you-mean.ts';

describe('did you mean', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['effects', 'effects', 0],
    ['efects', 'effects', 1],
    ['clam', 'calm', 1],
    ['lable', 'label', 1],
  ])('should measure the edit distance from %s to %s as %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it.each([
    ['efects', ['effects', 'actor', 'label'], 'effects'],
    ['dprkk', ['us', 'dprk', 'rok'], 'dprk'],
    ['isnot', ['is', 'isNot', 'oneOf'], 'isNot'],
    ['withdrwn', ['staffed', 'withdrawn'], 'withdrawn'],
    ['clam', ['calm', 'tense', 'clash'], 'calm'],
    ['lable', ['label', 'description'], 'label'],
    ['banana', ['us', 'dprk'], undefined],
    ['x', ['us', 'dprk'], undefined],
  ])('should suggest for %s among %j: %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it('should list the choices when nothing is close, shortened past twelve', () => {
    expect(suggestion('zzz', ['a1', 'b2'], 'actors')).toBe("actors: 'a1', 'b2'");
    const many = Array.from({ length: 20 }, (_, i) => `id${i}`);
    expect(suggestion('qqqqqq', many, 'moves')).toMatch(/^moves: 'id0', .*'id11', … \(20 in all\)$/);
    expect(suggestion('zzz', [], 'sources')).toBe('there are no sources yet: define it first, or fix the name');
  });
});
