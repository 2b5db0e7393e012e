import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const full = readFileSync(new URL('../../fixtures/valid-full.yaml', import.meta.url), 'utf8');

function problemsOf(text: string): string[] {
  const result = loadScenario(text, 'ids.yaml');
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The second actor takes an id that reads as the first one's, "us". */
const asSecondActor = (id: string) => full.replace('  - id: dprk\n', `  - id: ${id}\n`);

describe('ids that differ only in what a reader cannot see', () => {
  it.each([
    ['by case', 'US', /actors\[1\]\.id: must be an id, but it has capital letters; ids are lowercase, so this differs from 'us' only by case — write 'us'$/],
    ['by a zero-width character', '"us\\u200b"', /actors\[1\]\.id: must be an id, but it hides the invisible character U\+200B — write 'us'$/],
    ['by a word joiner', '"u\\u2060s"', /actors\[1\]\.id: must be an id, but it hides the invisible character U\+2060 — write 'us'$/],
    ['by a compatibility (NFKC) form', 'ｕｓ', /actors\[1\]\.id: must be an id, but it uses U\+FF55 'ｕ', a look-alike \(Unicode compatibility\) form of 'u'; ids are plain ASCII — write 'us'$/],
  ])('should refuse an id that differs from another %s, saying which', (_how, id, message) => {
    expect(problemsOf(asSecondActor(id))).toContainEqual(expect.stringMatching(message));
  });

  it('should refuse composed and decomposed accents alike (NFC and NFD), naming the character', () => {
    const composed = problemsOf(full.replace('  - id: expand-sanctions\n', '  - id: "caf\\u00e9"\n'));
    const decomposed = problemsOf(full.replace('  - id: expand-sanctions\n', '  - id: "cafe\\u0301"\n'));
    expect(composed).toContainEqual(expect.stringMatching(/moves\[0\]\.id: must be an id, but it contains U\+00E9 'é'; ids are plain ASCII/));
    expect(decomposed).toContainEqual(expect.stringMatching(/moves\[0\]\.id: must be an id, but it contains the combining mark U\+0301, which joins the letter before it \('é'\)/));
  });

  it('should say so where a reference differs from an id only by case', () => {
    expect(problemsOf(full.replace('    actor: dprk\n', '    actor: DPRK\n'))).toEqual([
      expect.stringMatching(/moves\[2\]\.actor: must be an id, but it has capital letters; .* — write 'dprk'$/),
    ]);
    expect(problemsOf(full.replace('{ posture: us.sanctions, set: expanded }', '{ posture: "us.sanctions\\u200b", set: expanded }'))).toEqual([
      expect.stringMatching(/effects\[0\]\.posture: must name a posture as "actor\.posture", but it hides the invisible character U\+200B — write 'us\.sanctions'$/),
    ]);
  });

  it('should keep the plain message for an id that is visibly wrong', () => {
    expect(problemsOf(asSecondActor('u_s'))).toContainEqual(expect.stringMatching(/actors\[1\]\.id: must be an id: lowercase letters, digits and single hyphens/));
  });
});
