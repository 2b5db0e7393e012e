import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem, loadScenario, type Scenario } from '../../../../src/scenario/index.ts';
import { decodeShareLink, encodeShareLink } from '../../../../src/app/stores/persistence/share-link.ts';
import { parseSessionFile, parseSessionText, restoreSession, toSessionFile, type SessionFile } from '../../../../src/engine/session/index.ts';
import { startTimeline } from '../../../../src/engine/index.ts';
import { playOpen } from '../../app/charts/engine-helpers.ts';

/** A session saved against March 2019 as it shipped before it was dated in Seoul and Washington. */
const SAVED_TEXT = readFileSync('tests/fixtures/older-version-march-2019-session.json', 'utf8');
const SAVED = JSON.parse(SAVED_TEXT) as SessionFile;
const OLD_HASH = '2f13afab74932ad7';

function load(file: string, text = readFileSync(file, 'utf8')): Scenario {
  const r = loadScenario(text, file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

const march = load('scenarios/march-2019.yaml');

describe('a session made for another version of its scenario', () => {
  it('should be a session of the older March 2019 (the fixture is what it claims to be)', () => {
    expect(SAVED.scenario).toEqual({ id: 'march-2019', hash: OLD_HASH });
    expect(march.hash).not.toBe(OLD_HASH);
  });

  it('should open when every move still fits, with every node, name and the place the user was, under the new version', () => {
    const restored = restoreSession(SAVED, [march]);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.notes).toEqual(['older-version']);
    const { timeline, current, scenario } = restored.init;
    expect(scenario).toBe(march);
    expect(current).toBe(SAVED.current);
    const json = timeline.toJSON();
    expect(json.nodes).toEqual(SAVED.timeline.nodes);
    expect(json.names).toEqual(SAVED.timeline.names);
    // Saved again, it names this version, and opens with no note.
    const again = toSessionFile({ timeline, current: current ?? -1, mode: restored.init.mode ?? 'free', id: restored.init.id, name: restored.init.name });
    expect(again.scenario).toEqual({ id: 'march-2019', hash: march.hash });
    expect(restoreSession(again, [march])).toMatchObject({ ok: true, notes: [] });
  });

  it('should open the same way from a share link, a session file and an exported timeline', () => {
    const link = decodeShareLink(`https://whn.example/${encodeShareLink(SAVED)}`);
    const file = parseSessionText(SAVED_TEXT);
    const exported = parseSessionFile(SAVED.timeline, { now: () => '2026-12-03T10:00:00.000Z' });
    for (const arrived of [link, file, exported]) {
      expect(arrived.ok).toBe(true);
      if (!arrived.ok) continue;
      const restored = restoreSession(arrived.session, [march]);
      expect(restored).toMatchObject({ ok: true, notes: ['older-version'] });
      if (restored.ok) expect(restored.init.timeline.toJSON().nodes).toEqual(SAVED.timeline.nodes);
    }
  });

  it('should refuse it, naming the first entry that does not fit, when a move no longer fits', () => {
    // The other version moved the pull-out (replay step 10) a day: history's entry 10 is no longer that step.
    const raw = parse(readFileSync('scenarios/march-2019.yaml', 'utf8')) as { replay: { date: string }[] };
    const step = raw.replay[9];
    if (!step) throw new Error('March 2019 lost its replay step 10');
    step.date = '2019-03-23';
    const moved = load('moved.yaml', stringify(raw));
    const restored = restoreSession(SAVED, [moved]);
    expect(restored).toMatchObject({ ok: false, error: { kind: 'scenario-changed' } });
    if (restored.ok) return;
    expect(restored.error.detail).toBe('The saved timeline does not fit scenario "march-2019": entry 10 is not replay step 10 of this scenario.');
    expect(restored.error.message).toMatch(/^This session was made for another version of the scenario "march-2019" \(saved 2f13afab74932ad7, available [0-9a-f]{16}\), and its moves no longer fit: .*entry 10/);
  });

  it('should refuse a session whose replay entries the other version no longer has', () => {
    const scenario = load('tests/fixtures/engine-liaison.yaml');
    const t0 = startTimeline(scenario);
    const { timeline, node } = playOpen(t0, t0.replayTrack()[2] as number, 3);
    const session = toSessionFile({ timeline, current: node, mode: 'free' });
    const shorter = { ...scenario, meta: { ...scenario.meta, earlierVersions: [scenario.hash] }, hash: 'ffffffffffffffff', replay: scenario.replay.slice(0, 1) };
    const restored = restoreSession(session, [shorter]);
    expect(restored).toMatchObject({ ok: false, error: { kind: 'scenario-changed', detail: /entry 2 is not replay step 2/ } });
  });

  it('should refuse, trying no move, a version the scenario does not list as earlier: its moves may be in another order', () => {
    // A saved timeline names moves by their place in the list: in a version with the moves reversed,
    // the same codes would name other moves, some of them open, and the session would play differently.
    const raw = parse(readFileSync('scenarios/march-2019.yaml', 'utf8')) as { meta: { earlierVersions?: string[] }; moves: unknown[] };
    delete raw.meta.earlierVersions;
    const unlisted = load('unlisted.yaml', stringify(raw));
    const refused = restoreSession(SAVED, [unlisted]);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'scenario-changed', message: expect.stringMatching(/made for another version .* its moves may no longer fit/) } });
    expect(refused).not.toHaveProperty('error.detail');
    raw.moves.reverse();
    const reordered = load('reordered.yaml', stringify(raw));
    const reorderedRefused = restoreSession(SAVED, [reordered]);
    expect(reorderedRefused).toMatchObject({ ok: false, error: { kind: 'scenario-changed' } });
    expect(reorderedRefused).not.toHaveProperty('error.detail');
  });

  it('should refuse an earlier version that is not a content hash, at its line, with the fix', () => {
    const text = readFileSync('scenarios/march-2019.yaml', 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('earlierVersions:')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('[') + 2;
    const result = loadScenario(text.replace('[2f13afab74932ad7]', '[2f13afab7493]'), 'march-2019.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      `march-2019.yaml:${line}:${column}: meta.earlierVersions[0]: must be a content hash of 16 hexadecimal digits — copy it from "scenario.hash" in a session file of that version, e.g. 2f13afab74932ad7`,
    ]);
  });

  it('should list the version of March 2019 shipped before it was dated in its places', () => {
    expect(march.meta.earlierVersions).toContain(OLD_HASH);
  });

  it('should still refuse a session whose scenario is not here at all', () => {
    const restored = restoreSession(SAVED, [load('scenarios/tutorial.yaml')]);
    expect(restored).toMatchObject({ ok: false, error: { kind: 'unknown-scenario' } });
  });
});
