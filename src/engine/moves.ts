/** Look-ups over a scenario's actors and moves shared by the machine, the compiled form and the timeline. */
import { cameoEntry } from '../scenario/cameo.ts';
import type { Scenario } from '../scenario/types.ts';
import { EngineError } from './errors.ts';
import { PASS, type ActorId, type MoveOption, type MoveRef, type ScenarioMove as Move } from './types.ts';

export type CameoInfo = NonNullable<MoveOption['cameo']>;

/** The move's Goldstein weight: its override when it has one (always, for cameo: none), else its CAMEO code's weight. */
export function moveGoldstein(move: Move): number {
  const value = move.goldstein?.value ?? moveCameo(move)?.goldstein;
  if (value === undefined) throw new EngineError('malformed', `Move "${move.id}" has cameo: none and no goldstein weight.`);
  return value;
}

/** The move's CAMEO entry, or null for an event written cameo: none. */
export function moveCameo(move: Move): (CameoInfo & { readonly goldstein: number }) | null {
  if (move.cameo === 'none') return null;
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

/** The actor id, checked against the scenario's actors. */
export function checkActor(scenario: Scenario, actor: ActorId): ActorId {
  if (!scenario.actors.some((a) => a.id === actor)) {
    const known = scenario.actors.map((a) => a.id).join(', ');
    throw new EngineError('unknown-actor', `Scenario "${scenario.meta.id}" has no actor "${actor}" (actors: ${known}).`);
  }
  return actor;
}

/** The move code of a move reference: its index in scenario.moves, or -1 - actorIndex for a pass. */
export function moveCodeOf(scenario: Scenario, ref: MoveRef): number {
  const actorIndex = scenario.actors.findIndex((a) => a.id === ref.actor);
  checkActor(scenario, ref.actor);
  if (ref.move === PASS) {
    if (!scenario.turns.pass.allowed) throw new EngineError('not-allowed', `Scenario "${scenario.meta.id}" does not allow passing a turn.`);
    return -1 - actorIndex;
  }
  const code = scenario.moves.findIndex((m) => m.id === ref.move && m.actor === ref.actor);
  if (code < 0) {
    const own = scenario.moves.filter((m) => m.actor === ref.actor).map((m) => m.id);
    throw new EngineError('unknown-move', `${actorShort(scenario, ref.actor)} has no move "${ref.move}" (its moves: ${own.join(', ')}).`);
  }
  return code;
}
