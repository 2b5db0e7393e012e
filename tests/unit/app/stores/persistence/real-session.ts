import { toSessionFile, type SessionFile } from '../../../../../src/engine/session/index.ts';
import { startTimeline } from '../../../../../src/engine/index.ts';
import { loadShipped } from '../../../../../src/app/lib/scenarios.ts';
import { playOpen } from '../../charts/engine-helpers.ts';

/** A session that opens: the shipped March 2019 scenario, `moves` moves played from the start (the same moves every time). */
export async function marchSession({ id, name = 'Session', moves = 2 }: { id: string; name?: string; moves?: number }): Promise<SessionFile> {
  const loaded = await loadShipped('march-2019');
  if (!loaded?.result.ok) throw new Error('march-2019 does not load');
  const start = startTimeline(loaded.result.scenario);
  const { timeline, node } = playOpen(start, start.root, moves);
  return toSessionFile({ timeline, current: node, mode: 'free', id, name, now: () => '2024-05-01T10:00:00.000Z' });
}
