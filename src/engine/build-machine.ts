/**
 * The scenario as an XState v5 machine: the model and the source of truth for interactive play.
 *
 * Shape: a parallel root with one region per actor, inside it one region per posture, whose
 * states are the posture's levels (ids are the scenario's own, so the UI can draw it).
 * One event type, `{ type: 'move', actor, move, date? }`.
 *
 * A move's `requires` becomes a guard built from XState's `stateIn`/`and`/`or`/`not`, so the
 * machine checks the levels it is actually in; the parameterised `isMove` guard picks the move.
 * A move's effects are transitions in each posture region it changes (a region-level transition
 * changes only that region; a root transition with several targets would reset the regions it
 * does not name). All of a move's transitions are selected from the same configuration, so a
 * move is atomic. The first one also advances turn and date in context.
 * A terminal outcome ends the game: no move or pass is enabled in it.
 */
import { and, assign, not, or, setup, stateIn, type GuardPredicate, type ParameterizedObject, type StateValue } from 'xstate';
import type { Condition } from '../scenario/conditions.ts';
import { effectTable } from '../scenario/effects.ts';
import type { Scenario } from '../scenario/types.ts';
import { addDays } from '../scenario/dates.ts';
import { PASS } from './types.ts';

export interface MoveEvent {
  readonly type: 'move';
  readonly actor: string;
  /** A move id, or PASS. */
  readonly move: string;
  /** The date after the move; omitted: the turn rules' date (see nextDate). */
  readonly date?: string;
}

export interface MachineContext {
  readonly turn: number;
  readonly date: string;
  readonly lastActor: string | null;
}

/** The date after a move when none is given: free play from the root starts at turns.start, then daysPerTurn. */
export function nextDate(scenario: Scenario, context: Pick<MachineContext, 'turn' | 'date'>): string {
  return context.turn === 0 ? scenario.turns.start : addDays(context.date, scenario.meta.daysPerTurn);
}

type GuardSpec = GuardPredicate<MachineContext, MoveEvent, unknown, ParameterizedObject>;

const all = (guards: GuardSpec[]): GuardSpec => and<MachineContext, MoveEvent, unknown[]>(guards);
const some = (guards: GuardSpec[]): GuardSpec => or<MachineContext, MoveEvent, unknown[]>(guards);
const none = (guard: GuardSpec): GuardSpec => not<MachineContext, MoveEvent, unknown>(guard);
const at = (value: StateValue): GuardSpec => stateIn<MachineContext, MoveEvent, undefined>(value) as GuardSpec;

function levelIds(scenario: Scenario, actor: string, posture: string): string[] {
  return scenario.actors.find((a) => a.id === actor)?.postures.find((p) => p.id === posture)?.levels.map((l) => l.id) ?? [];
}

/** A condition as XState guard combinators over the machine's own state. */
function conditionGuard(scenario: Scenario, condition: Condition): GuardSpec {
  if ('all' in condition) return all(condition.all.map((c) => conditionGuard(scenario, c)));
  if ('any' in condition) return some(condition.any.map((c) => conditionGuard(scenario, c)));
  if ('not' in condition) return none(conditionGuard(scenario, condition.not));
  const [actor = '', posture = ''] = condition.posture.split('.');
  const levels = levelIds(scenario, actor, posture);
  const level = (id: string) => at({ [actor]: { [posture]: id } });
  const anyOf = (ids: readonly string[]) => (ids.length === 1 ? level(ids[0] ?? '') : some(ids.map(level)));
  if ('is' in condition) return level(condition.is);
  if ('isNot' in condition) return none(level(condition.isNot));
  if ('oneOf' in condition) return anyOf(condition.oneOf);
  if ('atLeast' in condition) return anyOf(levels.slice(levels.indexOf(condition.atLeast)));
  return anyOf(levels.slice(0, levels.indexOf(condition.atMost) + 1));
}

/** Guard for "the game is not over": no terminal outcome holds. */
function gameOnGuard(scenario: Scenario): GuardSpec | null {
  const terminal = scenario.outcomes.filter((o) => o.terminal);
  if (terminal.length === 0) return null;
  return none(some(terminal.map((o) => conditionGuard(scenario, o.when))));
}

export function buildMachine(scenario: Scenario) {
  const gameOn = gameOnGuard(scenario);
  const guarded = (actor: string, move: string, requires: Condition | undefined) => {
    // A parameterised guard, referred to by name like any registered implementation.
    const parts = [{ type: 'isMove', params: { actor, move } } as unknown as GuardSpec];
    if (requires) parts.push(conditionGuard(scenario, requires));
    if (gameOn) parts.push(gameOn);
    return all(parts);
  };

  // transitions[actor][posture] = the move transitions of that posture region
  const regionTransitions = new Map<string, { guard: GuardSpec; target: string; actions?: 'advance' }[]>();
  for (const move of scenario.moves) {
    // One effect per posture (cross-check.ts). A relative effect (raise, lower, atLeast, atMost) is
    // one transition per level the region may be in, guarded by being in it, to the level effects.ts gives.
    move.effects.forEach((effect, i) => {
      const list = regionTransitions.get(effect.posture) ?? [];
      const advance = i === 0 ? { actions: 'advance' as const } : {};
      if ('set' in effect) {
        list.push({ guard: guarded(move.actor, move.id, move.requires), target: `.${effect.set}`, ...advance });
      } else {
        const [actor = '', posture = ''] = effect.posture.split('.');
        const levels = levelIds(scenario, actor, posture);
        effectTable(effect, levels).forEach((after, before) => {
          const from = at({ [actor]: { [posture]: levels[before] ?? '' } });
          list.push({ guard: all([guarded(move.actor, move.id, move.requires), from]), target: `.${levels[after] ?? ''}`, ...advance });
        });
      }
      regionTransitions.set(effect.posture, list);
    });
  }

  const states = Object.fromEntries(
    scenario.actors.map((actor) => [
      actor.id,
      {
        type: 'parallel' as const,
        states: Object.fromEntries(
          actor.postures.map((posture) => [
            posture.id,
            {
              initial: posture.initial,
              states: Object.fromEntries(posture.levels.map((level) => [level.id, { description: level.label }])),
              on: { move: regionTransitions.get(`${actor.id}.${posture.id}`) ?? [] },
            },
          ]),
        ),
      },
    ]),
  );

  const passTransitions = scenario.turns.pass.allowed
    ? scenario.actors.map((actor) => ({ guard: guarded(actor.id, PASS, undefined), actions: 'advance' as const }))
    : [];

  return setup({
    types: {} as { context: MachineContext; events: MoveEvent },
    guards: {
      isMove: ({ event }, params: { actor: string; move: string }) => event.actor === params.actor && event.move === params.move,
    },
    actions: {
      advance: assign(({ context, event }) => ({
        turn: context.turn + 1,
        date: event.date ?? nextDate(scenario, context),
        lastActor: event.actor,
      })),
    },
  }).createMachine({
    id: scenario.meta.id,
    type: 'parallel',
    context: { turn: 0, date: scenario.meta.span.from, lastActor: null },
    on: { move: passTransitions as never },
    // The config is built from data, so its literal types cannot be inferred; XState validates it at creation.
    states: states as never,
  });
}

export type ScenarioMachine = ReturnType<typeof buildMachine>;
