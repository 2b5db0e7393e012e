/** Checks of durations and lapses (lapse.ts) that the shape check cannot make. */
import type { Known, Report } from './cross-index.ts';
import { suggestion } from './did-you-mean.ts';
import type { PathSegment } from './problem.ts';
import { field, hasField, wellFormed, type RawRecord } from './raw-access.ts';
import { StepDate } from './time-schema.ts';
import { localDate } from './time.ts';

/** An effect's duration: one of for and until; `then` only with one, and a level of the posture. */
export function checkEffectDuration(effect: unknown, ref: string, levels: Known<RawRecord>, path: PathSegment[], report: Report): void {
  bothForms(effect, path, report);
  if (!hasField(effect, 'then')) return;
  const then = field(effect, 'then');
  if (!hasField(effect, 'for') && !hasField(effect, 'until')) {
    report([...path, 'then'], `"then: ${String(then)}" says what the posture lapses to, but the effect never ends`, 'add for: <days> or until: <date>, or remove then');
  }
  if (typeof then === 'string' && levels.complete && !levels.byId.has(then)) {
    report([...path, 'then'], `posture '${ref}' has no level '${then}'`, suggestion(then, [...levels.byId.keys()], 'its levels'));
  }
}

/** A replay step's duration: one of for and until, and an until on or after the step's own date. */
export function checkStepDuration(step: unknown, path: PathSegment[], report: Report): void {
  bothForms(step, path, report);
  const until = field(step, 'until');
  const date = field(step, 'date');
  if (typeof until === 'string' && wellFormed(StepDate, date) && until < localDate(date)) {
    report([...path, 'until'], `the step would end (${until}) before it happens (${localDate(date)})`, 'write its last day on or after the step\'s date, or use for: <days>');
  }
}

function bothForms(value: unknown, path: PathSegment[], report: Report): void {
  if (hasField(value, 'for') && hasField(value, 'until')) {
    report([...path, 'until'], 'both for and until say when it ends', 'keep one: for: <days> or until: <last day>');
  }
}
