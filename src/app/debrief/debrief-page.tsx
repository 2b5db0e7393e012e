import { Suspense, useMemo } from 'react';
import type { Timeline } from '../../engine/index.ts';
import { buildDebrief, markdownReport, turnsCsv, type ClassroomState } from '../../engine/classroom/index.ts';
import { ChartsPanel } from '../charts/index.ts';
import { GoldsteinTag } from '../components/index.ts';
import { downloadText, fileStem } from './download.ts';
import './debrief.css';

export interface DebriefPageProps {
  readonly timeline: Timeline;
  readonly classroom: ClassroomState;
  readonly sessionName: string;
  /** The whole session as JSON text (timeline, classroom state and log), re-importable. */
  readonly sessionJson: () => string;
  readonly onClose: () => void;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const signed = (n: number) => (n > 0 ? `+${round1(n)}` : String(round1(n)));

/** The after-action review: path, decisions, outcome, divergence from history, charts, questions, log. Printable. */
export function DebriefPage({ timeline, classroom, sessionName, sessionJson, onClose }: DebriefPageProps) {
  const d = useMemo(() => buildDebrief(timeline, classroom), [timeline, classroom]);
  const stem = fileStem(sessionName);
  const dv = d.divergence;
  return (
    <article className="debrief" aria-labelledby="debrief-title">
      <header className="debrief__header">
        <h1 id="debrief-title">After-action review: {d.scenario.title}</h1>
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
                  <td>{round1(x.tensionAfter)}</td>
                  <td>{signed(x.tensionDelta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="debrief__section" aria-labelledby="debrief-outcome">
        <h2 id="debrief-outcome">Outcome</h2>
        <p>
          On {d.outcome.date} the tension index stands at <strong>{round1(d.outcome.tension)}</strong> ({signed(d.outcome.tension - d.outcome.startTension)} since the start)
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
          {dv.classMove ? (
            <p>
              The class left the historical track after <strong>{dv.departedAt.date}</strong>: {dv.classMove.label} ({dv.classMove.date}).
            </p>
          ) : (
            <p>The class has followed the historical track so far (to {dv.departedAt.date}).</p>
          )}
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
            History ended on {dv.historyEnd.date} at tension {round1(dv.historyEnd.tension)}; the class is {signed(dv.tensionDelta)} from there.
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
        <Suspense fallback={<p aria-live="polite">Loading the charts…</p>}>
          <ChartsPanel timeline={timeline} current={classroom.head} />
        </Suspense>
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
