import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, MAX_BYTES } from '../../../src/scenario/index.ts';

const minimal = readFileSync(new URL('../../fixtures/minimal.yaml', import.meta.url), 'utf8');

function problems(input: string | Uint8Array): string[] {
  const result = loadScenario(input, 'hostile.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('hostile input', () => {
  it.each([
    ['text', 'a: "' + 'x'.repeat(MAX_BYTES) + '"\n'],
    ['bytes', new Uint8Array(MAX_BYTES + 1).fill(0x61)],
    ['multi-byte text under the character count but over the byte cap', 'é'.repeat(MAX_BYTES / 2 + 10)],
  ])('should refuse a file over the size cap given as %s', (_kind, input) => {
    expect(problems(input)).toEqual([expect.stringMatching(/^hostile\.yaml:1:1: \(document\): the file is 2\.0 MB, more than the 2 MB a scenario may be/)]);
  });

  it.each([
    ['flow brackets', '['.repeat(1_000_000)],
    ['flow mappings', 'a: ' + '{a: '.repeat(100_000)],
    ['compact sequences', '- '.repeat(500_000) + 'x'],
    ['indentation', Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
  ])('should refuse absurd nesting by %s quickly and cleanly', (_kind, text) => {
    expect(problems(text)).toEqual([expect.stringMatching(/nested more than 64 levels deep/)]);
  });

  it('should refuse an alias bomb without expanding it', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    expect(problems(lines.join('\n'))).toEqual([expect.stringMatching(/expands to more than 200000 values/)]);
  });

  it('should refuse an alias to an anchor that is not defined', () => {
    expect(problems(`${minimal}debrief: *nowhere\n`)).toEqual([expect.stringMatching(/debrief: the alias \*nowhere names no anchor/)]);
  });

  it.each([
    ['a local tag', 'title: !foo bar', '!foo'],
    ['a JavaScript tag', 'title: !!js/undefined ~', '!!js/undefined'],
    ['a binary tag', 'title: !!binary aGVsbG8=', '!!binary'],
    ['a tag on a mapping', 'title: !record { a: 1 }', '!record'],
  ])('should refuse %s', (_kind, line, tag) => {
    const text = minimal.replace(/^ {2}title: .*$/m, `  ${line}`);
    expect(problems(text).join('\n')).toContain(`the tag ${tag} is not allowed`);
  });

  it('should accept the YAML core tags', () => {
    const result = loadScenario(minimal.replace('title: Minimal scenario', 'title: !!str 1984'), 'ok.yaml');
    expect(result.ok && result.scenario.meta.title).toBe('1984');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('should treat a %s key as an unknown key and pollute nothing', (key) => {
    const text = minimal
      .replace('format: 1\n', `format: 1\n${key}:\n  polluted: true\n`)
      .replace('  daysPerTurn: 1\n', `  daysPerTurn: 1\n  ${key}: { polluted: true }\n`)
      .replace('is: standing }', `is: standing, ${key}: { polluted: true } }`);
    const found = problems(text);
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`: ${key}: unknown key '${key}'`)));
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`meta\\.${key}: unknown key '${key}'`)));
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`requires\\.${key}: unknown key '${key}'`)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it.each([
    ['an empty string', ''],
    ['only whitespace', '   \n\n  '],
    ['only comments', '# nothing here\n'],
    ['a null document', '~\n'],
  ])('should call %s an empty file', (_kind, text) => {
    expect(problems(text)).toEqual(['hostile.yaml:1:1: (document): the file is empty — start from tests/fixtures/minimal.yaml or the example in docs/scenario-format.md']);
  });

  it.each([
    ['a number', '42'],
    ['a string', 'hello'],
    ['a list', '- 1\n- 2'],
  ])('should say what a document that is %s lacks', (_kind, text) => {
    expect(problems(text)).toEqual([expect.stringMatching(/^hostile\.yaml:1:1: \(document\): expected a mapping/)]);
  });

  it('should locate invalid UTF-8 at its line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('format: 1\nmeta:\n  title: ab'), 0xff, 0x0a]);
    expect(problems(bytes)).toEqual([expect.stringMatching(/^hostile\.yaml:3:12: \(document\): the file is not UTF-8 text \(invalid byte 0xff/)]);
  });

  it('should refuse a second document in the same file', () => {
    expect(problems(`${minimal}---\nformat: 1\n`)).toEqual([expect.stringMatching(/a scenario file holds one YAML document/)]);
  });
});
