import type { ReactNode } from 'react';
import type { DeviceIntent, SeatsMessage } from '../../../protocol/index.ts';
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
}

/** For the projector: where to go, the room code and its QR code, and the seats as they fill. */
export function HostScreen({ room, joinUrl, address, facilitatorCode, seats, self, onDevice, actions }: HostScreenProps) {
  const { t } = useLazyWords();
  return (
    <section className="network-host" aria-labelledby="network-host-title">
      <div className="network-host__join panel">
        <h2 id="network-host-title">{t('network.host.title')}</h2>
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
        <DevicesPanel seats={seats} self={self} onDevice={onDevice} />
      </div>
    </section>
  );
}
