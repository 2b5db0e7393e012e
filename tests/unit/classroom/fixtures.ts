/** Shipped scenarios and ready-made classroom sessions for the classroom tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { startTimeline, type Timeline } from '../../../src/engine/index.ts';
import { COMPUTER, startClassroom, type Classroom, type ClassroomAction, type ClassroomSettings, type DebriefDecision } from '../../../src/engine/classroom/index.ts';
import { classroomStep } from '../../../src/engine/classroom/index.ts';
import { loadScenario, type Scenario } from '../../../src/scenario/index.ts';
import { english } from '../../../src/app/lib/words/index.ts';
import { decisionText, stepText } from '../../../src/app/lib/words/debrief-words.ts';
import { logLine, type LogLine } from '../../../src/app/lib/words/log-words.ts';
import { sourceText } from '../../../src/app/lib/words/moves.ts';

const cache = new Map<string, Scenario>();

export function shipped(id: 'march-2019' | 'tutorial'): Scenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const path = resolve(`scenarios/${id}.yaml`);
  const result = loadScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(`${id} does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  cache.set(id, result.scenario);
  return result.scenario;
}

export const T0 = Date.parse('2025-03-10T09:00:00Z');

/** Team A plays the first actor of the turn order, team B the second; the rest is given as asked. */
export function twoTeams(timeline: Timeline, overrides: Partial<ClassroomSettings> = {}): ClassroomSettings {
  const [first = '', second = '', ...rest] = timeline.scenario.turns.order ?? [];
  return {
    teams: [
      { id: 'a', name: 'Team A' },
      { id: 'b', name: 'Team B' },
    ],
    assignment: { [first]: 'a', [second]: 'b', ...Object.fromEntries(rest.map((r) => [r, COMPUTER])) },
    facilitator: 'Ms Rivera',
    turnMode: 'simultaneous',
    timerSeconds: null,
    seed: 7,
    start: timeline.root,
    ...overrides,
  };
}

export function started(id: 'march-2019' | 'tutorial', overrides: Partial<ClassroomSettings> = {}): Classroom {
  const timeline = startTimeline(shipped(id));
  const result = startClassroom(timeline, twoTeams(timeline, overrides), T0);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Applies actions in order, failing the test with the refusal if one is refused. */
export function run(c: Classroom, ...actions: ClassroomAction[]): Classroom {
  let current = c;
  actions.forEach((action, i) => {
    const result = classroomStep(current, action, T0 + (i + 1) * 1000);
    expect(result.ok ? null : result.error, `action ${i + 1} (${action.type})`).toBeNull();
    if (result.ok) current = result;
  });
  return current;
}

/** Both teams of a simultaneous round commit, then the round is revealed. */
export function round(c: Classroom, a: Record<string, string>, b: Record<string, string>): Classroom {
  return run(c, { type: 'take-screen' }, { type: 'commit', moves: a }, { type: 'take-screen' }, { type: 'commit', moves: b }, { type: 'reveal' }, { type: 'next-round' });
}

/** The session log as the class reads it, in English. */
export function logLines(c: Classroom): LogLine[] {
  return c.state.log.map((e) => logLine(english, c.timeline.scenario, c.state.settings, e));
}

/** A debrief decision's words, in English: its step, move and who made it. */
export function decisionWords(c: Classroom, d: DebriefDecision) {
  return { step: stepText(english, d.step), label: decisionText(english, c.timeline, d), by: sourceText(english, c.state.settings, d.by), actorShort: d.actorShort };
}
