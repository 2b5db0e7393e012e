import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { actorsOf, cumulativeRows } from '../../../../../../src/app/features/charts/cumulative/cumulative-data.ts';
import { cumulativeSummary } from '../../../../../../src/app/features/charts/cumulative/cumulative-summary.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

const formatSigned = english.format.signed;

describe('cumulative summary', () => {
  it('should say when nothing has happened yet', () => {
    const t = fixtureTimeline();
    expect(cumulativeSummary(english, cumulativeRows(english, t, t.root), actorsOf(t))).toBe('No moves yet: every actor stands at 0.');
  });

  it("should give each actor's cumulative balance at the last date", () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const rows = cumulativeRows(english, t, end);
    const { us, dprk } = rows.at(-1)!.values as { us: number; dprk: number };
    const text = cumulativeSummary(english, rows, actorsOf(t));
    expect(text).toContain(`By 7 Mar 2019, cumulative Goldstein: US ${formatSigned(us)}, DPRK ${formatSigned(dprk)}.`);
    expect(text).toContain(Math.min(us, dprk) < 0 ? `The most conflictual side so far is ${us < dprk ? 'US' : 'DPRK'}.` : 'No side has a conflictual balance');
  });
});
