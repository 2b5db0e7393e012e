import { describe, expect, it } from 'vitest';
import { migrateTimelineJson, parseTimelineJson, PASS, startTimeline, timelineFromJSON, type Timeline } from '../../../src/engine/index.ts';
import { MAX_TIMELINE_NODES } from '../../../src/engine/node-store.ts';
import { liaison } from './load-fixture.ts';

const scenario = liaison();

function session(): { timeline: Timeline; branch: number; deleted: number } {
  let t = startTimeline(scenario);
  const track = t.replayTrack();
  let r = t.play(track[2] as number, { actor: 'us', move: 'offer-relief' });
  r = r.timeline.play(r.node, { actor: 'dprk', move: PASS });
  const branch = r.node;
  const doomed = r.timeline.play(t.root, { actor: 'us', move: PASS });
  t = doomed.timeline.deleteSubtree(doomed.node);
  const after = t.play(branch, { actor: 'us', move: 'announce-sanctions' });
  return { timeline: after.timeline.rename(branch, 'Relief'), branch: after.node, deleted: doomed.node };
}

describe('timeline JSON', () => {
  it('should round-trip a session with branches, names and deletions, keeping node ids', () => {
    const { timeline, branch, deleted } = session();
    const json = JSON.parse(JSON.stringify(timeline.toJSON()));
    const loaded = timelineFromJSON(scenario, json);
    if (!loaded.ok) throw new Error(loaded.error);
    const t = loaded.timeline;
    expect(t.size).toBe(timeline.size);
    expect(t.has(deleted)).toBe(false);
    expect(t.node(branch)).toEqual(timeline.node(branch));
    expect(t.postures(branch)).toEqual(timeline.postures(branch));
    expect(t.indicators(branch)).toEqual(timeline.indicators(branch));
    expect(t.nameOf(branch)).toBe('Relief');
    expect(t.replayTrack()).toEqual(timeline.replayTrack());
    expect(t.toJSON()).toEqual(timeline.toJSON());
    // ids survive: the next node gets a fresh id, not a reused one
    expect(t.play(branch, { actor: 'dprk', move: 'test-missile' }).node).toBe(timeline.play(branch, { actor: 'dprk', move: 'test-missile' }).node);
    expect(t.play(branch, { actor: 'dprk', move: 'test-missile' }).node).toBe(timeline.toJSON().nodes.length + 2); // one deleted id is not reused
  });

  it('should keep compact entries: [parent, move, origin, day]', () => {
    const t = startTimeline(scenario);
    const json = t.play(t.replayTrack()[4] as number, { actor: 'us', move: 'announce-sanctions' }).timeline.toJSON();
    expect(json.nodes.at(-1)).toEqual([4, 0, 2, 8]); // parent 4, move 0, play, 2019-03-09 (= 2019-03-07 + 2 days)
    expect(json.ids).toBeUndefined();
  });

  const good = () => startTimeline(scenario).toJSON();
  it.each([
    ['not an object', () => 42, /malformed/],
    ['another scenario', () => ({ ...good(), scenario: { id: 'other', hash: scenario.hash } }), /belongs to scenario "other"/],
    ['a hash mismatch', () => ({ ...good(), scenario: { id: scenario.meta.id, hash: '0000' } }), /another version of scenario "engine-liaison" \(content hash 0000/],
    ['an unknown move', () => ({ ...good(), nodes: [...good().nodes, [0, 99, 2, 9]] }), /entry 5 names an unknown move \(code 99\)/],
    ['a move out of turn', () => ({ ...good(), nodes: [...good().nodes, [0, 3, 2, 9]] }), /entry 5 plays "withdraw-liaison" for "dprk" when it is not that actor's turn/],
    ['a closed move', () => ({ ...good(), nodes: [...good().nodes, [0, 1, 2, 9]] }), /entry 5 plays "cancel-sanctions", which is closed at that point \(requires US sanctions: expanded; it is standing\)/],
    ['a bad entry', () => ({ ...good(), nodes: [[0, 'x', 2, 9]] }), /malformed at entry 1/],
    ['a missing parent', () => ({ ...good(), nodes: [...good().nodes, [77, 0, 2, 9]] }), /parent 77 is not an earlier node/],
    ['a forged replay step', () => ({ ...good(), nodes: [[0, 3, 1, 3]] }), /entry 1 is not replay step 1/],
  ])('should refuse %s with a clear error', (_name, make, message) => {
    const result = timelineFromJSON(scenario, make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('timeline JSON format', () => {
  const good = () => startTimeline(scenario).toJSON();

  it('should read a file without a format as format 1', () => {
    const { format: _f, ...bare } = good();
    const parsed = parseTimelineJson(bare);
    expect(parsed).toEqual({ ok: true, json: good(), migratedFrom: null });
    expect(timelineFromJSON(scenario, bare).ok).toBe(true);
  });

  it('should refuse a newer format, saying the app is older', () => {
    const newer = { ...good(), format: 2 };
    const migrated = migrateTimelineJson(newer);
    expect(migrated.ok).toBe(false);
    if (!migrated.ok) {
      expect(migrated.problem).toBe('newer-format');
      expect(migrated.error).toBe('The saved timeline was made by a newer version of What Happens Next (timeline format 2; this version reads up to 1). Update the app to open it.');
    }
    const loaded = timelineFromJSON(scenario, newer);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error).toMatch(/newer version of What Happens Next/);
  });

  it.each([
    ['a format that is not a number', () => ({ ...good(), format: 'one' }), 'at timeline.format: expected a format number, found "one".'],
    ['an entry of the wrong shape', () => ({ ...good(), nodes: [...good().nodes, [0, 1, 2]] }), 'at entry 5 (timeline.nodes[4]): expected [parent, move, origin, day] as integers.'],
    ['an unknown origin', () => ({ ...good(), nodes: [[0, 0, 7, 9]] }), 'at entry 1 (timeline.nodes[0]): origin must be 1 (replay), 2 (play), 3 (injected) or 4 (override).'],
    ['a scenario without a hash', () => ({ ...good(), scenario: { id: scenario.meta.id } }), 'at timeline.scenario.hash: expected the scenario hash.'],
    ['ids that do not increase', () => ({ ...good(), ids: [1, 2, 2, 3] }), 'at entry 3 (timeline.ids[2]): node ids must increase, from 1 (0 is the root).'],
    ['a name that is not text', () => ({ ...good(), names: { 1: 5 } }), 'at timeline.names.1: expected a name.'],
    ['a name for no node', () => ({ ...good(), names: { 9: 'Lost' } }), 'at timeline.names.9: the name for "9" does not belong to a node.'],
  ])('should refuse %s, saying where', (_name, make, where) => {
    const loaded = timelineFromJSON(scenario, make());
    expect(loaded).toEqual({ ok: false, error: `The saved timeline is malformed ${where}` });
  });

  it.each([30_000_000, 2_000_000_000, 2 ** 31 - 1, MAX_TIMELINE_NODES])('should refuse node id %i, past the cap, before allocating for it', (id) => {
    const json = { ...good(), ids: [1, 2, 3, id] };
    const loaded = timelineFromJSON(scenario, json);
    expect(loaded).toEqual({
      ok: false,
      error: `The saved timeline is malformed at entry 4 (timeline.ids[3]): node id ${id} is past the 50000 nodes a timeline holds (deleted ones included, so ids go up to 49999).`,
    });
  });

  it('should refuse more entries than a timeline holds, before reading them', () => {
    const json = { ...good(), nodes: Array.from({ length: MAX_TIMELINE_NODES }, () => 'not even an entry') };
    expect(timelineFromJSON(scenario, json)).toEqual({
      ok: false,
      error: 'The saved timeline is too large at timeline.nodes: it holds 50000 entries, more than the 49999 a timeline holds (50000 nodes with the start).',
    });
  });

  it('should load ids up to the cap, the gap filled with deleted nodes, keeping the ids', () => {
    const last = MAX_TIMELINE_NODES - 1;
    const json = { ...good(), ids: [1, 2, 3, last] };
    const loaded = timelineFromJSON(scenario, json);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.timeline.size).toBe(5);
    expect(loaded.timeline.replayTrack()).toEqual([0, 1, 2, 3, last]);
    expect(loaded.timeline.toJSON()).toEqual(json);
  });
});
