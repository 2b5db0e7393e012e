/**
 * The rollout model over the compiled engine: who moves next, and with what probability each option
 * is chosen, per packed state.
 *
 * Turn rules are the Timeline's: alternating play gives the turn to the actor after the last mover in
 * turns.order (the first at the root); a terminal outcome ends the game. Free play (documented in
 * docs/monte-carlo.md): each step, one actor among those with something to do is chosen uniformly,
 * then one of its options by propensity. With nobody able to move (no open move with positive weight
 * and no pass) the rollout has "stalled" and stays where it is.
 *
 * Everything a rollout step reads sits in typed arrays indexed by small integers, built lazily: a
 * state gets a compact id (sid) when a rollout first reaches it, and a (state, actor to move) pair a
 * table of options in flat pools when first asked. No object per state or per table, so building the
 * few thousand tables of a cold run costs little, and a step allocates nothing.
 */
import { EngineError } from '../errors.ts';
import type { CompiledScenario, PackedState } from '../compile.ts';
import { optionPostures, projection } from './option-postures.ts';
import type { WhatIf } from './types.ts';

export const MAX_FACTOR = 1000;

/** One option of the side to move, as nextResponses reports it. */
export interface ModelOption {
  /** Move index, or -1 - actor for a pass (the timeline's move codes). */
  readonly code: number;
  readonly actor: number;
  /** Scaled propensity weight. */
  readonly weight: number;
  /** Probability that this option is the next move of the game. */
  readonly probability: number;
  /** Probability within its own actor's options (Timeline.responses' numbers). */
  readonly withinActor: number;
}

/**
 * What the compiled engine says about each state, asked once per state and kept for the life of the
 * compiled scenario: every what-if variant (and every run) rescales these instead of asking again.
 * States are grouped in classes of equal (tension, outcomes that hold): a rollout counts visits per
 * class and turn, which is all the fan and the outcome curves need.
 */
export class StateCatalog {
  /** Number of states with an id. */
  count = 0;
  /** By sid: the packed state, whether it is terminal, its class. */
  packed = new Float64Array(256);
  terminal = new Uint8Array(256);
  classOf = new Int32Array(256);
  /** Distinct tension values by tension id; classTension[class] indexes it. */
  readonly tensionValues: number[] = [];
  readonly classTension: number[] = [];
  /** Indices of the outcomes that hold, by class. */
  readonly classOutcomes: Int32Array[] = [];
  /**
   * An actor's open moves (and pass) in a state, with propensity weights before what-if scaling:
   * rawStart[sid * actors + a] - 1 is the first in the raw pools (0: not asked yet), rawLength the count.
   */
  rawStart: Int32Array;
  rawLength: Int32Array;
  /** rawSource[sid * actors + a]: the sid whose options were copied (the same options), or sid itself. */
  rawSource: Int32Array;
  rawCount = 0;
  rawCode = new Int32Array(1024);
  rawWeight = new Float64Array(1024);
  /** Sid of the state after the option; -1 until first needed. */
  rawNext = new Int32Array(1024).fill(-1);
  /** Sid of the state the option is taken in. */
  private rawOwner = new Int32Array(1024);
  private readonly ids = new Map<PackedState, number>();
  private readonly tensionIds = new Map<number, number>();
  private readonly classIds = new Map<number | string, number>();
  private readonly actors: number;
  /** Per actor: the postures its options depend on, and the first raw block per projection on them. */
  private readonly optionPostures: (Int32Array | null)[];
  private readonly blocks: Map<number, number>[];

  constructor(readonly compiled: CompiledScenario) {
    this.actors = compiled.actorIds.length;
    this.optionPostures = compiled.actorIds.map((_id, a) => optionPostures(compiled, a));
    this.blocks = compiled.actorIds.map(() => new Map());
    this.rawStart = new Int32Array(256 * this.actors);
    this.rawLength = new Int32Array(256 * this.actors);
    this.rawSource = new Int32Array(256 * this.actors);
  }

  get classCount(): number {
    return this.classTension.length;
  }

  sid(state: PackedState): number {
    const known = this.ids.get(state);
    return known === undefined ? this.add(state) : known;
  }

  /** First raw option of actor a in state sid (asking the compiled engine on first use); rawLength has the count. */
  raw(sid: number, actor: number): number {
    const at = sid * this.actors + actor;
    const start = this.rawStart[at] as number;
    if (start > 0) return start - 1;
    const { compiled } = this;
    const state = this.packed[sid] as number;
    const postures = this.optionPostures[actor] ?? null;
    const key = postures === null ? -1 : projection(compiled, postures, state);
    const block = key >= 0 ? this.blocks[actor]?.get(key) : undefined;
    const first = this.rawCount;
    let size: number;
    if (block !== undefined) {
      // A state the actor cannot tell from an earlier one: the same options, only the next states differ.
      size = this.rawLength[block * this.actors + actor] as number;
      if (first + size > this.rawCode.length) this.growRaw(first + size);
      const from = (this.rawStart[block * this.actors + actor] as number) - 1;
      this.rawCode.copyWithin(first, from, from + size);
      this.rawWeight.copyWithin(first, from, from + size);
      for (let i = first; i < first + size; i++) if ((this.rawCode[i] as number) < 0) this.rawNext[i] = sid;
      this.rawSource[at] = block;
    } else {
      const { moves, weights, pass } = compiled.weights(state, actor);
      const passes = compiled.canPass(state);
      size = moves.length + (passes ? 1 : 0);
      if (first + size > this.rawCode.length) this.growRaw(first + size);
      for (let j = 0; j < moves.length; j++) {
        this.rawCode[first + j] = moves[j] as number;
        this.rawWeight[first + j] = weights[j] as number;
      }
      if (passes) {
        this.rawCode[first + moves.length] = -1 - actor;
        this.rawWeight[first + moves.length] = pass;
        // A pass keeps the state.
        this.rawNext[first + moves.length] = sid;
      }
      if (key >= 0) this.blocks[actor]?.set(key, sid);
      this.rawSource[at] = sid;
    }
    this.rawOwner.fill(sid, first, first + size);
    this.rawCount = first + size;
    this.rawStart[at] = first + 1;
    this.rawLength[at] = size;
    return first;
  }

  /** Sid of the state after raw option i. */
  next(i: number): number {
    let next = this.rawNext[i] as number;
    if (next < 0) {
      next = this.sid(this.compiled.apply(this.packed[this.rawOwner[i] as number] as number, this.rawCode[i] as number));
      this.rawNext[i] = next;
    }
    return next;
  }

  private add(state: PackedState): number {
    const { compiled } = this;
    const sid = this.count;
    if (sid === this.packed.length) this.growStates(sid * 2);
    const tension = compiled.tension(state);
    let tensionId = this.tensionIds.get(tension);
    if (tensionId === undefined) {
      tensionId = this.tensionValues.length;
      this.tensionValues.push(tension);
      this.tensionIds.set(tension, tensionId);
    }
    // One call for the usual handful of outcomes; outcomeMask covers the first 53 only.
    const outcomes = compiled.scenario.outcomes.length;
    const mask = outcomes <= 30 ? compiled.outcomeMask(state) : -1;
    const key = mask >= 0 ? tensionId * 2 ** outcomes + mask : `${tensionId}:${this.holding(state).join(',')}`;
    let cls = this.classIds.get(key);
    if (cls === undefined) {
      cls = this.classTension.length;
      this.classTension.push(tensionId);
      this.classOutcomes.push(Int32Array.from(this.holding(state)));
      this.classIds.set(key, cls);
    }
    this.packed[sid] = state;
    this.terminal[sid] = compiled.isTerminal(state) ? 1 : 0;
    this.classOf[sid] = cls;
    this.ids.set(state, sid);
    this.count = sid + 1;
    return sid;
  }

  private holding(state: PackedState): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.compiled.scenario.outcomes.length; i++) if (this.compiled.outcomeHolds(state, i)) out.push(i);
    return out;
  }

  private growStates(size: number): void {
    this.packed = grownFloat(this.packed, size);
    this.terminal = grownBytes(this.terminal, size);
    this.classOf = grownInt(this.classOf, size, 0);
    this.rawStart = grownInt(this.rawStart, size * this.actors, 0);
    this.rawLength = grownInt(this.rawLength, size * this.actors, 0);
    this.rawSource = grownInt(this.rawSource, size * this.actors, 0);
  }

  private growRaw(needed: number): void {
    const size = Math.max(needed, this.rawCode.length * 4);
    this.rawCode = grownInt(this.rawCode, size, 0);
    this.rawWeight = grownFloat(this.rawWeight, size);
    this.rawNext = grownInt(this.rawNext, size, -1);
    this.rawOwner = grownInt(this.rawOwner, size, 0);
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

/**
 * Choice tables under one what-if. Table t's options are the pool entries tableStart[t] to
 * tableStart[t] + tableSize[t] - 1, in scenario order (actor by actor in free play); the pools are
 * public so the hot loop can hold them in locals (re-read after a call that may grow them).
 */
export class RolloutModel {
  readonly compiled: CompiledScenario;
  readonly catalog: StateCatalog;
  readonly free: boolean;
  readonly actorCount: number;
  /** Tables per state: one per actor to move (alternating), one in free play. */
  readonly slots: number;
  /** nextActor[last + 1]: who moves after actor `last` (-1: at the root). Alternating play only. */
  readonly nextActor: Int32Array;
  /** tableOf[sid * slots + slot]: the table's id, -1 until built. */
  tableOf: Int32Array;
  tableStart = new Int32Array(256);
  tableSize = new Int32Array(256);
  /** Sum of the draw weights; 0 when nobody can move. */
  tableTotal = new Float64Array(256);
  private tableCount = 0;
  /** Running sum of the draw weights (raw weights in alternating play, probabilities in free play). */
  optCumulative = new Float64Array(1024);
  optCode = new Int32Array(1024);
  optActor = new Int32Array(1024);
  optGoldstein = new Float64Array(1024);
  /** Sid of the state after the option; -1 until first chosen (then see next()). */
  optNext = new Int32Array(1024);
  /** The option's entry in the catalog's raw pools. */
  private optRaw = new Int32Array(1024);
  private optCount = 0;
  private readonly moveScale: Float64Array;
  private readonly passScale: number;
  /** Scratch for build: each actor's total weight in the table being built. */
  private readonly actorTotals: Float64Array;

  constructor(compiled: CompiledScenario, whatIf: WhatIf = {}) {
    this.compiled = compiled;
    this.catalog = catalogOf(compiled);
    const { scenario } = compiled;
    this.free = scenario.turns.mode === 'free';
    this.actorCount = compiled.actorIds.length;
    this.slots = this.free ? 1 : this.actorCount;
    this.actorTotals = new Float64Array(this.actorCount);
    this.tableOf = new Int32Array(Math.max(256, this.catalog.packed.length) * this.slots).fill(-1);
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

  /** The slot of the choice table for a step after `lastActor` moved (null at the root). */
  slot(lastActor: number | null): number {
    return this.free ? 0 : (this.nextActor[lastActor === null ? 0 : lastActor + 1] as number);
  }

  /** The slot of the first step from a start point. */
  firstSlot(start: { readonly lastActor: number | null; readonly nextActor: number | null }): number {
    return this.free ? 0 : (start.nextActor ?? this.slot(start.lastActor));
  }

  /** The state's sid, with room for its tables. */
  sidOf(state: PackedState): number {
    return this.room(this.catalog.sid(state));
  }

  /**
   * Room in tableOf for every state the catalog knows: states another model (another what-if) added
   * since can reach this model's tables through the shared next-state cache.
   */
  reserve(): void {
    if (this.catalog.count > 0) this.room(this.catalog.count - 1);
  }

  /** Id of the table of state sid for the actor in `slot`, built on first use. */
  table(sid: number, slot: number): number {
    this.room(sid);
    const at = sid * this.slots + slot;
    const known = this.tableOf[at] as number;
    if (known >= 0) return known;
    const t = this.build(sid, slot);
    this.tableOf[at] = t;
    return t;
  }

  /** Sid of the state after option o (pool index). */
  next(o: number): number {
    let next = this.optNext[o] as number;
    if (next < 0) {
      next = this.room(this.catalog.next(this.optRaw[o] as number));
      this.optNext[o] = next;
    }
    return next;
  }

  /** The options of table t, for nextResponses: the numbers build() draws by, worked out the same way. */
  options(t: number): ModelOption[] {
    const start = this.tableStart[t] as number;
    const end = start + (this.tableSize[t] as number);
    const totals = new Map<number, number>();
    for (let o = start; o < end; o++) totals.set(this.optActor[o] as number, (totals.get(this.optActor[o] as number) ?? 0) + this.weight(o));
    const movers = [...totals.values()].filter((total) => total > 0).length;
    const out: ModelOption[] = [];
    for (let o = start; o < end; o++) {
      const w = this.weight(o);
      const total = totals.get(this.optActor[o] as number) as number;
      out.push({
        code: this.optCode[o] as number,
        actor: this.optActor[o] as number,
        weight: w,
        probability: total > 0 ? w / total / movers : 0,
        withinActor: total > 0 ? w / total : 0,
      });
    }
    return out;
  }

  /** Option o's scaled weight (build() inlines this). */
  private weight(o: number): number {
    const i = this.optRaw[o] as number;
    const code = this.catalog.rawCode[i] as number;
    return (this.catalog.rawWeight[i] as number) * (code >= 0 ? (this.moveScale[code] as number) : this.passScale);
  }

  /** Distinct tension values seen so far (by tension id). */
  get tensionValues(): readonly number[] {
    return this.catalog.tensionValues;
  }

  private room(sid: number): number {
    const needed = (sid + 1) * this.slots;
    if (needed > this.tableOf.length) this.tableOf = grownInt(this.tableOf, Math.max(needed, this.tableOf.length * 2), -1);
    return sid;
  }

  /** Two passes over the options: scaled weights and per-actor totals, then running sums (locals: this runs cold). */
  private build(sid: number, slot: number): number {
    const { catalog, compiled, actorCount, free, moveScale, passScale } = this;
    const t = this.tableCount;
    if (t === this.tableStart.length) this.growTables(t * 2);
    const start = this.optCount;
    this.tableStart[t] = start;
    this.tableCount = t + 1;
    if (catalog.terminal[sid] === 1) {
      this.tableSize[t] = 0;
      this.tableTotal[t] = 0;
      return t;
    }
    const first = free ? 0 : slot;
    const last = free ? actorCount - 1 : slot;
    let size = 0;
    for (let a = first; a <= last; a++) {
      catalog.raw(sid, a);
      size += catalog.rawLength[sid * actorCount + a] as number;
    }
    if (start + size > this.optCode.length) this.growOptions(start + size);
    const { rawStart, rawLength, rawCode, rawWeight, rawNext } = catalog;
    const { optCumulative, optCode, optActor, optGoldstein, optNext, optRaw, actorTotals } = this;
    if (!free) {
      // The same options as a state whose table exists: copy its draw data, only the next states differ.
      const source = catalog.rawSource[sid * actorCount + slot] as number;
      const built = source !== sid ? (this.tableOf[source * this.slots + slot] as number) : -1;
      if (built >= 0) {
        const from = this.tableStart[built] as number;
        optCumulative.copyWithin(start, from, from + size);
        optCode.copyWithin(start, from, from + size);
        optActor.copyWithin(start, from, from + size);
        optGoldstein.copyWithin(start, from, from + size);
        const raw = (rawStart[sid * actorCount + slot] as number) - 1;
        for (let k = 0; k < size; k++) {
          optNext[start + k] = rawNext[raw + k] as number;
          optRaw[start + k] = raw + k;
        }
        this.optCount = start + size;
        this.tableSize[t] = size;
        this.tableTotal[t] = this.tableTotal[built] as number;
        return t;
      }
    }
    const goldstein = compiled.moveGoldstein;
    // Pass 1: each actor's total scaled weight (added in option order, as responses() does).
    let movers = 0;
    for (let a = first; a <= last; a++) {
      const raw = (rawStart[sid * actorCount + a] as number) - 1;
      const end = raw + (rawLength[sid * actorCount + a] as number);
      let total = 0;
      for (let i = raw; i < end; i++) {
        const code = rawCode[i] as number;
        total += (rawWeight[i] as number) * (code >= 0 ? (moveScale[code] as number) : passScale);
      }
      actorTotals[a] = total;
      if (total > 0) movers++;
    }
    // Pass 2: running sums of the draw weights (raw weights in alternating play, probabilities in free play).
    let sum = 0;
    let o = start;
    for (let a = first; a <= last; a++) {
      const raw = (rawStart[sid * actorCount + a] as number) - 1;
      const end = raw + (rawLength[sid * actorCount + a] as number);
      const total = actorTotals[a] as number;
      for (let i = raw; i < end; i++) {
        const code = rawCode[i] as number;
        const w = (rawWeight[i] as number) * (code >= 0 ? (moveScale[code] as number) : passScale);
        sum += free ? (total > 0 ? w / total / movers : 0) : w;
        optCumulative[o] = sum;
        optCode[o] = code;
        optActor[o] = a;
        optGoldstein[o] = code >= 0 ? (goldstein[code] as number) : 0;
        optNext[o] = rawNext[i] as number;
        optRaw[o] = i;
        o++;
      }
    }
    this.optCount = o;
    this.tableSize[t] = size;
    this.tableTotal[t] = movers > 0 ? sum : 0;
    return t;
  }

  private growTables(size: number): void {
    this.tableStart = grownInt(this.tableStart, size, 0);
    this.tableSize = grownInt(this.tableSize, size, 0);
    this.tableTotal = grownFloat(this.tableTotal, size);
  }

  private growOptions(needed: number): void {
    const size = Math.max(needed, this.optCode.length * 4);
    this.optCumulative = grownFloat(this.optCumulative, size);
    this.optCode = grownInt(this.optCode, size, 0);
    this.optActor = grownInt(this.optActor, size, 0);
    this.optGoldstein = grownFloat(this.optGoldstein, size);
    this.optNext = grownInt(this.optNext, size, 0);
    this.optRaw = grownInt(this.optRaw, size, 0);
  }
}

/**
 * The pool index of the option a uniform draw u ∈ [0, 1) picks among options start to end - 1 with
 * running sums `cumulative` and sum `total`; never an option of zero weight.
 */
export function pick(cumulative: Float64Array, start: number, end: number, total: number, u: number): number {
  const target = u * total;
  for (let o = start; o < end; o++) if (target < (cumulative[o] as number)) return o;
  // Rounding can leave target at the total: take the last option that has weight.
  for (let o = end - 1; o > start; o--) if ((cumulative[o] as number) > (cumulative[o - 1] as number)) return o;
  return start;
}

function grownInt(a: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

function grownFloat(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

function grownBytes(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(size);
  b.set(a);
  return b;
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
