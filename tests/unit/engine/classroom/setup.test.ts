import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../../src/engine/index.ts';
import { checkSettings, COMPUTER, defaultSettings, type ClassroomSettings } from '../../../../src/engine/classroom/index.ts';
import { loadScenario } from '../../../../src/scenario/index.ts';
import { shipped, twoTeams } from '../../classroom/fixtures.ts';
import { english } from '../../../../src/app/lib/words/index.ts';
import { setupProblemText } from '../../../../src/app/lib/words/setup-words.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const march = shipped('march-2019');
const timeline = startTimeline(march);
const base = twoTeams(timeline);

describe('classroom setup', () => {
  it('should accept the default setup of every shipped scenario', () => {
    for (const id of ['march-2019', 'tutorial'] as const) {
      const t = startTimeline(shipped(id));
      const result = checkSettings(t.scenario, t, defaultSettings(t.scenario, t));
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  const cases: [string, Partial<ClassroomSettings>, string, RegExp][] = [
    ['no team', { teams: [], assignment: { us: COMPUTER, dprk: COMPUTER, rok: COMPUTER } }, 'teams', /at least one team/],
    ['an empty team name', { teams: [{ id: 'a', name: '  ' }, { id: 'b', name: 'B' }] }, 'teams.0.name', /Team 1 needs a name/],
    ['two teams with one name', { teams: [{ id: 'a', name: 'Hawks' }, { id: 'b', name: 'hawks ' }] }, 'teams.1.name', /both called "hawks"/],
    ['a team named like the computer', { teams: [{ id: 'a', name: 'Computer' }, { id: 'b', name: 'B' }] }, 'teams.0.name', /taken by the computer/],
    ['an actor nobody plays', { assignment: { us: 'a', dprk: 'b' } }, 'assignment.rok', /Choose who plays South Korea/],
    ['an actor given to a missing team', { assignment: { us: 'a', dprk: 'b', rok: 'z' } }, 'assignment.rok', /team that does not exist/],
    ['an unknown actor', { assignment: { us: 'a', dprk: 'b', rok: COMPUTER, prc: 'a' } }, 'assignment.prc', /no actor "prc"/],
    ['a team without an actor', { assignment: { us: 'a', dprk: 'a', rok: COMPUTER } }, 'teams.1.name', /Team B plays no actor/],
    ['a timer of 5 seconds', { timerSeconds: 5 }, 'timerSeconds', /from 10 to 3600/],
    ['a start point that does not exist', { start: 9999 }, 'start', /no point 9999/],
  ];
  it.each(cases)('should refuse %s, naming the field', (_name, change, field, message) => {
    const result = checkSettings(march, timeline, { ...base, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => ({ field: p.field, message: p.message }))).toContainEqual({ field, message: expect.stringMatching(message) });
      // The form shows the problem from its code: the same words.
      for (const p of result.problems) expect(setupProblemText(english, p)).toBe(p.message);
    }
  });

  it('should word every other problem from its code as the engine writes it', () => {
    const many = Array.from({ length: 9 }, (_v, i) => ({ id: `t${i}`, name: i === 0 ? 'x'.repeat(41) : `T${i}` }));
    const result = checkSettings(march, timeline, { ...base, teams: many, assignment: { us: COMPUTER, dprk: COMPUTER, rok: COMPUTER }, facilitator: 'y'.repeat(41), seed: Number.NaN });
    if (result.ok) throw new Error('accepted');
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(['too-many-teams', 'team-name-long', 'nobody-plays', 'team-plays-nothing', 'facilitator-name-long', 'seed-not-whole']));
    for (const p of result.problems) expect(setupProblemText(english, p)).toBe(p.message);
  });

  it('should refuse simultaneous turns when the scenario does not allow passing', () => {
    const text = readFileSync(resolve('scenarios/tutorial.yaml'), 'utf8').replace(/pass:\n {4}allowed: true/, 'pass:\n    allowed: false');
    const loaded = loadScenario(text, 'no-pass.yaml');
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
    const t = startTimeline(loaded.scenario);
    const result = checkSettings(t.scenario, t, twoTeams(t));
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['turnMode']);
    if (!result.ok) expect(result.problems.map((p) => setupProblemText(english, p))).toEqual(result.problems.map((p) => p.message));
    expect(defaultSettings(t.scenario, t).turnMode).toBe('alternating');
  });

  it('should trim names and give an unnamed facilitator a name', () => {
    const result = checkSettings(march, timeline, { ...base, teams: [{ id: 'a', name: ' Hawks ' }, { id: 'b', name: 'Doves' }], facilitator: ' ' });
    expect(result.ok && result.settings.teams.map((t) => t.name)).toEqual(['Hawks', 'Doves']);
    expect(result.ok && result.settings.facilitator).toBe('Facilitator');
  });
});
