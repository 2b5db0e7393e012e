/**
 * The engine's public types: what the UI, the CLI and the worker see.
 * The engine owns these; src/app and src/cli import them from src/engine/index.ts.
 */
import type { PendingLapse } from '../scenario/lapse-rule.ts';
import type { Scenario } from '../scenario/types.ts';
import type { ClosedReason } from './closed-reason.ts';

/** A move as it sits in a frozen scenario. */
export type ScenarioMove = Scenario['moves'][number];

export type ActorId = string;
export type PostureId = string;
export type LevelId = string;
export type MoveId = string;

/** The reserved move id for passing a turn (only where the scenario allows it). */
export const PASS = 'pass';

/** Every actor's postures at one point: postures[actor][posture] = level. */
export type PostureState = Readonly<Record<ActorId, Readonly<Record<PostureId, LevelId>>>>;

/** A move as played: who and what. `move` is PASS for a pass. */
export interface MoveRef {
  readonly actor: ActorId;
  readonly move: MoveId;
}

export type NodeId = number;

export type NodeOrigin = 'root' | 'replay' | 'play';

/** A facilitator's direct change of one posture level (outside the scenario's moves). */
export interface PostureOverride {
  readonly actor: ActorId;
  readonly posture: PostureId;
  readonly level: LevelId;
}

/** One point of the timeline. Nodes are immutable and store only their move (event-sourced). */
export interface TimelineNode {
  readonly id: NodeId;
  readonly parent: NodeId | null;
  /** null for the root. */
  readonly move: MoveRef | null;
  /** ISO date (YYYY-MM-DD) after this move. */
  readonly date: string;
  /** 0 at the root, parent's turn + 1 after. */
  readonly turn: number;
  readonly origin: NodeOrigin;
  /** For replay nodes: the index of the scenario's replay step. */
  readonly replayIndex: number | null;
  /** For a facilitator's posture override (origin 'play', move null): what was set. */
  readonly override: PostureOverride | null;
  /** Whether a facilitator injected this move out of the turn order (origin 'play'). */
  readonly injected: boolean;
}

/** A move as offered at a node: open or closed, and why closed. */
export interface MoveOption {
  readonly actor: ActorId;
  readonly move: ScenarioMove;
  readonly open: boolean;
  /** When closed, why: a code the words layer writes out (explainClosed gives the English). */
  readonly reason: ClosedReason | null;
  readonly goldstein: number;
  /** null for an event with no CAMEO code (cameo: none); its weight and reason are the move's goldstein. */
  readonly cameo: { readonly code: string; readonly description: string; readonly quadClass: 1 | 2 | 3 | 4 } | null;
  /** The move history took next from this replay node; judged on its own step's date, not a branch's. */
  readonly history: boolean;
}

/** The probability of one response of an actor to move, under the propensity model. */
export interface ResponseProbability {
  readonly actor: ActorId;
  /** A move id, or PASS. */
  readonly move: MoveId;
  /** base × the factors of modifiers whose conditions hold. */
  readonly weight: number;
  /** weight normalised over the actor's open moves (and pass); sums to 1 per actor. */
  readonly probability: number;
}

export interface Indicators {
  /** 0–100: sum of current levels' escalation values, scaled between the scenario's lowest and highest possible sums. */
  readonly tension: number;
  /** Goldstein weight of the move that led here; null at the root and for a pass. */
  readonly goldstein: number | null;
  /** Each actor's sum of Goldstein weights along the path from the root. */
  readonly cumulativeGoldstein: Readonly<Record<ActorId, number>>;
  /** Ids of the outcomes whose conditions hold here. */
  readonly outcomes: readonly string[];
}

export interface PostureDifference {
  readonly actor: ActorId;
  readonly posture: PostureId;
  readonly a: LevelId;
  readonly b: LevelId;
}

export interface Comparison {
  readonly a: NodeId;
  readonly b: NodeId;
  /** The last node both paths share. */
  readonly commonAncestor: NodeId;
  /** The first node on each side after the common ancestor (null when one node is an ancestor of the other). */
  readonly firstDivergent: { readonly a: NodeId | null; readonly b: NodeId | null };
  readonly postures: readonly PostureDifference[];
  /** b minus a. */
  readonly tensionDelta: number;
  readonly cumulativeGoldsteinDelta: Readonly<Record<ActorId, number>>;
  readonly outcomesOnlyA: readonly string[];
  readonly outcomesOnlyB: readonly string[];
}

/**
 * The compact JSON form of a timeline (see docs/architecture.md, "Sessions").
 * Node ids are creation indices (the root is 0), so they survive a round trip: deleted nodes are
 * left out and the ids of the others are kept in `ids` (omitted when they are simply 1..n).
 */
export interface TimelineJson {
  /** Version of this encoding (absent: 1); timeline-format.ts migrates older ones and checks the shape. */
  readonly format?: 1;
  readonly scenario: { readonly id: string; readonly hash: string };
  /**
   * One entry per live non-root node in creation order:
   * [parent node id (0 = root), moveCode, origin code (1 replay, 2 play, 3 injected play, 4 override), date offset in days from the scenario's span start].
   * moveCode is the move's index in scenario.moves, or -1 - actorIndex for a pass, or for an
   * override -1000 - (postureIndex × 64 + levelIndex), postures numbered actor by actor in scenario order.
   * With nothing deleted the k-th entry is node k, so the parent id is also the parent's entry number.
   */
  readonly nodes: readonly (readonly [number, number, number, number])[];
  /** The node id of each entry, when some were deleted. */
  readonly ids?: readonly number[];
  /** Branch names by node id. */
  readonly names: Readonly<Record<string, string>>;
}

export type ScenarioRef = Pick<Scenario, 'hash'> & { readonly meta: { readonly id: string } };

/**
 * What the next move at a node meets: the date it would be played on, and the postures on that
 * date once the effects that have run their course by then have ended (src/scenario/lapse-rule.ts).
 * Moves are judged open or closed on these postures, so the moves list agrees with playing.
 */
export interface NextMove {
  readonly date: string;
  readonly postures: PostureState;
  /** The lapses that end between the node and the move, earliest first (empty when none). */
  readonly lapsed: readonly PendingLapse[];
}

/**
 * A session's timeline: an immutable, event-sourced tree of nodes.
 * Every "changing" method returns a new Timeline and leaves this one as it was,
 * so the UI can keep old timelines for undo.
 */
export interface Timeline {
  readonly scenario: Scenario;
  readonly root: NodeId;
  /** Number of live (not deleted) nodes. */
  readonly size: number;
  /**
   * Shared by every timeline that grew from this one's nodes (plays, renames, deletions): within a
   * lineage a node id always means the same node, with the same parent, move, date and postures.
   * A key for caches of per-node data (the charts' points); never read it for anything else.
   */
  readonly lineage: object;
  /**
   * The lineage this one was copied from, when a move was played on an older version (after an
   * undo), with the ids both share alike (those below `below`); null otherwise.
   */
  readonly lineageOrigin: { readonly lineage: object; readonly below: number } | null;
  /**
   * The node this timeline adds to `older` when it is exactly `older` plus one appended node (a
   * play, injection or override; names may differ), else null. Lets a view update itself instead
   * of redoing the whole tree.
   */
  appendedTo(older: Timeline): NodeId | null;
  node(id: NodeId): TimelineNode;
  has(id: NodeId): boolean;
  children(id: NodeId): readonly NodeId[];
  /** Node ids from the root to `id`, both included. */
  pathTo(id: NodeId): readonly NodeId[];
  /** Every node with no children: the ends of branches. */
  leaves(): readonly NodeId[];
  /** The replay track's nodes, root first, in history's order (empty if the replay was not laid). */
  replayTrack(): readonly NodeId[];
  postures(id: NodeId): PostureState;
  indicators(id: NodeId): Indicators;
  /** Who moves next: in alternating play one actor; in free play every actor. */
  nextActors(id: NodeId): readonly ActorId[];
  /** Every move of the actors to move next (or of `actor`), open or closed with the reason. */
  moves(id: NodeId, actor?: ActorId): readonly MoveOption[];
  /** Response probabilities of the actors to move next (or of `actor`). */
  responses(id: NodeId, actor?: ActorId): readonly ResponseProbability[];
  /** What a move played at `id` meets: its date and the postures then (lapses due by that date applied). */
  nextMove(id: NodeId): NextMove;
  /**
   * Plays a move (or PASS) at a node. If the node already has a child for the same move, returns that child.
   * Playing at a node that has children starts a branch; the old branch stays.
   * Throws EngineError when the move is unknown, not the actor's turn, or closed.
   */
  play(at: NodeId, move: MoveRef): { readonly timeline: Timeline; readonly node: NodeId };
  /**
   * A facilitator injects a move for any actor, whoever's turn it is. The move must be open
   * (the machine's rules still hold); the turn then passes on from that actor.
   */
  inject(at: NodeId, move: MoveRef): { readonly timeline: Timeline; readonly node: NodeId };
  /**
   * A facilitator sets one posture level directly: a new node on the same date, outside the
   * scenario's moves (no Goldstein weight); whose turn it is does not change.
   */
  override(at: NodeId, change: PostureOverride): { readonly timeline: Timeline; readonly node: NodeId };
  /** The name of the branch ending at or passing through `id` (names are set on any node). */
  nameOf(id: NodeId): string | null;
  rename(id: NodeId, name: string | null): Timeline;
  /** Removes the node and its subtree. The root cannot be deleted; replay nodes cannot be deleted. */
  deleteSubtree(id: NodeId): Timeline;
  compare(a: NodeId, b: NodeId): Comparison;
  toJSON(): TimelineJson;
  /**
   * The same tree read with another text of the same scenario (a translation: same ids, same
   * hash). Throws EngineError ('malformed') for a scenario with another id or hash.
   */
  withScenario(scenario: Scenario): Timeline;
}
