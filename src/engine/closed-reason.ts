/**
 * Why a move is closed, as a code with its parameters (ids, never words): the app's words layer
 * writes it in the reader's language, and `explainClosed` in English for the engine's own errors
 * and the CLI.
 */
import { unmetText, type UnmetCondition } from '../scenario/conditions.ts';
import type { Scenario } from '../scenario/types.ts';
import { actorShort } from './moves.ts';
import type { ActorId, MoveId } from './types.ts';

export type ClosedReason =
  /** The move's `requires` does not hold. */
  | ({ readonly code: 'requires' } & UnmetCondition)
  /** A terminal outcome holds (outcome ids). */
  | { readonly code: 'game-over'; readonly outcomes: readonly string[] }
  /** Another actor is to move. */
  | { readonly code: 'not-your-turn'; readonly next: readonly ActorId[] };

/**
 * A move refused because it is closed, as ids: whose move, which, and why (null when the machine
 * refuses it for a reason the scenario does not state). A device words it in its language.
 */
export interface ClosedMove {
  readonly actor: ActorId;
  readonly move: MoveId;
  readonly reason: ClosedReason | null;
}

function outcomeLabels(scenario: Scenario, ids: readonly string[]): string {
  return ids.map((id) => scenario.outcomes.find((o) => o.id === id)?.label ?? id).join(', ');
}

/** The reason in English: "requires US sanctions: expanded; it is standing", "the game is over: Talks collapse". */
export function explainClosed(scenario: Scenario, reason: ClosedReason): string {
  switch (reason.code) {
    case 'requires':
      return unmetText(scenario, reason);
    case 'game-over':
      return `the game is over: ${outcomeLabels(scenario, reason.outcomes)}`;
    case 'not-your-turn':
      return `it is ${reason.next.map((a) => actorShort(scenario, a)).join(', ')}'s turn`;
  }
}

/** The closed move's label in the scenario's words (its id when the scenario has no such move). */
export function closedMoveLabel(scenario: Scenario, closed: ClosedMove): string {
  return scenario.moves.find((m) => m.actor === closed.actor && m.id === closed.move)?.label ?? closed.move;
}

/** The refusal in English: "\"Cancel sanctions by tweet\" is closed for US: requires US sanctions: expanded; it is standing." */
export function explainClosedMove(scenario: Scenario, closed: ClosedMove): string {
  return `"${closedMoveLabel(scenario, closed)}" is closed for ${actorShort(scenario, closed.actor)}: ${closed.reason ? explainClosed(scenario, closed.reason) : 'not open here'}.`;
}
