import { describe, expect, it } from 'vitest';
import { PASS } from '../../../../src/engine/index.ts';
import { readFileSync } from 'node:fs';
import { timelineFromJSON } from '../../../../src/engine/index.ts';
import { CLASSROOM_VERSION, classroomFromJSON, classroomToJSON, remainingMs, STOPPED } from '../../../../src/engine/classroom/index.ts';
import { logLines, round, run, shipped, started } from '../../classroom/fixtures.ts';

interface SavedV1 {
  readonly scenario: 'march-2019' | 'tutorial';
  readonly timeline: unknown;
  readonly classroom: { readonly version: number; readonly log: readonly { who: string; action: string; reason: string | null }[]; readonly steps: readonly { moves: readonly { voidReason: string | null }[] }[] };
}

/** Sessions saved by version 1 (English log and void reasons), written by that version's own code. */
const v1 = (JSON.parse(readFileSync('tests/fixtures/classroom-v1.json', 'utf8')) as { sessions: SavedV1[] }).sessions;

function played() {
  const c = round(started('tutorial', { timerSeconds: 60 }), { marenia: 'send-patrols' }, { tolvany: PASS });
  return run(
    c,
    { type: 'override', override: { actor: 'tolvany', posture: 'trade', level: 'restricted' }, reason: 'What if trade closed?' },
    { type: 'take-screen' },
    { type: 'commit', moves: { marenia: 'offer-talks' } },
  );
}

describe('classroom JSON', () => {
  it('should round-trip the whole classroom state through JSON text', () => {
    const c = played();
    const text = JSON.stringify(classroomToJSON(c.state));
    const back = classroomFromJSON(c.timeline, JSON.parse(text));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.state).toEqual(c.state);
  });

  it('should keep a running turn timer across a reload, counting from the same start', () => {
    const c = run(started('tutorial', { timerSeconds: 180 }), { type: 'take-screen' });
    expect(c.state.timer.runningSince).not.toBeNull();
    const back = classroomFromJSON(c.timeline, JSON.parse(JSON.stringify(classroomToJSON(c.state))));
    if (!back.ok) throw new Error(back.error);
    const later = (c.state.timer.runningSince as number) + 70_000;
    expect(remainingMs(back.state.timer, 180, later)).toBe(110_000);
  });

  it('should open a session saved without a timer with the clock stopped', () => {
    const c = run(started('tutorial', { timerSeconds: 180 }), { type: 'take-screen' });
    const { timer: _timer, ...old } = classroomToJSON(c.state);
    const back = classroomFromJSON(c.timeline, JSON.parse(JSON.stringify(old)));
    expect(back.ok && back.state.timer).toEqual(STOPPED);
  });

  it.each([
    ['not an object', () => 'hello', /damaged: \(top level\)/],
    ['a head outside the timeline', (j: Record<string, unknown>) => ({ ...j, head: 999 }), /names point 999/],
    ['an unknown team on the hand-over screen', (j: Record<string, unknown>) => ({ ...j, phase: { kind: 'handover', team: 'zz' } }), /team that does not exist/],
    ['a commit for an unknown actor', (j: Record<string, unknown>) => ({ ...j, pending: { atlantis: PASS } }), /actor "atlantis"/],
    ['a wrong version', (j: Record<string, unknown>) => ({ ...j, version: 9 }), /damaged: version/],
  ] as const)('should refuse %s with a readable message', (_name, damage, message) => {
    const c = played();
    const json = JSON.parse(JSON.stringify(classroomToJSON(c.state))) as Record<string, unknown>;
    const result = classroomFromJSON(c.timeline, damage(json));
    expect(result.ok ? 'accepted' : result.error).toMatch(message);
  });

  describe('a session saved by version 1', () => {
    it.each(v1.map((saved, i) => [i, saved] as const))('should open session %d with its English log and void reasons kept as written', (_i, saved) => {
      const loaded = timelineFromJSON(shipped(saved.scenario), saved.timeline);
      if (!loaded.ok) throw new Error(loaded.error);
      expect(saved.classroom.version).toBe(1);
      const back = classroomFromJSON(loaded.timeline, saved.classroom);
      if (!back.ok) throw new Error(back.error);
      const c = { timeline: loaded.timeline, state: back.state };
      expect(back.state.log.every((e) => e.kind === 'legacy')).toBe(true);
      expect(logLines(c)).toEqual(saved.classroom.log.map(({ who, action, reason }) => ({ who, action, reason })));
      const voids = back.state.steps.flatMap((s) => s.moves.map((m) => m.voidReason));
      expect(voids).toEqual(saved.classroom.steps.flatMap((s) => s.moves.map((m) => (m.voidReason === null ? null : { code: 'legacy', text: m.voidReason }))));
    });

    it('should save it again as the current version, which opens as it was', () => {
      const saved = v1[0] as SavedV1;
      const loaded = timelineFromJSON(shipped(saved.scenario), saved.timeline);
      if (!loaded.ok) throw new Error(loaded.error);
      const back = classroomFromJSON(loaded.timeline, saved.classroom);
      if (!back.ok) throw new Error(back.error);
      const json = JSON.parse(JSON.stringify(classroomToJSON(back.state))) as { version: number };
      expect(json.version).toBe(CLASSROOM_VERSION);
      const again = classroomFromJSON(loaded.timeline, json);
      expect(again.ok && again.state).toEqual(back.state);
    });
  });
});
