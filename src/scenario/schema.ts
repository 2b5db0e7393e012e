/**
 * The scenario format: the shape of a scenario file, as a zod schema.
 *
 * This is the project's main public interface. The same schema is published as
 * JSON Schema in scenarios/scenario.schema.json (see scripts/write-schema.ts) so
 * editors can autocomplete scenario files. Cross-references between ids (a move
 * naming an unknown level, say) are checked after this, in cross-check.ts.
 */
import { z } from 'zod';
import { idMessage } from './id-text.ts';
import { FORMAT_MESSAGE, FORMAT_VERSION } from './migrate.ts';
import { EFFECT_DURATION, STEP_DURATION } from './lapse.ts';
import { StepDate, ZoneName } from './time-schema.ts';

export { FORMAT_VERSION } from './migrate.ts';

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const POSTURE_REF = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const LEVEL_REF = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const ID_RULE = 'lowercase letters, digits and single hyphens, starting with a letter';
const ID_HINT = `${ID_RULE} (e.g. "liaison-office")`;


/** A pattern check whose message says why, when the reason is invisible (see id-text.ts). */
const SCALE_FIX = 'write a number from 0 (calm) to 10 (war), on the scale in docs/scenario-format.md';
const WEIGHT_FIX = 'write a number from 0 to 10, or leave the weight out (it counts once)';

/** How to fix a date that matches YYYY-MM-DD but does not exist ("2019-02-30"). */
function calendarFix(date: string): string {
  const [year = 0, month = 0] = date.split('-').map(Number);
  if (month < 1 || month > 12) return 'months run from 01 to 12';
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `month ${String(month).padStart(2, '0')} of ${year} has ${days} days`;
}

const idPattern = (pattern: RegExp, message: string) => ({ error: (issue: { input?: unknown }) => idMessage(issue.input, pattern, message) });

export const Id = z
  .string()
  .max(64, 'ids are at most 64 characters — shorten it (sessions and links store ids, so keep them short)')
  .regex(ID_PATTERN, idPattern(ID_PATTERN, `must be an id: ${ID_RULE} — write e.g. "liaison-office"`))
  .describe(`An id: ${ID_HINT}.`);

/** "actor.posture", e.g. "dprk.liaison". */
export const PostureRef = z
  .string()
  .max(130)
  .regex(POSTURE_REF, idPattern(POSTURE_REF, 'must name a posture as "actor.posture" — write the actor id, a dot and the posture id, e.g. "dprk.liaison"'))
  .describe('A posture, written "actor.posture", e.g. "dprk.liaison".');

/** "actor.posture.level", e.g. "us.sanctions.relief". */
export const LevelRef = z
  .string()
  .max(200)
  .regex(LEVEL_REF, idPattern(LEVEL_REF, 'must name a level as "actor.posture.level" — write the actor, posture and level ids joined by dots, e.g. "us.sanctions.relief"'))
  .describe('A posture level, written "actor.posture.level".');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD — write e.g. 2019-03-22 (four-digit year, two-digit month and day)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: (issue) => `is not a real calendar date — ${calendarFix(String(issue.input))}`,
  })
  .describe('An ISO calendar date, YYYY-MM-DD.');

const HttpUrl = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address — write the full address, starting with https://')
  .describe('An http or https address.');

// ---------------------------------------------------------------------------
// Conditions over posture levels, used by requires, propensity modifiers and outcomes.

export type Condition =
  | { posture: string; is: string }
  | { posture: string; isNot: string }
  | { posture: string; oneOf: string[] }
  | { posture: string; atLeast: string }
  | { posture: string; atMost: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ posture: PostureRef, is: Id }).describe('The posture is at this level.'),
    z.strictObject({ posture: PostureRef, isNot: Id }).describe('The posture is at any level but this one.'),
    z.strictObject({ posture: PostureRef, oneOf: z.array(Id).min(1).max(50) }).describe('The posture is at one of these levels.'),
    z
      .strictObject({ posture: PostureRef, atLeast: Id })
      .describe('The posture is at this level or one listed after it (levels are ordered).'),
    z
      .strictObject({ posture: PostureRef, atMost: Id })
      .describe('The posture is at this level or one listed before it (levels are ordered).'),
    z.strictObject({ all: z.array(Condition).min(1).max(50) }).describe('Every condition holds.'),
    z.strictObject({ any: z.array(Condition).min(1).max(50) }).describe('At least one condition holds.'),
    z.strictObject({ not: Condition }).describe('The condition does not hold.'),
  ]),
).describe('A condition on posture levels.');

// ---------------------------------------------------------------------------

export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB" — write the BCP 47 tag of the text\'s language, e.g. language: en')
  .describe('BCP 47 language tag of the text.');

/** Text of at most `max` characters, not empty once trimmed. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** One address of a source that has several (a report and its annex, a statement in two outlets). */
export const SourceLink = z
  .strictObject({
    url: HttpUrl,
    title: text(300).optional().describe('What this address holds, when it is not the source\'s title.'),
    publisher: text(200).optional().describe('Who publishes this address, when not the source\'s publisher.'),
  })
  .describe('One address of a source, with its own title and publisher if they differ.');

export const Source = z
  .strictObject({
    id: Id,
    title: text(300),
    publisher: text(200),
    date: IsoDate.optional(),
    url: HttpUrl.optional().describe('The source\'s address; a source needs url, links or both.'),
    links: z.array(SourceLink).min(1, 'must list at least one address — add one, or remove links and write url:').max(20).optional().describe('Several addresses of one source (source-links.ts).'),
  })
  .describe('A source cited by moves and replay steps.');

/** meta.places: the name of the place each zone stands for, where the zone's city is not it. */
export const Places = z
  // Its keys are checked as zone names in time-check.ts, where a misspelt one gets a "did you mean".
  .record(z.string(), text(40))
  .describe('The place a zone stands for on screen, by zone: { America/New_York: Washington }. Without it a zone shows as its city (New York); see "Time zones" in docs/scenario-format.md.');

/** meta.earlierVersions: earlier versions of this file whose sessions open on it (engine/session/restore.ts). */
export const EarlierVersions = z
  .array(z.string().regex(/^[0-9a-f]{16}$/, 'must be a content hash of 16 hexadecimal digits — copy it from "scenario.hash" in a session file of that version, e.g. 2f13afab74932ad7'))
  .max(50)
  .describe('Content hashes of earlier versions of this file whose actors, postures, levels and moves were the same, in the same order (only texts, dates within their day, zones, places, sources or weights changed): sessions saved against them open on this version. See "Sessions of another version of a scenario" in docs/scenario-format.md.');

export const Meta = z.strictObject({
  id: Id.describe('The scenario id; sessions and share links refer to it.'),
  title: text(200),
  summary: text(2000),
  language: LanguageTag,
  authors: z.array(text(200)).min(1).max(50),
  license: text(100).describe('Licence of the scenario text, e.g. "CC-BY-4.0".'),
  span: z
    .strictObject({ from: IsoDate, to: IsoDate })
    .describe('The period the scenario covers; replay steps and the turn start date fall inside it.'),
  zone: ZoneName.optional().describe('The time zone replay dates are read in when a step names none, e.g. "America/New_York"; see "Time zones" in docs/scenario-format.md.'),
  places: Places.optional(),
  earlierVersions: EarlierVersions.optional(),
  daysPerTurn: z.number().int().min(1).max(365).describe('Calendar days one turn of free play advances the date.'),
  escalationScale: text(2000)
    .optional()
    .describe('What the escalation values of this scenario mean (defaults to the scale in docs/scenario-format.md).'),
  sources: z.array(Source).max(500).default([]),
});

export const Level = z.strictObject({
  id: Id,
  label: text(100),
  short: text(24).optional().describe('A short label for the posture chips when `label` is long, e.g. "No talks".'),
  description: text(1000).optional(),
  escalation: z
    .number()
    .min(0, `escalation values run from 0 to 10 — ${SCALE_FIX}`)
    .max(10, `escalation values run from 0 to 10 — ${SCALE_FIX}`)
    .describe('0 (calm, cooperative) to 10 (war); see docs/scenario-format.md for the scale.'),
});

export const Posture = z.strictObject({
  id: Id,
  label: text(100),
  description: text(1000).optional(),
  levels: z.array(Level).min(2, 'a posture needs at least two levels — add another level (the ladder runs from least to most escalated)').max(20).describe('Ordered from least to most escalated.'),
  initial: Id.describe('The level this posture starts at.'),
  weight: z
    .number()
    .min(0, `a weight runs from 0 to 10 — ${WEIGHT_FIX}`)
    .max(10, `a weight runs from 0 to 10 — ${WEIGHT_FIX}`)
    .optional()
    .describe('How much this posture counts in the tension index (default 1); see docs/indicators.md.'),
});

export const Actor = z.strictObject({
  id: Id,
  name: text(100),
  short: text(16).describe('Short name for buttons and chart legends, e.g. "DPRK".'),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb — write six hexadecimal digits in quotes, e.g. colour: "#1f4e9a"'),
  played: z
    .boolean({ error: 'must be true or false — write played: false for an actor that only takes part in the replay' })
    .optional()
    .describe('false: the actor takes part in the replay (its moves may be replay steps) but is never offered a seat or a turn (default true).'),
  postures: z.array(Posture).min(1).max(20),
});

/** One actor id, or a list of them (the ids are checked in cross-check.ts, with a "did you mean"). */
function Parties(what: string, example: string) {
  const one = `must be ${what} as an id or a list of ids — write e.g. ${example}, or [us, rok]`;
  return z.union(
    [
      Id,
      z
        .array(Id, { error: one })
        .min(1, `must list at least one actor — write e.g. [${example.split(': ')[1]}]`)
        .max(12, 'must list at most 12 actors — a scenario has at most 12: remove the extra ids'),
    ],
    { error: one },
  );
}

/** Levels a relative effect moves: at least one, fewer than the ladder's 20 levels (cross-check.ts checks the ladder itself). */
const Steps = z
  .number()
  .int('must be a whole number of levels — write e.g. raise: 1')
  .min(1, 'must be at least 1 level — write 1 or more, or remove the effect')
  .max(19, 'must be at most 19 levels (a ladder has at most 20) — write a smaller number, or set: <level>');

export const Effect = z
  .union([
    z.strictObject({ posture: PostureRef, set: Id, ...EFFECT_DURATION }).describe('Sets the posture to this level.'),
    z.strictObject({ posture: PostureRef, raise: Steps, ...EFFECT_DURATION }).describe('Moves the posture this many levels up its ladder, stopping at the top.'),
    z.strictObject({ posture: PostureRef, lower: Steps, ...EFFECT_DURATION }).describe('Moves the posture this many levels down its ladder, stopping at the bottom.'),
    z.strictObject({ posture: PostureRef, atLeast: Id, ...EFFECT_DURATION }).describe('Raises the posture to this level if it is below it; leaves it otherwise.'),
    z.strictObject({ posture: PostureRef, atMost: Id, ...EFFECT_DURATION }).describe('Lowers the posture to this level if it is above it; leaves it otherwise.'),
  ])
  .describe('An effect on a posture.');

export const GoldsteinOverride = z.strictObject({
  value: z.number().min(-10).max(10),
  reason: text(500).describe('Why the move carries this weight: how it departs from its CAMEO code\'s Goldstein weight, or, with cameo: none, why the event weighs this much.'),
});

export const Modifier = z.strictObject({
  when: Condition,
  factor: z.number().min(0).max(1000).describe('Multiplies the base weight while the condition holds.'),
  note: text(300).optional(),
});

export const Propensity = z
  .strictObject({
    base: z.number().min(0).max(1000).describe('Relative weight of this move when the actor chooses among its open moves.'),
    rationale: text(500).describe('One line of analyst judgment behind the weight.'),
    modifiers: z.array(Modifier).max(20).default([]),
  })
  .describe('How likely the actor is to choose this move, for "what happens next".');

export const Move = z.strictObject({
  id: Id,
  actor: Parties('the actor who makes the move', 'actor: us').describe('The actor making the move, or a list of actors making it together (the first played one takes the turn), e.g. [us, rok].'),
  target: Parties('the actor the move is aimed at', 'target: dprk')
    .optional()
    .describe('The actor or actors the move is aimed at (CAMEO\'s dyad); omitted means the actors not making it. See docs/indicators.md.'),
  label: text(120),
  description: text(2000),
  requires: Condition.optional().describe('When the move is open; omitted means always.'),
  effects: z.array(Effect).min(1, 'a move needs at least one effect — add one, e.g. - { posture: us.sanctions, set: expanded }').max(20),
  cameo: z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a CAMEO code in quotes — write e.g. cameo: "163" (unquoted, YAML reads 044 as the number 44)') })
    .regex(/^(\d{2,4}|none)$/, 'must be a CAMEO event code of 2 to 4 digits, in quotes, or none — find the code in docs/cameo.md, e.g. cameo: "163"; for an event with no code write cameo: none and goldstein: { value, reason }')
    .describe('The CAMEO event code, or none for an event CAMEO has no code for (then goldstein gives its weight and reason).'),
  goldstein: GoldsteinOverride.optional(),
  propensity: Propensity,
  sources: z.array(Id).max(50).default([]),
});

export const Pass = z.strictObject({
  allowed: z.boolean(),
  weight: z.number().min(0).max(1000).default(1).describe('Propensity weight of passing, against the open moves.'),
});

export const Turns = z.strictObject({
  mode: z.enum(['alternating', 'free']).describe('alternating: actors move in `order`; free: any actor may move next.'),
  order: z.array(Id).min(1).max(20).optional().describe('The actors in turn order (required when alternating).'),
  pass: Pass.default({ allowed: false, weight: 1 }),
  start: IsoDate.describe('The date of the first turn of free play.'),
});

export const Outcome = z.strictObject({
  id: Id,
  label: text(120),
  description: text(1000),
  when: Condition,
  terminal: z.boolean().default(false).describe('Whether reaching it ends the game.'),
});

export const ReplayFlag = z.strictObject({
  kind: z
    .enum(['unverified', 'contested', 'modelling'], { error: 'must be unverified, contested or modelling — write kind: modelling for a step that stands for a period with no event' })
    .describe('unverified or contested claim, or modelling: the step stands for a period with no event.'),
  note: text(500),
});

export const ReplayStep = z.strictObject({
  date: StepDate,
  zone: ZoneName.optional().describe('The time zone of the place where the step happened (default meta.zone), e.g. "Asia/Seoul".'),
  time: text(120).optional().describe('Local-time note, e.g. "morning, Seoul (UTC+9)".'),
  move: Id,
  narration: text(3000),
  sources: z.array(Id).min(1, 'a replay step needs at least one source — add the id of one of meta.sources, e.g. sources: [treasury]').max(20),
  flag: ReplayFlag.optional().describe('Marks a contested or unverified claim, or a modelling note.'),
  ...STEP_DURATION,
});

export const Explore = z
  .strictObject({
    unreachable: z.array(LevelRef).max(200).default([]).describe('Levels expected never to be reached.'),
    neverOpen: z.array(Id).max(200).default([]).describe('Moves expected never to open.'),
    deadEnds: z.boolean().default(false).describe('Whether states with no open move and no terminal outcome are expected.'),
  })
  .describe('What `whn explore` should not report as a problem.');

export const ScenarioSchema = z.strictObject({
  format: z.literal(FORMAT_VERSION, { error: FORMAT_MESSAGE }).describe(`The scenario format version (files written for format 1 load too and are migrated on load).`),
  meta: Meta,
  actors: z.array(Actor).min(1).max(12),
  moves: z.array(Move).min(1).max(500),
  turns: Turns,
  outcomes: z.array(Outcome).max(100).default([]),
  replay: z.array(ReplayStep).max(1000).default([]),
  debrief: z.array(text(1000)).max(50).default([]).describe('Questions for a class debrief.'),
  explore: Explore.default({ unreachable: [], neverOpen: [], deadEnds: false }),
});

export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioData = z.output<typeof ScenarioSchema>;
export type Source = z.output<typeof Source>;
export type Actor = z.output<typeof Actor>;
export type Posture = z.output<typeof Posture>;
export type Level = z.output<typeof Level>;
export type Move = z.output<typeof Move>;
export type Effect = z.output<typeof Effect>;
export type Outcome = z.output<typeof Outcome>;
export type ReplayStep = z.output<typeof ReplayStep>;
export type Turns = z.output<typeof Turns>;
