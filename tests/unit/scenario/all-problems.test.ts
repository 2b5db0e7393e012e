import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, MAX_PROBLEMS, type Problem } from '../../../src/scenario/index.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const minimal = read('tests/fixtures/minimal.yaml');
const tutorial = read('scenarios/tutorial.yaml');
const closedMove = read('tests/fixtures/invalid/replay-closed-move.yaml');

function problemsOf(text: string): readonly Problem[] {
  const result = loadScenario(text, 'test.yaml');
  return result.ok ? [] : result.problems;
}

/** Applies each [find, replace] once, failing loudly when the text to edit is not there. */
function edit(text: string, ...edits: readonly (readonly [string, string])[]): string {
  return edits.reduce((out, [find, replace]) => {
    if (!out.includes(find)) throw new Error(`the base text has no ${JSON.stringify(find)}`);
    return out.replace(find, replace);
  }, text);
}

type Expected = readonly [line: number, path: string, text: RegExp];

/** A file broken in several places, some in shape and some in its references: all reported in one run. */
const CASES: ReadonlyArray<readonly [name: string, text: string, expected: readonly Expected[]]> = [
  [
    'one shape problem and one cross-reference problem in different places',
    edit(minimal, ['  daysPerTurn: 1\n', '  daysPerTurn: 0\n'], ['    actor: us\n', '    actor: usa\n']),
    [
      [12, 'meta.daysPerTurn', /must be at least 1/],
      [27, 'moves[0].actor', /unknown actor 'usa' — did you mean 'us'\?/],
    ],
  ],
  [
    'the tutorial broken in three places (two shape problems, one level typo)',
    edit(
      tutorial,
      ['escalation: 1', 'escalation: "high"'],
      ["cameo: '150'", "cameo: 'XYZ'"],
      ['requires: { posture: marenia.border, is: calm }', 'requires: { posture: marenia.border, is: clam }'],
    ),
    [
      [60, 'actors[0].postures[0].levels[0].escalation', /expected a number, found the text "high"/],
      [118, 'moves[0].requires.is', /posture 'marenia.border' has no level 'clam'/],
      [121, 'moves[0].cameo', /must be a CAMEO event code of 2 to 4 digits/],
    ],
  ],
  [
    'an actor with a broken colour, and a typo in an effect on its posture',
    edit(minimal, ['colour: "#1f77b4"', 'colour: blue'], ['set: expanded }', 'set: expandd }']),
    [
      [17, 'actors[0].colour', /must be a colour written #rrggbb/],
      [32, 'moves[0].effects[0].set', /posture 'us.sanctions' has no level 'expandd' — did you mean 'expanded'\?/],
    ],
  ],
  [
    // The actor's id is unreadable, so "unknown actor 'us'" could be wrong and is not said.
    'an actor with an unreadable id, and a CAMEO code not in the table',
    edit(minimal, ['  - id: us\n', '  - id: US\n'], ['cameo: "163"', 'cameo: "999"']),
    [
      [14, 'actors[0].id', /must be an id/],
      [33, 'moves[0].cameo', /CAMEO code '999' is not in the CAMEO table/],
    ],
  ],
  [
    'an actor list that is not a list, and a CAMEO code not in the table',
    edit(tutorial, ['actors:\n', 'actors: oops\nunused:\n'], ["cameo: '150'", "cameo: '1599'"]),
    [
      [48, 'actors', /expected a list, found the text "oops"/],
      [49, 'unused', /unknown key 'unused'/],
      [122, 'moves[0].cameo', /CAMEO code '1599' is not in the CAMEO table/],
    ],
  ],
  [
    // The replay names send-patrols, which may be the broken move: no "unknown move" there.
    'a move with an unreadable id, and a CAMEO code typo in another move',
    edit(tutorial, ['  - id: send-patrols\n', '  - id: Send_patrols\n'], ["cameo: '0356'", "cameo: '0357'"]),
    [
      [114, 'moves[0].id', /must be an id/],
      [138, 'moves[1].cameo', /CAMEO code '0357' is not in the CAMEO table/],
    ],
  ],
  [
    'a level escalation out of range, and a typo in a move that sets that posture',
    edit(minimal, ['escalation: 3', 'escalation: 11'], ['set: expanded }', 'set: expandd }']),
    [
      [23, 'actors[0].postures[0].levels[0].escalation', /escalation values run from 0 to 10/],
      [32, 'moves[0].effects[0].set', /has no level 'expandd'/],
    ],
  ],
  [
    // The replay walk needs every move's effects to be right, so it waits: the closed move on line 138 is not reported yet.
    'a misspelt key in one move, and an unknown source in the replay',
    edit(closedMove, ['    label: Expand sanctions\n', '    labl: Expand sanctions\n'], ['    sources: [s-mou]\ndebrief:', '    sources: [s-mu]\ndebrief:']),
    [
      [53, 'moves[0].labl', /unknown key 'labl' — did you mean 'label'\?/],
      [140, 'replay[2].sources[0]', /unknown source 's-mu' — did you mean 's-mou'\?/],
    ],
  ],
];

describe('shape and cross-reference problems in one run', () => {
  it.each(CASES)('should report %s', (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.line, p.path, formatProblem(p)])).toEqual(
      expected.map(([line, path, words]) => [line, path, expect.stringMatching(words)]),
    );
  });
});

/** Values both checks look at: the shape check's message is the one that says what to fix. */
const ONCE: ReadonlyArray<readonly [name: string, text: string, expected: Expected]> = [
  ['an empty turn order (not also "leaves out us")', edit(minimal, ['mode: free', 'mode: alternating\n  order: []']), [37, 'turns.order', /needs at least 1 item/]],
  ['a CAMEO code too short to be one (not also "not in the table")', edit(minimal, ['cameo: "163"', 'cameo: "1"']), [33, 'moves[0].cameo', /must be a CAMEO event code/]],
  ['an effect level that is not an id (not also "no level")', edit(minimal, ['set: expanded }', 'set: Expanded }']), [32, 'moves[0].effects[0].set', /must be an id/]],
  [
    'an escalation below the scale (not also "lower than 3")',
    edit(minimal, ['escalation: 5', 'escalation: -1']),
    [24, 'actors[0].postures[0].levels[1].escalation', /escalation values run from 0 to 10/],
  ],
  ['a start date that is no calendar date (not also "outside the span")', edit(minimal, ['start: 2019-03-01', 'start: 2019-02-30']), [37, 'turns.start', /is not a real calendar date/]],
];

describe('one message per place', () => {
  it.each(ONCE)('should report %s once', (_name, text, [line, path, words]) => {
    expect(problemsOf(text).map((p) => [p.line, p.path, formatProblem(p)])).toEqual([[line, path, expect.stringMatching(words)]]);
  });
});

describe('many problems of both kinds', () => {
  it(`should list the first ${MAX_PROBLEMS} in line order, then say how many more`, () => {
    const move = /\n {2}- id: expand-sanctions\n[\s\S]*?propensity: .*\n/.exec(minimal)?.[0] ?? '';
    expect(move).not.toBe('');
    // Each copy has an empty label (shape) and an unknown CAMEO code (cross-reference).
    const copies = Array.from({ length: 150 }, (_, i) =>
      move.replace('id: expand-sanctions', `id: move-${i}`).replace('label: Expand sanctions', "label: ''").replace('cameo: "163"', 'cameo: "999"'),
    );
    const problems = problemsOf(minimal.replace(move, copies.join('')));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    const listed = problems.slice(0, MAX_PROBLEMS);
    expect(listed.map((p) => p.line)).toEqual([...listed.map((p) => p.line)].sort((a, b) => a - b));
    expect(listed.filter((p) => /must not be empty/.test(p.message))).toHaveLength(MAX_PROBLEMS / 2);
    expect(listed.filter((p) => /CAMEO code '999' is not in the CAMEO table/.test(p.message))).toHaveLength(MAX_PROBLEMS / 2);
    expect(problems[MAX_PROBLEMS]?.message).toBe('100 more problems not listed');
  });
});
