/**
 * The timeline: an immutable, event-sourced tree of moves (see Timeline in types.ts).
 * This class is its face; each job sits in its own file: reading nodes (timeline-view.ts), whose
 * turn it is (turns.ts), what may be played and how likely (move-options.ts), indicators
 * (indicators.ts), changes (timeline-edit.ts), the replay track (timeline-start.ts) and the JSON
 * form (timeline-json.ts, timeline-load.ts).
 */
import type { Scenario } from '../scenario/types.ts';
import { compareNodes } from './compare.ts';
import { EngineError } from './errors.ts';
import { nodeIndicators } from './indicators.ts';
import { moveOptions, responseProbabilities } from './move-options.ts';
import { overridden, played, renamed, withoutSubtree, type Edit } from './timeline-edit.ts';
import { timelineToJson } from './timeline-json.ts';
import { nextMoveAt } from './timeline-lapses.ts';
import { replayParts } from './timeline-start.ts';
import { TimelineView, type TimelineParts } from './timeline-view.ts';
import { nextActorsAt } from './turns.ts';
import type { ActorId, Comparison, Indicators, MoveOption, MoveRef, NextMove, NodeId, PostureOverride, ResponseProbability, Timeline, TimelineJson } from './types.ts';

export class TimelineImpl extends TimelineView implements Timeline {
  indicators(id: NodeId): Indicators {
    return nodeIndicators(this, id);
  }

  nextActors(id: NodeId): readonly ActorId[] {
    return nextActorsAt(this, id);
  }

  moves(id: NodeId, actor?: ActorId): readonly MoveOption[] {
    return moveOptions(this, id, actor);
  }

  responses(id: NodeId, actor?: ActorId): readonly ResponseProbability[] {
    return responseProbabilities(this, id, actor);
  }

  nextMove(id: NodeId): NextMove {
    const { date, postures, lapsed } = nextMoveAt(this, id);
    return { date, postures, lapsed };
  }

  play(at: NodeId, ref: MoveRef): { readonly timeline: Timeline; readonly node: NodeId } {
    return this.after(played(this, at, ref, false));
  }

  inject(at: NodeId, ref: MoveRef): { readonly timeline: Timeline; readonly node: NodeId } {
    return this.after(played(this, at, ref, true));
  }

  override(at: NodeId, change: PostureOverride): { readonly timeline: Timeline; readonly node: NodeId } {
    return this.after(overridden(this, at, change));
  }

  rename(id: NodeId, name: string | null): Timeline {
    return this.with(renamed(this, id, name));
  }

  deleteSubtree(id: NodeId): Timeline {
    return this.with(withoutSubtree(this, id));
  }

  compare(a: NodeId, b: NodeId): Comparison {
    this.check(a);
    this.check(b);
    return compareNodes(this, a, b);
  }

  toJSON(): TimelineJson {
    return timelineToJson(this.scenario, this.parts, (id) => this.has(id));
  }

  withScenario(scenario: Scenario): Timeline {
    if (scenario === this.scenario) return this;
    if (scenario.hash !== this.scenario.hash || scenario.meta.id !== this.scenario.meta.id) {
      throw new EngineError('malformed', `Scenario "${scenario.meta.id}" (${scenario.hash}) is not the text of "${this.scenario.meta.id}" (${this.scenario.hash}).`);
    }
    return new TimelineImpl(scenario, this.parts);
  }

  private after(edit: Edit): { readonly timeline: Timeline; readonly node: NodeId } {
    return { timeline: this.with(edit.parts), node: edit.node };
  }

  /** This timeline when nothing changed, else a new value over the new parts. */
  private with(parts: TimelineParts): TimelineImpl {
    return parts === this.parts ? this : new TimelineImpl(this.scenario, parts);
  }
}

/**
 * A new timeline for the scenario: the root at meta.span.from and, when the scenario has a replay
 * track, its steps as a chain of replay nodes played through the machine.
 * Throws EngineError ('replay-closed') naming the step, its date and the failing condition when a
 * replay step's move is closed at that point.
 */
export function startTimeline(scenario: Scenario): Timeline {
  return new TimelineImpl(scenario, replayParts(scenario));
}

/** The XState snapshot (state value and context) at a node: what the live statechart draws. */
export function machineSnapshotAt(timeline: Timeline, id: NodeId) {
  if (!(timeline instanceof TimelineImpl)) throw new EngineError('malformed', 'machineSnapshotAt needs a timeline made by the engine.');
  return timeline.snapshotAt(id);
}
