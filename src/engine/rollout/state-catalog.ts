/**
 * The state catalog, shared by every what-if model of a compiled scenario. Everything a rollout step
 * reads sits in typed arrays indexed by small integers, built lazily: a state gets a compact id (sid)
 * when a rollout first reaches it, and a (state, actor) pair its raw options in flat pools when first
 * asked. No object per state, so building the few thousand entries of a cold run costs little, and a
 * step allocates nothing.
 * The catalog is a bounded cache: past CATALOG_MAX_STATES states it is emptied between two rollouts
 * (`reset`, counted by `generation`) and refills with the states met next; the classes stay, so the
 * counts a run holds by class keep their meaning. The numbers a run gives do not depend on it.
 */
import { compileScenario, type CompiledScenario, type PackedState } from '../compile.ts';
import type { PostureState } from '../types.ts';
import { grownBytes, grownFloat, grownInt } from './grow.ts';
import { optionPostures } from './option-postures.ts';

/**
 * What the compiled engine says about each state, asked once per state and kept for the life of the
 * compiled scenario: every what-if variant (and every run) rescales these instead of asking again.
 * States are grouped in classes of equal (tension, outcomes that hold): a rollout counts visits per
 * class and turn, which is all the fan and the outcome curves need.
 */
/** The most states the catalog holds before it is emptied (docs/monte-carlo.md states the memory bound). */
export const CATALOG_MAX_STATES = 2 ** 16;

export class StateCatalog {
  /** Number of states with an id. */
  count = 0;
  /** The bound (tests lower it to see resets). */
  maxStates = CATALOG_MAX_STATES;
  /** How many times the catalog has been emptied: sids from an earlier generation mean nothing. */
  generation = 0;
  /**
   * The compiled form that reads and makes this catalog's states: the scenario's own, or for a wide
   * scenario (interned states) a private one, replaced on reset so its interned states go too.
   */
  private states: CompiledScenario;
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
    this.states = compiled.wide ? compileScenario(compiled.scenario) : compiled;
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

  /** The sid of a state of `compiled` (the timeline's). */
  sidOf(state: PackedState): number {
    return this.sid(this.states === this.compiled ? state : this.states.pack(this.compiled.unpack(state)));
  }

  /** The sid of a rollout start: by its levels when states are interned (the start may come from another compiled form). */
  sidOfStart(start: { readonly state: PackedState; readonly levels: readonly number[] }): number {
    return this.states.wide ? this.sid(this.states.fromLevels(start.levels)) : this.sid(start.state);
  }

  /** The postures of state sid, a fresh object each call (for the lapse rule, rollout/lapse-track.ts). */
  posturesOf(sid: number): PostureState {
    return this.states.unpack(this.packed[sid] as number);
  }

  /** The sid of a state given by its postures. */
  sidOfPostures(postures: PostureState): number {
    return this.sid(this.states.pack(postures));
  }

  /** Whether the catalog has grown past its bound (then the caller resets it between rollouts). */
  get full(): boolean {
    return this.count > this.maxStates;
  }

  /** Empties the catalog of states and options (keeping its arrays and the classes); a new generation. */
  reset(): void {
    this.ids.clear();
    for (const block of this.blocks) block.clear();
    this.rawStart.fill(0, 0, this.count * this.actors);
    this.rawNext.fill(-1, 0, this.rawCount);
    this.count = 0;
    this.rawCount = 0;
    if (this.states !== this.compiled) this.states = compileScenario(this.compiled.scenario);
    this.generation++;
  }

  private sid(state: PackedState): number {
    const known = this.ids.get(state);
    return known === undefined ? this.add(state) : known;
  }

  /** First raw option of actor a in state sid (asking the compiled engine on first use); rawLength has the count. */
  raw(sid: number, actor: number): number {
    const at = sid * this.actors + actor;
    const start = this.rawStart[at] as number;
    if (start > 0) return start - 1;
    const compiled = this.states;
    const state = this.packed[sid] as number;
    const postures = this.optionPostures[actor] ?? null;
    const key = postures === null ? -1 : compiled.projection(state, postures);
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
      next = this.sid(this.states.apply(this.packed[this.rawOwner[i] as number] as number, this.rawCode[i] as number));
      this.rawNext[i] = next;
    }
    return next;
  }

  private add(state: PackedState): number {
    const compiled = this.states;
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
    for (let i = 0; i < this.states.scenario.outcomes.length; i++) if (this.states.outcomeHolds(state, i)) out.push(i);
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
