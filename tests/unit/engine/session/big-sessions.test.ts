import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../../src/scenario/load.ts';
import { MAX_TIMELINE_NODES } from '../../../../src/engine/node-store.ts';
import { initialState, parseSessionFile, restoreSession, step, type SessionFile } from '../../../../src/engine/session/index.ts';
import { gridScenario } from '../grid-scenario.ts';
import { chain, comb, gridForShapes, nested, sessionOf } from './session-shapes.ts';

const grid = gridForShapes();
const readSource = loadScenario;

function open(file: SessionFile) {
  const parsed = parseSessionFile(JSON.parse(JSON.stringify(file)));
  if (!parsed.ok) return parsed;
  return restoreSession(parsed.session, [grid], { readSource });
}

describe('big and crafted session files', () => {
  it.each([
    ['a 10,000-move chain', chain(10_000), 10_001],
    ['20,000 branches', comb(20_000), 40_001],
    ['10,000 nested branches', nested(10_000), 20_001],
  ])('should open %s with every node', (_name, nodes, size) => {
    const restored = open(sessionOf(grid, nodes, { current: 1 }));
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.init.timeline.size).toBe(size);
  });

  it(`should refuse a move past the ${MAX_TIMELINE_NODES} nodes a timeline holds, saying the number`, () => {
    const restored = open(sessionOf(grid, chain(MAX_TIMELINE_NODES - 1)));
    if (!restored.ok) throw new Error(restored.error.message);
    const result = step(initialState(restored.init), { type: 'move.play', move: { actor: 'a0', move: 'set-p0-l1' } });
    expect(result).toEqual({
      ok: false,
      refusal: {
        code: 'engine',
        message: 'This timeline holds 50000 steps (deleted ones included), the most one session holds. Download it to keep it, and start a new session to play on.',
      },
    });
  });

  it('should refuse a timeline that names the scenario and its hash but does not fit it', () => {
    const restored = open(sessionOf(grid, [[0, 0, 2, 0], [1, 99, 2, 1]]));
    expect(restored).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    if (!restored.ok) expect(restored.error.message).toContain('entry 2 names an unknown move (code 99)');
  });

  it('should refuse a session whose saved scenario text was edited, naming both versions', () => {
    const file = sessionOf(grid, chain(3));
    const edited = { ...file, scenario: { ...file.scenario, source: gridScenario(2, 3, { everyLevel: true }).replace('label: Set P0 to L1', 'label: Set P0 to L1!') } };
    const restored = restoreSession(edited, [], { readSource });
    expect(restored).toMatchObject({ ok: false, error: { kind: 'scenario-changed' } });
  });
});
