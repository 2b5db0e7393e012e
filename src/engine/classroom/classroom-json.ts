/**
 * The classroom state in a saved session: plain JSON, versioned, checked on the way in against
 * the timeline it belongs to (every node it names must exist), so a damaged file gives a
 * message saying what and where instead of a broken session.
 *
 * Versions: 1 wrote the log and void reasons as English; 2 writes them as codes (the words layer
 * says them in the reader's language). A version-1 file still opens: its English is kept as
 * `legacy` records and shown as it was written.
 */
import { z } from 'zod';
import type { ConditionTerm as ConditionTermType } from '../../scenario/conditions.ts';
import type { Timeline } from '../types.ts';
import { checkSettings } from './setup.ts';
import { STOPPED } from './timer.ts';
import type { ClassroomState } from './types.ts';

export const CLASSROOM_FORMAT = 'whn-classroom';
export const CLASSROOM_VERSION = 2;

/** `timer` is optional: sessions saved before it was kept open with the clock stopped. */
export type ClassroomJson = Omit<ClassroomState, 'timer'> & { readonly format: typeof CLASSROOM_FORMAT; readonly version: typeof CLASSROOM_VERSION; readonly timer?: ClassroomState['timer'] };

const Id = z.string().min(1).max(80);
const NodeId = z.number().int().min(0);
const Source = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), team: Id }),
  z.strictObject({ kind: z.literal('computer') }),
  z.strictObject({ kind: z.literal('facilitator') }),
]);
const Text = z.string().max(500);
const Ids = z.array(Id).max(50);
const LevelTest = z.enum(['is', 'isNot', 'oneOf', 'noneOf', 'atLeast', 'atMost', 'below', 'above']);
const ConditionTerm: z.ZodType<ConditionTermType> = z.lazy(() =>
  z.union([z.strictObject({ kind: z.enum(['all', 'any']), parts: z.array(ConditionTerm).max(50) }), z.strictObject({ kind: LevelTest, posture: Id, levels: Ids })]),
);
export const ClosedReasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('requires'), requires: z.array(ConditionTerm).max(50), now: z.array(z.strictObject({ posture: Id, level: Id })).max(50) }),
  z.strictObject({ code: z.literal('game-over'), outcomes: Ids }),
  z.strictObject({ code: z.literal('not-your-turn'), next: Ids }),
]);
/** A closed move as a room sends it in a refusal (engine/closed-reason.ts). */
export const ClosedMoveSchema = z.strictObject({ actor: Id, move: Id, reason: ClosedReasonSchema.nullable() });
const VoidReason = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('game-over'), outcomes: Ids }),
  z.strictObject({ code: z.literal('closed-earlier'), reason: ClosedReasonSchema.nullable() }),
  z.strictObject({ code: z.literal('legacy'), text: Text }),
]);
const TurnMove = z.strictObject({ actor: Id, chosen: Id, source: Source, node: NodeId.nullable(), voidReason: VoidReason.nullable() });
const Override = z.strictObject({ actor: Id, posture: Id, level: Id });
const Reason = z.string().min(1).max(500);
const Step = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['turn', 'round']), number: z.number().int().min(0), from: NodeId, to: NodeId, moves: z.array(TurnMove).max(50) }),
  z.strictObject({ kind: z.literal('inject'), number: z.number().int().min(0), from: NodeId, to: NodeId, moves: z.array(TurnMove).max(1), event: z.number().int().min(0).nullable(), reason: Reason }),
  z.strictObject({ kind: z.literal('override'), number: z.number().int().min(0), from: NodeId, to: NodeId, moves: z.tuple([]), override: Override, reason: Reason }),
]);
const Phase = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['handover', 'choosing']), team: Id }),
  z.strictObject({ kind: z.enum(['ready', 'revealed', 'over']) }),
]);
const stamp = { at: z.string().max(40), who: z.union([Source, z.string().max(80)]), reason: Text.nullable(), date: z.string().max(10) };
const entry = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) => z.strictObject({ kind: z.literal(kind), ...shape, ...stamp });
const LogEntry = z.discriminatedUnion('kind', [
  entry('started', {
    teams: z.array(z.strictObject({ name: z.string().max(80), actors: Ids })).max(20),
    turnMode: z.enum(['alternating', 'simultaneous']),
    timerSeconds: z.number().int().nullable(),
    seed: z.number().int(),
  }),
  entry('played', { actor: Id, move: Id }),
  entry('committed', {}),
  entry('revealed', { round: z.number().int().min(0), moves: z.array(z.strictObject({ actor: Id, chosen: Id, source: Source, voidReason: VoidReason.nullable() })).max(50) }),
  entry('paused', {}),
  entry('resumed', {}),
  entry('cleared', {}),
  entry('undid', { step: z.enum(['turn', 'round', 'inject', 'override']), number: z.number().int().min(0) }),
  entry('injected', { actor: Id, move: Id }),
  entry('injected-event', { event: z.number().int().min(0), eventDate: z.string().max(10), actor: Id, move: Id }),
  entry('override', { actor: Id, posture: Id, level: Id }),
  entry('legacy', { text: z.string().max(4000) }),
]);

const ClassroomSchema = z.strictObject({
  format: z.literal(CLASSROOM_FORMAT),
  version: z.literal(CLASSROOM_VERSION),
  settings: z.strictObject({
    teams: z.array(z.strictObject({ id: Id, name: z.string().max(80) })).max(20),
    assignment: z.record(Id, Id),
    facilitator: z.string().max(80).nullable(),
    turnMode: z.enum(['alternating', 'simultaneous']),
    timerSeconds: z.number().int().nullable(),
    seed: z.number().int(),
    start: NodeId,
  }),
  head: NodeId,
  phase: Phase,
  pending: z.record(Id, Id),
  steps: z.array(Step).max(10_000),
  log: z.array(LogEntry).max(20_000),
  paused: z.boolean(),
  // Wall-clock times, so a reload during a team's turn keeps counting from the same deadline.
  timer: z.strictObject({ usedMs: z.number().min(0), runningSince: z.number().nullable() }).optional(),
});

export function classroomToJSON(state: ClassroomState): ClassroomJson {
  return { format: CLASSROOM_FORMAT, version: CLASSROOM_VERSION, ...state };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2: English log entries and void reasons become `legacy` records holding the text.
 * Anything else is left for the schema to judge, so a damaged file still gets its message.
 */
function fromVersion1(json: Record<string, unknown>): Record<string, unknown> {
  const log = Array.isArray(json.log)
    ? json.log.map((e) => (isObject(e) && typeof e.action === 'string' && !('kind' in e) ? (({ action, ...rest }) => ({ kind: 'legacy', text: action, ...rest }))(e) : e))
    : json.log;
  const move = (m: unknown) => (isObject(m) && typeof m.voidReason === 'string' ? { ...m, voidReason: { code: 'legacy', text: m.voidReason } } : m);
  const steps = Array.isArray(json.steps) ? json.steps.map((s) => (isObject(s) && Array.isArray(s.moves) ? { ...s, moves: s.moves.map(move) } : s)) : json.steps;
  return { ...json, version: 2, log, steps };
}

/** Brings saved classroom JSON of an older version up to this one. */
function migrated(json: unknown): unknown {
  return isObject(json) && json.format === CLASSROOM_FORMAT && json.version === 1 ? fromVersion1(json) : json;
}

export type ClassroomLoadResult = { readonly ok: true; readonly state: ClassroomState } | { readonly ok: false; readonly error: string };

/** Reads saved classroom data against its timeline; the turn timer carries on only during a team's turn. */
export function classroomFromJSON(timeline: Timeline, json: unknown): ClassroomLoadResult {
  const parsed = ClassroomSchema.safeParse(migrated(json));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    return { ok: false, error: `The saved classroom session is damaged: ${problems.join('; ')}.` };
  }
  const data = parsed.data;
  const settings = checkSettings(timeline.scenario, timeline, data.settings);
  if (!settings.ok) return { ok: false, error: `The saved classroom setup does not fit this scenario: ${settings.problems.map((p) => p.message).join(' ')}` };
  const nodes = [data.head, ...data.steps.flatMap((s) => [s.from, s.to, ...s.moves.flatMap((m) => (m.node === null ? [] : [m.node]))])];
  const missing = nodes.find((n) => !timeline.has(n));
  if (missing !== undefined) return { ok: false, error: `The saved classroom session names point ${missing}, which is not in its timeline.` };
  const teamIds = new Set(settings.settings.teams.map((t) => t.id));
  if ((data.phase.kind === 'handover' || data.phase.kind === 'choosing') && !teamIds.has(data.phase.team)) {
    return { ok: false, error: `The saved classroom session hands the screen to a team that does not exist ("${data.phase.team}").` };
  }
  const actors = new Set(timeline.scenario.actors.map((a) => a.id));
  const stranger = [...Object.keys(data.pending), ...data.steps.flatMap((s) => s.moves.map((m) => m.actor))].find((a) => !actors.has(a));
  if (stranger !== undefined) return { ok: false, error: `The saved classroom session names an actor "${stranger}" that scenario "${timeline.scenario.meta.id}" does not have.` };
  const { format: _f, version: _v, timer, ...state } = data;
  return { ok: true, state: { ...state, settings: settings.settings, timer: timer !== undefined && data.phase.kind === 'choosing' ? timer : STOPPED } };
}
