import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario, sourceLinks } from '../../../src/scenario/index.ts';

const FILE = 'tests/fixtures/engine-parties.yaml';
const text = readFileSync(new URL('../../fixtures/engine-parties.yaml', import.meta.url), 'utf8');

function load(source: string) {
  return loadScenario(source, FILE);
}

/** The fixture with one piece of text replaced (it must be there), and every problem it gets. */
function problemsWith(before: string, after: string): string[] {
  expect(text, `the fixture has ${JSON.stringify(before)}`).toContain(before);
  const result = load(text.replace(before, after));
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('several actors, targets, unplayed actors, cameo none, modelling notes, source links, short labels', () => {
  it('should load the fixture that uses each of them', () => {
    const result = load(text);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const moves = Object.fromEntries(result.scenario.moves.map((m) => [m.id, m]));
    expect(moves.exercise).toMatchObject({ actor: 'us', actors: ['us', 'rok'], target: ['dprk'] });
    expect(moves.coordinate).toMatchObject({ actor: 'us', actors: ['us'], target: ['rok'] });
    expect(moves['test-icbm']?.target).toBeUndefined();
    expect(moves['pause-tests']).toMatchObject({ cameo: 'none', goldstein: { value: 1 } });
    expect(result.scenario.actors.find((a) => a.id === 'unsc')?.played).toBe(false);
    expect(result.scenario.replay[4]?.flag?.kind).toBe('modelling');
    const levels = result.scenario.actors[0]?.postures[0]?.levels;
    expect(levels?.[1]).toMatchObject({ label: 'Joint exercise under way', short: 'Exercise' });
  });

  it('should keep the hash of the file as written: writing one actor as a list of one is another file, its loaded moves the same', () => {
    const one = load(text);
    const listed = load(text.replace('    actor: dprk\n    label: Test an ICBM', '    actor: [dprk]\n    label: Test an ICBM'));
    if (!one.ok || !listed.ok) throw new Error('both load');
    expect(listed.scenario.moves[2]).toEqual(one.scenario.moves[2]);
    expect(listed.scenario.hash).not.toBe(one.scenario.hash);
  });

  it("should give a joint move's turn to its first played actor", () => {
    const result = load(text.replace('actor: [us, rok]', 'actor: [unsc, rok, us]'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.scenario.moves[1]).toMatchObject({ actor: 'rok', actors: ['unsc', 'rok', 'us'] });
  });

  it("should list a source's addresses, url first, each with its own title and publisher or the source's", () => {
    const result = load(text.replace('      links:\n', '      url: https://example.org/un\n      links:\n'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const source = result.scenario.meta.sources[0];
    if (!source) throw new Error('a source');
    expect(sourceLinks(source)).toEqual([
      { url: 'https://example.org/un', title: 'Resolution 2371', publisher: 'UN Security Council' },
      { url: 'https://example.org/un/2371', title: 'Resolution 2371', publisher: 'UN Security Council' },
      { url: 'https://example.org/un/2371-press', title: 'Security Council toughens sanctions', publisher: 'UN press office' },
    ]);
  });

  // Each mistake: the text replaced, and the one problem it gets, with its line and column.
  const MISTAKES: ReadonlyArray<readonly [what: string, before: string, after: string, problem: string]> = [
    ['an unknown actor in a list', 'actor: [us, rok]', 'actor: [us, rk]', "86:17: moves[1].actor[1]: unknown actor 'rk' — did you mean 'rok'?"],
    ['an actor listed twice', 'actor: [us, rok]', 'actor: [us, us]', "86:17: moves[1].actor[1]: actor 'us' is listed twice in actor — name each actor once"],
    ['an empty list of actors', 'actor: [us, rok]', 'actor: []', '86:12: moves[1].actor: must list at least one actor — write e.g. [us]'],
    ['a mapping for an actor', 'actor: [us, rok]', 'actor: { id: us }', '86:12: moves[1].actor: must be the actor who makes the move as an id or a list of ids — write e.g. actor: us, or [us, rok]'],
    ['a capital letter in a listed actor', 'actor: [us, rok]', 'actor: [us, Rok]', "86:17: moves[1].actor[1]: must be an id, but it has capital letters; ids are lowercase, so this differs from 'rok' only by case — write 'rok'"],
    ['a target among the actors', '    target: dprk\n    label: Hold', '    target: us\n    label: Hold', "87:13: moves[1].target: the move is aimed at 'us', one of the actors making it — remove 'us' from target (a move's target is who it is aimed at; omit target to mean the actors not making it)"],
    ['an unknown target', 'target: rok', 'target: [rok, rk]', "79:19: moves[0].target[1]: unknown actor 'rk' — did you mean 'rok'?"],
    ['an unplayed actor in the turn order', 'order: [us, dprk, rok]', 'order: [us, dprk, rok, unsc]', "123:26: turns.order[3]: actor 'unsc' is not played (played: false), so it takes no turn — remove 'unsc' from the turn order, or remove its played: false"],
    ['played written as a word', '    played: false', '    played: no', '68:13: actors[3].played: must be true or false — write played: false for an actor that only takes part in the replay'],
    ['cameo: none with no weight', '    cameo: none\n    goldstein: { value: 1, reason: "A silence is no CAMEO event, but it reads as mild restraint." }', '    cameo: none', '108:12: moves[3].cameo: cameo: none needs the weight CAMEO would have given — add goldstein: { value: <-10 to 10>, reason: "why this weight" } to the move, or give its CAMEO code'],
    ['cameo: none with no reason', ', reason: "A silence is no CAMEO event, but it reads as mild restraint." }', ' }', "109:5: moves[3].goldstein.reason: missing required key 'reason' — add \"reason:\" (why the move carries this weight: how it departs from its CAMEO code's Goldstein weight, or, with cameo: none, why the event weighs this much)"],
    ['a misspelt flag kind', 'kind: modelling', 'kind: modeling', '147:19: replay[4].flag.kind: must be unverified, contested or modelling — write kind: modelling for a step that stands for a period with no event'],
    ['an empty list of links', '      url: https://example.org/wire', '      links: []', '29:14: meta.sources[1].links: must list at least one address — add one, or remove links and write url:'],
    ['a source with no address', '      url: https://example.org/wire', '      date: "2017-08-01"', '26:7: meta.sources[1]: a source needs an address — add url: https://… (or links: with one entry per address, each url: https://…)'],
    ['a link with no url', '        - url: https://example.org/un/2371\n', '        - title: x\n', "22:11: meta.sources[0].links[0].url: missing required key 'url' — add \"url:\" (an http or https address)"],
    ['a short label that is long', 'short: Exercise', 'short: A very long short label that is long', '40:69: actors[0].postures[0].levels[1].short: must be at most 24 characters — shorten it to 24 characters or fewer (it has 36)'],
  ];

  it.each(MISTAKES)('should locate %s and say how to fix it', (_what, before, after, problem) => {
    expect(problemsWith(before, after)).toEqual([`${FILE}:${problem}`]);
  });

  it('should refuse a scenario in which nobody is played', () => {
    const all = text.replace(/ {4}colour: "(#[0-9a-f]{6})"\n {4}postures:/g, '    colour: "$1"\n    played: false\n    postures:').replace('  order: [us, dprk, rok]\n', '');
    expect(problemsWith('mode: alternating', 'mode: free').length).toBe(0);
    const result = load(all.replace('mode: alternating', 'mode: free'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([`${FILE}:31:3: actors: every actor has played: false, so nobody can take a turn — remove played: false from at least one actor`]);
  });
});
