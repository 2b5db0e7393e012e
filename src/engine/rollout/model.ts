/**
 * The rollout model over the compiled engine: who moves next, and with what probability each option
 * is chosen, per packed state. Tables are built once per (state, actor to move) and memoised, so the
 * hot loop of a rollout allocates nothing and does one Map look-up per step.
 *
 * Turn rules are the Timeline's: alternating play gives the turn to the actor after the last mover in
 * turns.order (the first at the root); a terminal outcome ends the game. Free play (documented in
 * docs/monte-carlo.md): each step, one actor among those with something to do is chosen uniformly,
 * then one of its options by propensity. With nobody able to move (no open move with positive weight
 * and no pass) the rollout has "stalled" and stays where it is.
 */
import { EngineError } from '../errors.ts';
import type { CompiledScenario, PackedState } from '../compile.ts';
import type { WhatIf } from './types.ts';

/**
 * The options of one step, flat: option i's fields sit at data[i * STRIDE + field]. One array per
 * table (not one per field) because tables are many and small, and allocation dominates building them.
 */
export interface ChoiceTable {
  readonly data: readonly number[];
  /** Number of options. */
  readonly size: number;
  /** The StateInfo of option i's next state, filled on first use (saves a look-up per step). */
  readonly nextInfo: (StateInfo | undefined)[];
  /** Sum of the draw weights; 0 when nobody can move. */
  readonly total: number;
}

export const STRIDE = 8;
/** Move index, or -1 - actor for a pass (the timeline's move codes). */
export const CODE = 0;
export const ACTOR = 1;
/** Scaled propensity weight. */
export const WEIGHT = 2;
/** Running sum of the draw weights (raw weights in alternating play, probabilities in free play). */
export const CUMULATIVE = 3;
/** Probability that this option is the next move of the game. */
export const PROBABILITY = 4;
/** Probability within its own actor's options (Timeline.responses' numbers). */
export const WITHIN_ACTOR = 5;
/** The state after the option (a pass keeps the state): the hot loop never calls apply. */
export const NEXT = 6;
/** Goldstein weight (0 for a pass). */
export const GOLDSTEIN = 7;

export interface StateInfo {
  readonly terminal: boolean;
  readonly tension: number;
  /** Index into RolloutModel.tensionValues (distinct values, for exact percentiles from counts). */
  readonly tensionId: number;
  /** Indices of the outcomes that hold. */
  readonly outcomes: readonly number[];
  /** Choice tables by actor to move (alternating) or slot 0 (free play), built on demand. */
  readonly tables: (ChoiceTable | undefined)[];
}

const EMPTY: readonly number[] = [];
export const MAX_FACTOR = 1000;
const DENSE_LIMIT = 1 << 18;

/** An actor's open moves (and pass) in a state with their propensity weights, before what-if scaling. */
interface RawOptions {
  readonly codes: readonly number[];
  readonly weights: readonly number[];
}

interface CatalogEntry {
  readonly terminal: boolean;
  readonly tension: number;
  readonly tensionId: number;
  readonly outcomes: readonly number[];
  readonly raw: (RawOptions | undefined)[];
}

/**
 * What the compiled engine says about each state, asked once per state and kept for the life of the
 * compiled scenario: every what-if variant (and every run) rescales these instead of asking again.
 */
class StateCatalog {
  readonly tensionValues: number[] = [];
  private readonly tensionIds = new Map<number, number>();
  private readonly entries = new Map<PackedState, CatalogEntry>();

  constructor(private readonly compiled: CompiledScenario) {}

  entry(state: PackedState): CatalogEntry {
    let entry = this.entries.get(state);
    if (entry === undefined) {
      entry = this.describe(state);
      this.entries.set(state, entry);
    }
    return entry;
  }

  raw(entry: CatalogEntry, state: PackedState, actor: number): RawOptions {
    let raw = entry.raw[actor];
    if (raw === undefined) {
      const { compiled } = this;
      const { moves, weights, pass } = compiled.weights(state, actor);
      const codes = [...moves];
      const w = [...weights];
      if (compiled.canPass(state)) {
        codes.push(-1 - actor);
        w.push(pass);
      }
      raw = { codes, weights: w };
      entry.raw[actor] = raw;
    }
    return raw;
  }

  private describe(state: PackedState): CatalogEntry {
    const { compiled } = this;
    const tension = compiled.tension(state);
    let tensionId = this.tensionIds.get(tension);
    if (tensionId === undefined) {
      tensionId = this.tensionValues.length;
      this.tensionValues.push(tension);
      this.tensionIds.set(tension, tensionId);
    }
    const holding: number[] = [];
    for (let i = 0; i < compiled.scenario.outcomes.length; i++) if (compiled.outcomeHolds(state, i)) holding.push(i);
    return {
      terminal: compiled.isTerminal(state),
      tension,
      tensionId,
      outcomes: holding.length > 0 ? holding : EMPTY,
      raw: new Array<RawOptions | undefined>(compiled.actorIds.length),
    };
  }
}

const catalogs = new WeakMap<CompiledScenario, StateCatalog>();

function catalogOf(compiled: CompiledScenario): StateCatalog {
  let catalog = catalogs.get(compiled);
  if (!catalog) {
    catalog = new StateCatalog(compiled);
    catalogs.set(compiled, catalog);
  }
  return catalog;
}

const models = new WeakMap<CompiledScenario, Map<string, RolloutModel>>();
const MODELS_KEPT = 8;

/**
 * The model for a scenario and what-if, reused across runs (its tables are the costly part of a short
 * run). Keeps the last few what-ifs per scenario; sensitivity's many variants pass through it.
 */
export function modelFor(compiled: CompiledScenario, whatIf: WhatIf = {}): RolloutModel {
  let byWhatIf = models.get(compiled);
  if (!byWhatIf) {
    byWhatIf = new Map();
    models.set(compiled, byWhatIf);
  }
  const key = JSON.stringify([whatIf.hawkishness ?? {}, whatIf.moveFactors ?? {}, whatIf.passFactor ?? 1]);
  let model = byWhatIf.get(key);
  if (model) {
    // Most recently used last.
    byWhatIf.delete(key);
  } else {
    model = new RolloutModel(compiled, whatIf);
    if (byWhatIf.size >= MODELS_KEPT) byWhatIf.delete(byWhatIf.keys().next().value as string);
  }
  byWhatIf.set(key, model);
  return model;
}

export class RolloutModel {
  readonly compiled: CompiledScenario;
  readonly free: boolean;
  readonly actorCount: number;
  /** nextActor[last + 1]: who moves after actor `last` (-1: at the root). Alternating play only. */
  readonly nextActor: Int32Array;
  private readonly catalog: StateCatalog;
  private readonly moveScale: Float64Array;
  private readonly passScale: number;
  private readonly states = new Map<PackedState, StateInfo>();
  /** Small state spaces index an array instead of hashing (a third faster per step). */
  private readonly dense: (StateInfo | undefined)[] | null;

  constructor(compiled: CompiledScenario, whatIf: WhatIf = {}) {
    this.compiled = compiled;
    this.catalog = catalogOf(compiled);
    this.dense = compiled.stateSpace <= DENSE_LIMIT ? new Array<StateInfo | undefined>(compiled.stateSpace).fill(undefined) : null;
    const { scenario } = compiled;
    this.free = scenario.turns.mode === 'free';
    this.actorCount = compiled.actorIds.length;
    const order = (scenario.turns.order ?? compiled.actorIds).map((id) => compiled.actorIds.indexOf(id));
    this.nextActor = new Int32Array(this.actorCount + 1);
    this.nextActor[0] = order[0] ?? 0;
    for (let a = 0; a < this.actorCount; a++) {
      const i = order.indexOf(a);
      this.nextActor[a + 1] = order[(i + 1) % order.length] ?? 0;
    }
    const { moveScale, passScale } = scales(compiled, whatIf);
    this.moveScale = moveScale;
    this.passScale = passScale;
  }

  /** Distinct tension values seen so far; StateInfo.tensionId indexes it. */
  get tensionValues(): readonly number[] {
    return this.catalog.tensionValues;
  }

  /** The slot of the choice table for a step after `lastActor` moved (null at the root). */
  slot(lastActor: number | null): number {
    return this.free ? 0 : (this.nextActor[lastActor === null ? 0 : lastActor + 1] as number);
  }

  /** The slot of the first step from a start point. */
  firstSlot(start: { readonly lastActor: number | null; readonly nextActor: number | null }): number {
    return this.free ? 0 : (start.nextActor ?? this.slot(start.lastActor));
  }

  info(state: PackedState): StateInfo {
    const { dense } = this;
    let info = dense !== null ? dense[state] : this.states.get(state);
    if (info === undefined) {
      const entry = this.catalog.entry(state);
      info = {
        terminal: entry.terminal,
        tension: entry.tension,
        tensionId: entry.tensionId,
        outcomes: entry.outcomes,
        tables: new Array<ChoiceTable | undefined>(this.free ? 1 : this.actorCount),
      };
      if (dense !== null) dense[state] = info;
      else this.states.set(state, info);
    }
    return info;
  }

  table(info: StateInfo, state: PackedState, slot: number): ChoiceTable {
    let table = info.tables[slot];
    if (table === undefined) {
      table = this.build(state, info.terminal, slot);
      info.tables[slot] = table;
    }
    return table;
  }

  private build(state: PackedState, terminal: boolean, slot: number): ChoiceTable {
    const { compiled } = this;
    const data: number[] = [];
    const nextInfo: (StateInfo | undefined)[] = [];
    if (terminal) return { data, size: 0, nextInfo, total: 0 };
    const first = this.free ? 0 : slot;
    const last = this.free ? this.actorCount - 1 : slot;
    let movers = 0;
    for (let a = first; a <= last; a++) if (this.actorTotal(state, a) > 0) movers++;
    let sum = 0;
    for (let a = first; a <= last; a++) {
      const raw = this.catalog.raw(this.catalog.entry(state), state, a);
      const total = this.actorTotal(state, a);
      for (let j = 0; j < raw.codes.length; j++) {
        const code = raw.codes[j] as number;
        const w = this.scaled(raw, j);
        const p = total > 0 ? w / total / movers : 0;
        sum += this.free ? p : w;
        data.push(code, a, w, sum, p, total > 0 ? w / total : 0, code >= 0 ? compiled.apply(state, code) : state, code >= 0 ? (compiled.moveGoldstein[code] as number) : 0);
        nextInfo.push(undefined);
      }
    }
    return { data, size: nextInfo.length, nextInfo, total: movers > 0 ? sum : 0 };
  }

  private scaled(raw: RawOptions, j: number): number {
    const code = raw.codes[j] as number;
    return (raw.weights[j] as number) * (code >= 0 ? (this.moveScale[code] as number) : this.passScale);
  }

  private actorTotal(state: PackedState, actor: number): number {
    const raw = this.catalog.raw(this.catalog.entry(state), state, actor);
    let total = 0;
    for (let j = 0; j < raw.codes.length; j++) total += this.scaled(raw, j);
    return total;
  }
}

/** Index of the option a uniform draw u ∈ [0, 1) picks; never an option of zero weight. */
export function pick(table: ChoiceTable, u: number): number {
  const { data, size } = table;
  const target = u * table.total;
  for (let i = 0; i < size; i++) if (target < (data[i * STRIDE + CUMULATIVE] as number)) return i;
  // Rounding can leave target at the total: take the last option that has weight.
  for (let i = size - 1; i > 0; i--) if ((data[i * STRIDE + CUMULATIVE] as number) > (data[(i - 1) * STRIDE + CUMULATIVE] as number)) return i;
  return 0;
}

function scales(compiled: CompiledScenario, whatIf: WhatIf): { moveScale: Float64Array; passScale: number } {
  const { scenario } = compiled;
  const moveScale = new Float64Array(scenario.moves.length).fill(1);
  for (const [actor, h] of Object.entries(whatIf.hawkishness ?? {})) {
    const a = compiled.actorIds.indexOf(actor);
    if (a < 0) throw new EngineError('unknown-actor', `What-if hawkishness names an unknown actor "${actor}" (actors: ${compiled.actorIds.join(', ')}).`);
    checkFactor(`hawkishness of ${actor}`, h, false);
    scenario.moves.forEach((_m, i) => {
      if (compiled.moveActor[i] === a) moveScale[i] = (moveScale[i] as number) * h ** (-(compiled.moveGoldstein[i] as number) / 10);
    });
  }
  for (const [move, f] of Object.entries(whatIf.moveFactors ?? {})) {
    const i = scenario.moves.findIndex((m) => m.id === move);
    if (i < 0) throw new EngineError('unknown-move', `What-if move factor names an unknown move "${move}".`);
    checkFactor(`factor of move ${move}`, f, true);
    moveScale[i] = (moveScale[i] as number) * f;
  }
  const passScale = whatIf.passFactor ?? 1;
  checkFactor('pass factor', passScale, true);
  return { moveScale, passScale };
}

function checkFactor(what: string, value: number, zeroAllowed: boolean): void {
  const ok = Number.isFinite(value) && value <= MAX_FACTOR && (zeroAllowed ? value >= 0 : value > 0);
  if (!ok) {
    throw new EngineError('malformed', `The what-if ${what} is ${value}; it must be a number ${zeroAllowed ? 'from 0' : 'above 0'} up to ${MAX_FACTOR}.`);
  }
}
