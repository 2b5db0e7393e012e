import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { buildMachine } from '../../../src/engine/build-machine.ts';
import { compileScenario } from '../../../src/engine/compile.ts';
import { explore, type MoveEvent } from '../../../src/engine/index.ts';
import { PASS } from '../../../src/engine/types.ts';
import { free, liaison } from './load-fixture.ts';

describe.each([
  ['engine-liaison', liaison],
  ['engine-free', free],
])('shortest paths through the machine of %s', (_name, load) => {
  const scenario = load();
  const machine = buildMachine(scenario);
  const compiled = compileScenario(scenario);
  const allEvents: MoveEvent[] = [
    ...scenario.moves.map((m) => ({ type: 'move' as const, actor: m.actor, move: m.id })),
    ...(scenario.turns.pass.allowed ? scenario.actors.map((a) => ({ type: 'move' as const, actor: a.id, move: PASS })) : []),
  ];
  const paths = getShortestPaths(machine, {
    // Only enabled moves, and passes change no posture, so leave them out.
    events: (snapshot) => allEvents.filter((e) => e.move !== PASS && snapshot.can(e)),
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
    limit: 10_000,
  });

  it('should reach every level except those the scenario expects to be unreachable', () => {
    const reached = new Set(paths.flatMap((p) => Object.entries(p.state.value as Record<string, Record<string, string>>).flatMap(([a, ps]) => Object.entries(ps).map(([q, l]) => `${a}.${q}.${l}`))));
    const all = scenario.actors.flatMap((a) => a.postures.flatMap((p) => p.levels.map((l) => `${a.id}.${p.id}.${l.id}`)));
    expect(all.filter((l) => !reached.has(l))).toEqual([...scenario.explore.unreachable]);
  });

  it('should find as many states as the compiled exploration', () => {
    expect(paths.length).toBe(explore(scenario).reachableStates);
  });

  it('should end every path where the compiled engine ends it', () => {
    for (const path of paths) {
      let state = compiled.initial;
      for (const { event } of path.steps.slice(1)) {
        expect(event.type).toBe('move');
        const i = scenario.moves.findIndex((m) => 'move' in event && m.id === event.move);
        expect(compiled.isOpen(state, i)).toBe(true);
        state = compiled.apply(state, i);
      }
      expect(compiled.unpack(state)).toEqual(path.state.value);
    }
  });
});
