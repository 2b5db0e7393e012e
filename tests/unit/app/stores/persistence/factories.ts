import { SESSION_FORMAT, SESSION_VERSION, type SessionFile } from '../../../../../src/engine/session/index.ts';

export const SCENARIO = { id: 'march-2019', hash: '0123456789abcdef' } as const;

export function makeTimelineJson(moves = 3) {
  // As the engine writes it (timeline.toJSON()): format 1.
  return {
    format: 1 as const,
    scenario: { ...SCENARIO },
    nodes: Array.from({ length: moves }, (_, i) => [i, i + 2, 1, i * 2] as const),
    names: { '2': 'Hawks "first" <b>' },
  };
}

export function makeSession(overrides: Partial<SessionFile> = {}): SessionFile {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    id: 'abc123',
    name: 'Liaison crisis — élèves 3ᵉ',
    savedAt: '2024-05-01T10:00:00.000Z',
    scenario: { ...SCENARIO },
    timeline: makeTimelineJson(),
    current: 2,
    mode: 'free',
    ...overrides,
  };
}
