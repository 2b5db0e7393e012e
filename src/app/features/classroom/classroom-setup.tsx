import { useId, useState, type FormEvent } from 'react';
import type { Timeline } from '../../../engine/index.ts';
import { isPlayed } from '../../../scenario/move-parties.ts';
import { checkSettings, COMPUTER, defaultSettings, MAX_TEAMS, type ClassroomSettings, type SetupProblem } from '../../../engine/classroom/index.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { nodeSentence } from '../../lib/words/node-words.ts';
import { setupProblemText } from '../../lib/words/setup-words.ts';

export interface ClassroomSetupProps {
  readonly timeline: Timeline;
  readonly onStart: (settings: ClassroomSettings) => void;
  /** Back to the simulator without starting. */
  readonly onCancel: () => void;
  /** Host the exercise on the network instead (every team on its own device), with the same settings. */
  readonly onHost?: (settings: ClassroomSettings) => void;
}

/** The teacher's setup: teams, who plays each actor, facilitator, turns, timer, seed and where to start. */
export function ClassroomSetup({ timeline, onStart, onCancel, onHost }: ClassroomSetupProps) {
  const { scenario } = timeline;
  const words = useLazyWords();
  const { t } = words;
  const [draft, setDraft] = useState<ClassroomSettings>(() => {
    const defaults = defaultSettings(scenario, timeline, todaySeed());
    // The engine's default team names are English; the form offers them in the reader's words.
    return { ...defaults, teams: defaults.teams.map((team, i) => ({ ...team, name: t('classroom.setup.newTeam', { letter: String.fromCharCode(65 + i) }) })) };
  });
  const [problems, setProblems] = useState<readonly SetupProblem[]>([]);
  const [withFacilitator, setWithFacilitator] = useState(true);
  const [facilitatorName, setFacilitatorName] = useState(() => t('source.facilitator'));
  const [withTimer, setWithTimer] = useState(false);
  const [timerSeconds, setTimerSeconds] = useState('120');
  const id = useId();
  const problemFor = (field: string) => problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
  const starts = [timeline.root, ...timeline.replayTrack().slice(1)];
  let nextTeam = draft.teams.length + 1;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const host = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'host';
    const settings: ClassroomSettings = {
      ...draft,
      facilitator: withFacilitator ? facilitatorName : null,
      timerSeconds: withTimer ? Number(timerSeconds) : null,
    };
    const result = checkSettings(scenario, timeline, settings);
    if (!result.ok) {
      setProblems(result.problems);
      requestAnimationFrame(() => {
        const list = document.getElementById(`${id}-problems`);
        // Scroll only as far as needed, so the header stays in view.
        list?.focus({ preventScroll: true });
        list?.scrollIntoView({ block: 'nearest' });
      });
      return;
    }
    setProblems([]);
    if (host && onHost) onHost(result.settings);
    else onStart(result.settings);
  };

  const setTeamName = (teamId: string, name: string) => setDraft((d) => ({ ...d, teams: d.teams.map((t) => (t.id === teamId ? { ...t, name } : t)) }));
  const addTeam = () => {
    while (draft.teams.some((t) => t.id === `team-${nextTeam}`)) nextTeam++;
    setDraft((d) => ({ ...d, teams: [...d.teams, { id: `team-${nextTeam}`, name: t('classroom.setup.newTeam', { letter: String.fromCharCode(64 + d.teams.length + 1) }) }] }));
  };
  const removeTeam = (teamId: string) =>
    setDraft((d) => ({
      ...d,
      teams: d.teams.filter((t) => t.id !== teamId),
      assignment: Object.fromEntries(Object.entries(d.assignment).map(([a, c]) => [a, c === teamId ? COMPUTER : c])),
    }));

  return (
    <form className="classroom-setup panel" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{t('classroom.setup.title')}</h2>
      <p className="muted">{t('classroom.setup.intro', { title: scenario.meta.title })}</p>
      {problems.length > 0 && (
        <div id={`${id}-problems`} className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{t('classroom.setup.fix', { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}:${p.code}`}>{setupProblemText(words, p)}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="classroom-setup__group">
        <legend>{t('classroom.setup.teams')}</legend>
        {draft.teams.map((team, i) => (
          <div className="classroom-setup__row" key={team.id}>
            <label htmlFor={`${id}-team-${team.id}`}>{t('classroom.setup.teamName', { number: i + 1 })}</label>
            <input
              id={`${id}-team-${team.id}`}
              className="input"
              value={team.name}
              maxLength={40}
              aria-invalid={problemFor(`teams.${i}`).length > 0}
              onChange={(e) => setTeamName(team.id, e.target.value)}
            />
            {draft.teams.length > 1 && (
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => removeTeam(team.id)}
                aria-label={t('classroom.setup.removeTeam', { team: team.name || t('classroom.setup.teamNumber', { number: i + 1 }) })}
              >
                {t('classroom.setup.remove')}
              </button>
            )}
          </div>
        ))}
        {draft.teams.length < MAX_TEAMS && (
          <button type="button" className="button button--small classroom-setup__add" onClick={addTeam}>
            {t('classroom.setup.addTeam')}
          </button>
        )}
      </fieldset>

      <fieldset className="classroom-setup__group">
        <legend>{t('classroom.setup.assignment')}</legend>
        {scenario.actors.filter(isPlayed).map((actor) => (
          <div className="classroom-setup__row" key={actor.id}>
            <label htmlFor={`${id}-actor-${actor.id}`}>{actor.name}</label>
            <select
              id={`${id}-actor-${actor.id}`}
              className="select"
              value={draft.assignment[actor.id] ?? ''}
              aria-invalid={problemFor(`assignment.${actor.id}`).length > 0}
              onChange={(e) => setDraft((d) => ({ ...d, assignment: { ...d.assignment, [actor.id]: e.target.value } }))}
            >
              {draft.teams.map((team, i) => (
                <option key={team.id} value={team.id}>
                  {team.name || t('classroom.setup.teamOption', { number: i + 1 })}
                </option>
              ))}
              <option value={COMPUTER}>{t('classroom.setup.computer')}</option>
            </select>
          </div>
        ))}
      </fieldset>

      <fieldset className="classroom-setup__group">
        <legend>{t('classroom.setup.turns')}</legend>
        <label className="classroom-setup__choice">
          <input type="radio" name={`${id}-mode`} checked={draft.turnMode === 'simultaneous'} onChange={() => setDraft((d) => ({ ...d, turnMode: 'simultaneous' }))} />
          {t('classroom.setup.simultaneous')}
        </label>
        <label className="classroom-setup__choice">
          <input type="radio" name={`${id}-mode`} checked={draft.turnMode === 'alternating'} onChange={() => setDraft((d) => ({ ...d, turnMode: 'alternating' }))} />
          {t('classroom.setup.alternating')}
        </label>
        {problemFor('turnMode').map((p) => (
          <p key={p.code} className="classroom-setup__problem">
            {setupProblemText(words, p)}
          </p>
        ))}
        <div className="classroom-setup__row">
          <label className="classroom-setup__choice">
            <input type="checkbox" checked={withTimer} onChange={(e) => setWithTimer(e.target.checked)} /> {t('classroom.setup.timer')}
          </label>
          {withTimer && (
            <>
              <label htmlFor={`${id}-timer`}>{t('classroom.setup.timerSeconds')}</label>
              <input id={`${id}-timer`} className="input input--short" type="number" min={10} max={3600} step={10} value={timerSeconds} onChange={(e) => setTimerSeconds(e.target.value)} />
            </>
          )}
        </div>
        <div className="classroom-setup__row">
          <label htmlFor={`${id}-start`}>{t('classroom.setup.start')}</label>
          <select id={`${id}-start`} className="select" value={draft.start} onChange={(e) => setDraft((d) => ({ ...d, start: Number(e.target.value) }))}>
            {starts.map((node) => (
              <option key={node} value={node}>
                {node === timeline.root
                  ? t('classroom.setup.startRoot', { date: timeline.node(node).date })
                  : t('classroom.setup.startAfter', { date: timeline.node(node).date, node: nodeSentence(words, scenario, timeline.node(node)) })}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="classroom-setup__group">
        <legend>{t('classroom.setup.facilitatorGroup')}</legend>
        <label className="classroom-setup__choice">
          <input type="checkbox" checked={withFacilitator} onChange={(e) => setWithFacilitator(e.target.checked)} /> {t('classroom.setup.withFacilitator')}
        </label>
        {withFacilitator && (
          <div className="classroom-setup__row">
            <label htmlFor={`${id}-facilitator`}>{t('classroom.setup.facilitatorName')}</label>
            <input id={`${id}-facilitator`} className="input" value={facilitatorName} maxLength={40} onChange={(e) => setFacilitatorName(e.target.value)} />
          </div>
        )}
        <div className="classroom-setup__row">
          <label htmlFor={`${id}-seed`}>{t('classroom.setup.seed')}</label>
          <input
            id={`${id}-seed`}
            className="input input--short"
            type="number"
            value={draft.seed}
            onChange={(e) => setDraft((d) => ({ ...d, seed: Number.parseInt(e.target.value, 10) }))}
          />
        </div>
      </fieldset>

      <div className="classroom-setup__actions">
        <button type="submit" className="button button--primary button--large">
          {t('classroom.setup.submit')}
        </button>
        {onHost && (
          <button type="submit" value="host" className="button button--large">
            {t('classroom.setup.host')}
          </button>
        )}
        <button type="button" className="button button--large" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Today's date as a number (20250310): a seed the teacher can read out and type again. */
function todaySeed(): number {
  return Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
}
