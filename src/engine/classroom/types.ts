/**
 * The classroom session: teams playing a scenario on one shared screen, with an optional
 * facilitator. Pure data; the rules live in session.ts, the timeline holds every move.
 */
import type { ClosedReason } from '../closed-reason.ts';
import type { ActorId, LevelId, MoveId, NodeId, PostureId } from '../types.ts';

export type TeamId = string;
/** Who plays an actor: a team, or the computer (by propensity, with the session's seed). */
export type Controller = TeamId | typeof COMPUTER;
export const COMPUTER = 'computer';

export interface Team {
  readonly id: TeamId;
  readonly name: string;
}

/**
 * alternating: actors move one at a time in the scenario's turn order.
 * simultaneous: every team commits its moves in secret, then all are revealed and resolved together
 * (see resolve.ts for the conflict rule).
 */
export type TurnMode = 'alternating' | 'simultaneous';

export interface ClassroomSettings {
  readonly teams: readonly Team[];
  /** Every actor of the scenario → a team id or COMPUTER. */
  readonly assignment: Readonly<Record<ActorId, Controller>>;
  /** The facilitator's name; null when the class plays without one (the panel is then hidden). */
  readonly facilitator: string | null;
  readonly turnMode: TurnMode;
  /** Seconds a team has to choose; null for no timer. */
  readonly timerSeconds: number | null;
  /** Seeds the computer's choices: same seed, same computer moves. */
  readonly seed: number;
  /** The node the exercise starts from (the root, or a step of the replay track). */
  readonly start: NodeId;
}

/** What happened, as a code with its parameters (ids and numbers); the words layer writes the sentence. */
export type LogEvent =
  | { readonly kind: 'started'; readonly teams: readonly { readonly name: string; readonly actors: readonly ActorId[] }[]; readonly turnMode: TurnMode; readonly timerSeconds: number | null; readonly seed: number }
  | { readonly kind: 'played'; readonly actor: ActorId; readonly move: MoveId }
  /** Simultaneous: a team committed its moves (hidden until the reveal). */
  | { readonly kind: 'committed' }
  | { readonly kind: 'revealed'; readonly round: number; readonly moves: readonly Pick<TurnMove, 'actor' | 'chosen' | 'source' | 'voidReason'>[] }
  | { readonly kind: 'paused' }
  | { readonly kind: 'resumed' }
  /** Undo before a reveal: the round's commits are taken back. */
  | { readonly kind: 'cleared' }
  | { readonly kind: 'undid'; readonly step: Step['kind']; readonly number: number }
  | { readonly kind: 'injected'; readonly actor: ActorId; readonly move: MoveId }
  /** A step of the replay track, by index, with its date (the entry's own `date` is the class's). */
  | { readonly kind: 'injected-event'; readonly event: number; readonly eventDate: string; readonly actor: ActorId; readonly move: MoveId }
  | { readonly kind: 'override'; readonly actor: ActorId; readonly posture: PostureId; readonly level: LevelId }
  /** Saved before the log held codes (classroom JSON version 1): the English as written then. */
  | { readonly kind: 'legacy'; readonly text: string };

/** One entry of the session log: what happened, who did it, when, and why (facilitator actions always say why). */
export type LogEntry = LogEvent & {
  /** Wall-clock time, ISO 8601. */
  readonly at: string;
  /** A team, the computer or the facilitator; in an entry saved by version 1, the name as written then. */
  readonly who: MoveSource | string;
  readonly reason: string | null;
  /** The scenario date the action happened at. */
  readonly date: string;
};

/** Who a move on the class's path came from. */
export type MoveSource = { readonly kind: 'team'; readonly team: TeamId } | { readonly kind: 'computer' } | { readonly kind: 'facilitator' };

/** One actor's move within a turn. */
export interface TurnMove {
  readonly actor: ActorId;
  /** The move chosen (a move id or PASS). */
  readonly chosen: MoveId;
  readonly source: MoveSource;
  /** The node the move (or, when void, the pass that replaced it) made; null when nothing was played. */
  readonly node: NodeId | null;
  /** Why a committed move was not played (the conflict rule); null when it was played. */
  readonly voidReason: VoidReason | null;
}

/** Why a committed move was void, as a code the words layer writes out. */
export type VoidReason =
  /** A terminal outcome already held when its turn in the round came (outcome ids). */
  | { readonly code: 'game-over'; readonly outcomes: readonly string[] }
  /** An earlier move of the round closed it; why, when the engine says. */
  | { readonly code: 'closed-earlier'; readonly reason: ClosedReason | null }
  /** Saved before reasons were codes (classroom JSON version 1): the English as written then. */
  | { readonly code: 'legacy'; readonly text: string };

export interface PostureOverrideRef {
  readonly actor: ActorId;
  readonly posture: PostureId;
  readonly level: LevelId;
}

/** An undoable step of the class's path: a turn (alternating), a round (simultaneous), or a facilitator action. */
export type Step =
  | { readonly kind: 'turn' | 'round'; readonly number: number; readonly from: NodeId; readonly to: NodeId; readonly moves: readonly TurnMove[] }
  | { readonly kind: 'inject'; readonly number: number; readonly from: NodeId; readonly to: NodeId; readonly moves: readonly TurnMove[]; readonly event: number | null; readonly reason: string }
  | { readonly kind: 'override'; readonly number: number; readonly from: NodeId; readonly to: NodeId; readonly moves: readonly []; readonly override: PostureOverrideRef; readonly reason: string };

/** Where the hot seat is. */
export type Phase =
  /** The screen is being passed to a team; nothing of the other teams' choices shows. */
  | { readonly kind: 'handover'; readonly team: TeamId }
  /** The team is choosing in private. */
  | { readonly kind: 'choosing'; readonly team: TeamId }
  /** Simultaneous: every team has committed; the moves are still hidden. */
  | { readonly kind: 'ready' }
  /** Simultaneous: the last round's moves are shown with what became of each. */
  | { readonly kind: 'revealed' }
  /** A terminal outcome holds, or nobody can move. */
  | { readonly kind: 'over' };

export interface TimerState {
  /** Milliseconds already used in this team's turn before `runningSince`. */
  readonly usedMs: number;
  /** When the clock last started (epoch ms); null while stopped or paused. */
  readonly runningSince: number | null;
}

export interface ClassroomState {
  readonly settings: ClassroomSettings;
  /** Where the class is now: the end of its path. */
  readonly head: NodeId;
  readonly phase: Phase;
  /** Simultaneous: the commits of this round, by actor. Hidden until the reveal. */
  readonly pending: Readonly<Record<ActorId, MoveId>>;
  readonly steps: readonly Step[];
  readonly log: readonly LogEntry[];
  readonly paused: boolean;
  readonly timer: TimerState;
}
