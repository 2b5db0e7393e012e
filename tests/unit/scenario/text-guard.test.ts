import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const full = readFileSync(new URL('../../fixtures/valid-full.yaml', import.meta.url), 'utf8');

function problemsOf(text: string): string[] {
  const result = loadScenario(text, 't.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const label = (text: string) => full.replace('label: Cancel sanctions by tweet', `label: ${text}`);

describe('text that changes how other text looks, and addresses that run code', () => {
  it.each([
    ['U+202E (right-to-left override), written as is', '"Cancel \u202esanctions by tweet"', 'U+202E', 68, 20],
    ['U+202A (left-to-right embedding), as an escape', '"Cancel \\u202asanctions"', 'U+202A', 68, 12],
    ['U+2066 (left-to-right isolate)', 'Cancel \u2066sanctions', 'U+2066', 68, 19],
    ['U+2069 (pop directional isolate)', 'Cancel sanctions\u2069', 'U+2069', 68, 28],
  ])('should refuse the bidirectional control %s with its line', (_kind, text, code, line, column) => {
    expect(problemsOf(label(text))).toEqual([
      `t.yaml:${line}:${column}: moves[1].label: the text contains the bidirectional control ${code}, which reorders the text after it on screen — remove it; right-to-left text shows correctly without control characters`,
    ]);
  });

  it('should refuse a bidirectional control in narration, a key or a source title alike', () => {
    expect(problemsOf(full.replace('    narration: ', '    narration: \u202e'))[0]).toMatch(/^t\.yaml:\d+:\d+: replay\[0\]\.narration: the text contains the bidirectional control U\+202E/);
    expect(problemsOf(full.replace('  daysPerTurn: 2\n', '  daysPerTurn: 2\n  "x\\u2067": 1\n'))[0]).toMatch(/^t\.yaml:13:3: meta: the text contains the bidirectional control U\+2067/);
  });

  it('should refuse more than 6 combining marks on one character, and accept a few', () => {
    expect(problemsOf(label(`Cancel sa${'\u0301'.repeat(110)}nctions`))).toEqual([
      expect.stringMatching(/^t\.yaml:68:20: moves\[1\]\.label: the text stacks 110 combining marks on one character, more than the 6 any writing system needs/),
    ]);
    expect(problemsOf(label(`x${'\u0300'.repeat(7)}`))).toHaveLength(1);
    const accented = loadScenario(label(`Ca${'\u0301\u0302\u0303'}ncel, tiếng Việt, שָׁלוֹם`), 't.yaml');
    expect(accented.ok).toBe(true);
  });

  it.each([
    ['a javascript: address in a source url', full.replace('url: https://example.org/mou', 'url: javascript:alert(1)'), 'meta.sources[1].url', 23, 12, 'javascript:'],
    ['a data: address in a source url', full.replace('url: https://example.org/mou', 'url: "data:text/html;base64,PHNjcmlwdD4="'), 'meta.sources[1].url', 23, 13, 'data:'],
    ['a javascript: address split by a tab, as an escape', label('"see java\\tscript:alert(1)"'), 'moves[1].label', 68, 12, 'javascript:'],
    ['a vbscript: address in a label', label('click vbscript:msgbox'), 'moves[1].label', 68, 18, 'vbscript:'],
    ['a data: address with no media type in a description', full.replace('description: Some staff come back to Kaesong.', 'description: "data:,hello"'), 'moves[3].description', 0, 0, 'data:'],
  ])('should refuse %s with its line', (_kind, text, path, line, column, scheme) => {
    const [first, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(first).toContain(`: ${path}: the text contains a ${scheme} address, which could run code or hide content when opened — a scenario links only to http:// and https:// addresses; remove it`);
    if (line > 0) expect(first?.startsWith(`t.yaml:${line}:${column}: `)).toBe(true);
  });

  it('should accept prose that mentions data: or JavaScript without an address', () => {
    const text = label('"The data: 3 points, in JavaScript, per metadata:x"');
    expect(loadScenario(text, 't.yaml').ok).toBe(true);
  });

  it('should still refuse a source url that is neither http nor https', () => {
    expect(problemsOf(full.replace('url: https://example.org/mou', 'url: ftp://example.org/mou'))).toEqual([
      expect.stringMatching(/meta\.sources\[1\]\.url: must be an http:\/\/ or https:\/\/ address — write the full address, starting with https:\/\/$/),
    ]);
  });
});
