/**
 * The compiled form of a scenario: the same rules as the XState machine over a packed integer
 * state, for exploration and Monte Carlo rollouts (hundreds of times faster than the machine;
 * tests/unit/engine/compiled-agreement.test.ts proves they agree on every reachable state).
 *
 * Packing: posture p (actors in order, postures in order) holds level index l_p; the state is
 * Σ l_p × stride_p with stride_0 = 1 and stride_{p+1} = stride_p × levelCount_p (mixed radix).
 * Conditions compile to closures over level bitmasks; effects to per-posture tables (level before → after).
 * A scenario whose product of level counts passes 2^53 has no room in one number: its states are
 * interned words (wide-states.ts) and a PackedState is the intern id — still one number to every
 * caller, but only the compiled scenario can read or make one (level, withLevel, projection, pack).
 */
import type { Condition } from '../scenario/conditions.ts';
import { effectTable } from '../scenario/effects.ts';
import { stateSpace } from '../scenario/state-space.ts';
import type { Scenario } from '../scenario/types.ts';
import { EngineError } from './errors.ts';
import { creditedActors, sidesOf } from './move-credit.ts';
import { moveGoldstein } from './moves.ts';
import type { PostureState } from './types.ts';
import { WideStates } from './wide-states.ts';

export type PackedState = number;
type Predicate = (state: PackedState) => boolean;

export interface CompiledPosture {
  readonly actor: string;
  readonly posture: string;
  /** "actor.posture" */
  readonly ref: string;
  readonly levels: readonly string[];
  /** Mixed-radix place value (meaningless when the scenario is wide: use level / withLevel). */
  readonly stride: number;
  readonly escalation: readonly number[];
  /** How much the posture counts in the tension index (the scenario's `weight`, default 1). */
  readonly weight: number;
}

export interface CompiledScenario {
  readonly scenario: Scenario;
  readonly actorIds: readonly string[];
  readonly postures: readonly CompiledPosture[];
  /** Product of the level counts (as a float past 2^53): packed states run from 0 to stateSpace - 1 unless wide. */
  readonly stateSpace: number;
  /** Whether states are intern ids (the product passes 2^53) rather than mixed-radix numbers. */
  readonly wide: boolean;
  /** Memory each distinct state met holds inside the compiled scenario: 0 unless wide. */
  readonly bytesPerState: number;
  readonly initial: PackedState;
  /** Move i is scenario.moves[i]; its actor's index. */
  readonly moveActor: Int32Array;
  /** Move i's Goldstein weight (override or CAMEO). */
  readonly moveGoldstein: Float64Array;
  /** moveCredit[i]: the actor indices whose cumulative Goldstein move i adds to (move-credit.ts). */
  readonly moveCredit: readonly Int32Array[];
  /** The lowest and highest possible sums of escalation values. */
  readonly tensionRange: { readonly min: number; readonly max: number };
  /** Level index of posture p in a state. */
  level(state: PackedState, posture: number): number;
  /** The state with these level indices, posture by posture. */
  fromLevels(levels: readonly number[]): PackedState;
  /** The state with posture p at level index `level`. */
  withLevel(state: PackedState, posture: number, level: number): PackedState;
  /**
   * The state with every posture outside `postures` (indices, ascending) at its first level: equal
   * for two states that agree on those postures.
   */
  projection(state: PackedState, postures: Int32Array): number;
  /** Whether move i is open (its requires hold and no terminal outcome holds). */
  isOpen(state: PackedState, move: number): boolean;
  /** Whether move i's requires hold (isOpen without the terminal check, for a caller that made it). */
  requiresHold(state: PackedState, move: number): boolean;
  /** Indices of the actor's open moves, in scenario order. */
  openMoves(state: PackedState, actor: number): number[];
  /** The state after move i (the caller checks it is open). */
  apply(state: PackedState, move: number): PackedState;
  /** Whether the actor may pass here (the scenario allows it and the game is not over). */
  canPass(state: PackedState): boolean;
  /**
   * Propensity weights of the actor's open moves (base × factors of the modifiers that hold),
   * with the pass weight last when passing is allowed. Not normalised.
   */
  weights(state: PackedState, actor: number): { readonly moves: number[]; readonly weights: number[]; readonly pass: number };
  /** 0–100. */
  tension(state: PackedState): number;
  /** Bit i (value 2**i) set when outcome i holds; outcomes past the 52nd: use outcomeHolds. */
  outcomeMask(state: PackedState): number;
  outcomeHolds(state: PackedState, outcome: number): boolean;
  isTerminal(state: PackedState): boolean;
  pack(postures: PostureState): PackedState;
  unpack(state: PackedState): PostureState;
}

export function compileScenario(scenario: Scenario): CompiledScenario {
  const actorIds = scenario.actors.map((a) => a.id);
  const all = scenario.actors.flatMap((actor) => actor.postures.map((p) => ({ actor, p })));
  const levelCounts = all.map(({ p }) => p.levels.length);
  const space = stateSpace(levelCounts);
  const wide = space.fits ? null : new WideStates(levelCounts);
  const postures: CompiledPosture[] = [];
  let stride = 1;
  for (const { actor, p } of all) {
    postures.push({
      actor: actor.id,
      posture: p.id,
      ref: `${actor.id}.${p.id}`,
      levels: p.levels.map((l) => l.id),
      stride,
      escalation: p.levels.map((l) => l.escalation),
      weight: p.weight ?? 1,
    });
    stride *= p.levels.length;
  }
  const postureIndex = new Map(postures.map((p, i) => [p.ref, i]));
  const indexOf = (ref: string): number => {
    const i = postureIndex.get(ref);
    if (i === undefined) throw new EngineError('malformed', `Scenario "${scenario.meta.id}" has no posture "${ref}".`);
    return i;
  };
  const levelIndex = (p: number, level: string): number => {
    const i = postures[p]?.levels.indexOf(level) ?? -1;
    if (i < 0) throw new EngineError('malformed', `Posture "${postures[p]?.ref}" has no level "${level}".`);
    return i;
  };
  const levelOf = wide
    ? (state: PackedState, p: number): number => wide.level(state, p)
    : (state: PackedState, p: number): number => {
        const { stride: s, levels } = postures[p] as CompiledPosture;
        return Math.floor(state / s) % levels.length;
      };

  const compile = (c: Condition): Predicate => {
    if ('all' in c) {
      const parts = c.all.map(compile);
      return (s) => parts.every((f) => f(s));
    }
    if ('any' in c) {
      const parts = c.any.map(compile);
      return (s) => parts.some((f) => f(s));
    }
    if ('not' in c) {
      const inner = compile(c.not);
      return (s) => !inner(s);
    }
    const p = indexOf(c.posture);
    const count = postures[p]?.levels.length ?? 0;
    let mask = 0;
    for (let l = 0; l < count; l++) {
      const ok =
        'is' in c ? l === levelIndex(p, c.is)
        : 'isNot' in c ? l !== levelIndex(p, c.isNot)
        : 'oneOf' in c ? c.oneOf.some((id) => levelIndex(p, id) === l)
        : 'atLeast' in c ? l >= levelIndex(p, c.atLeast)
        : l <= levelIndex(p, c.atMost);
      if (ok) mask |= 1 << l;
    }
    if (wide) return (state) => ((mask >>> wide.level(state, p)) & 1) === 1;
    const { stride: s, levels } = postures[p] as CompiledPosture;
    const n = levels.length;
    return (state) => ((mask >>> (Math.floor(state / s) % n)) & 1) === 1;
  };

  const always: Predicate = () => true;
  const outcomeWhen = scenario.outcomes.map((o) => compile(o.when));
  const terminalWhen = scenario.outcomes.flatMap((o, i) => (o.terminal ? [outcomeWhen[i] as Predicate] : []));
  const isTerminal = (s: PackedState) => terminalWhen.some((f) => f(s));
  const requires = scenario.moves.map((m) => (m.requires ? compile(m.requires) : always));
  // Each effect as a table: level index before → level index after (effects.ts; one effect per posture, cross-check.ts).
  const effects = scenario.moves.map((m) =>
    m.effects.map((e) => {
      const p = indexOf(e.posture);
      const { levels, stride: st } = postures[p] as CompiledPosture;
      if ('set' in e) levelIndex(p, e.set);
      else if ('atLeast' in e) levelIndex(p, e.atLeast);
      else if ('atMost' in e) levelIndex(p, e.atMost);
      return { p, table: Int32Array.from(effectTable(e, levels)), stride: st };
    }),
  );
  const effectPostures = effects.map((list) => Int32Array.from(list.map((e) => e.p)));
  const effectScratch = effects.map((list) => new Int32Array(list.length));
  const modifiers = scenario.moves.map((m) => m.propensity.modifiers.map((mod) => ({ when: compile(mod.when), factor: mod.factor })));
  const moveActor = Int32Array.from(scenario.moves.map((m) => actorIds.indexOf(m.actor)));
  const sides = sidesOf(scenario);
  const movesOfActor = actorIds.map((_, a) => scenario.moves.flatMap((_m, i) => (moveActor[i] === a ? [i] : [])));
  const minSum = postures.reduce((sum, p) => sum + Math.min(...p.escalation) * p.weight, 0);
  const maxSum = postures.reduce((sum, p) => sum + Math.max(...p.escalation) * p.weight, 0);
  const passAllowed = scenario.turns.pass.allowed;
  const passWeight = passAllowed ? scenario.turns.pass.weight : 0;

  const isOpen = (s: PackedState, i: number) => (requires[i] as Predicate)(s) && !isTerminal(s);

  /** A state from its level indices, posture by posture. */
  const fromLevels = (levels: readonly number[]): PackedState => (wide ? wide.fromLevels(levels) : levels.reduce((sum, l, i) => sum + l * (postures[i] as CompiledPosture).stride, 0));
  const initial = fromLevels(
    postures.map((p, i) => {
      const posture = scenario.actors.find((a) => a.id === p.actor)?.postures.find((q) => q.id === p.posture);
      return levelIndex(i, posture?.initial ?? '');
    }),
  );
  const one = new Int32Array(1);
  const oneLevel = new Int32Array(1);

  return {
    scenario,
    actorIds,
    postures,
    stateSpace: space.fits ? space.size : levelCounts.reduce((product, n) => product * n, 1),
    wide: wide !== null,
    bytesPerState: wide ? wide.bytesPerState : 0,
    initial,
    moveActor,
    moveGoldstein: Float64Array.from(scenario.moves.map(moveGoldstein)),
    moveCredit: scenario.moves.map((m) => Int32Array.from(creditedActors(scenario, m, sides).map((a) => actorIds.indexOf(a)))),
    tensionRange: { min: minSum, max: maxSum },
    level: levelOf,
    fromLevels,
    withLevel(s, p, level) {
      if (!wide) return s + (level - levelOf(s, p)) * (postures[p] as CompiledPosture).stride;
      one[0] = p;
      oneLevel[0] = level;
      return wide.withLevels(s, one, oneLevel);
    },
    projection(s, keep) {
      if (wide) return wide.projection(s, keep);
      let key = 0;
      for (let k = 0; k < keep.length; k++) {
        const { stride: st, levels } = postures[keep[k] as number] as CompiledPosture;
        key += (Math.floor(s / st) % levels.length) * st;
      }
      return key;
    },
    isOpen,
    requiresHold: (s, i) => (requires[i] as Predicate)(s),
    openMoves(s, actor) {
      if (isTerminal(s)) return [];
      return (movesOfActor[actor] ?? []).filter((i) => (requires[i] as Predicate)(s));
    },
    apply(s, i) {
      const list = effects[i] ?? [];
      if (wide) {
        const levels = effectScratch[i] as Int32Array;
        list.forEach((e, k) => (levels[k] = e.table[wide.level(s, e.p)] as number));
        return wide.withLevels(s, effectPostures[i] as Int32Array, levels);
      }
      let next = s;
      for (const e of list) {
        const l = levelOf(next, e.p);
        next += ((e.table[l] as number) - l) * e.stride;
      }
      return next;
    },
    canPass: (s) => passAllowed && !isTerminal(s),
    weights(s, actor) {
      const open = isTerminal(s) ? [] : (movesOfActor[actor] ?? []).filter((i) => (requires[i] as Predicate)(s));
      const weights = open.map((i) => {
        let w = scenario.moves[i]?.propensity.base ?? 0;
        for (const m of modifiers[i] ?? []) if (m.when(s)) w *= m.factor;
        return w;
      });
      return { moves: open, weights, pass: isTerminal(s) ? 0 : passWeight };
    },
    tension(s) {
      if (maxSum === minSum) return 0;
      let sum = 0;
      for (let p = 0; p < postures.length; p++) {
        const posture = postures[p] as CompiledPosture;
        sum += (posture.escalation[levelOf(s, p)] ?? 0) * posture.weight;
      }
      return ((sum - minSum) / (maxSum - minSum)) * 100;
    },
    outcomeMask(s) {
      let mask = 0;
      for (let i = 0; i < outcomeWhen.length && i < 53; i++) if ((outcomeWhen[i] as Predicate)(s)) mask += 2 ** i;
      return mask;
    },
    outcomeHolds: (s, i) => (outcomeWhen[i] ?? (() => false))(s),
    isTerminal,
    pack(state) {
      return fromLevels(
        postures.map((p, i) => {
          const level = state[p.actor]?.[p.posture];
          if (level === undefined) throw new EngineError('malformed', `The posture state has no level for "${p.ref}".`);
          return levelIndex(i, level);
        }),
      );
    },
    unpack(s) {
      const out: Record<string, Record<string, string>> = {};
      postures.forEach((p, i) => {
        (out[p.actor] ??= {})[p.posture] = p.levels[levelOf(s, i)] as string;
      });
      return out;
    },
  };
}
