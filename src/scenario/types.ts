import type { NormalData } from './move-parties.ts';

export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A validated, frozen scenario, with the hash of its canonical content (sessions refer to it). */
export type Scenario = DeepReadonly<NormalData> & {
  /** sha-256 of the canonical JSON of the validated scenario, hex, first 16 characters. */
  readonly hash: string;
};

export type {
  Condition,
  Source,
  Actor,
  Posture,
  Level,
  Effect,
  Outcome,
  ReplayStep,
  Turns,
} from './schema.ts';
export type { NormalMove as Move } from './move-parties.ts';
