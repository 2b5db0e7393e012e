import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem } from '../../../src/scenario/index.ts';

describe('problems', () => {
  it.each([
    [['moves', 3, 'effects', 0, 'set'], 'moves[3].effects[0].set'],
    [[], ''],
    [['meta', 'my key'], 'meta["my key"]'],
    [['__proto__'], '__proto__'],
  ])('should write the path %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it('should print file:line:column: path: what — how, on one line', () => {
    expect(formatProblem({ file: 'a.yaml', line: 3, column: 7, path: 'moves[0].actor', message: "unknown actor 'usa'", hint: "did you mean 'us'?" })).toBe(
      "a.yaml:3:7: moves[0].actor: unknown actor 'usa' — did you mean 'us'?",
    );
    expect(formatProblem({ file: 'a.yaml', line: 1, column: 1, path: '', message: 'the file is empty' })).toBe('a.yaml:1:1: (document): the file is empty');
    expect(formatProblem({ file: 'a.yaml', line: 1, column: 1, path: 'x', message: 'two\nlines' })).toBe('a.yaml:1:1: x: two lines');
  });
});
