/**
 * The March 2019 scenario against the sourced record (shared/facts/march-2019.md): the replay
 * holds every dated event of the fact sheet, in its order, by the right actor and with the
 * record's coding, and the liaison office moves as it did.
 */
import { describe, expect, it } from 'vitest';
import { startTimeline } from '../../../src/engine/index.ts';
import { loadShipped } from './shipped.ts';

const scenario = loadShipped('march-2019.yaml');

/**
 * The fact sheet's timeline, 27 Feb – 9 May 2019, one row per replay step, in the sheet's order:
 * acting side's local date, actor, CAMEO code. The two-day Hanoi row is two steps (the meeting on
 * the 27th, the break-up on the 28th); Ri Yong Ho's press conference ran past midnight into 1 March;
 * the Kaesong pull-out (22 Mar morning, Seoul) precedes the tweet (22 Mar afternoon, Washington).
 */
const FACT_SHEET: readonly (readonly [date: string, actor: string, cameo: string])[] = [
  ['2019-02-27', 'us', '044'],
  ['2019-02-28', 'us', '164'],
  ['2019-02-28', 'us', '1244'],
  ['2019-03-01', 'dprk', '1054'],
  ['2019-03-02', 'us', '0356'],
  ['2019-03-05', 'dprk', '150'],
  ['2019-03-11', 'us', '1244'],
  ['2019-03-15', 'dprk', '134'],
  ['2019-03-21', 'us', '163'],
  ['2019-03-22', 'dprk', '161'],
  ['2019-03-22', 'us', '0354'],
  ['2019-03-25', 'dprk', '040'],
  ['2019-04-10', 'dprk', '111'],
  ['2019-04-11', 'us', '036'],
  ['2019-04-12', 'dprk', '139'],
  ['2019-04-17', 'dprk', '150'],
  ['2019-04-18', 'dprk', '1041'],
  ['2019-04-25', 'dprk', '042'],
  ['2019-05-04', 'dprk', '150'],
  ['2019-05-07', 'us', '051'],
  ['2019-05-08', 'us', '162'],
  ['2019-05-09', 'dprk', '150'],
  ['2019-05-09', 'us', '1711'],
];

const moveById = new Map(scenario.moves.map((m) => [m.id, m]));
const stepIndex = (date: string, moveId: string): number => {
  const index = scenario.replay.findIndex((s) => s.date === date && s.move === moveId);
  if (index < 0) throw new Error(`no replay step ${moveId} on ${date}`);
  return index;
};

describe('March 2019 replay against the record', () => {
  it('should hold every dated event of the fact sheet, in its order, by its actor, with its CAMEO code', () => {
    const replay = scenario.replay.map((step) => {
      const move = moveById.get(step.move)!;
      return [step.date, move.actor, move.cameo];
    });
    expect(replay).toEqual(FACT_SHEET);
  });

  it.each([
    ['2019-03-21', 'designate-sanctions-evaders', '163'],
    ['2019-03-22', 'withdraw-liaison-staff', '161'],
    ['2019-03-22', 'cancel-sanctions-by-tweet', '0354'],
  ])('should code the step of %s (%s) as CAMEO %s', (date, moveId, cameo) => {
    expect(moveById.get(scenario.replay[stepIndex(date, moveId)]!.move)!.cameo).toBe(cameo);
  });

  it('should code every test-firing as 150 and never as 194 (fighting with artillery)', () => {
    const firings = ['test-tactical-weapon', 'fire-short-range-missiles', 'launch-long-range', 'nuclear-test'];
    expect(firings.map((id) => moveById.get(id)!.cameo)).toEqual(['150', '150', '150', '150']);
    expect(scenario.moves.filter((m) => m.cameo === '194')).toEqual([]);
  });

  it('should put the Kaesong pull-out before the tweet on 22 March', () => {
    expect(stepIndex('2019-03-22', 'withdraw-liaison-staff')).toBeLessThan(stepIndex('2019-03-22', 'cancel-sanctions-by-tweet'));
  });

  it.each([
    ['2019-02-28', 'leave-without-deal', 'contested'],
    ['2019-02-28', 'refuse-sanctions-relief', 'contested'],
    ['2019-03-01', 'demand-partial-relief', 'contested'],
    ['2019-03-21', 'designate-sanctions-evaders', 'unverified'],
    ['2019-03-22', 'cancel-sanctions-by-tweet', 'contested'],
    ['2019-03-25', 'send-some-staff-back', 'unverified'],
    ['2019-05-07', 'endorse-food-aid', 'contested'],
  ])('should flag the step of %s (%s) as %s', (date, moveId, kind) => {
    expect(scenario.replay[stepIndex(date, moveId)]!.flag?.kind).toBe(kind);
  });

  it('should cite only sources of the fact sheet, S1 to S57, at https addresses', () => {
    const ids = scenario.meta.sources.map((s) => s.id);
    expect(ids).toEqual(Array.from({ length: 57 }, (_, i) => `s${i + 1}`));
    for (const source of scenario.meta.sources) expect(source.url, source.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
  });
});

describe('March 2019 replay through the engine', () => {
  const timeline = startTimeline(scenario);
  const track = timeline.replayTrack().slice(1);
  const liaisonOn = (predicate: (date: string) => boolean) =>
    track.filter((id) => predicate(timeline.node(id).date)).map((id) => timeline.postures(id).dprk!.liaison);

  it('should reach 9 May 2019', () => {
    expect(timeline.node(track[track.length - 1]!).date).toBe('2019-05-09');
  });

  it('should have the liaison office staffed until the pull-out of 22 March', () => {
    expect(new Set(liaisonOn((d) => d < '2019-03-22'))).toEqual(new Set(['staffed']));
  });

  it('should have the liaison office withdrawn after 22 March until the return of 25 March', () => {
    expect(new Set(liaisonOn((d) => d >= '2019-03-22' && d < '2019-03-25'))).toEqual(new Set(['withdrawn']));
  });

  it('should have the liaison office staffed again, at least partly, from 25 March to 9 May', () => {
    const after = liaisonOn((d) => d >= '2019-03-25');
    expect(after.length).toBeGreaterThan(0);
    for (const level of after) expect(['partial', 'staffed']).toContain(level);
  });

  it('should show US messaging splintered from the tweet on', () => {
    const tweet = track[stepIndex('2019-03-22', 'cancel-sanctions-by-tweet')]!;
    expect(timeline.postures(timeline.node(tweet).parent!).us!.messaging).toBe('unified');
    expect(timeline.postures(tweet).us!.messaging).toBe('splintered');
  });

  it('should show testing resumed (short-range launches) by 9 May', () => {
    expect(timeline.postures(track[track.length - 1]!).dprk!.testing).toBe('short-range');
  });
});

describe('March 2019 content', () => {
  const movesOf = (actor: string) => scenario.moves.filter((m) => m.actor === actor).length;

  it('should offer at least 8 US, 8 DPRK and 4 ROK moves', () => {
    expect(movesOf('us')).toBeGreaterThanOrEqual(8);
    expect(movesOf('dprk')).toBeGreaterThanOrEqual(8);
    expect(movesOf('rok')).toBeGreaterThanOrEqual(4);
  });

  it('should offer the alternatives the record did not take', () => {
    const offered = scenario.moves.map((m) => m.id);
    expect(offered).toEqual(
      expect.arrayContaining([
        'propose-working-level-talks',
        'maximum-pressure-push',
        'send-food-aid',
        'launch-long-range',
        'nuclear-test',
        'close-liaison-office',
      ]),
    );
  });

  it('should have the postures the issue lists', () => {
    const postures = scenario.actors.flatMap((a) => a.postures.map((p) => `${a.id}.${p.id}`));
    expect(postures).toEqual(
      expect.arrayContaining(['us.sanctions', 'us.talks', 'us.messaging', 'dprk.liaison', 'dprk.testing', 'dprk.talks', 'rok.engagement']),
    );
  });

  it('should have at least five outcomes and five debrief questions', () => {
    expect(scenario.outcomes.length).toBeGreaterThanOrEqual(5);
    expect(scenario.debrief.length).toBeGreaterThanOrEqual(5);
  });
});
