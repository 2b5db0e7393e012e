import { useEffect, useState } from 'react';
import { formatClock, remainingMs, type TimerState } from '../../../engine/classroom/index.ts';
import { useWords } from '../../lib/words/index.ts';

export interface TurnTimerProps {
  readonly timer: TimerState;
  readonly limitSeconds: number;
  readonly paused: boolean;
}

/** The team's remaining time, large enough for the back of the room; says so once when time is up. */
export function TurnTimer({ timer, limitSeconds, paused }: TurnTimerProps) {
  const { t } = useWords();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [timer.runningSince]);
  const left = remainingMs(timer, limitSeconds, timer.runningSince === null ? 0 : Math.max(now, timer.runningSince));
  const up = left <= 0;
  return (
    <div className={`turn-timer${up ? ' turn-timer--up' : ''}`}>
      <span className="turn-timer__label">{paused ? t('classroom.timer.paused') : t('classroom.timer.left')}</span>
      <span className="turn-timer__clock" role="timer" aria-live="off">
        {formatClock(left)}
      </span>
      {up && (
        <span className="turn-timer__up" role="alert">
          {t('classroom.timer.up')}
        </span>
      )}
    </div>
  );
}
