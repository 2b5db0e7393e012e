/**
 * Duration and lapse in the scenario format: an effect (or a whole replay step) may last
 * `for: N` days or `until: DATE`, after which the posture returns to the level it had before,
 * or lapses to the level `then` names (effects only). Keys are optional with no default, so
 * files without them keep their content hash.
 *
 *   effects:
 *     - { posture: dprk.testing, set: pause, for: 75, then: testing }
 *   replay:
 *     - { date: 2017-08-21, move: start-exercise, until: 2017-08-31, … }
 *
 * `for: N` counts the day it starts: an effect of 21 August `for: 11` holds through 31 August,
 * like `until: 2017-08-31`, and the posture is back on 1 September. The engine's rule is in
 * src/engine/lapses.ts.
 */
import { z } from 'zod';

/** The longest duration a file may state, in days (ten years). */
export const MAX_DAYS = 3650;

const Days = z
  .number()
  .int('must be a whole number of days — write e.g. for: 75')
  .min(1, 'must be at least 1 day — write 1 or more, or remove "for"')
  .max(MAX_DAYS, `must be at most ${MAX_DAYS} days (ten years) — write a shorter duration, or remove "for" so the effect lasts`)
  .describe('How many days the effect holds, counting its first day; then the posture returns (or lapses to `then`).');

const Until = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD — the last day the effect holds')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date — check the month and the day')
  .describe('The last day the effect holds (YYYY-MM-DD); the day after, the posture returns (or lapses to `then`).');

/** The keys an effect may add: how long it lasts and what it lapses to. */
export const EFFECT_DURATION = {
  for: Days.optional(),
  until: Until.optional(),
  then: z
    .string()
    .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a level id of the posture — e.g. then: testing')
    .optional()
    .describe('The level the posture lapses to when the effect ends (default: the level it had before).'),
} as const;

/** The keys a replay step may add: every effect of its move lasts this long, then returns. */
export const STEP_DURATION = {
  for: Days.optional().describe('How many days every effect of the step\'s move holds, counting the step\'s day; then each posture returns.'),
  until: Until.optional().describe('The last day every effect of the step\'s move holds (YYYY-MM-DD); the day after, each posture returns.'),
} as const;
