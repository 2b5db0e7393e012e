/** The session log in words: each record's sentence, its author and its reason, as the log and the reports show them. */
import type { ClassroomSettings, LogEntry, LogEvent } from '../../../engine/classroom/index.ts';
import { actorShort } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { voidText } from './conditions.ts';
import { actorMoveText, sourceText } from './moves.ts';
import type { Words } from './words.ts';

export interface LogLine {
  readonly who: string;
  readonly action: string;
  readonly reason: string | null;
}

/** What a record says happened: "played US: Announce sanctions", "undid round 2 (…)". */
export function logAction(words: Words, scenario: Scenario, settings: ClassroomSettings, event: LogEvent): string {
  const move = (actor: string, id: string) => actorMoveText(words, scenario, actor, id);
  switch (event.kind) {
    case 'started': {
      const teams = event.teams.map((t) => words.t('classroom.teamWithActors', { team: t.name, actors: t.actors.map((a) => actorShort(scenario, a)).join(words.t('list.comma')) }));
      const timer = event.timerSeconds === null ? words.t('log.noTimer') : words.t('log.timer', { seconds: event.timerSeconds });
      return words.t('log.started', { teams: teams.join(words.t('list.semicolon')), mode: event.turnMode, timer, seed: event.seed });
    }
    case 'played':
      return words.t('log.played', { move: move(event.actor, event.move) });
    case 'committed':
      return words.t('log.committed');
    case 'revealed': {
      const moves = event.moves.map((m) => {
        const values = { move: move(m.actor, m.chosen), by: sourceText(words, settings, m.source) };
        return m.voidReason ? words.t('log.revealedVoid', { ...values, reason: voidText(words, scenario, m.voidReason), actor: actorShort(scenario, m.actor) }) : words.t('log.revealedMove', values);
      });
      return words.t('log.revealed', { round: event.round, moves: moves.join(words.t('list.semicolon')) });
    }
    case 'paused':
      return words.t('log.paused');
    case 'resumed':
      return words.t('log.resumed');
    case 'cleared':
      return words.t('log.cleared');
    case 'undid':
      return words.t('log.undid', { step: event.step, number: event.number });
    case 'injected':
      return words.t('log.injected', { move: move(event.actor, event.move) });
    case 'injected-event':
      return words.t('log.injectedEvent', { date: words.format.date(event.eventDate), move: move(event.actor, event.move) });
    case 'override': {
      const posture = scenario.actors.find((a) => a.id === event.actor)?.postures.find((p) => p.id === event.posture);
      const level = posture?.levels.find((l) => l.id === event.level)?.label ?? event.level;
      return words.t('log.override', { posture: posture?.label ?? `${event.actor}.${event.posture}`, level });
    }
    case 'legacy':
      return event.text;
  }
}

/** A log entry in words: who (a team, "Computer", the facilitator), what, and the reason given. */
export function logLine(words: Words, scenario: Scenario, settings: ClassroomSettings, entry: LogEntry): LogLine {
  const who = typeof entry.who === 'string' ? entry.who : sourceText(words, settings, entry.who);
  return { who, action: logAction(words, scenario, settings, entry), reason: entry.reason };
}
