import type { ReactNode } from 'react';
import type { DeviceIntent, SeatsMessage } from '../../../protocol/index.ts';
import type { Scenario } from '../../../scenario/index.ts';
import { useLazyWords } from '../../lib/words/index.ts';
import { DevicesPanel } from './devices-panel.tsx';
import { QrCode } from './qr-code.tsx';
import './network.css';

export interface HostScreenProps {
  readonly room: string;
  /** The address a student opens (with the room code in it). */
  readonly joinUrl: string;
  /** The page's address without the code, to read out. */
  readonly address: string;
  readonly facilitatorCode: string | null;
  readonly seats: SeatsMessage | null;
  readonly self: string | null;
  readonly onDevice: (intent: DeviceIntent) => void;
  /** Buttons to the console and the projector view. */
  readonly actions: ReactNode;
  /** The page was opened at this computer's own address (localhost): students' devices cannot open it. */
  readonly loopback?: boolean;
  /** The room's scenario in this device's language, to name the teams' actors. */
  readonly scenario?: Scenario | null;
}

/** localhost, 127.x.x.x and ::1 name this computer only. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** For the projector: where to go, the room code and its QR code, and the seats as they fill. */
export function HostScreen({ room, joinUrl, address, facilitatorCode, seats, self, onDevice, actions, loopback = false, scenario = null }: HostScreenProps) {
  const { t } = useLazyWords();
  return (
    <section className="network-host" aria-labelledby="network-host-title">
      <div className="network-host__join panel">
        <h2 id="network-host-title">{t('network.host.title')}</h2>
        {loopback && (
          <p className="network-host__loopback" role="note">
            {t('network.host.loopback', { address })}
          </p>
        )}
        <ol className="network-host__steps">
          <li>
            {t('network.host.open')} <strong className="network-host__address">{address}</strong>
          </li>
          <li>
            {t('network.host.type')}{' '}
            <strong className="network-host__code" data-testid="room-code" aria-label={t('network.host.codeLabel', { code: room.split('').join(' ') })}>
              {room}
            </strong>
          </li>
          <li>{t('network.host.pick')}</li>
        </ol>
        <QrCode text={joinUrl} label={t('network.host.qr', { url: joinUrl })} />
        {facilitatorCode && (
          <p className="network-host__facilitator">
            {t('network.host.facilitatorCode')} <code data-testid="facilitator-code">{facilitatorCode}</code>
          </p>
        )}
        <div className="network-host__actions">{actions}</div>
      </div>
      <div className="panel network-host__seats">
        <DevicesPanel seats={seats} self={self} onDevice={onDevice} scenario={scenario} />
      </div>
    </section>
  );
}
