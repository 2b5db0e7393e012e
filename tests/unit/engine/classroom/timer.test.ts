import { describe, expect, it } from 'vitest';
import { formatClock, pauseTimer, remainingMs, resumeTimer, startTimer } from '../../../../src/engine/classroom/index.ts';
import { classroomStep } from '../../../../src/engine/classroom/index.ts';
import { logLines, run, started, T0 } from '../../classroom/fixtures.ts';

describe('turn timer', () => {
  it('should count down while running and stand still while paused', () => {
    let t = startTimer(0);
    expect(remainingMs(t, 60, 10_000)).toBe(50_000);
    t = pauseTimer(t, 10_000);
    expect(remainingMs(t, 60, 500_000)).toBe(50_000);
    t = resumeTimer(t, 500_000);
    expect(remainingMs(t, 60, 520_000)).toBe(30_000);
    expect(remainingMs(t, 60, 600_000)).toBeLessThan(0);
  });

  it.each([
    [125_000, '2:05'],
    [59_001, '1:00'],
    [0, '0:00'],
    [-4_000, '0:00'],
  ])('should show %i ms as %s', (ms, text) => expect(formatClock(ms)).toBe(text));

  it('should start when a team takes the screen, freeze on pause and refuse moves while paused', () => {
    let c = run(started('tutorial', { timerSeconds: 90 }), { type: 'take-screen' });
    const startedAt = T0 + 1000;
    expect(remainingMs(c.state.timer, 90, startedAt + 30_000)).toBe(60_000);
    const paused = classroomStep(c, { type: 'pause', reason: 'Fire drill' }, startedAt + 30_000);
    if (!paused.ok) throw new Error(paused.error);
    c = paused;
    expect(c.state.paused).toBe(true);
    expect(remainingMs(c.state.timer, 90, startedAt + 999_000)).toBe(60_000);
    const refused = classroomStep(c, { type: 'commit', moves: { marenia: 'pass' } }, startedAt + 31_000);
    expect(refused.ok ? '' : refused.error).toMatch(/paused/);
    expect(logLines(c).at(-1)).toMatchObject({ who: 'Ms Rivera', action: 'paused the session', reason: 'Fire drill' });
    const resumed = classroomStep(c, { type: 'resume' }, startedAt + 100_000);
    if (!resumed.ok) throw new Error(resumed.error);
    expect(remainingMs(resumed.state.timer, 90, startedAt + 110_000)).toBe(50_000);
  });
});
