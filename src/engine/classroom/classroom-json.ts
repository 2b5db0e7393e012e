/**
 * The classroom state in a saved session: plain JSON, versioned, checked on the way in against
 * the timeline it belongs to (every node it names must exist), so a damaged file gives a
 * message saying what and where instead of a broken session.
 */
import { z } from 'zod';
import type { Timeline } from '../types.ts';
import { checkSettings } from './setup.ts';
import { STOPPED } from './timer.ts';
import type { ClassroomState } from './types.ts';

export const CLASSROOM_FORMAT = 'whn-classroom';
export const CLASSROOM_VERSION = 1;

/** `timer` is optional: sessions saved before it was kept open with the clock stopped. */
export type ClassroomJson = Omit<ClassroomState, 'timer'> & { readonly format: typeof CLASSROOM_FORMAT; readonly version: typeof CLASSROOM_VERSION; readonly timer?: ClassroomState['timer'] };

const Id = z.string().min(1).max(80);
const NodeId = z.number().int().min(0);
const Source = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), team: Id }),
  z.strictObject({ kind: z.literal('computer') }),
  z.strictObject({ kind: z.literal('facilitator') }),
]);
const TurnMove = z.strictObject({ actor: Id, chosen: Id, source: Source, node: NodeId.nullable(), voidReason: z.string().max(500).nullable() });
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
const LogEntry = z.strictObject({ at: z.string().max(40), who: z.string().max(80), action: z.string().max(4000), reason: z.string().max(500).nullable(), date: z.string().max(10) });

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

export type ClassroomLoadResult = { readonly ok: true; readonly state: ClassroomState } | { readonly ok: false; readonly error: string };

/** Reads saved classroom data against its timeline; the turn timer carries on only during a team's turn. */
export function classroomFromJSON(timeline: Timeline, json: unknown): ClassroomLoadResult {
  const parsed = ClassroomSchema.safeParse(json);
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
