import { useId, useState, type FormEvent } from 'react';
import { PASS, type Timeline } from '../../../engine/index.ts';
import { commitOptions, type ClassroomAction, type ClassroomState } from '../../../engine/classroom/index.ts';
import { useWords, type Key } from '../../lib/words/index.ts';
import { closedText } from '../../lib/words/conditions.ts';
import { actorMoveText } from '../../lib/words/moves.ts';
import { localDate } from '../../../scenario/time.ts';
import { ReasonField } from './reason-field.tsx';

type Kind = 'inject-event' | 'inject' | 'override' | 'undo' | 'pause';

export interface FacilitatorPanelProps {
  readonly timeline: Timeline;
  readonly state: ClassroomState;
  /** Applies the action and reports `done` (or the refusal) as the screen's one message; returns the refusal, or null. */
  readonly onAction: (action: ClassroomAction, done: string) => string | null;
  /** The outcome of the last facilitator action, until anyone's next action. */
  readonly message: { readonly ok: boolean; readonly text: string } | null;
}

const KINDS: readonly { readonly kind: Kind; readonly label: Key }[] = [
  { kind: 'inject-event', label: 'classroom.facilitator.injectEvent' },
  { kind: 'inject', label: 'classroom.facilitator.inject' },
  { kind: 'override', label: 'classroom.facilitator.override' },
  { kind: 'undo', label: 'classroom.facilitator.undo' },
  { kind: 'pause', label: 'classroom.facilitator.pause' },
];

/** The white cell: inject, override, undo, pause. Each action asks for a short reason for the log. */
export function FacilitatorPanel({ timeline, state, onAction, message }: FacilitatorPanelProps) {
  const { scenario } = timeline;
  const words = useWords();
  const { t } = words;
  const id = useId();
  const [kind, setKind] = useState<Kind>('inject-event');
  const [reason, setReason] = useState('');
  // Replay events whose move is closed here are marked and disabled, so the list never offers a refusal.
  const events = scenario.replay.map((step, i) => {
    const m = scenario.moves.find((x) => x.id === step.move);
    const option = m ? commitOptions(timeline, state.head, m.actor).find((o) => o.move.id === m.id) : undefined;
    const closed = option && !option.open ? (option.reason ? closedText(words, scenario, option.reason) : t('classroom.facilitator.notOpen')) : null;
    return { index: i, text: t('classroom.facilitator.event', { date: words.format.date(localDate(step.date)), move: m ? actorMoveText(words, scenario, m.actor, m.id) : step.move }), closed };
  });
  const [chosenEvent, setEvent] = useState<number | null>(null);
  const event = chosenEvent !== null && events[chosenEvent]?.closed === null ? chosenEvent : (events.find((e) => e.closed === null)?.index ?? 0);
  const [actor, setActor] = useState(scenario.actors[0]?.id ?? '');
  const [move, setMove] = useState('');
  const [posture, setPosture] = useState(() => {
    const first = scenario.actors[0];
    return first ? `${first.id}.${first.postures[0]?.id ?? ''}` : '';
  });
  const [level, setLevel] = useState('');

  const openMoves = commitOptions(timeline, state.head, actor).filter((o) => o.open);
  const [postureActor = '', postureId = ''] = posture.split('.');
  const levels = scenario.actors.find((a) => a.id === postureActor)?.postures.find((p) => p.id === postureId)?.levels ?? [];
  const currentLevel = timeline.postures(state.head)[postureActor]?.[postureId];
  const postureLabel = scenario.actors.find((a) => a.id === postureActor)?.postures.find((p) => p.id === postureId)?.label ?? postureId;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (state.paused) {
      if (onAction({ type: 'resume', reason }, t('classroom.facilitator.resumed')) === null) setReason('');
      return;
    }
    let action: ClassroomAction;
    let done: string;
    if (kind === 'inject-event') {
      action = { type: 'inject-event', event, reason };
      done = t('classroom.facilitator.injected', { what: events[event]?.text ?? t('classroom.facilitator.theEvent') });
    } else if (kind === 'inject') {
      const chosen = move || (openMoves[0]?.move.id ?? PASS);
      action = { type: 'inject', move: { actor, move: chosen }, reason };
      done = t('classroom.facilitator.injected', { what: actorMoveText(words, scenario, actor, chosen) });
    } else if (kind === 'override') {
      const to = level || (levels.find((l) => l.id !== currentLevel)?.id ?? '');
      action = { type: 'override', override: { actor: postureActor, posture: postureId, level: to }, reason };
      done = t('classroom.facilitator.set', { posture: postureLabel, level: levels.find((l) => l.id === to)?.label ?? to });
    } else {
      action = { type: kind, reason };
      done = kind === 'undo' ? t('classroom.facilitator.undone') : t('classroom.facilitator.paused');
    }
    if (onAction(action, done) === null) setReason('');
  };

  return (
    <section className="facilitator" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{state.settings.facilitator ? t('classroom.facilitatorIs', { name: state.settings.facilitator }) : t('source.facilitator')}</h3>
      <form onSubmit={submit} className="facilitator__form" noValidate>
        {state.paused ? (
          <p className="facilitator__paused">{t('classroom.facilitator.isPaused')}</p>
        ) : (
          <>
            <div className="facilitator__field">
              <label htmlFor={`${id}-kind`}>{t('classroom.facilitator.action')}</label>
              <select id={`${id}-kind`} className="select" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                {KINDS.map((k) => (
                  <option key={k.kind} value={k.kind}>
                    {t(k.label)}
                  </option>
                ))}
              </select>
            </div>
            {kind === 'inject-event' && (
              <div className="facilitator__field">
                <label htmlFor={`${id}-event`}>{t('classroom.facilitator.eventLabel')}</label>
                <select id={`${id}-event`} className="select" value={event} onChange={(e) => setEvent(Number(e.target.value))}>
                  {events.map((e) => (
                    <option key={e.index} value={e.index} disabled={e.closed !== null}>
                      {e.closed === null ? e.text : t('classroom.facilitator.eventClosed', { event: e.text, reason: e.closed })}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {kind === 'inject' && (
              <>
                <div className="facilitator__field">
                  <label htmlFor={`${id}-actor`}>{t('classroom.facilitator.actor')}</label>
                  <select id={`${id}-actor`} className="select" value={actor} onChange={(e) => { setActor(e.target.value); setMove(''); }}>
                    {scenario.actors.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="facilitator__field">
                  <label htmlFor={`${id}-move`}>{t('classroom.facilitator.moveLabel')}</label>
                  <select id={`${id}-move`} className="select" value={move || (openMoves[0]?.move.id ?? '')} onChange={(e) => setMove(e.target.value)}>
                    {openMoves.map((o) => (
                      <option key={o.move.id} value={o.move.id}>
                        {o.move.label}
                      </option>
                    ))}
                  </select>
                </div>
              </>
            )}
            {kind === 'override' && (
              <>
                <div className="facilitator__field">
                  <label htmlFor={`${id}-posture`}>{t('classroom.facilitator.posture')}</label>
                  <select id={`${id}-posture`} className="select" value={posture} onChange={(e) => { setPosture(e.target.value); setLevel(''); }}>
                    {scenario.actors.flatMap((a) =>
                      a.postures.map((p) => (
                        <option key={`${a.id}.${p.id}`} value={`${a.id}.${p.id}`}>
                          {t('classroom.facilitator.postureOption', { actor: a.short, posture: p.label })}
                        </option>
                      )),
                    )}
                  </select>
                </div>
                <div className="facilitator__field">
                  <label htmlFor={`${id}-level`}>{t('classroom.facilitator.newLevel')}</label>
                  <select id={`${id}-level`} className="select" value={level || (levels.find((l) => l.id !== currentLevel)?.id ?? '')} onChange={(e) => setLevel(e.target.value)}>
                    {levels.map((l) => (
                      <option key={l.id} value={l.id} disabled={l.id === currentLevel}>
                        {l.id === currentLevel ? t('classroom.facilitator.levelNow', { level: l.label }) : l.label}
                      </option>
                    ))}
                  </select>
                </div>
              </>
            )}
          </>
        )}
        <ReasonField value={reason} onChange={setReason} />
        <button type="submit" className="button button--primary">
          {state.paused ? t('classroom.facilitator.resume') : t('classroom.facilitator.apply')}
        </button>
        <p className={message && !message.ok ? 'notice notice--error' : 'facilitator__result'} role="status">
          {message?.text}
        </p>
      </form>
    </section>
  );
}
