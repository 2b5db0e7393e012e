/** A new timeline's nodes: the root and, when the scenario has a replay track, its steps played through the machine. */
import { initialTransition, transition, type StateValue } from 'xstate';
import { explainFailure } from '../scenario/conditions.ts';
import { localDate } from '../scenario/time.ts';
import type { Scenario } from '../scenario/types.ts';
import type { MoveEvent } from './build-machine.ts';
import { daysBetween } from '../scenario/dates.ts';
import { EngineError } from './errors.ts';
import { hasLapses, lapsedLevels, pendingAfterStep, stepDuration, type PendingLapse } from './lapses.ts';
import { NodeStore, ORIGIN_REPLAY, ORIGIN_ROOT, ROOT_MOVE } from './node-store.ts';
import { engineFor } from './scenario-engine.ts';
import type { TimelineParts } from './timeline-view.ts';
import type { NodeId, PostureState } from './types.ts';

/** The root at meta.span.from, then the replay steps as a chain of replay nodes (errors: see startTimeline). */
export function replayParts(scenario: Scenario): TimelineParts {
  const { machine, compiled } = engineFor(scenario);
  const store = new NodeStore(Math.max(64, scenario.replay.length + 16));
  store.append({ parent: -1, moveCode: ROOT_MOVE, origin: ORIGIN_ROOT, day: 0, turn: 0, state: compiled.initial });
  let [snapshot] = initialTransition(machine);
  const replay: NodeId[] = [];
  const lasting = hasLapses(scenario);
  let pending: PendingLapse[] = [];
  scenario.replay.forEach((step, i) => {
    const code = scenario.moves.findIndex((m) => m.id === step.move);
    const move = scenario.moves[code];
    if (!move) throw new EngineError('unknown-move', `Replay step ${i + 1} (${step.date}) names an unknown move "${step.move}".`);
    const event: MoveEvent = { type: 'move', actor: move.actor, move: move.id, date: localDate(step.date) };
    // Effects that have run their course by this date end before the step (src/scenario/lapse-rule.ts).
    const before = snapshot.value as PostureState;
    const lapsed = lasting ? lapsedLevels(before, pending, event.date as string) : null;
    if (lapsed) snapshot = machine.resolveState({ value: lapsed as StateValue, context: snapshot.context });
    if (!snapshot.can(event)) {
      const postures = snapshot.value as PostureState;
      const over = compiled.isTerminal(compiled.pack(postures)) ? 'the game is already over (a terminal outcome holds)' : null;
      const reason = over ?? (move.requires ? explainFailure(scenario, move.requires, postures) : 'the machine does not allow it');
      throw new EngineError('replay-closed', `Replay step ${i + 1} (${step.date}): "${move.label}" (${move.id}) is closed at that point: ${reason}.`);
    }
    [snapshot] = transition(machine, snapshot, event);
    if (lasting) pending = pendingAfterStep(pending, { move, date: event.date as string, duration: stepDuration(step), before, after: snapshot.value as PostureState });
    const parent = replay[replay.length - 1] ?? 0;
    replay.push(
      store.append({
        parent,
        moveCode: code,
        origin: ORIGIN_REPLAY,
        day: daysBetween(scenario.meta.span.from, localDate(step.date)),
        turn: i + 1,
        state: compiled.pack(snapshot.value as PostureState),
      }),
    );
  });
  return { store, count: store.length, deleted: null, names: new Map(), replay };
}
