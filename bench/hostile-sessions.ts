/** The hostile inputs of `npm run bench:sessions`: each is opened the way the app opens it, and answers in words. */
import type { Scenario } from '../src/scenario/types.ts';
import { parseSessionFile, restoreSession, type SessionFile } from '../src/engine/session/index.ts';
import { decodeShareLink, encodeShareLink } from '../src/app/stores/persistence/share-link.ts';
import { quadraticBomb } from '../tests/unit/app/stores/persistence/crafted-links.ts';
import { chain, sessionOf } from '../tests/unit/engine/session/session-shapes.ts';

export interface HostileCase {
  readonly label: string;
  /** What the app would say (first words of the message), or "opened". */
  readonly run: () => string;
}

function openLink(hash: string, scenarios: readonly Scenario[]): string {
  const decoded = decodeShareLink(hash);
  if (!decoded.ok) return decoded.error.message.slice(0, 90);
  const restored = restoreSession(decoded.session, scenarios);
  return restored.ok ? `opened (${restored.init.timeline.size} nodes)` : restored.error.message.slice(0, 90);
}

function openFile(text: string, scenarios: readonly Scenario[]): string {
  const parsed = parseSessionFile(JSON.parse(text));
  if (!parsed.ok) return parsed.error.message.slice(0, 90);
  const restored = restoreSession(parsed.session, scenarios);
  return restored.ok ? `opened (${restored.init.timeline.size} nodes)` : restored.error.message.slice(0, 90);
}

function withGap(grid: Scenario, gap: number): SessionFile {
  const nodes = chain(4);
  return sessionOf(grid, nodes, { ids: [1, 2, 3, 3 + gap], current: 3 + gap });
}

/** The inputs are made first, so each case's time is the opening only. */
export function hostileCases(grid: Scenario, scenarios: readonly Scenario[]): HostileCase[] {
  const small = sessionOf(grid, chain(4));
  const link = (label: string, hash: string): HostileCase => ({ label, run: () => openLink(hash, scenarios) });
  const file = (label: string, data: unknown): HostileCase => {
    const text = JSON.stringify(data);
    return { label, run: () => openFile(text, scenarios) };
  };
  return [
    link('70 kB link unpacking to 450 M characters', `#s=${quadraticBomb(30_000)}`),
    link('260 kB link unpacking to 5 G characters', `#s=${quadraticBomb(110_000)}`),
    link('link unpacking to 3.9 M characters of JSON', encodeShareLink({ ...small, classroom: 'x'.repeat(3_900_000) })),
    link('link with a node id gap of 3·10⁷', encodeShareLink(withGap(grid, 30_000_000))),
    file('file with a node id gap of 2·10⁹', withGap(grid, 2_000_000_000)),
    file('file with node ids near 2³¹', withGap(grid, 2 ** 31 - 8)),
    file('file of 1,000,000 entries', sessionOf(grid, Array.from({ length: 1_000_000 }, () => [0, 0, 2, 0]))),
    file('file of 49,999 entries (the cap)', sessionOf(grid, chain(49_999))),
  ];
}
