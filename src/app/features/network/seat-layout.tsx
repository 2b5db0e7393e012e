import type { ReactNode } from 'react';
import { useLazyWords } from '../../lib/words/index.ts';
import './network.css';

export interface SeatLayoutProps {
  readonly room: string;
  /** Who this device is: "Team A (US)", "Facilitator", "Projector". */
  readonly seat: string;
  /** Where the exercise is: round and date. */
  readonly where: string;
  readonly notice: ReactNode;
  readonly clock: ReactNode;
  readonly main: ReactNode;
  readonly side: ReactNode;
  /** The posture board and the charts, below. */
  readonly below: ReactNode;
}

/** One seat's screen on its own device (a team, the facilitator's console, the projector). */
export function SeatLayout({ room, seat, where, notice, clock, main, side, below }: SeatLayoutProps) {
  const { t } = useLazyWords();
  return (
    <div className="network-seat">
      <div className="network-seat__bar">
        <span className="network-seat__who">{t('network.seat.bar', { seat, room })}</span>
        <span className="network-seat__where">{where}</span>
      </div>
      {notice}
      {clock}
      <div className="network-seat__layout">
        <div className="network-seat__main">{main}</div>
        <aside className="network-seat__side" aria-label={t('network.seat.side')}>
          {side}
        </aside>
      </div>
      {below}
    </div>
  );
}
