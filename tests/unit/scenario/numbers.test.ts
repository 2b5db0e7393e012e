import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const minimal = readFileSync(new URL('../../fixtures/minimal.yaml', import.meta.url), 'utf8');

/** Minimal with one numeric field (meta.daysPerTurn, line 12, or a level's escalation, line 23) written as `literal`. */
const days = (literal: string) => minimal.replace('  daysPerTurn: 1\n', `  daysPerTurn: ${literal}\n`);
const escalation = (literal: string) => minimal.replace('escalation: 3 }', `escalation: ${literal} }`);

function problemsOf(text: string): string[] {
  const result = loadScenario(text, 'n.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('numbers as written', () => {
  it.each([
    [days('0x1F'), 'n.yaml:12:16: meta.daysPerTurn: 0x1F is a hexadecimal number (YAML reads it as 31); numbers in a scenario are written in decimal — write 31, or put it in quotes if it is text: "0x1F"'],
    [days('0o17'), 'n.yaml:12:16: meta.daysPerTurn: 0o17 is an octal number (YAML reads it as 15); numbers in a scenario are written in decimal — write 15, or put it in quotes if it is text: "0o17"'],
    [escalation('1e309'), 'n.yaml:23:58: actors[0].postures[0].levels[0].escalation: 1e309 is too large for a number (YAML reads it as infinity) — write a number within the field\'s range, or put it in quotes if it is text: "1e309"'],
    [escalation('-.inf'), 'n.yaml:23:58: actors[0].postures[0].levels[0].escalation: -.inf is too large for a number (YAML reads it as minus infinity) — write a number within the field\'s range, or put it in quotes if it is text: "-.inf"'],
    [escalation('.nan'), 'n.yaml:23:58: actors[0].postures[0].levels[0].escalation: .nan is "not a number" — write a number, or put it in quotes if it is text: ".nan"'],
    [days('12345678901234567'), `n.yaml:12:16: meta.daysPerTurn: 12345678901234567 is larger than a number holds exactly (it would be read as 12345678901234568) — write a number within the field's range, or put it in quotes if it is text: "12345678901234567"`],
    // Held exactly, but past 2^53 − 1: one message, and no second limit beside the field's own.
    [days('10000000000000000'), `n.yaml:12:16: meta.daysPerTurn: 10000000000000000 is larger than a number holds exactly — write a number within the field's range, or put it in quotes if it is text: "10000000000000000"`],
    [days('1e16'), 'n.yaml:12:16: meta.daysPerTurn: must be at most 365 — write a whole number from 1 to 365'],
    [days('366.5'), 'n.yaml:12:16: meta.daysPerTurn: expected a whole number, found the number 366.5 — write a whole number, e.g. 365'],
  ])('should refuse a number that is not read as written, with one message: %#', (text, message) => {
    expect(problemsOf(text)).toEqual([message]);
  });

  it('should call NaN written as text what it is, once', () => {
    expect(problemsOf(escalation('NaN'))).toEqual(['n.yaml:23:58: actors[0].postures[0].levels[0].escalation: expected a number, found the text "NaN" — write a number in digits, without quotes']);
  });

  it('should refuse a hexadecimal number where text belongs too, saying how to quote it', () => {
    expect(problemsOf(minimal.replace('title: Minimal scenario', 'title: 0xCAFE'))).toEqual([expect.stringMatching(/meta\.title: 0xCAFE is a hexadecimal number .* "0xCAFE"$/)]);
  });

  it('should read -0 as 0, and a leading zero as decimal (YAML 1.2), as documented', () => {
    const read = (text: string) => {
      const result = loadScenario(text, 'n.yaml');
      if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
      return result.scenario;
    };
    const zero = read(escalation('-0'));
    expect(Object.is(zero.actors[0]?.postures[0]?.levels[0]?.escalation, 0)).toBe(true);
    expect(zero.hash).toBe(read(escalation('0')).hash);
    expect(read(days('017')).meta.daysPerTurn).toBe(17);
    expect(read(escalation('2.50000000000000001')).actors[0]?.postures[0]?.levels[0]?.escalation).toBe(2.5);
  });
});
