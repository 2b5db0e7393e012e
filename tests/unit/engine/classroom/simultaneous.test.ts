import { describe, expect, it } from 'vitest';
import { PASS } from '../../../../src/engine/index.ts';
import { buildDebrief, classroomStep, resolutionOrder } from '../../../../src/engine/classroom/index.ts';
import { english } from '../../../../src/app/lib/words/index.ts';
import { voidText } from '../../../../src/app/lib/words/conditions.ts';
import { logLines, round, run, started, T0 } from '../../classroom/fixtures.ts';

describe('simultaneous turns', () => {
  it('should hand the screen to each team in turn and keep commits hidden until the reveal', () => {
    let c = started('tutorial');
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'a' });
    c = run(c, { type: 'take-screen' });
    expect(c.state.phase).toEqual({ kind: 'choosing', team: 'a' });
    c = run(c, { type: 'commit', moves: { marenia: 'send-patrols' } });
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'b' });
    // Nothing is played before the reveal, and the log does not name the hidden move.
    expect(c.state.head).toBe(c.timeline.root);
    expect(logLines(c).map((e) => e.action).join(' ')).not.toMatch(/patrol/i);
    c = run(c, { type: 'take-screen' }, { type: 'commit', moves: { tolvany: 'restrict-trade' } });
    expect(c.state.phase).toEqual({ kind: 'ready' });
    c = run(c, { type: 'reveal' });
    expect(c.state.phase).toEqual({ kind: 'revealed' });
    expect(c.timeline.postures(c.state.head)).toMatchObject({ marenia: { border: 'patrols' }, tolvany: { trade: 'restricted' } });
    expect(c.state.steps).toHaveLength(1);
    expect(c.state.steps[0]?.moves.map((m) => [m.actor, m.chosen, m.voidReason])).toEqual([
      ['marenia', 'send-patrols', null],
      ['tolvany', 'restrict-trade', null],
    ]);
    expect(logLines(c).at(-1)?.action).toMatch(/revealed round 1: MAR: Send patrols.*TOL: Close the crossing/);
    c = run(c, { type: 'next-round' });
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'a' });
  });

  it('should resolve a round whose first move is history\'s, though history has the same side move again', () => {
    // At the start of March 2019 the US met Kim and then the US left the summit: the replay node says "US again".
    const c = round(started('march-2019'), { us: 'meet-at-summit' }, { dprk: PASS });
    const moves = c.state.steps[0]?.moves ?? [];
    expect(moves.map((m) => [m.actor, m.voidReason])).toEqual([
      ['us', null],
      ['dprk', null],
      ['rok', null],
    ]);
    expect(moves.every((m) => m.node !== null)).toBe(true);
    expect(c.timeline.postures(c.state.head).us?.talks).toBe('summit');
    // The debrief credits the teams, not the facilitator.
    expect(buildDebrief(c.timeline, c.state).path.filter((p) => p.origin === 'facilitator')).toEqual([]);
  });

  it('should refuse a commit for a closed move, for an actor of another team, or with a move missing', () => {
    const c = run(started('tutorial'), { type: 'take-screen' });
    const cases = [
      [{ marenia: 'withdraw-patrols' }, /closed for MAR: requires .*border: Patrols; it is Calm/],
      [{ marenia: PASS, tolvany: PASS }, /Team A does not play TOL/],
      [{}, /Choose a move for MAR/],
      [{ marenia: 'fly-away' }, /MAR has no move "fly-away"/],
    ] as const;
    for (const [moves, error] of cases) {
      const result = classroomStep(c, { type: 'commit', moves }, T0);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    }
  });

  it('should void a move that an earlier move of the round closed, and pass instead (the conflict rule)', () => {
    // March 2019 resolves US, DPRK, ROK. Team A: US; team B: DPRK and ROK.
    const c0 = started('march-2019', { assignment: { us: 'a', dprk: 'b', rok: 'b' } });
    expect(resolutionOrder(c0.timeline, c0.state.head)).toEqual(['us', 'dprk', 'rok']);
    // Both moves are open when committed; the US's food-aid endorsement puts ROK engagement at "aid" first.
    const c = round(c0, { us: 'endorse-food-aid' }, { dprk: PASS, rok: 'send-food-aid' });
    const moves = c.state.steps[0]?.moves ?? [];
    expect(moves.map((m) => m.actor)).toEqual(['us', 'dprk', 'rok']);
    const rok = moves[2];
    expect(rok?.voidReason && voidText(english, c.timeline.scenario, rok.voidReason)).toMatch(/earlier move this round closed it/);
    expect(rok?.node).not.toBeNull();
    expect(c.timeline.node(rok?.node as number).move).toEqual({ actor: 'rok', move: PASS });
    expect(logLines(c).some((e) => /void/.test(e.action) && /ROK passes/.test(e.action))).toBe(true);
  });

  it('should void the rest of the round once a move ends the game', () => {
    const c = round(started('march-2019', { assignment: { us: 'a', dprk: 'b', rok: 'b' } }), { us: 'break-off-talks' }, { dprk: 'rebuild-launch-site', rok: PASS });
    const [us, dprk, rok] = c.state.steps[0]?.moves ?? [];
    expect(us?.voidReason).toBeNull();
    expect(dprk?.node).toBeNull();
    expect(dprk?.voidReason && voidText(english, c.timeline.scenario, dprk.voidReason)).toMatch(/game was already over \(Talks collapse\)/);
    expect(rok?.node).toBeNull();
    expect(c.state.phase).toEqual({ kind: 'over' });
  });

  it('should let the computer commit by propensity, the same way for the same seed', () => {
    const play = (seed: number) => {
      let c = started('march-2019', { seed });
      for (let i = 0; i < 4 && c.state.phase.kind !== 'over'; i++) c = round(c, { us: PASS }, { dprk: PASS });
      return c.state.steps.map((s) => s.moves.find((m) => m.actor === 'rok')?.chosen);
    };
    expect(play(7)).toEqual(play(7));
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((s) => play(s).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('should start the round with the actor whose turn it is at a replay step (history’s next mover)', () => {
    const c = started('march-2019');
    const track = c.timeline.replayTrack();
    // Replay step 10 is DPRK withdrawing its liaison staff; history's next mover is the US (the tweet).
    const afterWithdrawal = track[10] as number;
    expect(c.timeline.node(afterWithdrawal).move?.move).toBe('withdraw-liaison-staff');
    expect(resolutionOrder(c.timeline, afterWithdrawal)).toEqual(['us', 'dprk', 'rok']);
    // After the Hanoi summit opened (step 1) history's next mover is the US again: it leads the round.
    expect(resolutionOrder(c.timeline, track[1] as number)).toEqual(['us', 'dprk', 'rok']);
    // After the ROK-free step 3 (US refuses relief), DPRK answered: the round starts with DPRK.
    expect(resolutionOrder(c.timeline, track[3] as number)).toEqual(['dprk', 'rok', 'us']);
  });
});
