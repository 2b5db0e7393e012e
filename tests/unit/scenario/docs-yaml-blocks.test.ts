// Every yaml example of docs/scenario-format.md is validated here: a whole file as it stands, a
// fragment put where it belongs in the worked example (or found in the fixture it was cut from),
// then loaded. A new block fails the first test until it is given a check below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem, loadScenario, loadTranslation, type Scenario } from '../../../src/scenario/index.ts';
import { containsIndented, fencedBlocks } from './docs-blocks.ts';

type Doc = Record<string, unknown> & { meta: Record<string, unknown>; actors: { id: string; postures: Record<string, unknown>[] }[]; moves: Record<string, unknown>[]; replay: unknown[] };

const blocks = fencedBlocks();
const workedText = blocks.find((b) => b.heading === '## Worked example')?.text ?? '';
const worked = (): Doc => parse(workedText) as Doc;
const parties = readFileSync(new URL('../../fixtures/engine-parties.yaml', import.meta.url), 'utf8');

function load(doc: Doc | string, where: string): Scenario {
  const result = loadScenario(typeof doc === 'string' ? doc : stringify(doc), `docs/scenario-format.md (${where})`);
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  if (!result.ok) throw new Error(`the example under ${where} does not load`);
  return result.scenario;
}

const actor = (doc: Doc, id: string) => doc.actors.find((a) => a.id === id) as Doc['actors'][number];

/** How each block is checked, by its heading, in the order the blocks come under it. */
const CHECKS: Record<string, ((text: string, where: string) => void)[]> = {
  '### Sources with several addresses': [
    (text, where) => {
      const doc = worked();
      (doc.meta.sources as unknown[]).push(...(parse(text) as unknown[]));
      const scenario = load(doc, where);
      expect(scenario.meta.sources.find((s) => s.id === 'resolution')?.links).toHaveLength(2);
    },
  ],
  '## Actors, postures and levels': [
    (text, where) => {
      // A weighted posture, given to the DPRK beside its liaison office.
      const doc = worked();
      actor(doc, 'dprk').postures.push(...(parse(text) as { postures: Record<string, unknown>[] }).postures);
      expect(load(doc, where).actors[1]?.postures[1]).toMatchObject({ id: 'testing', weight: 2 });
    },
    (text, where) => {
      // A longer sanctions ladder, in place of the worked example's.
      const doc = worked();
      actor(doc, 'us').postures = (parse(text) as { postures: Record<string, unknown>[] }).postures;
      expect(load(doc, where).actors[0]?.postures[0]?.levels).toHaveLength(5);
    },
  ],
  '### Sessions of another version of a scenario': [
    (text, where) => {
      const doc = worked();
      Object.assign(doc.meta, (parse(text) as Doc).meta);
      expect(load(doc, where).meta.earlierVersions).toEqual(['2f13afab74932ad7']);
    },
  ],
  '### Short labels': [
    (text, where) => {
      const doc = worked();
      const { levels } = parse(text) as { levels: Record<string, unknown>[] };
      actor(doc, 'dprk').postures.push({ id: 'testing', label: 'Missile testing', initial: levels[0]?.id, levels });
      expect(load(doc, where).actors[1]?.postures[1]?.levels.map((l) => l.short)).toEqual(['Pause', 'ICBM tests']);
    },
  ],
  '### Relative effects': [
    (text, where) => {
      const doc = worked();
      doc.moves.push(...(parse(text) as Record<string, unknown>[]));
      expect(load(doc, where).moves.at(-1)?.effects).toEqual([
        { posture: 'us.sanctions', atMost: 'standing' },
        { posture: 'dprk.liaison', lower: 1 },
      ]);
    },
  ],
  // Cut from tests/fixtures/engine-parties.yaml, whose ROK, alliance and alert postures they need.
  '## Several actors, targets and third parties': [inParties, inParties],
  '### Modelling notes': [inParties],
  '## CAMEO codes and Goldstein weights': [
    (text, where) => {
      // The keys of a move: they replace the code of the worked example's first move.
      const doc = worked();
      Object.assign(doc.moves[0] as object, parse(text));
      expect(load(doc, where).moves[0]).toMatchObject({ cameo: '081', goldstein: { value: 3 } });
    },
  ],
  '### Events without a CAMEO code': [
    (text, where) => {
      const doc = worked();
      Object.assign(doc.moves[0] as object, parse(text));
      expect(load(doc, where).moves[0]).toMatchObject({ cameo: 'none', goldstein: { value: 1 } });
      expect(containsIndented(parties, text)).toBe(true);
    },
  ],
  '### Time zones': [
    (text, where) => {
      const doc = worked();
      const example = parse(text) as { meta: Record<string, unknown>; replay: unknown[] };
      Object.assign(doc.meta, example.meta);
      doc.replay = example.replay;
      expect(load(doc, where).replay.map((s) => s.zone ?? null)).toEqual([null, 'Asia/Seoul', null]);
    },
  ],
  '### Duration and lapse': [
    (text, where) => {
      const doc = worked();
      const example = parse(text) as { moves: Record<string, unknown>[]; replay: unknown[] };
      doc.moves.push(...example.moves);
      doc.replay = example.replay;
      expect(load(doc, where).replay[0]?.until).toBe('2019-03-27');
    },
  ],
  '## Worked example': [(text, where) => expect(load(text, where).replay).toHaveLength(3)],
  '## Translations': [
    (text, where) => {
      const result = loadTranslation(text, `docs/scenario-format.md (${where})`, load(workedText, 'worked example'));
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
      expect(result.warnings.map(formatProblem)).toEqual([]);
    },
  ],
};

function inParties(text: string, where: string): void {
  expect(containsIndented(parties, text), `${where} is not part of tests/fixtures/engine-parties.yaml`).toBe(true);
  load(parties, 'tests/fixtures/engine-parties.yaml');
}

const yamlBlocks = blocks.filter((b) => b.language === 'yaml');

describe('every yaml example of docs/scenario-format.md', () => {
  it('should be yaml blocks only, each with a check here', () => {
    expect(blocks.filter((b) => b.language !== 'yaml').map((b) => `line ${b.line}: \`\`\`${b.language}`)).toEqual([]);
    const headings = yamlBlocks.map((b) => b.heading);
    expect(headings.length).toBeGreaterThanOrEqual(14);
    const counts = (list: string[]) => Object.fromEntries([...new Set(list)].map((h) => [h, list.filter((x) => x === h).length]));
    expect(counts(headings)).toEqual(Object.fromEntries(Object.entries(CHECKS).map(([h, checks]) => [h, checks.length])));
  });

  it.each(yamlBlocks.map((b) => [`line ${b.line} (${b.heading})`, b] as const))('should validate the example at %s', (where, block) => {
    const index = yamlBlocks.filter((b) => b.heading === block.heading).indexOf(block);
    const check = CHECKS[block.heading]?.[index];
    expect(check, `no check for the example at ${where}`).toBeDefined();
    check?.(block.text, where);
  });
});
