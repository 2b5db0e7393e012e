/**
 * The after-action review as data: the class's path with dates, each decision with the team that
 * made it and its indicator deltas, the outcome reached, and where the class departed from the
 * historical replay track (and what really happened instead). The debrief page, the CSV and the
 * Markdown report all read this one structure; it holds ids and codes, and the words layer writes
 * them out (what happened at a node, who made a move, why it was void).
 */
import type { Scenario } from '../../scenario/types.ts';
import type { ActorId, NodeId, PostureDifference, Timeline } from '../types.ts';
import { actorShort } from '../moves.ts';
import { sourceLinks } from '../../scenario/source-links.ts';
import { summariseClass, type ClassSummary } from './class-summary.ts';
import { actorsOf } from './teams.ts';
import type { ClassroomSettings, ClassroomState, LogEntry, MoveSource, Step, TurnMode, VoidReason } from './types.ts';

export interface DebriefDecision {
  /** The node the decision made; for a void move, the pass that replaced it. */
  readonly node: NodeId;
  /** The step it belongs to: a round or turn by number, or a facilitator's step. */
  readonly step: { readonly kind: Step['kind']; readonly number: number };
  readonly date: string;
  readonly actor: ActorId;
  readonly actorShort: string;
  /** A move id, "pass", or "override". */
  readonly move: string;
  readonly by: MoveSource;
  readonly voidReason: VoidReason | null;
  /** The facilitator's reason, for injected moves and overrides. */
  readonly reason: string | null;
  readonly tensionBefore: number;
  readonly tensionAfter: number;
  readonly tensionDelta: number;
  /** The move's Goldstein weight; null for a pass or an override. */
  readonly goldstein: number | null;
}

export interface DebriefOutcome {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly terminal: boolean;
}

export interface HistoryStep {
  readonly node: NodeId;
  readonly date: string;
  readonly actorShort: string;
  readonly label: string;
  readonly narration: string;
  readonly flag: Scenario['replay'][number]['flag'] | null;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
}

export interface Divergence {
  /** The last point the class shared with history. */
  readonly departedAt: { readonly node: NodeId; readonly date: string };
  /** The class's first move off the historical track; null while it has not left it. */
  readonly classMove: { readonly node: NodeId; readonly date: string } | null;
  /** What history did next: the replay steps after the departure point. */
  readonly historyInstead: readonly HistoryStep[];
  /** Where history ended, compared with where the class is. */
  readonly historyEnd: { readonly node: NodeId; readonly date: string; readonly tension: number; readonly outcomes: readonly DebriefOutcome[] };
  readonly postures: readonly (PostureDifference & { readonly postureLabel: string; readonly classLevel: string; readonly historyLevel: string })[];
  /** Class tension minus history's at its end. */
  readonly tensionDelta: number;
}

export interface Debrief {
  readonly scenario: { readonly id: string; readonly title: string };
  /** Who the teams are, for the words of the decisions and the log. */
  readonly settings: ClassroomSettings;
  readonly turnMode: TurnMode;
  readonly teams: readonly { readonly name: string; readonly actors: readonly string[] }[];
  readonly computerActors: readonly string[];
  readonly facilitator: string | null;
  readonly seed: number;
  readonly start: { readonly node: NodeId; readonly date: string };
  /** The class's path from its start, dated; origin is 'root', 'replay', 'play' or 'facilitator' (injected or overridden). */
  readonly path: readonly { readonly node: NodeId; readonly date: string; readonly origin: string }[];
  readonly decisions: readonly DebriefDecision[];
  /** The class's own moves only (history before the start is not the class's doing). */
  readonly classMoves: ClassSummary;
  readonly outcome: { readonly node: NodeId; readonly date: string; readonly tension: number; readonly startTension: number; readonly reached: readonly DebriefOutcome[]; readonly over: boolean };
  readonly divergence: Divergence | null;
  readonly questions: readonly string[];
  readonly log: readonly LogEntry[];
}

function outcomesAt(timeline: Timeline, node: NodeId): DebriefOutcome[] {
  const ids = new Set(timeline.indicators(node).outcomes);
  return timeline.scenario.outcomes.filter((o) => ids.has(o.id)).map((o) => ({ id: o.id, label: o.label, description: o.description, terminal: o.terminal }));
}

const tensionAt = (timeline: Timeline, node: NodeId) => timeline.indicators(node).tension;

export function buildDebrief(timeline: Timeline, state: ClassroomState): Debrief {
  const { scenario } = timeline;
  const { settings } = state;
  const fullPath = timeline.pathTo(state.head);
  const startIndex = Math.max(0, fullPath.indexOf(settings.start));
  // Only the facilitator's own steps count as facilitator nodes; a round's out-of-order move is the team's.
  const byFacilitator = new Set(state.steps.filter((s) => s.kind === 'inject' || s.kind === 'override').map((s) => s.to));
  const path = fullPath.slice(startIndex).map((node) => {
    const n = timeline.node(node);
    return { node, date: n.date, origin: byFacilitator.has(node) ? 'facilitator' : n.origin };
  });

  const decisions: DebriefDecision[] = [];
  for (const step of state.steps) {
    const stepName = { kind: step.kind, number: step.number };
    const reason = step.kind === 'inject' || step.kind === 'override' ? step.reason : null;
    if (step.kind === 'override') {
      decisions.push({
        node: step.to,
        step: stepName,
        date: timeline.node(step.to).date,
        actor: step.override.actor,
        actorShort: actorShort(scenario, step.override.actor),
        move: 'override',
        by: { kind: 'facilitator' },
        voidReason: null,
        reason,
        tensionBefore: tensionAt(timeline, step.from),
        tensionAfter: tensionAt(timeline, step.to),
        tensionDelta: tensionAt(timeline, step.to) - tensionAt(timeline, step.from),
        goldstein: null,
      });
      continue;
    }
    for (const m of step.moves) {
      if (m.node === null) continue;
      const parent = timeline.node(m.node).parent ?? m.node;
      const before = tensionAt(timeline, parent);
      const after = tensionAt(timeline, m.node);
      decisions.push({
        node: m.node,
        step: stepName,
        date: timeline.node(m.node).date,
        actor: m.actor,
        actorShort: actorShort(scenario, m.actor),
        move: m.chosen,
        by: m.source,
        voidReason: m.voidReason,
        reason,
        tensionBefore: before,
        tensionAfter: after,
        tensionDelta: after - before,
        goldstein: timeline.indicators(m.node).goldstein,
      });
    }
  }

  const over = timeline.nextActors(state.head).length === 0;
  const startNode = timeline.node(settings.start);
  return {
    scenario: { id: scenario.meta.id, title: scenario.meta.title },
    settings,
    turnMode: settings.turnMode,
    teams: settings.teams.map((t) => ({ name: t.name, actors: actorsOf(scenario, settings, t.id).map((a) => actorShort(scenario, a)) })),
    computerActors: scenario.actors.filter((a) => settings.assignment[a.id] === 'computer').map((a) => a.short),
    facilitator: settings.facilitator,
    seed: settings.seed,
    start: { node: settings.start, date: startNode.date },
    path,
    decisions,
    classMoves: summariseClass(decisions),
    outcome: { node: state.head, date: timeline.node(state.head).date, tension: tensionAt(timeline, state.head), startTension: tensionAt(timeline, settings.start), reached: outcomesAt(timeline, state.head), over },
    divergence: divergenceOf(timeline, state.head),
    questions: scenario.debrief,
    log: state.log,
  };
}

function divergenceOf(timeline: Timeline, head: NodeId): Divergence | null {
  const track = timeline.replayTrack();
  const end = track[track.length - 1];
  if (track.length < 2 || end === undefined) return null;
  const { scenario } = timeline;
  const path = timeline.pathTo(head);
  let shared = 0;
  while (shared + 1 < path.length && track.includes(path[shared + 1] as NodeId)) shared++;
  const departed = path[shared] as NodeId;
  const next = path[shared + 1];
  const from = track.indexOf(departed);
  const historyInstead = track.slice(from + 1).map((node): HistoryStep => {
    const n = timeline.node(node);
    const step = scenario.replay[n.replayIndex ?? -1];
    const sources = (step?.sources ?? []).flatMap((id) => scenario.meta.sources.filter((s) => s.id === id).flatMap((s) => sourceLinks(s).map((l) => ({ title: l.title, url: l.url }))));
    return {
      node,
      date: n.date,
      actorShort: n.move ? actorShort(scenario, n.move.actor) : '',
      label: (n.move && scenario.moves.find((m) => m.id === n.move?.move)?.label) ?? n.move?.move ?? '',
      narration: step?.narration ?? '',
      flag: step?.flag ?? null,
      sources,
    };
  });
  const comparison = timeline.compare(end, head);
  const postures = comparison.postures.map((d) => {
    const actor = scenario.actors.find((a) => a.id === d.actor);
    const posture = actor?.postures.find((p) => p.id === d.posture);
    const level = (id: string) => posture?.levels.find((l) => l.id === id)?.label ?? id;
    return { ...d, postureLabel: posture?.label ?? `${d.actor}.${d.posture}`, classLevel: level(d.b), historyLevel: level(d.a) };
  });
  return {
    departedAt: { node: departed, date: timeline.node(departed).date },
    classMove: next === undefined ? null : { node: next, date: timeline.node(next).date },
    historyInstead,
    historyEnd: { node: end, date: timeline.node(end).date, tension: tensionAt(timeline, end), outcomes: outcomesAt(timeline, end) },
    postures,
    tensionDelta: comparison.tensionDelta,
  };
}
