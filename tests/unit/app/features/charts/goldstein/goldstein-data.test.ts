import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { goldsteinRows } from '../../../../../../src/app/features/charts/goldstein/goldstein-data.ts';
import { moveGoldstein, PASS, type Timeline } from '../../../../../../src/engine/index.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

describe('goldsteinRows', () => {
  it('should list each move on the current path with its weight, split into cooperation and conflict', () => {
    const t = fixtureTimeline();
    const track = t.replayTrack();
    const rows = goldsteinRows(english, t, track[track.length - 1] as number);
    const expected = t.scenario.replay.map((step) => moveGoldstein(t.scenario.moves.find((m) => m.id === step.move)!));
    expect(rows.map((r) => r.goldstein)).toEqual(expected);
    expect(rows.map((r) => r.move.label)).toEqual(['Announce sanctions', 'Withdraw liaison staff', 'Cancel sanctions by tweet', 'Return liaison staff']);
    expect(rows.map((r) => r.step)).toEqual([1, 2, 3, 4]);
    for (const r of rows) {
      expect(r.kind).toBe(r.goldstein! > 0 ? 'cooperation' : r.goldstein! < 0 ? 'conflict' : 'neutral');
      expect(r.cooperation ?? r.conflict).toBe(r.goldstein);
      expect(r.cooperation !== null && r.conflict !== null).toBe(false);
    }
    expect(rows[2]).toMatchObject({ goldstein: 2, kind: 'cooperation', move: { actorShort: 'US', cameo: '081' } });
  });

  it('should show a pass as a pass with no weight', () => {
    const t = fixtureTimeline();
    const { timeline, node } = timeline0Pass(t);
    const last = goldsteinRows(english, timeline, node).at(-1);
    expect(last).toMatchObject({ kind: 'pass', goldstein: null, cooperation: null, conflict: null, move: { label: 'Pass' } });
  });

  it('should be empty at the root', () => {
    const t = fixtureTimeline();
    expect(goldsteinRows(english, t, t.root)).toEqual([]);
  });
});

function timeline0Pass(t: Timeline) {
  const actor = t.nextActors(t.root)[0] as string;
  return t.play(t.root, { actor, move: PASS });
}
