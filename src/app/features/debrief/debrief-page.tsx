import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Timeline } from '../../../engine/index.ts';
import { buildDebrief, classSummaryText, divergenceText, markdownReport, tensionChange, tensionText, turnsCsv, type ClassroomState } from '../../../engine/classroom/index.ts';
import { formatDate } from '../../lib/format.ts';
import { GoldsteinTag } from '../../components/index.ts';
import { downloadText } from '../../lib/download.ts';
import { fileStem } from './file-stem.ts';
import './debrief.css';

export interface DebriefPageProps {
  readonly timeline: Timeline;
  readonly classroom: ClassroomState;
  readonly sessionName: string;
  /** The whole session as JSON text (timeline, classroom state and log), re-importable. */
  readonly sessionJson: () => string;
  readonly onClose: () => void;
  /** The escalation charts of the class's path (the app passes the charts feature). */
  readonly charts: ReactNode;
}


/** The after-action review: path, decisions, outcome, divergence from history, charts, questions, log. Printable. */
export function DebriefPage({ timeline, classroom, sessionName, sessionJson, onClose, charts }: DebriefPageProps) {
  const d = useMemo(() => buildDebrief(timeline, classroom), [timeline, classroom]);
  const stem = fileStem(sessionName);
  const dv = d.divergence;
  const title = useRef<HTMLHeadingElement>(null);
  // The button that opened the debrief is gone: keyboard users start from its title.
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  return (
    <article className="debrief" aria-labelledby="debrief-title">
      <header className="debrief__header">
        <h1 id="debrief-title" ref={title} tabIndex={-1}>After-action review: {d.scenario.title}</h1>
        <p className="debrief__meta">
          {sessionName} · {d.turnMode} turns · {d.teams.map((t) => `${t.name} (${t.actors.join(', ') || 'no actor'})`).join(' · ')}
          {d.computerActors.length > 0 && ` · Computer (${d.computerActors.join(', ')}, seed ${d.seed})`}
          {d.facilitator && ` · Facilitator: ${d.facilitator}`}
        </p>
        <div className="debrief__actions no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print / Save as PDF
          </button>
          <button type="button" className="button" onClick={() => downloadText(sessionJson(), `${stem}.whn.json`, 'application/json')}>
            Export session (JSON)
          </button>
          <button type="button" className="button" onClick={() => downloadText(turnsCsv(d), `${stem}-turns.csv`, 'text/csv')}>
            Turns (CSV)
          </button>
          <button type="button" className="button" onClick={() => downloadText(markdownReport(d, sessionName), `${stem}-report.md`, 'text/markdown')}>
            Report (Markdown)
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Back to the exercise
          </button>
        </div>
      </header>

      <section className="debrief__section" aria-labelledby="debrief-path">
        <h2 id="debrief-path">The path taken</h2>
        <p>
          Started {d.start.date}, {d.start.label}.
        </p>
        <ol className="debrief__path">
          {d.path.map((p) => (
            <li key={p.node}>
              <time dateTime={p.date}>{p.date}</time> — {p.label}
              {p.origin === 'facilitator' && <span className="tag"> facilitator</span>}
              {p.node === d.start.node && p.node !== 0 && <span className="debrief__note"> (history: where the exercise started)</span>}
            </li>
          ))}
        </ol>
      </section>

      <section className="debrief__section" aria-labelledby="debrief-decisions">
        <h2 id="debrief-decisions">Decisions</h2>
        {d.decisions.length === 0 ? (
          <p>No decisions yet.</p>
        ) : (
          <table className="table debrief__table">
            <caption className="visually-hidden">Each decision, who made it and what it did to the indicators</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Date</th>
                <th scope="col">Actor</th>
                <th scope="col">Move</th>
                <th scope="col">By</th>
                <th scope="col">Goldstein</th>
                <th scope="col">Tension</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {d.decisions.map((x) => (
                <tr key={`${x.node}-${x.actor}-${x.step}`}>
                  <td>{x.step}</td>
                  <td>{x.date}</td>
                  <td>{x.actorShort}</td>
                  <td>
                    {x.label}
                    {x.voidReason && <div className="debrief__note">Void: {x.voidReason}; passed instead.</div>}
                    {x.reason && <div className="debrief__note">Reason: {x.reason}</div>}
                  </td>
                  <td>{x.by}</td>
                  <td>{x.move === 'pass' || x.move === 'override' ? '—' : <GoldsteinTag value={x.goldstein} />}</td>
                  <td>{tensionText(x.tensionAfter)}</td>
                  <td>{tensionChange(x.tensionBefore, x.tensionAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="debrief__summary">{classSummaryText(d.classMoves, d.start.date)}</p>
      </section>

      <section className="debrief__section" aria-labelledby="debrief-outcome">
        <h2 id="debrief-outcome">Outcome</h2>
        <p>
          On {d.outcome.date} the tension index stands at <strong>{tensionText(d.outcome.tension)}</strong> ({tensionChange(d.outcome.startTension, d.outcome.tension)} since the start, when it
          was {tensionText(d.outcome.startTension)})
          {d.outcome.over ? '; the game is over.' : '.'}
        </p>
        {d.outcome.reached.length === 0 ? (
          <p>No named outcome holds.</p>
        ) : (
          <ul>
            {d.outcome.reached.map((o) => (
              <li key={o.id}>
                <strong>{o.label}</strong>
                {o.terminal ? ' (ends the game)' : ''}: {o.description}
              </li>
            ))}
          </ul>
        )}
      </section>

      {dv && (
        <section className="debrief__section" aria-labelledby="debrief-divergence">
          <h2 id="debrief-divergence">Divergence from history</h2>
          <p>{divergenceText(dv)}</p>
          {dv.historyInstead.length > 0 && (
            <>
              <h3>What really happened instead</h3>
              <ol className="debrief__history">
                {dv.historyInstead.map((h) => (
                  <li key={h.node}>
                    <strong>
                      {h.date} — {h.actorShort}: {h.label}.
                    </strong>{' '}
                    {h.narration}
                    {h.flag && <span className="flag"> ({h.flag})</span>}
                    {h.sources.length > 0 && (
                      <span className="debrief__sources">
                        {' '}
                        Sources:{' '}
                        {h.sources.map((s, i) => (
                          <span key={s.url}>
                            {i > 0 && ', '}
                            <a href={s.url} rel="noopener noreferrer" target="_blank">
                              {s.title}
                            </a>
                          </span>
                        ))}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p>
            History ended on {dv.historyEnd.date} at tension {tensionText(dv.historyEnd.tension)}; the class is at {tensionText(d.outcome.tension)} (
            {tensionChange(dv.historyEnd.tension, d.outcome.tension)}).
          </p>
          {dv.postures.length > 0 && (
            <table className="table">
              <caption>Where the class and history differ</caption>
              <thead>
                <tr>
                  <th scope="col">Posture</th>
                  <th scope="col">Class</th>
                  <th scope="col">History</th>
                </tr>
              </thead>
              <tbody>
                {dv.postures.map((p) => (
                  <tr key={`${p.actor}.${p.posture}`}>
                    <td>{p.postureLabel}</td>
                    <td>{p.classLevel}</td>
                    <td>{p.historyLevel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      <section className="debrief__section debrief__charts" aria-labelledby="debrief-charts">
        <h2 id="debrief-charts">Escalation charts</h2>
        {d.start.node !== 0 && (
          <p className="debrief__start-mark">
            The charts show the whole path from the scenario&apos;s start. <strong>The exercise started on {formatDate(d.start.date)}</strong> ({d.start.label}): points
            before that date are history, not the class&apos;s decisions. The class&apos;s own moves are summarised under Decisions above.
          </p>
        )}
        {charts}
      </section>

      {d.questions.length > 0 && (
        <section className="debrief__section" aria-labelledby="debrief-questions">
          <h2 id="debrief-questions">Debrief questions</h2>
          <ol className="debrief__questions">
            {d.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
      )}

      <section className="debrief__section" aria-labelledby="debrief-log">
        <h2 id="debrief-log">Session log</h2>
        <ol className="debrief__log">
          {d.log.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time> ({e.date}) <strong>{e.who}</strong> {e.action}
              {e.reason && <em> — reason: {e.reason}</em>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
