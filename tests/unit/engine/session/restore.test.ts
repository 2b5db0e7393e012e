import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../../../src/scenario/index.ts';
import { createSessionStore, memoryBackend } from '../../../../src/app/stores/persistence/index.ts';
import { decodeShareLink, encodeShareLink } from '../../../../src/app/stores/persistence/share-link.ts';
import { restoreSession, toSessionFile } from '../../../../src/engine/session/index.ts';
import { fixtureTimeline, playOpen } from '../../app/charts/engine-helpers.ts';

const NOW = () => '2024-05-01T10:00:00.000Z';

function scenarioOf(name: string): Scenario {
  const file = `tests/fixtures/${name}.yaml`;
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error('fixture does not load');
  return r.scenario;
}

function branchedSession() {
  const t0 = fixtureTimeline();
  const track = t0.replayTrack();
  const a = playOpen(t0, track[1] as number, 3, 0);
  const b = playOpen(a.timeline.rename(a.node, 'Hawks'), track[2] as number, 2, 1);
  const t = b.timeline.deleteSubtree(b.node);
  const c = playOpen(t, track[3] as number, 2, 2);
  return { timeline: c.timeline, current: c.node };
}

describe('restoreSession with the engine', () => {
  it('should bring back the same tree, names and current node through a share link', () => {
    const { timeline, current } = branchedSession();
    const session = toSessionFile({ timeline, current, mode: 'free', name: 'Class 3B', now: NOW });
    const decoded = decodeShareLink(`https://whn.example/${encodeShareLink(session)}`);
    expect(decoded).toEqual({ ok: true, session });
    if (!decoded.ok) return;
    const restored = restoreSession(decoded.session, [scenarioOf('engine-free'), timeline.scenario]);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.init.current).toBe(current);
    expect(restored.init.timeline.toJSON()).toEqual(timeline.toJSON());
    expect(restored.init.timeline.pathTo(current)).toEqual(timeline.pathTo(current));
    expect(restored.init.timeline.postures(current)).toEqual(timeline.postures(current));
    expect(restored.init.timeline.leaves().map((l) => restored.init.timeline.nameOf(l))).toEqual(timeline.leaves().map((l) => timeline.nameOf(l)));
  });

  it('should restore the last autosave exactly where the user was', async () => {
    const { timeline, current } = branchedSession();
    const store = createSessionStore(memoryBackend(), { now: NOW });
    await store.autosave(toSessionFile({ timeline, current, mode: 'free', id: 'class-3b', now: NOW }));
    const last = await store.lastSession();
    expect(last?.ok).toBe(true);
    if (!last?.ok) return;
    const restored = restoreSession(last.session, [timeline.scenario]);
    expect(restored).toMatchObject({ ok: true, init: { current, mode: 'free' } });
  });

  it('should open a session made with a user-loaded scenario from the YAML saved inside it', () => {
    const source = readFileSync('tests/fixtures/engine-liaison.yaml', 'utf8');
    const { timeline, current } = branchedSession();
    const session = toSessionFile({ timeline, current, mode: 'replay', source, now: NOW });
    expect(restoreSession(session, [], { readSource: loadScenario })).toMatchObject({ ok: true, init: { current, mode: 'replay' } });
  });

  it.each([
    ['a scenario that is not available', () => [scenarioOf('engine-free')], 'unknown-scenario', /"engine-liaison", which is not available here/],
    // Another version whose moves no longer fit (its replay is one step long); one where they fit opens: older-version.test.ts.
    ['another version of the scenario', (s: Scenario) => [{ ...s, hash: 'ffffffffffffffff', replay: s.replay.slice(0, 1) }], 'scenario-changed', /another version of the scenario "engine-liaison".*no longer fit/],
  ])('should refuse a session for %s', (_label, available, kind, message) => {
    const { timeline, current } = branchedSession();
    const result = restoreSession(toSessionFile({ timeline, current, mode: 'free', now: NOW }), available(timeline.scenario));
    expect(result).toMatchObject({ ok: false, error: { kind } });
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('should report a timeline whose moves do not fit the scenario, and a missing current node', () => {
    const { timeline, current } = branchedSession();
    const session = toSessionFile({ timeline, current, mode: 'free', now: NOW });
    const badMove = { ...session, timeline: { ...session.timeline, nodes: [[0, 999, 2, 1] as const] } };
    expect(restoreSession(badMove, [timeline.scenario])).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    expect(restoreSession({ ...session, current: 9999 }, [timeline.scenario])).toMatchObject({
      ok: false,
      error: { kind: 'corrupt', message: /step 9999, which is not in its timeline/ },
    });
  });

  it('should report a damaged embedded scenario', () => {
    const { timeline, current } = branchedSession();
    const session = toSessionFile({ timeline, current, mode: 'free', source: 'format: 1\nmeta: [', now: NOW });
    expect(restoreSession(session, [], { readSource: loadScenario })).toMatchObject({ ok: false, error: { kind: 'corrupt', message: /no longer loads/ } });
  });
});
