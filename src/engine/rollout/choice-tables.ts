/**
 * The rollout model's choice tables: who moves next, and with what probability each option is
 * chosen, per state of the catalog, under one what-if. Turn rules are the Timeline's (alternating:
 * the actor after the last mover in turns.order; a terminal outcome ends the game); free play picks
 * one actor with something to do uniformly, then its option by propensity (docs/monte-carlo.md).
 * With nobody able to move the rollout has "stalled". A (state, actor to move) pair gets its table in
 * flat typed pools when first asked, like the catalog's: no object per table, no allocation per step.
 */
import type { CompiledScenario, PackedState } from '../compile.ts';
import type { PostureState } from '../types.ts';
import { isPlayed } from '../../scenario/move-parties.ts';
import { turnOrder } from '../turns.ts';
import { grownFloat, grownInt } from './grow.ts';
import type { StateCatalog } from './state-catalog.ts';
import type { WhatIf } from './types.ts';
import { whatIfScales } from './what-if.ts';

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
  /** unplayed[a] = 1 for an actor with played: false: never drawn to move (free play; alternating play never reaches it). */
  readonly unplayed: Uint8Array;
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
  /** The catalog generation the tables are for (see StateCatalog.reset). */
  private generation: number;
  private readonly moveScale: Float64Array;
  private readonly passScale: number;
  /** Scratch for build: each actor's total weight in the table being built. */
  private readonly actorTotals: Float64Array;

  /** Models come from modelFor (model.ts), which shares one catalog per compiled scenario. */
  constructor(catalog: StateCatalog, whatIf: WhatIf = {}) {
    const { compiled } = catalog;
    this.compiled = compiled;
    this.catalog = catalog;
    const { scenario } = compiled;
    this.free = scenario.turns.mode === 'free';
    this.actorCount = compiled.actorIds.length;
    this.slots = this.free ? 1 : this.actorCount;
    this.actorTotals = new Float64Array(this.actorCount);
    this.tableOf = new Int32Array(Math.max(256, this.catalog.packed.length) * this.slots).fill(-1);
    this.generation = catalog.generation;
    const order = turnOrder(scenario).map((id) => compiled.actorIds.indexOf(id));
    this.unplayed = Uint8Array.from(scenario.actors.map((a) => (isPlayed(a) ? 0 : 1)));
    this.nextActor = new Int32Array(this.actorCount + 1);
    this.nextActor[0] = order[0] ?? 0;
    for (let a = 0; a < this.actorCount; a++) {
      const i = order.indexOf(a);
      this.nextActor[a + 1] = order[(i + 1) % order.length] ?? 0;
    }
    const { moveScale, passScale } = whatIfScales(compiled, whatIf);
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
    this.current();
    return this.room(this.catalog.sidOf(state));
  }

  /** The sid of a rollout start (StateCatalog.sidOfStart), with room for its tables. */
  sidOfStart(start: { readonly state: PackedState; readonly levels: readonly number[] }): number {
    this.current();
    return this.room(this.catalog.sidOfStart(start));
  }

  /** The sid of a state given by its postures (a lapse has changed them), with room for its tables. */
  sidOfPostures(postures: PostureState): number {
    this.current();
    return this.room(this.catalog.sidOfPostures(postures));
  }

  /**
   * Room in tableOf for every state the catalog knows: states another model (another what-if) added
   * since can reach this model's tables through the shared next-state cache.
   */
  reserve(): void {
    this.current();
    if (this.catalog.count > 0) this.room(this.catalog.count - 1);
  }

  /** Drops the tables when the catalog has been reset since they were built (their sids are gone). */
  private current(): void {
    if (this.generation === this.catalog.generation) return;
    this.tableOf.fill(-1);
    this.tableCount = 0;
    this.optCount = 0;
    this.generation = this.catalog.generation;
  }

  /** Id of the table of state sid for the actor in `slot`, built on first use. */
  table(sid: number, slot: number): number {
    this.current();
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
      if (this.unplayed[a] === 1) continue;
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
      if (this.unplayed[a] === 1) continue;
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
