import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type StateValue } from 'xstate';
import { buildMachine } from '../../../src/engine/build-machine.ts';
import { machineSnapshotAt, PASS, startTimeline, type MoveEvent } from '../../../src/engine/index.ts';
import { liaison } from './load-fixture.ts';

const scenario = liaison();
const machine = buildMachine(scenario);
const start = {
  us: { sanctions: 'standing', talks: 'open' },
  dprk: { liaison: 'staffed', testing: 'moratorium' },
};
type Levels = typeof start;
const at = (changes: Partial<{ [A in keyof Levels]: Partial<Levels[A]> }>): Levels => ({
  us: { ...start.us, ...changes.us },
  dprk: { ...start.dprk, ...changes.dprk },
});

describe('buildMachine', () => {
  it('should be a parallel machine with one region per actor and per posture, named by the scenario', () => {
    expect(machine.id).toBe('engine-liaison');
    expect(Object.keys(machine.root.states)).toEqual(['us', 'dprk']);
    expect(Object.keys(machine.root.states.us?.states ?? {})).toEqual(['sanctions', 'talks']);
    expect(Object.keys(machine.root.states.us?.states.sanctions?.states ?? {})).toEqual(['relief', 'standing', 'expanded']);
    const [snapshot] = initialTransition(machine);
    expect(snapshot.value).toEqual(start);
    expect(snapshot.context).toEqual({ turn: 0, date: '2019-03-01', lastActor: null });
  });

  const cases: [string, Levels, string, string, Levels | 'closed'][] = [
    ['announce sanctions from standing', start, 'us', 'announce-sanctions', at({ us: { sanctions: 'expanded' } })],
    ['announce sanctions again (atMost standing)', at({ us: { sanctions: 'expanded' } }), 'us', 'announce-sanctions', 'closed'],
    ['announce sanctions from relief', at({ us: { sanctions: 'relief' } }), 'us', 'announce-sanctions', at({ us: { sanctions: 'expanded' } })],
    ['cancel sanctions (is expanded)', at({ us: { sanctions: 'expanded' } }), 'us', 'cancel-sanctions', start],
    ['cancel sanctions when standing', start, 'us', 'cancel-sanctions', 'closed'],
    ['offer relief (all three hold)', start, 'us', 'offer-relief', at({ us: { sanctions: 'relief' } })],
    ['offer relief while talks are suspended', at({ us: { talks: 'suspended' } }), 'us', 'offer-relief', 'closed'],
    ['test a missile: two effects, two actors', start, 'dprk', 'test-missile', at({ us: { talks: 'suspended' }, dprk: { testing: 'testing' } })],
    ['return staff with sanctions expanded', at({ us: { sanctions: 'expanded' }, dprk: { liaison: 'withdrawn' } }), 'dprk', 'return-liaison', 'closed'],
    ['return staff', at({ dprk: { liaison: 'withdrawn' } }), 'dprk', 'return-liaison', start],
    ['any move after the terminal outcome', at({ us: { talks: 'suspended' }, dprk: { testing: 'testing' } }), 'us', 'announce-sanctions', 'closed'],
    ['a move named for the wrong actor', start, 'dprk', 'announce-sanctions', 'closed'],
  ];
  it.each(cases)('should handle %s', (_name, from, actor, move, expected) => {
    const snapshot = machine.resolveState({ value: from as StateValue, context: { turn: 3, date: '2019-03-20', lastActor: 'dprk' } });
    const event: MoveEvent = { type: 'move', actor, move };
    expect(snapshot.can(event)).toBe(expected !== 'closed');
    const [next] = transition(machine, snapshot, event);
    expect(next.value).toEqual(expected === 'closed' ? from : expected);
    expect(next.context).toEqual(expected === 'closed' ? snapshot.context : { turn: 4, date: '2019-03-22', lastActor: actor });
  });

  it('should take the date from the event, and start free play at turns.start', () => {
    const [s0] = initialTransition(machine);
    const [s1] = transition(machine, s0, { type: 'move', actor: 'us', move: PASS });
    expect(s1.context).toEqual({ turn: 1, date: '2019-03-10', lastActor: 'us' });
    const [s2] = transition(machine, s1, { type: 'move', actor: 'dprk', move: 'withdraw-liaison', date: '2019-03-15' });
    expect(s2.context.date).toBe('2019-03-15');
  });

  it('should give the snapshot at a timeline node', () => {
    const t = startTimeline(scenario);
    const node = t.replayTrack()[2] as number;
    const snapshot = machineSnapshotAt(t, node);
    expect(snapshot.value).toEqual(t.postures(node));
    expect(snapshot.context).toEqual({ turn: 2, date: '2019-03-04', lastActor: 'dprk' });
  });
});
