import { useId, useState, type FormEvent } from 'react';
import { normalizeCode, FACILITATOR_CODE_LENGTH, type SeatsMessage } from '../../../protocol/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { useOnline } from '../../lib/online.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { teamActorsText } from './seat-words.ts';
import './network.css';

export interface JoinScreenProps {
  /** The room this device looks at (its seats are listed), or null: ask for the code. */
  readonly room: string | null;
  readonly initialCode: string;
  readonly seats: SeatsMessage | null;
  /** Why the last try failed, in words (the server's refusal, or that it cannot be reached). */
  readonly problem: string | null;
  readonly busy: boolean;
  readonly onCode: (code: string) => void;
  readonly onTeam: (team: string) => void;
  readonly onWatch: () => void;
  readonly onFacilitator: (code: string) => void;
  readonly onOtherRoom: () => void;
  /** The room's scenario in this device's language (once the room's view has come), to name the teams' actors. */
  readonly scenario?: Scenario | null;
}

/** A student's way in: the room code, then a free team seat (or watching, or the facilitator's code). */
export function JoinScreen({ room, initialCode, seats, problem, busy, onCode, onTeam, onWatch, onFacilitator, onOtherRoom, scenario = null }: JoinScreenProps) {
  const { t } = useLazyWords();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [facilitatorCode, setFacilitatorCode] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  // Joining needs the exercise server: offline, say so at once instead of a connection that hangs.
  const online = useOnline();

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (!online) return;
    const normal = normalizeCode(code);
    if (normal === null) {
      setInvalid(t('network.join.badCode', { code: code.trim() }));
      return;
    }
    setInvalid(null);
    onCode(normal);
  };
  const submitFacilitator = (event: FormEvent) => {
    event.preventDefault();
    const normal = normalizeCode(facilitatorCode, FACILITATOR_CODE_LENGTH);
    if (normal === null) {
      setInvalid(t('network.join.badFacilitatorCode'));
      return;
    }
    setInvalid(null);
    onFacilitator(normal);
  };
  const shown = online ? (invalid ?? problem) : t('network.join.offline');

  return (
    <section className="network-join panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{room === null ? t('network.join.title') : t('network.join.pickTitle', { room })}</h2>
      {shown && (
        <p className="notice notice--error" role="alert">
          {shown}
        </p>
      )}
      {room === null ? (
        <form onSubmit={submitCode} className="network-join__form" noValidate>
          <label htmlFor={`${id}-code`}>{t('network.join.code')}</label>
          <input
            id={`${id}-code`}
            className="input network-join__code"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setCode(e.target.value)}
          />
          <p id={`${id}-hint`} className="muted">
            {t('network.join.hint')}
          </p>
          <button type="submit" className="button button--primary button--large" disabled={busy || !online}>
            {busy ? t('network.join.joining') : t('network.join.submit')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('network.join.pick')}</p>
          {seats === null ? (
            <p aria-live="polite">{t('network.devices.waiting')}</p>
          ) : (
            <ul className="network-join__teams">
              {seats.teams.map((team) => (
                <li key={team.team}>
                  <button type="button" className="button button--large network-join__team" disabled={busy || team.claimed} onClick={() => onTeam(team.team)}>
                    <strong>{team.name}</strong> <span>{teamActorsText(team.actors, scenario)}</span>
                    <span className="network-join__state">{t('network.devices.teamState', { state: team.connected ? 'on' : team.claimed ? 'away' : 'free' })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="network-join__other">
            <button type="button" className="button" onClick={onWatch} disabled={busy}>
              {t('network.join.watch')}
            </button>
            <button type="button" className="button button--quiet" onClick={onOtherRoom} disabled={busy}>
              {t('network.join.otherRoom')}
            </button>
          </div>
          <form onSubmit={submitFacilitator} className="network-join__facilitator" noValidate>
            <label htmlFor={`${id}-facilitator`}>{t('network.join.facilitator')}</label>
            <input id={`${id}-facilitator`} className="input input--short" value={facilitatorCode} autoComplete="off" spellCheck={false} maxLength={12} onChange={(e) => setFacilitatorCode(e.target.value)} />
            <button type="submit" className="button" disabled={busy}>
              {t('network.join.asFacilitator')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
