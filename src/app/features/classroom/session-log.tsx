import type { ClassroomSettings, LogEntry } from '../../../engine/classroom/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { logLine } from '../../lib/words/log-words.ts';

export interface SessionLogProps {
  readonly scenario: Scenario;
  readonly settings: ClassroomSettings;
  readonly log: readonly LogEntry[];
  readonly title?: string;
}

/** The session log, newest last: who did what, at which scenario date and wall-clock time, and why. */
export function SessionLog({ scenario, settings, log, title }: SessionLogProps) {
  const words = useWords();
  const { t } = words;
  const heading = title ?? t('debrief.log.title');
  return (
    <section className="session-log" aria-label={heading}>
      <h3>{heading}</h3>
      {log.length === 0 ? (
        <p className="muted">{t('classroom.log.empty')}</p>
      ) : (
        <ol className="session-log__list" tabIndex={0} aria-label={t('classroom.log.list', { title: heading })}>
          {log.map((e, i) => {
            const line = logLine(words, scenario, settings, e);
            return (
              <li key={`${e.at}-${i}`} className="session-log__entry">
                <span className="session-log__time">
                  <time dateTime={e.at}>{e.at.slice(11, 19)}</time> · {e.date}
                </span>{' '}
                <strong>{line.who}</strong> {line.action}
                {line.reason && <span className="session-log__reason">{t('log.reason', { reason: line.reason })}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
