import { describe, expect, it } from 'vitest';
import { PASS } from '../../../../src/engine/index.ts';
import { classroomStep } from '../../../../src/engine/classroom/index.ts';
import { logLines, run, started, T0 } from '../../classroom/fixtures.ts';

describe('alternating turns', () => {
  it('should pass the screen between teams and let the computer play its actor at once', () => {
    let c = started('march-2019', { turnMode: 'alternating' });
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'a' });
    c = run(c, { type: 'take-screen' }, { type: 'play', actor: 'us', move: 'insist-on-total-deal' });
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'b' });
    c = run(c, { type: 'take-screen' }, { type: 'play', actor: 'dprk', move: 'rebuild-launch-site' });
    // ROK belongs to the computer: it has moved, and it is the US team's turn again.
    const path = c.timeline.pathTo(c.state.head).map((n) => c.timeline.node(n).move?.actor ?? 'root');
    expect(path).toEqual(['root', 'us', 'dprk', 'rok']);
    expect(c.state.phase).toEqual({ kind: 'handover', team: 'a' });
    expect(c.state.steps.map((s) => s.moves.map((m) => m.source.kind))).toEqual([['team'], ['team', 'computer']]);
    expect(logLines(c).filter((e) => e.who === 'Computer')).toHaveLength(1);
  });

  it('should refuse a move for an actor that is not the choosing team’s, and a commit', () => {
    const c = run(started('march-2019', { turnMode: 'alternating' }), { type: 'take-screen' });
    const cases = [
      [{ type: 'play', actor: 'dprk', move: PASS }, /Team A does not play DPRK/],
      [{ type: 'commit', moves: { us: PASS } }, /Commits are for simultaneous turns/],
      [{ type: 'play', actor: 'us', move: 'leave-without-deal' }, /closed here: requires .*talks: Summit/],
    ] as const;
    for (const [action, error] of cases) {
      const result = classroomStep(c, action, T0);
      expect(result.ok ? 'accepted' : result.error).toMatch(error);
    }
  });
});
