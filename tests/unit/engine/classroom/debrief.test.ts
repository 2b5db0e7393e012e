import { describe, expect, it } from 'vitest';
import { PASS } from '../../../../src/engine/index.ts';
import { buildDebrief } from '../../../../src/engine/classroom/index.ts';
import { markdownReport } from '../../../../src/app/features/debrief/report-markdown.ts';
import { turnsCsv, turnsCsvHeader } from '../../../../src/app/features/debrief/report-csv.ts';
import { english } from '../../../../src/app/lib/words/index.ts';
import { classSummaryText, divergenceText } from '../../../../src/app/lib/words/debrief-words.ts';
import { sourceText } from '../../../../src/app/lib/words/moves.ts';
import { nodeSentence } from '../../../../src/app/lib/words/node-words.ts';
import { tensionChange, tensionText } from '../../../../src/app/lib/words/tension.ts';
import { decisionWords, round, run, started } from '../../classroom/fixtures.ts';

/** A class that starts after the liaison pull-out of 22 March 2019 and plays two rounds. */
function afterWithdrawal() {
  const fresh = started('march-2019');
  const start = fresh.timeline.replayTrack()[10] as number;
  let c = started('march-2019', { start, seed: 3 });
  c = round(c, { us: 'maximum-pressure-push' }, { dprk: 'close-liaison-office' });
  c = round(c, { us: PASS }, { dprk: 'fire-short-range-missiles' });
  return { c, start };
}

describe('debrief', () => {
  it('should list the path from the start, each decision with its team and tension change', () => {
    const { c, start } = afterWithdrawal();
    const d = buildDebrief(c.timeline, c.state);
    expect(d.start).toMatchObject({ node: start, date: '2019-03-22' });
    expect(d.path[0]?.node).toBe(start);
    expect(d.path.at(-1)?.node).toBe(c.state.head);
    expect(d.path.map((p) => p.date)).toEqual([...d.path.map((p) => p.date)].sort());
    const us = d.decisions.find((x) => x.move === 'maximum-pressure-push');
    expect(us && decisionWords(c, us)).toMatchObject({ step: 'Round 1', by: 'Team A', actorShort: 'US' });
    expect(us?.tensionDelta).toBeGreaterThan(0);
    expect(us?.tensionDelta).toBeCloseTo((us?.tensionAfter ?? 0) - (us?.tensionBefore ?? 0));
    expect(us?.goldstein).toBeLessThan(0);
    expect(d.decisions.filter((x) => x.actorShort === 'ROK').every((x) => sourceText(english, d.settings, x.by) === 'Computer')).toBe(true);
    expect(d.outcome.reached.map((o) => o.id)).toEqual(expect.arrayContaining(['liaison-closed', 'testing-resumes']));
  });

  it('should say where the class left history and what really happened instead', () => {
    const { c, start } = afterWithdrawal();
    const dv = buildDebrief(c.timeline, c.state).divergence;
    const label = dv && nodeSentence(english, c.timeline.scenario, c.timeline.node(dv.departedAt.node));
    expect({ ...dv?.departedAt, label }).toEqual({ node: start, date: '2019-03-22', label: 'DPRK: Withdraw staff from the liaison office' });
    expect(dv?.historyInstead[0]).toMatchObject({ date: '2019-03-22', actorShort: 'US', label: expect.stringMatching(/tweet/i) });
    expect(dv?.historyInstead[0]?.sources.length).toBeGreaterThan(0);
    expect(dv?.historyInstead.at(-1)?.date).toBe('2019-05-09');
    expect(dv?.postures.find((p) => p.actor === 'dprk' && p.posture === 'liaison')).toMatchObject({ classLevel: 'Closed for good', historyLevel: 'Partly staffed' });
  });

  it('should follow history while the class plays what really happened', () => {
    let c = started('march-2019', { turnMode: 'alternating', assignment: { us: 'a', dprk: 'b', rok: 'b' } });
    c = run(c, { type: 'take-screen' }, { type: 'play', actor: 'us', move: 'meet-at-summit' });
    const track = c.timeline.replayTrack();
    expect(c.state.head).toBe(track[1]);
    expect(buildDebrief(c.timeline, c.state).divergence?.classMove).toBeNull();
    // On the historical track the US moved again next (it left the summit): team A keeps the screen.
    expect(c.state.phase).toEqual({ kind: 'choosing', team: 'a' });
    c = run(c, { type: 'play', actor: 'us', move: PASS });
    const dv = buildDebrief(c.timeline, c.state).divergence;
    expect(dv?.departedAt.node).toBe(track[1]);
    expect(dv?.classMove && nodeSentence(english, c.timeline.scenario, c.timeline.node(dv.classMove.node))).toBe('US passes');
    expect(dv?.historyInstead[0]?.label).toMatch(/without a deal/i);
  });
});

describe('reports', () => {
  it('should write one CSV row per decision, quoting and defusing user text', () => {
    const { c } = afterWithdrawal();
    const hostile = { ...c.state, settings: { ...c.state.settings, teams: [{ id: 'a', name: '=HYPERLINK("x")' }, { id: 'b', name: 'B, the "doves"' }] } };
    const d = buildDebrief(c.timeline, hostile);
    const lines = turnsCsv(english, c.timeline, d).trimEnd().split('\r\n');
    expect(lines[0]).toBe(turnsCsvHeader(english).join(','));
    expect(lines[0]).toBe('step,date,actor,move,label,by,void_reason,facilitator_reason,goldstein,tension_before,tension_after,tension_delta');
    expect(lines).toHaveLength(d.decisions.length + 1);
    expect(lines.some((l) => l.includes(`"'=HYPERLINK(""x"")"`))).toBe(true);
    expect(lines.some((l) => l.includes('"B, the ""doves"""'))).toBe(true);
  });

  it('should write a Markdown report with every section and escaped user text', () => {
    const { c } = afterWithdrawal();
    const named = { ...c.state, settings: { ...c.state.settings, teams: [{ id: 'a', name: '*Hawks* <b>' }, { id: 'b', name: 'Doves' }] } };
    const md = markdownReport(english, c.timeline, buildDebrief(c.timeline, named), 'Period 3');
    for (const heading of ['# After-action review: March 2019', '## The path taken', '## Decisions', '## Outcome', '## Divergence from history', '## Debrief questions', '## Session log']) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('\\*Hawks\\* \\<b\\>');
    expect(md).not.toContain('<b>');
    expect(md).toMatch(/What really happened instead:\n\n- 22 Mar 2019 — US: /);
  });
});

describe('the class summary and tension on screen', () => {
  it('should count only the class\'s moves, never the history before the start', () => {
    const { c } = afterWithdrawal();
    const d = buildDebrief(c.timeline, c.state);
    expect(d.classMoves.moves).toBe(d.decisions.length);
    expect(d.classMoves.mostConflictual?.date && d.classMoves.mostConflictual.date >= '2019-03-22').toBe(true);
    const text = classSummaryText(english, c.timeline, d.classMoves, d.start.date);
    expect(text).toMatch(new RegExp(`^The class made ${d.decisions.length} moves from 2019-03-22`));
    expect(text).not.toMatch(/Designate sanctions evaders/);
  });

  it.each([
    [46.34, 48.7, '46', '+3'],
    [53.7, 51.3, '54', '\u22123'],
    [10.2, 10.4, '10', '0'],
  ])('should show tension %d → %d as %s with change %s, adding up like the board', (before, after, text, change) => {
    expect(tensionText(english, before)).toBe(text);
    expect(tensionChange(english, before, after)).toBe(change);
  });

  it('should print whole tension numbers with a true minus sign in the Markdown report', () => {
    const { c } = afterWithdrawal();
    const md = markdownReport(english, c.timeline, buildDebrief(c.timeline, c.state));
    expect(md).toMatch(/the tension index stands at \d+ \((\+\d+|\u2212\d+|0) since the start\)/);
    expect(md).not.toMatch(/tension \d+\.\d/);
  });
});

describe('the divergence in words', () => {
  it('should name the last shared step and what the class played instead of history\'s next move', () => {
    const { c } = afterWithdrawal();
    const dv = buildDebrief(c.timeline, c.state).divergence;
    if (!dv) throw new Error('no divergence');
    expect(divergenceText(english, c.timeline, dv)).toMatch(
      /^The class left the historical track after 22 Mar 2019 \(DPRK: Withdraw staff from the liaison office\); on \d\d Mar 2019 the class played US: Launch a maximum-pressure push instead of US: Cancel sanctions by tweet\.$/,
    );
  });
});
