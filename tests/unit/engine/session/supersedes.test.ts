import { describe, expect, it } from 'vitest';
import { supersedes } from '../../../../src/engine/session/index.ts';
import { makeSession, makeTimelineJson } from '../../app/stores/persistence/factories.ts';

const saved = makeSession({ timeline: makeTimelineJson(4) });

describe('supersedes (may a link or file replace the saved session of the same id?)', () => {
  it('should call the same work "same", wherever it stands and whatever it is called', () => {
    expect(supersedes(makeSession({ timeline: makeTimelineJson(4), current: 1, name: 'Other name' }), saved)).toBe('same');
  });

  it('should call a strict superset of the nodes "newer"', () => {
    expect(supersedes(makeSession({ timeline: makeTimelineJson(6) }), saved)).toBe('newer');
    const named = makeTimelineJson(4);
    expect(supersedes(makeSession({ timeline: { ...named, names: { ...named.names, '4': 'Doves' } } }), saved)).toBe('newer');
  });

  it.each([
    ['an older version (fewer nodes)', makeSession({ timeline: makeTimelineJson(2) }), saved],
    ['a different move at the same node', makeSession({ timeline: { ...makeTimelineJson(4), nodes: makeTimelineJson(4).nodes.map((n, i) => (i === 3 ? ([n[0], 99, n[2], n[3]] as const) : n)) } }), saved],
    ['a renamed branch', makeSession({ timeline: { ...makeTimelineJson(4), names: { '2': 'Renamed' } } }), saved],
    ['another scenario version', makeSession({ timeline: makeTimelineJson(6), scenario: { id: 'march-2019', hash: 'ffff' } }), saved],
    ['a different classroom record', makeSession({ timeline: makeTimelineJson(6), classroom: { log: [2] } }), { ...saved, classroom: { log: [1] } }],
  ])('should call %s "other"', (_label, incoming, stored) => {
    expect(supersedes(incoming, stored)).toBe('other');
  });

  it('should compare node ids, not positions, when some were deleted', () => {
    const gap = { ...makeTimelineJson(2), ids: [1, 5] };
    expect(supersedes(makeSession({ timeline: { ...makeTimelineJson(3), ids: [1, 5, 6] } }), makeSession({ timeline: gap }))).toBe('newer');
    expect(supersedes(makeSession({ timeline: makeTimelineJson(2) }), makeSession({ timeline: gap }))).toBe('other');
  });

  it('should compare the work of two listed versions of one shipped scenario, and never of a scenario carried in the file', () => {
    const older = makeSession({ timeline: makeTimelineJson(6), scenario: { id: 'march-2019', hash: 'ffff' } });
    const versions = ['ffff', saved.scenario.hash];
    expect(supersedes(older, saved, versions)).toBe('newer');
    expect(supersedes(makeSession({ timeline: makeTimelineJson(2), scenario: { id: 'march-2019', hash: 'ffff' } }), saved, versions)).toBe('other');
    expect(supersedes(older, saved, ['ffff'])).toBe('other');
    const carried = { ...older, scenario: { ...older.scenario, source: 'meta: {}' } };
    expect(supersedes(carried, saved, versions)).toBe('other');
  });
});
