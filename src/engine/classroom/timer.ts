/** The turn timer: pure arithmetic over wall-clock times passed in, so it pauses and tests cleanly. */
import type { TimerState } from './types.ts';

export const STOPPED: TimerState = { usedMs: 0, runningSince: null };

export const startTimer = (now: number): TimerState => ({ usedMs: 0, runningSince: now });

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  return { usedMs: timer.usedMs + Math.max(0, now - timer.runningSince), runningSince: null };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

/** Milliseconds left of `limitSeconds`; negative once time is up. */
export function remainingMs(timer: TimerState, limitSeconds: number, now: number): number {
  const used = timer.usedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
  return limitSeconds * 1000 - used;
}

/** "2:05", "0:00" once time is up. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
