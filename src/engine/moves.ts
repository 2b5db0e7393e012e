/** Look-ups over a scenario's actors and moves shared by the machine, the compiled form and the timeline. */
import { cameoEntry } from '../scenario/cameo.ts';
import type { Scenario } from '../scenario/types.ts';
import { EngineError } from './errors.ts';
import type { MoveOption, ScenarioMove as Move } from './types.ts';

export type CameoInfo = MoveOption['cameo'];

/** The move's Goldstein weight: its override when it has one, else its CAMEO code's weight. */
export function moveGoldstein(move: Move): number {
  return move.goldstein?.value ?? moveCameo(move).goldstein;
}

export function moveCameo(move: Move): CameoInfo & { readonly goldstein: number } {
  const entry = cameoEntry(move.cameo);
  if (!entry) {
    throw new EngineError('malformed', `Move "${move.id}" has CAMEO code "${move.cameo}", which is not in the CAMEO table.`);
  }
  return { code: entry.code, description: entry.description, quadClass: entry.quadClass, goldstein: entry.goldstein };
}

export function findMove(scenario: Scenario, moveId: string): Move | undefined {
  return scenario.moves.find((m) => m.id === moveId);
}

export function actorShort(scenario: Scenario, actorId: string): string {
  return scenario.actors.find((a) => a.id === actorId)?.short ?? actorId;
}
