import type { LogEntry } from '../../../engine/classroom/index.ts';

/** The session log, newest last: who did what, at which scenario date and wall-clock time, and why. */
export function SessionLog({ log, title = 'Session log' }: { readonly log: readonly LogEntry[]; readonly title?: string }) {
  return (
    <section className="session-log" aria-label={title}>
      <h3>{title}</h3>
      {log.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="session-log__list" tabIndex={0} aria-label={`${title}, newest last`}>
          {log.map((e, i) => (
            <li key={`${e.at}-${i}`} className="session-log__entry">
              <span className="session-log__time">
                <time dateTime={e.at}>{e.at.slice(11, 19)}</time> · {e.date}
              </span>{' '}
              <strong>{e.who}</strong> {e.action}
              {e.reason && <span className="session-log__reason"> — reason: {e.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
