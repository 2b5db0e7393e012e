import { describe, expect, it } from 'vitest';
import { checkScenario, parseSessionFile, parseSessionText } from '../../../../src/engine/session/index.ts';
import { makeSession, makeTimelineJson, SCENARIO } from '../../app/stores/persistence/factories.ts';

const NOW = () => '2024-06-01T12:00:00.000Z';

describe('parseSessionFile', () => {
  it('should accept a current session unchanged', () => {
    const session = makeSession({ scenario: { ...SCENARIO, source: 'format: 1\nmeta: {}\n' } });
    const result = parseSessionFile(JSON.parse(JSON.stringify(session)));
    expect(result).toEqual({ ok: true, session, migratedFrom: null });
  });

  it('should keep keys the engine adds to its timeline JSON', () => {
    const session = makeSession({ timeline: { ...makeTimelineJson(), ids: [1, 2, 3] } as never });
    const result = parseSessionFile(session);
    expect(result.ok && (result.session.timeline as unknown as { ids: number[] }).ids).toEqual([1, 2, 3]);
  });

  const broken: [string, unknown, RegExp][] = [
    ['null', null, /expected an object, found nothing/],
    ['a list', [1, 2], /found a list/],
    ['text', 'hello', /found the text "hello"/],
    ['another format', { format: 'something-else', version: 1 }, /not a What Happens Next session/],
    ['no version', { ...makeSession(), version: 'one' }, /no valid version number/],
    ['a missing name', { ...makeSession(), name: undefined }, /“name” is missing/],
    ['a bad save time', makeSession({ savedAt: 'yesterday' }), /“savedAt” should be a date and time/],
    ['a negative current node', makeSession({ current: -1 }), /“current” is too small/],
    ['a bad mode', { ...makeSession(), mode: 'classroom' }, /“mode” is the text "classroom", which this app does not know/],
    ['a non-numeric node entry', { ...makeSession(), timeline: { ...makeTimelineJson(), nodes: [[0, 'x', 1, 0]] } }, /malformed at entry 1 \(timeline\.nodes\[0\]\): expected \[parent, move, origin, day\] as integers/],
    ['an unsafe id', makeSession({ id: '../../etc' }), /“id” must be 1–64 letters/],
    ['an unknown top-level key', { ...makeSession(), extra: 1 }, /a field this app does not know \(“extra”\)/],
    ['a timeline for another scenario', makeSession({ scenario: { id: 'march-2019', hash: 'ffffffffffffffff' } }), /timeline was made for "march-2019" \(0123456789abcdef\)/],
  ];
  it.each(broken)('should report a session with %s as corrupt, naming the problem', (_label, data, message) => {
    const result = parseSessionFile(data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('corrupt');
    expect(result.error.message).toMatch(message);
  });

  it('should refuse a session from a newer app version with a message saying so', () => {
    const result = parseSessionFile({ ...makeSession(), version: 2 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'newer-version' } });
    expect(!result.ok && result.error.message).toMatch(/session format 2; this app reads up to 1/);
  });

  it('should migrate a v0 session (a bare timeline) to v1', () => {
    const timeline = makeTimelineJson(4);
    const result = parseSessionFile(JSON.parse(JSON.stringify(timeline)), { now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.session).toMatchObject({
      format: 'whn-session',
      version: 1,
      name: 'Imported timeline',
      savedAt: NOW(),
      scenario: SCENARIO,
      timeline,
      current: 4,
      mode: 'free',
    });
  });

  it('should give the same id to the same v0 file imported twice, and different ids to different files', () => {
    const id = (moves: number) => {
      const r = parseSessionFile(makeTimelineJson(moves), { now: NOW });
      return r.ok ? r.session.id : null;
    };
    expect(id(3)).toMatch(/^v0-[0-9a-f]{8}$/);
    expect(id(3)).toBe(id(3));
    expect(id(3)).not.toBe(id(4));
  });

  it('should report a v0 timeline with damaged nodes as corrupt, not crash', () => {
    const result = parseSessionFile({ scenario: SCENARIO, nodes: [null], names: {} });
    expect(result).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });
});

describe('parseSessionText', () => {
  it('should report invalid or truncated JSON as corrupt', () => {
    const text = JSON.stringify(makeSession());
    for (const bad of ['', 'not json', text.slice(0, text.length / 2)]) {
      const result = parseSessionText(bad);
      expect(result).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
      expect(!result.ok && result.error.message).toMatch(bad === '' ? /damaged: it is empty/ : /cut off or was changed outside the app/);
    }
  });

  it('should parse the JSON text of a session', () => {
    expect(parseSessionText(JSON.stringify(makeSession()))).toEqual({ ok: true, session: makeSession(), migratedFrom: null });
  });
});

describe('checkScenario', () => {
  const scenario = (id: string, hash: string) => ({ meta: { id }, hash });
  it.each([
    ['the same scenario version', scenario('march-2019', SCENARIO.hash), null],
    ['another version of the scenario', scenario('march-2019', 'aaaaaaaaaaaaaaaa'), 'scenario-changed'],
    ['another scenario', scenario('hanoi-2019', SCENARIO.hash), 'unknown-scenario'],
  ])('should check a session against %s', (_label, s, kind) => {
    const result = checkScenario(makeSession(), s);
    expect(result.ok ? null : result.error.kind).toBe(kind);
  });
});
