import { describe, expect, it } from 'vitest';
import { freePlayThroughTime, playThroughTime, posturesOn, replayThroughTime, startTimeline, timelineFromJSON } from '../../../src/engine/index.ts';
import { loadFile } from './load-fixture.ts';

const scenario = () => loadFile('tests/fixtures/time-lapse.yaml');

describe('duration and lapse in the engine', () => {
  it('should end a step that lasts until a date on the day after, and lapse a 75-day pause to its stated level', () => {
    const steps = replayThroughTime(scenario());
    expect(steps.map((s) => [s.date, s.postures.us?.exercises, s.postures.dprk?.testing])).toEqual([
      ['2017-08-21', 'running', 'testing'],
      ['2017-09-03', 'none', 'nuclear'],
      ['2017-09-15', 'none', 'pause'],
      ['2017-11-29', 'none', 'icbm'],
    ]);
    expect(steps[1]?.lapsed).toEqual([{ posture: 'us.exercises', due: '2017-09-01', holds: 'running', to: 'none' }]);
    expect(steps[3]?.lapsed).toEqual([{ posture: 'dprk.testing', due: '2017-11-29', holds: 'pause', to: 'testing' }]);
  });

  it('should keep the effect through its last day: the exercise runs on 31 August and has ended on 1 September', () => {
    const steps = replayThroughTime(scenario()).slice(0, 1);
    expect(posturesOn(steps, '2017-08-31').us?.exercises).toBe('running');
    expect(posturesOn(steps, '2017-09-01').us?.exercises).toBe('none');
  });

  it('should lapse in free play as turns advance daysPerTurn days', () => {
    // Turn 1 on 1 December: a drill for 7 days; turn 2 on 8 December: it has ended before the test.
    const steps = freePlayThroughTime(scenario(), ['run-drill', 'nuclear-test']);
    expect(steps.map((s) => [s.date, s.postures.us?.exercises])).toEqual([
      ['2017-12-01', 'running'],
      ['2017-12-08', 'none'],
    ]);
  });

  it('should not lapse a posture a later move has changed, and let a later lasting effect replace the pending lapse', () => {
    const s = scenario();
    // The nuclear test on day 10 of the pause changes testing: the pause's lapse is dropped.
    const superseded = playThroughTime(s, [
      { move: 'pause-testing', date: '2017-09-15' },
      { move: 'nuclear-test', date: '2017-09-25' },
      { move: 'start-exercise', date: '2017-12-01' },
    ]);
    expect(superseded[1]?.pending).toEqual([]);
    expect(superseded[2]?.postures.dprk?.testing).toBe('nuclear');
    // A second pause restarts the 75 days from its own date.
    const renewed = playThroughTime(s, [
      { move: 'pause-testing', date: '2017-09-15' },
      { move: 'pause-testing', date: '2017-10-01' },
    ]);
    expect(renewed[1]?.pending).toEqual([{ posture: 'dprk.testing', due: '2017-12-15', holds: 'pause', to: 'testing' }]);
    expect(posturesOn(renewed, '2017-11-29').dprk?.testing).toBe('pause');
    expect(posturesOn(renewed, '2017-12-15').dprk?.testing).toBe('testing');
  });

  it('should lapse on the app\'s timeline too: the replay track, free play from it, and a saved timeline reopened', () => {
    const s = scenario();
    const start = startTimeline(s);
    const track = start.replayTrack().slice(1);
    expect(track.map((id) => start.postures(id))).toEqual(replayThroughTime(s).map((step) => step.postures));
    // Free play after 29 Nov: turn dates run from the last replay date, daysPerTurn apart.
    const last = track.at(-1) ?? 0;
    const drill = start.play(last, { actor: 'us', move: 'run-drill' });
    expect(drill.timeline.postures(drill.node).us?.exercises).toBe('running');
    const after = drill.timeline.play(drill.node, { actor: 'dprk', move: 'nuclear-test' });
    expect(after.timeline.node(after.node).date).toBe('2017-12-13');
    expect(after.timeline.postures(after.node).us?.exercises).toBe('none');
    const reopened = timelineFromJSON(s, JSON.parse(JSON.stringify(after.timeline.toJSON())));
    expect(reopened.ok).toBe(true);
    if (reopened.ok) expect(reopened.timeline.postures(after.node)).toEqual(after.timeline.postures(after.node));
  });
});
