/**
 * Why a move is closed, as a code with its parameters (ids, never words): the app's words layer
 * writes it in the reader's language, and `explainClosed` in English for the engine's own errors
 * and the CLI.
 */
import { unmetText, type UnmetCondition } from '../scenario/conditions.ts';
import type { Scenario } from '../scenario/types.ts';
import { actorShort } from './moves.ts';
import type { ActorId } from './types.ts';

export type ClosedReason =
  /** The move's `requires` does not hold. */
  | ({ readonly code: 'requires' } & UnmetCondition)
  /** A terminal outcome holds (outcome ids). */
  | { readonly code: 'game-over'; readonly outcomes: readonly string[] }
  /** Another actor is to move. */
  | { readonly code: 'not-your-turn'; readonly next: readonly ActorId[] };

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
