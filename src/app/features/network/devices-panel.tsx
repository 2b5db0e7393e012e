import { useId, useState } from 'react';
import type { DeviceIntent, SeatsMessage } from '../../../protocol/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { useWords } from '../../lib/words/index.ts';
import { seatName, teamActorsText } from './seat-words.ts';

type Reseat = Extract<DeviceIntent, { type: 'device.reseat' }>['seat'];

export interface DevicesPanelProps {
  readonly seats: SeatsMessage | null;
  /** This device: it is listed but not offered to itself. */
  readonly self: string | null;
  /** Sends a console intent for a device (kick or reseat); null when it could not be sent. */
  readonly onDevice: (intent: DeviceIntent) => void;
  /** The room's scenario in this device's language, to name the teams' actors (their ids until it is known). */
  readonly scenario?: Scenario | null;
}

/** The seats as they fill and, for the facilitator, every device: connected or not, with remove and move. */
export function DevicesPanel({ seats, self, onDevice, scenario = null }: DevicesPanelProps) {
  const words = useWords();
  const { t } = words;
  const id = useId();
  const [reason, setReason] = useState('');
  const [moves, setMoves] = useState<Record<string, string>>({});
  if (seats === null) return <p aria-live="polite">{t('network.devices.waiting')}</p>;
  // Devices that only looked at the room (an observer seat taken on the way to a team's) are gone once they leave.
  const devices = (seats.devices ?? []).filter((d) => d.connected || d.seat.kind !== 'observer');
  const target = (value: string): Reseat => (value === 'observer' ? { kind: 'observer' } : { kind: 'team', team: value });
  return (
    <section className="devices" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('network.devices.seats')}</h3>
      <ul className="devices__teams">
        {seats.teams.map((team) => (
          <li key={team.team} className={`devices__team devices__team--${team.connected ? 'on' : team.claimed ? 'away' : 'free'}`}>
            <strong>{team.name}</strong> <span className="muted">{teamActorsText(team.actors, scenario)}</span>{' '}
            <span className="devices__state">{t('network.devices.teamState', { state: team.connected ? 'on' : team.claimed ? 'away' : 'free' })}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('network.devices.counts', { observers: seats.observers, facilitators: seats.facilitators })}</p>
      {seats.devices !== null && (
        <>
          <h3>{t('network.devices.title')}</h3>
          <div className="devices__reason">
            <label htmlFor={`${id}-reason`}>{t('network.devices.reason')}</label>
            <input id={`${id}-reason`} className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </div>
          <ul className="devices__list">
            {devices.map((device) => {
              const name = seatName(words, device.seat, seats);
              const label = t('network.devices.device', { seat: name, device: device.device.slice(0, 6) });
              const move = moves[device.device] ?? 'observer';
              return (
                <li key={device.device} className="devices__device" data-testid="device">
                  <span>
                    {label} · <span className={device.connected ? 'devices__on' : 'devices__off'}>{t('network.devices.connected', { connected: String(device.connected) })}</span>
                    {device.device === self && ` · ${t('network.devices.self')}`}
                  </span>
                  {device.device !== self && device.seat.kind !== 'facilitator' && (
                    <span className="devices__actions">
                      <label className="visually-hidden" htmlFor={`${id}-${device.device}`}>
                        {t('network.devices.moveTo', { device: label })}
                      </label>
                      <select id={`${id}-${device.device}`} className="select select--small" value={move} onChange={(e) => setMoves((m) => ({ ...m, [device.device]: e.target.value }))}>
                        {seats.teams.map((team) => (
                          <option key={team.team} value={team.team}>
                            {team.name}
                          </option>
                        ))}
                        <option value="observer">{t('network.seat.kind', { kind: 'observer' })}</option>
                      </select>
                      <button type="button" className="button button--small" onClick={() => onDevice({ type: 'device.reseat', device: device.device, seat: target(move), reason })} aria-label={t('network.devices.reseatLabel', { device: label })}>
                        {t('network.devices.reseat')}
                      </button>
                      <button type="button" className="button button--small button--quiet" onClick={() => onDevice({ type: 'device.kick', device: device.device, reason })} aria-label={t('network.devices.kickLabel', { device: label })}>
                        {t('network.devices.kick')}
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
