import { describe, expect, it } from 'vitest';
import { EngineError, PASS, startTimeline } from '../../../src/engine/index.ts';
import { free, liaison, loadFile } from './load-fixture.ts';
import { sim } from './sim.ts';

const scenario = liaison();

describe('playing a scenario', () => {
  it('should apply moves, alternate turns and advance dates', () => {
    sim(scenario)
      .expectNext('us')
      .expectDate('2019-03-01')
      .play('us', 'offer-relief')
      .expectLevel('us', 'sanctions', 'relief')
      .expectDate('2019-03-10') // free play from the root starts at turns.start
      .expectNext('dprk')
      .play('dprk', 'withdraw-liaison')
      .expectLevel('dprk', 'liaison', 'withdrawn')
      .expectDate('2019-03-12') // + daysPerTurn
      .expectOutcomes('office-empty')
      .expectNext('us')
      .play('us', 'announce-sanctions')
      .expectNext('dprk')
      .expectClosed('dprk', 'return-liaison', 'requires US sanctions: standing or lower; it is expanded');
  });

  it('should follow the replay track when the historical move is played, then continue by turn order', () => {
    const s = sim(scenario).play('us', 'announce-sanctions');
    expect(s.timeline.node(s.at)).toMatchObject({ origin: 'replay', replayIndex: 0, date: '2019-03-02' });
    const track = s.timeline.replayTrack();
    // history: us, dprk, us, dprk; after step 2 (dprk) it is the US's turn in free play
    s.goTo(track[2] as number).expectNext('us').play('us', 'offer-relief');
    expect(s.timeline.node(s.at)).toMatchObject({ origin: 'play', date: '2019-03-06', turn: 3 });
  });

  it("should give the turn at a replay node to history's next actor, so a branch can replace what happened next", () => {
    const march = loadFile('scenarios/march-2019.yaml');
    const timeline = startTimeline(march);
    const track = timeline.replayTrack();
    const pullOut = track.find((id) => timeline.node(id).move?.move === 'withdraw-liaison-staff') as number;
    // The turn order is US, DPRK, ROK, but history's next move after the pull-out is the US tweet.
    sim(march).goTo(pullOut).expectNext('us');
    const last = track.at(-1) as number;
    const lastMover = timeline.node(last).move?.actor as string;
    const order = march.turns.order as readonly string[];
    expect(timeline.nextActors(last)).toEqual([order[(order.indexOf(lastMover) + 1) % order.length]]);
  });

  it('should apply every effect of a move, across actors', () => {
    sim(scenario)
      .play('us', PASS)
      .play('dprk', 'test-missile')
      .expectLevel('dprk', 'testing', 'testing')
      .expectLevel('us', 'talks', 'suspended')
      .expectOutcomes('breakdown');
  });

  it('should end the game at a terminal outcome', () => {
    sim(scenario)
      .play('us', PASS)
      .play('dprk', 'test-missile')
      .expectNext()
      .expectClosed('us', 'announce-sanctions', /the game is over: Breakdown/)
      .expectRejected('us', 'announce-sanctions', /the game is over/);
  });

  it.each([
    ['a move out of turn', 'dprk', 'withdraw-liaison', /it is US's turn/],
    ['an unknown move', 'us', 'invade', /US has no move "invade" \(its moves: announce-sanctions/],
    ['a closed move', 'us', 'cancel-sanctions', /"Cancel sanctions by tweet" is closed here: requires US sanctions: expanded; it is standing/],
    ['an unknown actor', 'prc', 'announce-sanctions', /no actor "prc"/],
  ])('should refuse %s with a readable error', (_name, actor, move, message) => {
    const timeline = startTimeline(scenario);
    expect(() => timeline.play(timeline.root, { actor, move })).toThrow(message);
    expect(() => timeline.play(timeline.root, { actor, move })).toThrow(EngineError);
  });

  it('should refuse to pass where the scenario does not allow it', () => {
    const timeline = startTimeline(free());
    expect(() => timeline.play(timeline.root, { actor: 'a', move: PASS })).toThrow(/does not allow passing/);
  });

  it('should let every actor move in free play', () => {
    sim(free())
      .expectNext('a', 'b', 'c')
      .play('a', 'raise-alert')
      .expectNext('a', 'b', 'c')
      .play('b', 'get-angry')
      .expectLevel('b', 'stance', 'angry')
      .play('a', 'max-alert')
      .expectLevel('a', 'alert', 'high')
      .expectNext(); // "peak" is terminal
  });

  it('should mark a move that is closed because of whose turn it is', () => {
    sim(scenario).expectClosed('dprk', 'withdraw-liaison', "it is US's turn");
  });
});

describe('response probabilities', () => {
  it('should normalise base weights, modifiers and pass per actor', () => {
    const s = sim(scenario).play('us', 'announce-sanctions');
    // DPRK after sanctions: withdraw 1 × 4 (sanctions expanded), test 1 × 2 (sanctions expanded), pass 1.
    const responses = s.timeline.responses(s.at);
    expect(responses.map((r) => [r.move, r.weight, r.probability])).toEqual([
      ['withdraw-liaison', 4, 4 / 7],
      ['test-missile', 2, 2 / 7],
      [PASS, 1, 1 / 7],
    ]);
  });

  it('should give every actor in free play probabilities that sum to 1', () => {
    const s = sim(free()).play('a', 'raise-alert');
    const byActor = new Map<string, number>();
    for (const r of s.timeline.responses(s.at)) byActor.set(r.actor, (byActor.get(r.actor) ?? 0) + r.probability);
    expect([...byActor.keys()]).toEqual(['b', 'c']); // a's raise-alert is closed at medium; it has no other open move
    for (const total of byActor.values()) expect(total).toBeCloseTo(1);
  });
});

describe('the timeline tree', () => {
  it('should keep the old branch when playing at a past node', () => {
    const first = sim(scenario).play('us', PASS).play('dprk', 'withdraw-liaison');
    const before = first.timeline;
    const rootChildren = before.children(before.root).length;
    const branch = first.goTo(before.root).play('us', 'offer-relief');
    const t = branch.timeline;
    expect(t.children(t.root)).toHaveLength(rootChildren + 1);
    expect(t.leaves()).toHaveLength(3); // the replay track's end and both branches
    expect(t.pathTo(branch.at)).toEqual([t.root, branch.at]);
    // the older value is unchanged
    expect(before.size).toBe(t.size - 1);
    expect(before.has(branch.at)).toBe(false);
  });

  it('should return the existing child when the same move is played again', () => {
    const t0 = startTimeline(scenario);
    const a = t0.play(t0.root, { actor: 'us', move: 'announce-sanctions' });
    const b = a.timeline.play(t0.root, { actor: 'us', move: 'announce-sanctions' });
    expect(b.node).toBe(a.node);
    expect(b.timeline.size).toBe(a.timeline.size);
  });

  it('should branch from an older timeline value without disturbing the newer one', () => {
    const t0 = startTimeline(scenario);
    const a = t0.play(t0.root, { actor: 'us', move: 'offer-relief' });
    const b = t0.play(t0.root, { actor: 'us', move: PASS });
    expect(b.node).toBe(a.node); // the same id in two independent histories
    expect(a.timeline.postures(a.node).us?.sanctions).toBe('relief');
    expect(b.timeline.postures(b.node).us?.sanctions).toBe('standing');
    expect(a.timeline.node(a.node).move).toEqual({ actor: 'us', move: 'offer-relief' });
    expect(t0.size).toBe(5);
  });

  it('should name branches and inherit names down a path', () => {
    const s = sim(scenario).play('us', 'announce-sanctions');
    const named = s.timeline.rename(s.at, '  Hard line  ');
    const next = named.play(s.at, { actor: 'dprk', move: 'withdraw-liaison' });
    expect(next.timeline.nameOf(next.node)).toBe('Hard line');
    expect(next.timeline.nameOf(next.timeline.root)).toBeNull();
    expect(named.rename(s.at, '').nameOf(s.at)).toBeNull();
  });

  it('should give each node the name of its nearest named ancestor, in every version of the timeline', () => {
    const t0 = startTimeline(scenario);
    const a = t0.play(t0.root, { actor: 'us', move: 'offer-relief' });
    const named = a.timeline.rename(a.node, 'Relief');
    const deeper = named.play(a.node, { actor: 'dprk', move: 'withdraw-liaison' });
    expect(deeper.timeline.nameOf(deeper.node)).toBe('Relief');
    // A name lower down wins below it, the one above still holds above it.
    const renamed = deeper.timeline.rename(deeper.node, 'Walkout');
    const below = renamed.play(deeper.node, { actor: 'us', move: PASS });
    expect([below.timeline.nameOf(below.node), below.timeline.nameOf(deeper.node), below.timeline.nameOf(a.node)]).toEqual(['Walkout', 'Walkout', 'Relief']);
    expect(deeper.timeline.nameOf(deeper.node)).toBe('Relief');
    // A move on an older version copies the nodes, names kept: a node id there is another node.
    const other = named.play(t0.root, { actor: 'us', move: PASS });
    expect(other.node).toBe(deeper.node);
    expect(other.timeline.nameOf(other.node)).toBeNull();
    expect(deeper.timeline.nameOf(deeper.node)).toBe('Relief');
    expect(other.timeline.nameOf(a.node)).toBe('Relief');
    expect(other.timeline.nameOf(other.node)).toBeNull();
  });

  it('should delete a subtree but never the root or a replay node', () => {
    const s = sim(scenario).play('us', PASS).play('dprk', 'withdraw-liaison');
    const branchStart = s.timeline.pathTo(s.at)[1] as number;
    const pruned = s.timeline.deleteSubtree(branchStart);
    expect(pruned.has(branchStart)).toBe(false);
    expect(pruned.has(s.at)).toBe(false);
    expect(pruned.size).toBe(s.timeline.size - 2);
    expect(() => pruned.deleteSubtree(pruned.root)).toThrow(/root/);
    expect(() => pruned.deleteSubtree(pruned.replayTrack()[1] as number)).toThrow(/Replay nodes/);
    expect(() => pruned.node(s.at)).toThrow(/no node/);
  });
});

describe('compare', () => {
  it('should name the common ancestor, first divergent nodes and the differences', () => {
    const t0 = startTimeline(scenario);
    const a = t0.play(t0.root, { actor: 'us', move: 'announce-sanctions' });
    const b = a.timeline.play(t0.root, { actor: 'us', move: 'offer-relief' });
    const c = b.timeline.compare(a.node, b.node);
    expect(c.commonAncestor).toBe(t0.root);
    expect(c.firstDivergent).toEqual({ a: a.node, b: b.node });
    expect(c.postures).toEqual([{ actor: 'us', posture: 'sanctions', a: 'expanded', b: 'relief' }]);
    // escalation sums: 6+1+0+0 = 7 vs 0+1+0+0 = 1, range 1..20
    expect(c.tensionDelta).toBeCloseTo(((1 - 1) / 19) * 100 - ((7 - 1) / 19) * 100);
    expect(c.cumulativeGoldsteinDelta).toEqual({ us: 5 - -8, dprk: 0 });
  });

  it('should report no divergence on the ancestor side', () => {
    const s = sim(scenario).play('us', 'announce-sanctions');
    const c = s.timeline.compare(s.timeline.root, s.at);
    expect(c.firstDivergent).toEqual({ a: null, b: s.at });
  });
});
