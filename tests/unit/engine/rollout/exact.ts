/**
 * Exact answers for the rollout model, by propagating the probability distribution over
 * (posture state, last mover) turn by turn: written from the rules in docs/monte-carlo.md, straight
 * on the compiled engine's weights, sharing no code with the sampler it checks.
 */
import type { CompiledScenario } from '../../../../src/engine/index.ts';
import type { RolloutStart } from '../../../../src/engine/rollout/index.ts';

interface Cell {
  state: number;
  last: number | null;
  /** The first mover, at the start only. */
  first: number | null;
  p: number;
  /** p × expected cumulative Goldstein per actor */
  g: number[];
}

export interface Exact {
  /** outcome[turn][i]: probability outcome i holds at that turn. */
  readonly outcome: number[][];
  readonly meanTension: number[];
  readonly meanGoldstein: number[][];
}

/** The options of one step with their probabilities (free play: actor uniform among those that can move). */
export function stepOptions(c: CompiledScenario, state: number, last: number | null, first: number | null = null): { code: number; actor: number; p: number }[] {
  if (c.isTerminal(state)) return [];
  const { turns } = c.scenario;
  let actors: number[];
  if (turns.mode === 'free') actors = c.actorIds.map((_a, i) => i);
  else {
    const order = (turns.order ?? c.actorIds).map((id) => c.actorIds.indexOf(id));
    actors = [first ?? (last === null ? (order[0] as number) : (order[(order.indexOf(last) + 1) % order.length] as number))];
  }
  const per = actors.map((a) => {
    const { moves, weights, pass } = c.weights(state, a);
    const opts = moves.map((m, i) => ({ code: m, actor: a, w: weights[i] as number }));
    if (c.canPass(state)) opts.push({ code: -1 - a, actor: a, w: pass });
    return { opts, total: opts.reduce((s, o) => s + o.w, 0) };
  });
  const movers = per.filter((x) => x.total > 0);
  return movers.flatMap((x) => x.opts.map((o) => ({ code: o.code, actor: o.actor, p: o.w / x.total / movers.length })));
}

export function exact(c: CompiledScenario, start: RolloutStart, depth: number): Exact {
  const actors = c.actorIds.length;
  let cells = new Map<string, Cell>([[`${start.state}/${start.lastActor}`, { state: start.state, last: start.lastActor, first: start.nextActor, p: 1, g: [...start.cumulativeGoldstein] }]]);
  const out: Exact = { outcome: [], meanTension: [], meanGoldstein: [] };
  const record = () => {
    const probs = c.scenario.outcomes.map(() => 0);
    let tension = 0;
    const g = new Array<number>(actors).fill(0);
    for (const cell of cells.values()) {
      c.scenario.outcomes.forEach((_o, i) => {
        if (c.outcomeHolds(cell.state, i)) probs[i] = (probs[i] as number) + cell.p;
      });
      tension += cell.p * c.tension(cell.state);
      cell.g.forEach((v, a) => (g[a] = (g[a] as number) + v));
    }
    out.outcome.push(probs);
    out.meanTension.push(tension);
    out.meanGoldstein.push(g);
  };
  record();
  for (let turn = 1; turn <= depth; turn++) {
    const next = new Map<string, Cell>();
    const add = (state: number, last: number | null, first: number | null, p: number, g: number[]) => {
      const key = `${state}/${last}/${first}`;
      const cell = next.get(key);
      if (cell) {
        cell.p += p;
        g.forEach((v, a) => (cell.g[a] = (cell.g[a] as number) + v));
      } else next.set(key, { state, last, first, p, g: [...g] });
    };
    for (const cell of cells.values()) {
      const options = stepOptions(c, cell.state, cell.last, cell.first);
      // Terminal or stalled: the rollout stays where it is (and so does its first mover).
      if (options.length === 0) add(cell.state, cell.last, cell.first, cell.p, cell.g);
      for (const o of options) {
        if (o.p === 0) continue;
        const state = o.code >= 0 ? c.apply(cell.state, o.code) : cell.state;
        const g = cell.g.map((v, a) => v * o.p + (o.code >= 0 && a === o.actor ? cell.p * o.p * (c.moveGoldstein[o.code] as number) : 0));
        add(state, o.actor, null, cell.p * o.p, g);
      }
    }
    cells = next;
    record();
  }
  return out;
}
