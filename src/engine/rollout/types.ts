/** The rollout module's public types: inputs are plain data so they cross a Web Worker boundary unchanged. */
import type { PendingLapse } from '../../scenario/lapse-rule.ts';
import type { ActorId, MoveId } from '../types.ts';

/** Where rollouts start: a timeline node reduced to what the simulation needs. */
export interface RolloutStart {
  /** Packed posture state (see compile.ts), of the scenario's engineFor compiled form. */
  readonly state: number;
  /**
   * The same state as level indices, posture by posture: what a wide scenario's state means in
   * another compiled form (a worker's), where its intern id is another number.
   */
  readonly levels: readonly number[];
  /** Index of the actor who made the last move; null at the root. */
  readonly lastActor: number | null;
  /**
   * Alternating play: index of the actor who moves first (Timeline.nextActors: at a replay node, the
   * actor who moved next in history; else the one after the last mover). Null in free play or when
   * the game is over. After the first move the turn order resumes after the last mover.
   */
  readonly nextActor: number | null;
  /** Each actor's cumulative Goldstein sum at the start node, in scenario actor order. */
  readonly cumulativeGoldstein: readonly number[];
  /** The start node's date and whether it is the root (the first turn of play falls on turns.start). */
  readonly date: string;
  readonly atRoot: boolean;
  /**
   * The lapses pending at the start node (lasting effects not yet ended, src/scenario/lapse-rule.ts);
   * present only for a scenario with a lasting effect, so other starts stay as they were.
   */
  readonly lapses?: readonly PendingLapse[];
}

/**
 * What-if scaling of propensities. An actor's hawkishness h multiplies each of its moves' weights by
 * h^(−goldstein/10): conflict moves (Goldstein < 0) grow with h, cooperative ones shrink, neutral ones
 * and passes stay. A move factor multiplies that move's weight; passFactor multiplies every pass.
 */
export interface WhatIf {
  readonly hawkishness?: Readonly<Record<ActorId, number>>;
  readonly moveFactors?: Readonly<Record<MoveId, number>>;
  readonly passFactor?: number;
}

export interface RolloutOptions {
  readonly runs: number;
  readonly depth: number;
  /** An integer; the same seed gives the same numbers everywhere. */
  readonly seed: number;
  readonly whatIf?: WhatIf;
  /** How many most likely paths to report (default 10). */
  readonly topPaths?: number;
}

export interface FanPoint {
  /** 0 is the start node; turn t is after t moves (or passes). */
  readonly turn: number;
  /** The calendar date of that turn. */
  readonly date: string;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean: number;
}

export interface OutcomeResult {
  readonly id: string;
  readonly label: string;
  readonly terminal: boolean;
  /** Share of rollouts in which the outcome holds at the horizon (turn = depth). */
  readonly probability: number;
  /** Monte Carlo standard error, √(p(1−p)/N). */
  readonly standardError: number;
  /** Share of rollouts in which the outcome held at some turn from 0 to depth. */
  readonly ever: number;
  /** byTurn[t]: share of rollouts in which it holds at turn t, for t = 0…depth. */
  readonly byTurn: readonly number[];
  readonly standardErrorByTurn: readonly number[];
}

export interface PathResult {
  /** Move ids in order; a pass is written "pass:<actor>". */
  readonly moves: readonly string[];
  readonly probability: number;
  /** How many rollouts followed exactly this path. */
  readonly count: number;
  /** Why the path is shorter than the depth, if it is. */
  readonly ended: 'terminal' | 'stalled' | null;
}

/** Rollouts that began with a move prefix (the parent's, then `move`). */
export interface PrefixNode {
  /** Move id; a pass is written "pass:<actor>". */
  readonly move: string;
  readonly count: number;
  /** Share of all rollouts that began with this prefix. */
  readonly probability: number;
  /** Share among the rollouts that began with the parent's prefix. */
  readonly conditional: number;
  /** Each outcome's chance of holding at the horizon, given this prefix. */
  readonly outcomes: Readonly<Record<string, number>>;
  /** The likeliest next moves (up to PREFIX_SHOWN), likeliest first. */
  readonly children: readonly PrefixNode[];
  /** Rollouts under this prefix whose next move is not among the children (those that ended are in neither). */
  readonly others: number;
}

/** The futures by move prefix, PREFIX_LEVELS moves deep (prefix-tree.ts). */
export interface PrefixTree {
  readonly levels: number;
  readonly children: readonly PrefixNode[];
  readonly others: number;
}

export interface GoldsteinResult {
  readonly actor: ActorId;
  /** The cumulative sum at the start node. */
  readonly start: number;
  readonly mean: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  /** Mean cumulative sum per turn, 0…depth. */
  readonly meanByTurn: readonly number[];
}

export interface RolloutResult {
  readonly runs: number;
  readonly depth: number;
  readonly seed: number;
  readonly fan: readonly FanPoint[];
  readonly outcomes: readonly OutcomeResult[];
  readonly topPaths: readonly PathResult[];
  readonly goldstein: readonly GoldsteinResult[];
  /** How many rollouts ended before the horizon: a terminal outcome, or nobody able to move. */
  readonly ended: { readonly terminal: number; readonly stalled: number };
  /** Distinct move sequences seen. */
  readonly distinctPaths: number;
  /** The likeliest first moves and what follows each: what to show when paths are nearly all distinct. */
  readonly prefixTree: PrefixTree;
}

/** One response of an actor to move, under the rollout model (what-if applied). */
export interface RolloutResponse {
  readonly actor: ActorId;
  /** A move id, or PASS. */
  readonly move: MoveId;
  readonly weight: number;
  /** Probability within the actor's options (as Timeline.responses). */
  readonly probability: number;
  /** Probability that this is the next move of the game (free play: times the chance this actor moves). */
  readonly next: number;
  readonly goldstein: number | null;
}
