/** The guide's warm-up: the tutorial from the beginning must not end on the first move. */
import { describe, expect, it } from 'vitest';
import { PASS, startTimeline } from '../../../../src/engine/index.ts';
import { shipped } from '../../classroom/fixtures.ts';

describe('the tutorial warm-up from the beginning', () => {
  const scenario = shipped('tutorial');
  const timeline = startTimeline(scenario);
  const first = scenario.turns.order?.[0] as string;
  const openFirst = timeline.moves(timeline.root).filter((o) => o.actor === first && o.open);

  it.each(openFirst.map((o) => [o.move.id]))('should reach no terminal outcome after %s alone', (move) => {
    const { timeline: t, node } = timeline.play(timeline.root, { actor: first, move });
    const terminal = t.indicators(node).outcomes.filter((id) => scenario.outcomes.find((o) => o.id === id)?.terminal);
    expect(terminal).toEqual([]);
    expect(t.nextActors(node).length).toBeGreaterThan(0);
  });

  it('should still allow a settlement, with one move from each side', () => {
    const a = timeline.play(timeline.root, { actor: 'marenia', move: 'offer-talks' });
    const b = a.timeline.play(a.node, { actor: 'tolvany', move: 'reopen-trade' });
    expect(b.timeline.indicators(b.node).outcomes).toContain('settlement');
    const passed = a.timeline.play(a.node, { actor: 'tolvany', move: PASS });
    expect(passed.timeline.indicators(passed.node).outcomes).not.toContain('settlement');
  });
});
