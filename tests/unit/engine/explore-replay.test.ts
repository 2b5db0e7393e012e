import { describe, expect, it } from 'vitest';
import { EngineError, explore, exploreCapacity, replayRows, startTimeline } from '../../../src/engine/index.ts';
import { loadScenario } from '../../../src/scenario/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { gridScenario } from './grid-scenario.ts';
import { outOfRoomAfter } from './out-of-room.ts';
import { free, liaison } from './load-fixture.ts';

function loadText(text: string): Scenario {
  const result = loadScenario(text, 'grid.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.scenario;
}

describe('explore', () => {
  it('should count reachable states and find nothing unexpected in a sound scenario', () => {
    const report = explore(liaison());
    // 3 sanctions levels × 2 liaison levels before any test (talks open, moratorium),
    // and as many after a test (talks suspended, testing), where the game ends.
    expect(report).toMatchObject({ reachableStates: 12, terminalStates: 6, ok: true });
    expect(report.deadEnds.count).toBe(0);
  });

  it('should report expected findings without failing', () => {
    const report = explore(free());
    expect(report.unreachableLevels).toEqual({ all: ['b.stance.frozen'], unexpected: [] });
    expect(report.neverOpenMoves).toEqual({ all: ['impossible'], unexpected: [] });
    expect(report.ok).toBe(true);
  });

  it('should fail on unexpected findings and flag stale expectations', () => {
    const scenario = free();
    const stale = { ...scenario, explore: { unreachable: ['a.alert.high'], neverOpen: [], deadEnds: false } } as Scenario;
    const report = explore(stale);
    expect(report.ok).toBe(false);
    expect(report.neverOpenMoves.unexpected).toEqual(['impossible']);
    expect(report.staleExpectations).toEqual(['level a.alert.high is listed as unreachable but is reached']);
  });

  it('should find dead ends', () => {
    const scenario = liaison();
    // Without the missile test and with sanctions stuck, DPRK and the US run out of moves.
    const moves = scenario.moves.filter((m) => m.id === 'announce-sanctions' || m.id === 'withdraw-liaison');
    const report = explore({ ...scenario, moves } as Scenario);
    expect(report.deadEnds.count).toBe(1);
    expect(report.deadEnds.examples).toEqual([{ us: { sanctions: 'expanded', talks: 'open' }, dprk: { liaison: 'withdrawn', testing: 'moratorium' } }]);
    expect(report.ok).toBe(false);
  });

  it('should stop with a clear error past the cap', () => {
    expect(() => explore(liaison(), { maxStates: 5 })).toThrow(/stopped at 5 states, the cap, with more to reach; raise the cap/);
  });

  describe('on a scenario whose states do not fit in memory (13 postures of 6 levels, all reachable)', () => {
    const thirteen = loadText(gridScenario(13, 6, { everyLevel: true }));

    it('should refuse a cap the budget cannot hold before starting, with the number it can hold', () => {
      const maxBytes = 64 * 2 ** 20;
      const capacity = exploreCapacity(thirteen, maxBytes);
      expect(capacity).toBeGreaterThan(100_000);
      expect(() => explore(thirteen, { maxStates: 1_000_000_000, maxBytes })).toThrow(
        new RegExp(`with a cap of 1,000,000,000 states could need [\\d,]+ MB; the 64 MB it may use hold at most ${capacity.toLocaleString('en-US')} states`),
      );
      expect(() => explore(thirteen, { maxStates: capacity + 1, maxBytes })).toThrow(/hold at most/);
    });

    it('should stop with "stopped at N states" when memory runs out during the search', () => {
      const restore = outOfRoomAfter(10);
      try {
        expect(() => explore(thirteen, { maxStates: 1_000_000 })).toThrow(/^Exploring "grid" stopped at [\d,]+ states: out of memory \([\d,]+ MB in use of the 1,024 MB it may use\); lower the cap/);
      } finally {
        restore();
      }
    });

    it('should explore a large packed space with few reachable states through the hash set', () => {
      const report = explore(loadText(gridScenario(13, 6)));
      expect(report.reachableStates).toBe(2);
    });
  });

  it('should hold every cap when every packed state fits', () => {
    expect(exploreCapacity(liaison(), 2 ** 20)).toBe(Infinity);
    expect(explore(liaison(), { maxStates: 1e12, maxBytes: 2 ** 20 }).reachableStates).toBe(12);
  });
});

describe('replay', () => {
  it('should play the replay track through the machine, with dates, sources and indicators', () => {
    const rows = replayRows(liaison());
    expect(rows.map((r) => [r.date, r.actor, r.move, r.goldstein, r.outcomes])).toEqual([
      ['2019-03-02', 'us', 'announce-sanctions', -8, []],
      ['2019-03-04', 'dprk', 'withdraw-liaison', -4, ['office-empty']],
      ['2019-03-05', 'us', 'cancel-sanctions', 2, ['office-empty']],
      ['2019-03-07', 'dprk', 'return-liaison', 1.9, []],
    ]);
    expect(rows[1]?.sources).toEqual(['https://example.org/wire', 'https://example.org/paper']);
    expect(rows[0]?.postures).toEqual({ us: { sanctions: 'expanded', talks: 'open' }, dprk: { liaison: 'staffed', testing: 'moratorium' } });
    expect(rows[3]?.flag?.kind).toBe('unverified');
  });

  it('should name the date and the failing condition when a replay step is closed', () => {
    const scenario = liaison();
    const broken = { ...scenario, replay: [scenario.replay[0], scenario.replay[3]] } as Scenario;
    expect(() => startTimeline(broken)).toThrow(EngineError);
    expect(() => startTimeline(broken)).toThrow(
      'Replay step 2 (2019-03-07): "Return liaison staff" (return-liaison) is closed at that point: requires DPRK liaison office: withdrawn and US sanctions: standing or lower; DPRK liaison office is staffed, US sanctions is expanded.',
    );
  });
});
