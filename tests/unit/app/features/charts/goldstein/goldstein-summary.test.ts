import { describe, expect, it } from 'vitest';
import { english } from '../../../../../../src/app/lib/words/index.ts';
import { goldsteinRows } from '../../../../../../src/app/features/charts/goldstein/goldstein-data.ts';
import { goldsteinSummary } from '../../../../../../src/app/features/charts/goldstein/goldstein-summary.ts';
import { fixtureTimeline } from '../../../charts/engine-helpers.ts';

const formatDate = english.format.date;
const formatSigned = english.format.signed;

describe('Goldstein summary', () => {
  it('should say when nothing has happened yet', () => {
    const t = fixtureTimeline();
    expect(goldsteinSummary(english, goldsteinRows(english, t, t.root))).toBe('No moves yet on this path.');
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
});
