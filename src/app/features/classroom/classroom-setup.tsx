import { useId, useState, type FormEvent } from 'react';
import type { Timeline } from '../../../engine/index.ts';
import { checkSettings, COMPUTER, defaultSettings, MAX_TEAMS, nodeLabel, type ClassroomSettings, type SetupProblem } from '../../../engine/classroom/index.ts';

export interface ClassroomSetupProps {
  readonly timeline: Timeline;
  readonly onStart: (settings: ClassroomSettings) => void;
  /** Back to the simulator without starting. */
  readonly onCancel: () => void;
}

/** The teacher's setup: teams, who plays each actor, facilitator, turns, timer, seed and where to start. */
export function ClassroomSetup({ timeline, onStart, onCancel }: ClassroomSetupProps) {
  const { scenario } = timeline;
  const [draft, setDraft] = useState<ClassroomSettings>(() => defaultSettings(scenario, timeline, todaySeed()));
  const [problems, setProblems] = useState<readonly SetupProblem[]>([]);
  const [withFacilitator, setWithFacilitator] = useState(true);
  const [facilitatorName, setFacilitatorName] = useState('Facilitator');
  const [withTimer, setWithTimer] = useState(false);
  const [timerSeconds, setTimerSeconds] = useState('120');
  const id = useId();
  const problemFor = (field: string) => problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
  const starts = [timeline.root, ...timeline.replayTrack().slice(1)];
  let nextTeam = draft.teams.length + 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    onStart(result.settings);
  };

  const setTeamName = (teamId: string, name: string) => setDraft((d) => ({ ...d, teams: d.teams.map((t) => (t.id === teamId ? { ...t, name } : t)) }));
  const addTeam = () => {
    while (draft.teams.some((t) => t.id === `team-${nextTeam}`)) nextTeam++;
    setDraft((d) => ({ ...d, teams: [...d.teams, { id: `team-${nextTeam}`, name: `Team ${String.fromCharCode(64 + d.teams.length + 1)}` }] }));
  };
  const removeTeam = (teamId: string) =>
    setDraft((d) => ({
      ...d,
      teams: d.teams.filter((t) => t.id !== teamId),
      assignment: Object.fromEntries(Object.entries(d.assignment).map(([a, c]) => [a, c === teamId ? COMPUTER : c])),
    }));

  return (
    <form className="classroom-setup panel" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>Set up the classroom exercise</h2>
      <p className="muted">{scenario.meta.title}. Everyone plays on this one screen: each team takes the screen in turn.</p>
      {problems.length > 0 && (
        <div id={`${id}-problems`} className="notice notice--error" role="alert" tabIndex={-1}>
          <p>Please fix {problems.length === 1 ? 'this' : 'these'} first:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset className="classroom-setup__group">
        <legend>Teams</legend>
        {draft.teams.map((team, i) => (
          <div className="classroom-setup__row" key={team.id}>
            <label htmlFor={`${id}-team-${team.id}`}>Team {i + 1} name</label>
            <input
              id={`${id}-team-${team.id}`}
              className="input"
              value={team.name}
              maxLength={40}
              aria-invalid={problemFor(`teams.${i}`).length > 0}
              onChange={(e) => setTeamName(team.id, e.target.value)}
            />
            {draft.teams.length > 1 && (
              <button type="button" className="button button--small button--quiet" onClick={() => removeTeam(team.id)} aria-label={`Remove ${team.name || `team ${i + 1}`}`}>
                Remove
              </button>
            )}
          </div>
        ))}
        {draft.teams.length < MAX_TEAMS && (
          <button type="button" className="button button--small classroom-setup__add" onClick={addTeam}>
            Add a team
          </button>
        )}
      </fieldset>

      <fieldset className="classroom-setup__group">
        <legend>Who plays each actor</legend>
        {scenario.actors.map((actor) => (
          <div className="classroom-setup__row" key={actor.id}>
            <label htmlFor={`${id}-actor-${actor.id}`}>{actor.name}</label>
            <select
              id={`${id}-actor-${actor.id}`}
              className="select"
              value={draft.assignment[actor.id] ?? ''}
              aria-invalid={problemFor(`assignment.${actor.id}`).length > 0}
              onChange={(e) => setDraft((d) => ({ ...d, assignment: { ...d.assignment, [actor.id]: e.target.value } }))}
            >
              {draft.teams.map((t, i) => (
                <option key={t.id} value={t.id}>
                  {t.name || `Team ${i + 1}`}
                </option>
              ))}
              <option value={COMPUTER}>Computer (plays by propensity)</option>
            </select>
          </div>
        ))}
      </fieldset>

      <fieldset className="classroom-setup__group">
        <legend>Turns</legend>
        <label className="classroom-setup__choice">
          <input type="radio" name={`${id}-mode`} checked={draft.turnMode === 'simultaneous'} onChange={() => setDraft((d) => ({ ...d, turnMode: 'simultaneous' }))} />
          Simultaneous: every team commits in secret, then all moves are revealed together
        </label>
        <label className="classroom-setup__choice">
          <input type="radio" name={`${id}-mode`} checked={draft.turnMode === 'alternating'} onChange={() => setDraft((d) => ({ ...d, turnMode: 'alternating' }))} />
          Alternating: one actor at a time, in the scenario&apos;s turn order
        </label>
        {problemFor('turnMode').map((p) => (
          <p key={p.message} className="classroom-setup__problem">
            {p.message}
          </p>
        ))}
        <div className="classroom-setup__row">
          <label className="classroom-setup__choice">
            <input type="checkbox" checked={withTimer} onChange={(e) => setWithTimer(e.target.checked)} /> Turn timer
          </label>
          {withTimer && (
            <>
              <label htmlFor={`${id}-timer`}>Seconds per team turn</label>
              <input id={`${id}-timer`} className="input input--short" type="number" min={10} max={3600} step={10} value={timerSeconds} onChange={(e) => setTimerSeconds(e.target.value)} />
            </>
          )}
        </div>
        <div className="classroom-setup__row">
          <label htmlFor={`${id}-start`}>Start from</label>
          <select id={`${id}-start`} className="select" value={draft.start} onChange={(e) => setDraft((d) => ({ ...d, start: Number(e.target.value) }))}>
            {starts.map((node) => (
              <option key={node} value={node}>
                {node === timeline.root ? `The beginning (${timeline.node(node).date})` : `${timeline.node(node).date}, after ${nodeLabel(timeline, node)}`}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="classroom-setup__group">
        <legend>Facilitator and computer</legend>
        <label className="classroom-setup__choice">
          <input type="checkbox" checked={withFacilitator} onChange={(e) => setWithFacilitator(e.target.checked)} /> A facilitator runs the session (inject, undo,
          override, pause)
        </label>
        {withFacilitator && (
          <div className="classroom-setup__row">
            <label htmlFor={`${id}-facilitator`}>Facilitator&apos;s name</label>
            <input id={`${id}-facilitator`} className="input" value={facilitatorName} maxLength={40} onChange={(e) => setFacilitatorName(e.target.value)} />
          </div>
        )}
        <div className="classroom-setup__row">
          <label htmlFor={`${id}-seed`}>Seed for the computer&apos;s moves</label>
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
          Start the exercise
        </button>
        <button type="button" className="button button--large" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Today's date as a number (20250310): a seed the teacher can read out and type again. */
function todaySeed(): number {
  return Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
}
