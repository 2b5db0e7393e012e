import { actorShort } from '../../../engine/index.ts';
import type { Seat } from '../../../engine/session/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import type { SeatsMessage } from '../../../protocol/index.ts';
import type { Words } from '../../lib/words/index.ts';

/** A seat in words: the team's name, "Facilitator" or "Projector (watching)". */
export function seatName(words: Words, seat: Seat, seats: SeatsMessage | null): string {
  if (seat.kind === 'team') return seats?.teams.find((t) => t.team === seat.team)?.name ?? seat.team;
  return words.t('network.seat.kind', { kind: seat.kind });
}

/** The actors a team plays: the scenario's short names (in the device's language) once it is known, else their ids. */
export function teamActorsText(actors: readonly string[], scenario: Scenario | null): string {
  return actors.map((a) => (scenario ? actorShort(scenario, a) : a.toUpperCase())).join(', ');
}
