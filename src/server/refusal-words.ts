/**
 * The room's refusals as they go to a device: their code, the values a device words them with
 * (catalogue keys network.refusal.<code>), and the same in English for logs and older devices.
 */
import { actorShort, teamName, type ClassroomSettings } from '../engine/classroom/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { closedMoveLabel, type ClosedMove } from '../engine/index.ts';
import type { RefusalCode, RefusalValues } from '../protocol/index.ts';
import type { RoomRefusal } from './exercise.ts';

export interface WordedRefusal {
  readonly code: RefusalCode;
  readonly values: RefusalValues;
  readonly closed?: ClosedMove;
  readonly message: string;
}

/** Refusals of a message before the exercise looks at it (its form, size, room or rate), and the room's own troubles. */
export type MessageRefusal =
  | { readonly code: 'message.unknown-type'; readonly type: string }
  | { readonly code: 'message.rate-limited' }
  | { readonly code: 'message.too-large'; readonly size: number; readonly limit: number }
  | { readonly code: 'message.invalid'; readonly problem: string }
  | { readonly code: 'message.wrong-room'; readonly to: string; readonly room: string }
  | { readonly code: 'storage.failed' }
  | { readonly code: 'device.kicked' };

export function messageRefusalWords(refusal: MessageRefusal): WordedRefusal {
  switch (refusal.code) {
    case 'message.unknown-type':
      return { code: refusal.code, values: { type: refusal.type }, message: `This room does not take messages of type "${refusal.type}".` };
    case 'message.rate-limited':
      return { code: refusal.code, values: {}, message: 'Too many messages from this device: slow down and try again.' };
    case 'message.too-large':
      return { code: refusal.code, values: { size: refusal.size, limit: refusal.limit }, message: `This message is too large (${refusal.size} characters; at most ${refusal.limit}).` };
    case 'message.invalid':
      // The problem is the schema check's own English ("intent.reason: expected string").
      return { code: refusal.code, values: { problem: refusal.problem }, message: `This message is not one the room understands: ${refusal.problem}.` };
    case 'message.wrong-room':
      return { code: refusal.code, values: { to: refusal.to, room: refusal.room }, message: `This message is for room ${refusal.to || '(none)'}, not room ${refusal.room}: nothing was done.` };
    case 'storage.failed':
      return { code: refusal.code, values: {}, message: 'The server could not save this: nothing was done. Tell the facilitator.' };
    case 'device.kicked':
      return { code: refusal.code, values: {}, message: 'The facilitator removed this device from the room.' };
  }
}

export function refusalWords(refusal: RoomRefusal, scenario: Scenario, settings: ClassroomSettings | undefined): WordedRefusal {
  const team = (id: string) => (settings ? teamName(settings, id) : id);
  switch (refusal.code) {
    // The session's own refusals, which a seat's intent does not reach: the engine's kind.
    case 'node.unknown':
      return engine(`There is no point ${refusal.id} in this timeline.`);
    case 'history.classroom':
      return engine('In the exercise the facilitator undoes the last turn, with a reason.');
    case 'move.closed': {
      // The move and why it is closed go as ids too: the device words them with its scenario.
      const { closed } = refusal;
      return { code: refusal.code, values: { actor: actorShort(scenario, closed.actor), move: closedMoveLabel(scenario, closed) }, closed, message: refusal.message };
    }
    case 'engine':
      // The classroom rules' other explanations are English (as in the hot seat).
      return engine(refusal.message);
    case 'classroom.none':
      return plain(refusal.code, 'No exercise is running in this room.');
    case 'seat.observer':
      return plain(refusal.code, 'This device only watches the exercise: take a team seat to play.');
    case 'seat.facilitator-only':
      return { code: refusal.code, values: { intent: refusal.intent }, message: `Only the facilitator can do that (${refusal.intent}).` };
    case 'seat.team-only':
      return plain(refusal.code, 'Only a team chooses its moves; the facilitator can inject a move instead.');
    case 'seat.unknown-team':
      return { code: refusal.code, values: { team: refusal.team }, message: `There is no team "${refusal.team}" in this exercise.` };
    case 'seat.not-yours': {
      const actors = refusal.actors.map((a) => actorShort(scenario, a)).join(', ');
      return { code: refusal.code, values: { actors }, message: `Your team does not play ${actors}.` };
    }
    case 'seat.not-your-turn':
      return refusal.team === null
        ? { code: refusal.code, values: { turn: 'none', team: '' }, message: 'No team is to move now.' }
        : { code: refusal.code, values: { turn: 'team', team: team(refusal.team) }, message: `It is ${team(refusal.team)}'s turn.` };
    case 'exercise.ended':
      return plain(refusal.code, 'The facilitator has ended the exercise.');
    case 'message.replayed':
      return plain(refusal.code, 'This message was already received; it is not acted on twice.');
    case 'device.unknown':
      return { code: refusal.code, values: { device: refusal.device }, message: `There is no device "${refusal.device}" in this room.` };
    case 'seat.taken':
      return { code: refusal.code, values: { team: team(refusal.team) }, message: `${team(refusal.team)}'s seat is taken by another device: ask the facilitator to free it.` };
  }
}

const plain = (code: RefusalCode, message: string): WordedRefusal => ({ code, values: {}, message });
const engine = (message: string): WordedRefusal => ({ code: 'engine', values: { message }, message });
