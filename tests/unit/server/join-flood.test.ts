/** A flood of joins to one room is refused past the room's join limit (its own file: one server per process). */
import { describe, expect, it } from 'vitest';
import { JOIN_ERROR } from '../../../src/protocol/index.ts';
import { host, joinSeat, testServer } from './helpers.ts';

describe('joins', () => {
  it('should refuse a flood of joins', async () => {
    const limited = await testServer({ limits: { joinBurst: 5, joinsPerSecond: 0.01 } });
    try {
      const facilitator = await host(limited);
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => joinSeat(limited, facilitator.welcome.room, { seat: { kind: 'observer' } })));
      const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { code: number });
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
      expect(refused.every((e) => e.code === JOIN_ERROR.tooManyJoins)).toBe(true);
    } finally {
      await limited.stop();
    }
  });
});
