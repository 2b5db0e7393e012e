/** The room's refusals in English, sent with their code so a device can show them as they are. */
import { actorShort, teamName, type ClassroomSettings } from '../engine/classroom/index.ts';
import type { Scenario } from '../scenario/index.ts';
import type { RefusalCode } from '../protocol/index.ts';
import type { RoomRefusal } from './exercise.ts';

export function refusalWords(refusal: RoomRefusal, scenario: Scenario, settings: ClassroomSettings | undefined): { code: RefusalCode; message: string } {
  const team = (id: string) => (settings ? teamName(settings, id) : id);
  const message = ((): string => {
    switch (refusal.code) {
      case 'node.unknown':
        return `There is no point ${refusal.id} in this timeline.`;
      case 'history.classroom':
        return 'In the exercise the facilitator undoes the last turn, with a reason.';
      case 'classroom.none':
        return 'No exercise is running in this room.';
      case 'engine':
        return refusal.message;
      case 'seat.observer':
        return 'This device only watches the exercise: take a team seat to play.';
      case 'seat.facilitator-only':
        return `Only the facilitator can do that (${refusal.intent}).`;
      case 'seat.team-only':
        return 'Only a team chooses its moves; the facilitator can inject a move instead.';
      case 'seat.unknown-team':
        return `There is no team "${refusal.team}" in this exercise.`;
      case 'seat.not-yours':
        return `Your team does not play ${refusal.actors.map((a) => actorShort(scenario, a)).join(', ')}.`;
      case 'seat.not-your-turn':
        return refusal.team === null ? 'No team is to move now.' : `It is ${team(refusal.team)}'s turn.`;
      case 'exercise.ended':
        return 'The facilitator has ended the exercise.';
      case 'message.replayed':
        return 'This message was already received; it is not acted on twice.';
      case 'device.unknown':
        return `There is no device "${refusal.device}" in this room.`;
      case 'seat.taken':
        return `${team(refusal.team)}'s seat is taken by another device: ask the facilitator to free it.`;
    }
  })();
  const code: RefusalCode = refusal.code === 'node.unknown' || refusal.code === 'history.classroom' ? 'engine' : refusal.code;
  return { code, message };
}
