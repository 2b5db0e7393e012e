import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sessionMachine } from '../../../../../src/app/stores/session/index.ts';
import { shipped, T0, twoTeams } from '../../../classroom/fixtures.ts';
import { startTimeline } from '../../../../../src/engine/index.ts';

function actor() {
  const scenario = shipped('tutorial');
  return createActor(sessionMachine, { input: { id: 's', name: 'n', scenario, timeline: startTimeline(scenario) } }).start();
}

describe('the session actor', () => {
  it('should answer can() for undo and redo as the buttons need it', () => {
    const a = actor();
    expect(a.getSnapshot().can({ type: 'history.undo' })).toBe(false);
    expect(a.getSnapshot().can({ type: 'history.redo' })).toBe(false);
    a.send({ type: 'move.play', move: { actor: 'marenia', move: 'send-patrols' } });
    expect(a.getSnapshot().can({ type: 'history.undo' })).toBe(true);
    a.send({ type: 'history.undo' });
    expect(a.getSnapshot().can({ type: 'history.redo' })).toBe(true);
    expect(a.getSnapshot().context.notice?.text).toBe('Undone: play move.');
  });

  it('should say how undo works in a classroom instead of ignoring Ctrl+Z', () => {
    const a = actor();
    a.send({ type: 'classroom.start', settings: twoTeams(a.getSnapshot().context.timeline), now: T0 });
    a.send({ type: 'history.undo' });
    expect(a.getSnapshot().context.error).toBe('In classroom mode the facilitator undoes the last turn, with a reason, from the facilitator panel.');
    expect(a.getSnapshot().can({ type: 'history.redo' })).toBe(false);
  });
});
