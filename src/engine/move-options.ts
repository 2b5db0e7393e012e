/**
 * What may be played at a timeline node: every move of the actors to move, open or closed and why,
 * and how likely each response is. Both judge the postures the next move meets (nextMoveAt: the
 * lapses due by its date applied), as playing does, so a move listed open can be played. At a
 * replay node, history's own next move is judged on its step's date (historyStepAfter), since
 * playing it only follows the track; the other moves start a branch a turn later.
 */
import { unmetCondition } from '../scenario/conditions.ts';
import type { ClosedReason } from './closed-reason.ts';
import { checkActor, moveCameo, moveGoldstein } from './moves.ts';
import { actorResponses } from './rollout/responses.ts';
import { nextMoveAt } from './timeline-lapses.ts';
import type { TimelineView } from './timeline-view.ts';
import { nextActorsAt, turnReason } from './turns.ts';
import type { ActorId, MoveOption, NodeId, ResponseProbability } from './types.ts';

export function moveOptions(view: TimelineView, id: NodeId, actor?: ActorId): readonly MoveOption[] {
  const { scenario } = view;
  const { compiled } = view.engine;
  const next = nextActorsAt(view, id);
  const actors = actor !== undefined ? [checkActor(scenario, actor)] : next;
  const branch = nextMoveAt(view, id);
  const history = historyStepAfter(view, id);
  const historyMeets = history === null || history.date === branch.date ? branch : nextMoveAt(view, id, history.date);
  return actors.flatMap((a) => {
    const notYours = turnReason(view, id, a, next);
    return scenario.moves.flatMap((move, i) => {
      if (move.actor !== a) return [];
      const isHistory = history !== null && history.move === move.id;
      const { state, postures } = isHistory ? historyMeets : branch;
      const open = notYours === null && compiled.isOpen(state, i);
      const unmet = open || notYours || !move.requires ? null : unmetCondition(scenario, move.requires, postures);
      const reason: ClosedReason | null = open ? null : (notYours ?? (unmet ? { code: 'requires', ...unmet } : null));
      const entry = moveCameo(move);
      const cameo = entry && { code: entry.code, description: entry.description, quadClass: entry.quadClass };
      return [{ actor: a, move, open, reason, goldstein: moveGoldstein(move), cameo, history: isHistory }];
    });
  });
}

/**
 * The step history took next from `id`, when `id` is on the replay track: its move and its own
 * date (the replay step's, not a branch's turn later). null off the track and after its last step.
 */
export function historyStepAfter(view: TimelineView, id: NodeId): { readonly move: string; readonly date: string } | null {
  const track = view.replayTrack();
  const at = track.indexOf(id);
  const next = at >= 0 ? track[at + 1] : undefined;
  const move = next === undefined ? undefined : view.moveRef(next)?.move;
  return next === undefined || move === undefined ? null : { move, date: view.dateOf(next) };
}

/** The response probabilities of the actors to move (or of `actor`): the rollout model's, as written. */
export function responseProbabilities(view: TimelineView, id: NodeId, actor?: ActorId): readonly ResponseProbability[] {
  view.check(id);
  const actors = actor !== undefined ? [checkActor(view.scenario, actor)] : nextActorsAt(view, id);
  const { compiled } = view.engine;
  const { state } = nextMoveAt(view, id);
  return actors.flatMap((a) => actorResponses(compiled, state, compiled.actorIds.indexOf(a)));
}
