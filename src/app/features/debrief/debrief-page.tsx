import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Timeline } from '../../../engine/index.ts';
import { buildDebrief, type ClassroomState } from '../../../engine/classroom/index.ts';
import { ForeignText, GoldsteinTag, TableScroll } from '../../components/index.ts';
import { originalScenario } from '../../../scenario/translated.ts';
import { downloadText } from '../../lib/download.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { voidText } from '../../lib/words/conditions.ts';
import { classSummaryText, decisionText, divergenceText, flagText, startText, stepText } from '../../lib/words/debrief-words.ts';
import { logLine } from '../../lib/words/log-words.ts';
import { sourceText } from '../../lib/words/moves.ts';
import { nodeSentence } from '../../lib/words/node-words.ts';
import { tensionChange, tensionText } from '../../lib/words/tension.ts';
import { fileStem } from './file-stem.ts';
import { markdownReport } from './report-markdown.ts';
import { turnsCsv } from './report-csv.ts';
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
  const words = useLazyWords();
  const { t } = words;
  const { scenario } = timeline;
  const d = useMemo(() => buildDebrief(timeline, classroom), [timeline, classroom]);
  const start = startText(words, timeline, d);
  const stem = fileStem(sessionName);
  const dv = d.divergence;
  const title = useRef<HTMLHeadingElement>(null);
  // The button that opened the debrief is gone: keyboard users start from its title.
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  return (
    <article className="debrief" aria-labelledby="debrief-title">
      <header className="debrief__header">
        <h1 id="debrief-title" ref={title} tabIndex={-1}>
          {t('debrief.title', { title: d.scenario.title })}
        </h1>
        <p className="debrief__meta">
          {t('debrief.meta', {
            session: sessionName,
            mode: d.turnMode,
            teams: d.teams.map((team) => t('classroom.teamWithActors', { team: team.name, actors: team.actors.join(t('list.comma')) || t('debrief.noActor') })).join(t('list.dot')),
          })}
          {d.computerActors.length > 0 && t('debrief.metaComputer', { actors: d.computerActors.join(t('list.comma')), seed: d.seed })}
          {d.facilitator && t('debrief.metaFacilitator', { name: d.facilitator })}
        </p>
        <div className="debrief__actions no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('debrief.print')}
          </button>
          <button type="button" className="button" onClick={() => downloadText(sessionJson(), `${stem}.whn.json`, 'application/json')}>
            {t('debrief.exportJson')}
          </button>
          <button type="button" className="button" onClick={() => downloadText(turnsCsv(words, timeline, d), `${stem}-turns.csv`, 'text/csv')}>
            {t('debrief.exportCsv')}
          </button>
          <button type="button" className="button" onClick={() => downloadText(markdownReport(words, timeline, d, sessionName), `${stem}-report.md`, 'text/markdown')}>
            {t('debrief.exportMarkdown')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('debrief.back')}
          </button>
        </div>
      </header>

      <section className="debrief__section" aria-labelledby="debrief-path">
        <h2 id="debrief-path">{t('debrief.path.title')}</h2>
        <p>{t('debrief.started', { date: words.format.date(d.start.date), start })}</p>
        <ol className="debrief__path">
          {d.path.map((p) => (
            <li key={p.node}>
              <time dateTime={p.date}>{words.format.date(p.date)}</time> — {nodeSentence(words, scenario, timeline.node(p.node))}
              {p.origin === 'facilitator' && <span className="tag">{t('debrief.path.facilitator')}</span>}
              {p.node === d.start.node && p.node !== 0 && <span className="debrief__note">{t('debrief.path.startedHere')}</span>}
            </li>
          ))}
        </ol>
      </section>

      <section className="debrief__section" aria-labelledby="debrief-decisions">
        <h2 id="debrief-decisions">{t('debrief.decisions.title')}</h2>
        {d.decisions.length === 0 ? (
          <p>{t('debrief.decisions.none')}</p>
        ) : (
          <TableScroll label={t('debrief.decisions.title')}>
            <table className="table debrief__table">
              <caption className="visually-hidden">{t('debrief.decisions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('debrief.col.step')}</th>
                  <th scope="col">{t('debrief.col.date')}</th>
                  <th scope="col">{t('debrief.col.actor')}</th>
                  <th scope="col">{t('debrief.col.move')}</th>
                  <th scope="col">{t('debrief.col.by')}</th>
                  <th scope="col">{t('debrief.col.goldstein')}</th>
                  <th scope="col">{t('debrief.col.tension')}</th>
                  <th scope="col">{t('debrief.col.change')}</th>
                </tr>
              </thead>
              <tbody>
                {d.decisions.map((x) => (
                  <tr key={`${x.node}-${x.actor}-${x.step.kind}-${x.step.number}`}>
                    <td>{stepText(words, x.step)}</td>
                    <td>
                      <time dateTime={x.date}>{words.format.date(x.date)}</time>
                    </td>
                    <td>{x.actorShort}</td>
                    <td>
                      {decisionText(words, timeline, x)}
                      {x.voidReason && <div className="debrief__note">{t('debrief.decisions.void', { reason: voidText(words, scenario, x.voidReason) })}</div>}
                      {x.reason && <div className="debrief__note">{t('debrief.decisions.reason', { reason: x.reason })}</div>}
                    </td>
                    <td>{sourceText(words, d.settings, x.by)}</td>
                    <td>{x.move === 'pass' || x.move === 'override' ? '—' : <GoldsteinTag value={x.goldstein} />}</td>
                    <td>{tensionText(words, x.tensionAfter)}</td>
                    <td>{tensionChange(words, x.tensionBefore, x.tensionAfter)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="debrief__summary">{classSummaryText(words, timeline, d.classMoves, d.start.date)}</p>
      </section>

      <section className="debrief__section" aria-labelledby="debrief-outcome">
        <h2 id="debrief-outcome">{t('debrief.outcome.title')}</h2>
        <p>
          {words.rich('debrief.outcome.text', {
            date: words.format.date(d.outcome.date),
            tension: tensionText(words, d.outcome.tension),
            change: tensionChange(words, d.outcome.startTension, d.outcome.tension),
            start: tensionText(words, d.outcome.startTension),
            over: d.outcome.over ? 'yes' : 'no',
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        {d.outcome.reached.length === 0 ? (
          <p>{t('debrief.outcome.none')}</p>
        ) : (
          <ul>
            {d.outcome.reached.map((o) => (
              <li key={o.id}>
                <strong>{o.label}</strong>
                {o.terminal ? t('debrief.outcome.endsGame') : ''}: {o.description}
              </li>
            ))}
          </ul>
        )}
      </section>

      {dv && (
        <section className="debrief__section" aria-labelledby="debrief-divergence">
          <h2 id="debrief-divergence">{t('debrief.divergence.title')}</h2>
          <p>{divergenceText(words, timeline, dv)}</p>
          {dv.historyInstead.length > 0 && (
            <>
              <h3>{t('debrief.historyInstead')}</h3>
              <ol className="debrief__history">
                {dv.historyInstead.map((h) => (
                  <li key={h.node}>
                    <strong>
                      {words.format.date(h.date)} — {t('moves.actorMove', { actor: h.actorShort, move: h.label })}.
                    </strong>{' '}
                    {h.narration}
                    {h.flag && <span className="flag"> ({flagText(words, h.flag)})</span>}
                    {h.sources.length > 0 && (
                      <span className="debrief__sources">
                        {' '}
                        {t('debrief.sources')}{' '}
                        {h.sources.map((s, i) => (
                          <span key={s.url}>
                            {i > 0 && t('list.comma')}
                            <a href={s.url} rel="noopener noreferrer" target="_blank">
                              {/* A source keeps its title as published, in the original scenario's language. */}
                              <ForeignText text={s.title} lang={originalScenario(timeline.scenario).meta.language} />
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
            {t('debrief.historyEnd', {
              date: words.format.date(dv.historyEnd.date),
              history: tensionText(words, dv.historyEnd.tension),
              class: tensionText(words, d.outcome.tension),
              change: tensionChange(words, dv.historyEnd.tension, d.outcome.tension),
            })}
          </p>
          {dv.postures.length > 0 && (
            <table className="table">
              <caption>{t('debrief.postures.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('debrief.col.posture')}</th>
                  <th scope="col">{t('debrief.col.class')}</th>
                  <th scope="col">{t('debrief.col.history')}</th>
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
        <h2 id="debrief-charts">{t('debrief.charts.title')}</h2>
        {d.start.node !== 0 && (
          <p className="debrief__start-mark">
            {words.rich('debrief.charts.startMark', { date: words.format.date(d.start.date), start, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
        {charts}
      </section>

      {d.questions.length > 0 && (
        <section className="debrief__section" aria-labelledby="debrief-questions">
          <h2 id="debrief-questions">{t('debrief.questions.title')}</h2>
          <ol className="debrief__questions">
            {d.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
      )}

      <section className="debrief__section" aria-labelledby="debrief-log">
        <h2 id="debrief-log">{t('debrief.log.title')}</h2>
        <ol className="debrief__log">
          {d.log.map((e, i) => {
            const line = logLine(words, scenario, d.settings, e);
            return (
              <li key={`${e.at}-${i}`}>
                <time dateTime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time> ({words.format.date(e.date)}) <strong>{line.who}</strong> {line.action}
                {line.reason && <em>{t('log.reason', { reason: line.reason })}</em>}
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
