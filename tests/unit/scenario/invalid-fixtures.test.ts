import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../src/scenario/index.ts';

const dir = new URL('../../fixtures/invalid/', import.meta.url);

/** fixture → the first problem reported: line, path, and words of the message and hint. */
const CASES: ReadonlyArray<readonly [file: string, line: number, path: string, text: RegExp]> = [
  ['syntax-error.yaml', 8, '', /YAML syntax error: Missing closing "quote/],
  ['duplicate-key.yaml', 14, '', /Map keys must be unique — each key may appear once/],
  ['tab-indent.yaml', 13, '', /Tabs are not allowed as indentation — indent with spaces/],
  ['empty.yaml', 1, '', /the file is empty — start from tests\/fixtures\/minimal\.yaml/],
  ['binary.yaml', 2, '', /control character U\+0000, so it looks like a binary file/],
  ['not-utf8.yaml', 4, '', /not UTF-8 text \(invalid byte 0xe9 .*— save the file as UTF-8/],
  ['alias-bomb.yaml', 7, 'f', /expands to more than 200000 values .*alias bomb/],
  ['alias-cycle.yaml', 4, 'meta.self.self', /alias \*m refers to a value that contains it/],
  ['custom-tag.yaml', 7, 'meta.title', /the tag !js\/function is not allowed — remove the tag/],
  ['deep-nesting.yaml', 3, '', /nested more than 64 levels deep/],
  ['nested-too-deep.yaml', 3, 'meta[0]', /nested more than 64 levels deep — flatten it/],
  ['proto-key.yaml', 5, '__proto__', /unknown key '__proto__' — allowed keys here: 'format', 'meta'/],
  ['unknown-key.yaml', 32, 'moves[0].efects', /unknown key 'efects' — did you mean 'effects'\?$/],
  ['missing-key.yaml', 5, 'meta.title', /missing required key 'title' — add "title:"/],
  ['wrong-type.yaml', 13, 'meta.daysPerTurn', /expected a number, found the text "one"/],
  ['unquoted-cameo.yaml', 34, 'moves[0].cameo', /must be a CAMEO code in quotes/],
  ['format-version.yaml', 4, 'format', /must be 2 \(the scenario format version; files written for format 1 load too\)/],
  ['bad-date.yaml', 38, 'turns.start', /is not a real calendar date/],
  ['bad-id.yaml', 27, 'moves[0].id', /must be an id: lowercase letters/],
  ['bad-condition-key.yaml', 31, 'moves[0].requires.iss', /unknown key 'iss' — did you mean 'is'\?/],
  [
    'bad-condition-shape.yaml',
    31,
    'moves[0].requires',
    /expected a condition: \{posture, is\} \| \{posture, isNot\} \| \{posture, oneOf\} \| \{posture, atLeast\} \| \{posture, atMost\} \| \{all\} \| \{any\} \| \{not\} — found \{posture\}/,
  ],
  ['no-effects.yaml', 32, 'moves[0].effects', /a move needs at least one effect/],
  ['goldstein-without-reason.yaml', 35, 'moves[0].goldstein.reason', /missing required key 'reason'/],
  ['unknown-actor.yaml', 28, 'moves[0].actor', /unknown actor 'usa' — did you mean 'us'\?/],
  ['unknown-posture.yaml', 33, 'moves[0].effects[0].posture', /actor 'us' has no posture 'sanctons' — did you mean 'sanctions'\?/],
  ['unknown-level.yaml', 31, 'moves[0].requires.is', /posture 'us.sanctions' has no level 'standng' — did you mean 'standing'\?/],
  ['unknown-move.yaml', 143, 'replay[3].move', /unknown move 'return-liason' — did you mean 'return-liaison'\?/],
  ['unknown-source.yaml', 91, 'moves[2].sources[0]', /unknown source 's-mu' — did you mean 's-mou'\?/],
  ['duplicate-move.yaml', 92, 'moves[3].id', /duplicate id 'withdraw-liaison' among the moves \(first used on line 79\)/],
  ['duplicate-level.yaml', 25, 'actors[0].postures[0].levels[1].id', /duplicate id 'standing' among the levels of posture 'us.sanctions'/],
  ['initial-level.yaml', 22, 'actors[0].postures[0].initial', /initial level 'normal' is not a level of this posture/],
  ['escalation-order.yaml', 25, 'actors[0].postures[0].levels[1].escalation', /escalation 2 is lower than 3 of 'standing'/],
  ['reserved-pass.yaml', 27, 'moves[0].id', /'pass' is reserved/],
  ['unknown-cameo.yaml', 34, 'moves[0].cameo', /CAMEO code '1699' is not in the CAMEO table — root 16 is "Reduce relations"/],
  ['turn-order-missing.yaml', 104, 'turns.mode', /alternating turns need an order — add "order:" listing each actor once: \[us, dprk\]/],
  ['turn-order-incomplete.yaml', 105, 'turns.order', /the turn order leaves out 'dprk'/],
  ['start-outside-span.yaml', 38, 'turns.start', /start date 2019-04-01 is outside the scenario span \(2019-03-01 to 2019-03-31\)/],
  ['replay-out-of-order.yaml', 142, 'replay[3].date', /the date 2019-03-20 comes before 2019-03-22 of the step above/],
  ['replay-outside-span.yaml', 142, 'replay[3].date', /2019-04-02 is outside the scenario span/],
  [
    'replay-closed-move.yaml',
    138,
    'replay[2].move',
    /move 'return-liaison' is closed at this point of the replay \(2019-03-25\): it requires DPRK Liaison office: Withdrawn; it is Staffed/,
  ],
  ['explore-refs.yaml', 149, 'explore.unreachable[0]', /posture 'us.sanctions' has no level 'maximum'/],
];

describe('invalid fixtures', () => {
  it('should have a case for every fixture in tests/fixtures/invalid', () => {
    expect(CASES.map(([file]) => file).sort()).toEqual(readdirSync(dir).sort());
  });

  it.each(CASES)('should reject %s with a located message on line %i', (file, line, path, text) => {
    const result = loadScenario(readFileSync(new URL(file, dir)), `invalid/${file}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.problems;
    expect(first).toBeDefined();
    if (!first) return;
    expect(first.line).toBe(line);
    expect(first.column).toBeGreaterThanOrEqual(1);
    expect(first.path).toBe(path);
    const printed = formatProblem(first);
    expect(printed.startsWith(`invalid/${file}:${line}:${first.column}: ${path || '(document)'}: `)).toBe(true);
    expect(printed).toMatch(text);
    for (const problem of result.problems) expect(problem.message).not.toMatch(/internal error/);
  });
});
