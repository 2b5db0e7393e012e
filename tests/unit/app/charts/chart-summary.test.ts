import { describe, expect, it } from 'vitest';
import { actorsOf, cumulativeRows, goldsteinRows, tensionData } from '../../../../src/app/features/charts/chart-data.ts';
import { cumulativeSummary, goldsteinSummary, tensionSummary } from '../../../../src/app/features/charts/chart-summary.ts';
import { cumulativeTable, goldsteinTable, tensionTable } from '../../../../src/app/features/charts/chart-tables.ts';
import { english } from '../../../../src/app/lib/words/index.ts';
const formatDate = english.format.date;
const formatSigned = english.format.signed;
import { fixtureTimeline, playOpen } from './engine-helpers.ts';

describe('chart summaries', () => {
  it('should describe the tension on the current branch, its peak, the record and the other branches', () => {
    const t0 = fixtureTimeline();
    const track = t0.replayTrack();
    const a = playOpen(t0, track[1] as number, 2, 0);
    const here = track[3] as number;
    const data = tensionData(english, a.timeline, here);
    const path = a.timeline.pathTo(here).map((id) => a.timeline.indicators(id).tension);
    const peakAt = path.indexOf(Math.max(...path));
    const peakDate = a.timeline.node(a.timeline.pathTo(here)[peakAt] as number).date;
    const text = tensionSummary(english, data);
    const first = Math.round(path[0] as number);
    const last = Math.round(path.at(-1) as number);
    const verb = last > first ? `rose from ${first} to ${last}` : last < first ? `fell from ${first} to ${last}` : `ended where it started, at ${last}`;
    expect(text).toContain(`On this branch tension ${verb} over 3 moves (1 Mar 2019 to 5 Mar 2019)`);
    expect(text).toContain(`peak ${Math.round(Math.max(...path))} on ${formatDate(peakDate)}`);
    const recordEnd = Math.round(a.timeline.indicators(track.at(-1) as number).tension);
    expect(text).toContain(`The historical record ends at ${recordEnd} on 7 Mar 2019.`);
    expect(text).toContain(`One other branch is drawn; it ends at ${Math.round(a.timeline.indicators(a.node).tension)}.`);
    expect(tensionSummary(english, tensionData(english, a.timeline, here, 1))).toContain('1 more branch is not drawn (in the CSV).');
  });

  it('should say when nothing has happened yet', () => {
    const t = fixtureTimeline();
    expect(tensionSummary(english, tensionData(english, t, t.root))).toMatch(/^No moves yet: tension stands at \d+\./);
    expect(goldsteinSummary(english, goldsteinRows(english, t, t.root))).toBe('No moves yet on this path.');
    expect(cumulativeSummary(english, cumulativeRows(english, t, t.root), actorsOf(t))).toBe('No moves yet: every actor stands at 0.');
  });

  it('should count conflictual and cooperative moves and name the extremes', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const rows = goldsteinRows(english, t, end);
    const text = goldsteinSummary(english, rows);
    const conflict = rows.filter((r) => r.kind === 'conflict').length;
    const cooperation = rows.filter((r) => r.kind === 'cooperation').length;
    expect(text).toContain(`4 moves on this path: ${conflict} conflictual, ${cooperation} cooperative.`);
    const worst = rows.reduce((m, r) => ((r.goldstein ?? 0) < (m.goldstein ?? 0) ? r : m));
    expect(text).toContain(`Most conflictual: ${worst.move.actorShort} ${worst.move.label} (${formatSigned(worst.goldstein ?? 0)}, ${formatDate(worst.date)}).`);
    expect(text).toContain(`Net weight ${formatSigned(rows.reduce((n, r) => n + (r.goldstein ?? 0), 0))}.`);
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

describe('chart tables', () => {
  it('should hold one row per drawn point, per move and per path node, with headers', () => {
    const t = fixtureTimeline();
    const end = t.replayTrack().at(-1) as number;
    const tension = tensionTable(english, tensionData(english, t, end).drawn);
    expect(tension.columns).toEqual(['Branch', 'Step', 'Date', 'Actor', 'Move', 'Tension']);
    expect(tension.rows).toHaveLength(10);
    expect(tension.rows[6]).toEqual(['Replay so far (you are here)', 1, '2019-03-02', 'US', 'Announce sanctions', Math.round(t.indicators(1).tension)]);
    const g = goldsteinTable(english, goldsteinRows(english, t, end));
    expect(g.rows.map((r) => r[3])).toEqual(['Announce sanctions', 'Withdraw liaison staff', 'Cancel sanctions by tweet', 'Return liaison staff']);
    expect(g.nodes).toEqual(t.pathTo(end).slice(1));
    const c = cumulativeTable(english, cumulativeRows(english, t, end), actorsOf(t));
    expect(c.columns).toEqual(['Step', 'Date', 'Move', 'US', 'DPRK']);
    expect(c.rows[0]).toEqual([0, '2019-03-01', 'Start', 0, 0]);
  });
});
