/**
 * A chainable harness that makes engine tests read like the scenario:
 *   sim(scenario).play('us', 'announce-sanctions').expectLevel('us', 'sanctions', 'expanded')
 * Each step plays at the current node through the public Timeline API.
 */
import { expect } from 'vitest';
import { explainClosed, startTimeline } from '../../../src/engine/index.ts';
import type { NodeId, Timeline } from '../../../src/engine/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';

export class Sim {
  constructor(
    public timeline: Timeline,
    public at: NodeId,
  ) {}

  play(actor: string, move: string): this {
    const { timeline, node } = this.timeline.play(this.at, { actor, move });
    this.timeline = timeline;
    this.at = node;
    return this;
  }

  /** Moves to another node (e.g. back to a replay step, to branch from it). */
  goTo(node: NodeId): this {
    this.at = node;
    return this;
  }

  expectLevel(actor: string, posture: string, level: string): this {
    expect(this.timeline.postures(this.at)[actor]?.[posture], `${actor}.${posture} at node ${this.at}`).toBe(level);
    return this;
  }

  expectOpen(actor: string, move: string): this {
    expect(this.option(actor, move).open, `${move} should be open`).toBe(true);
    return this;
  }

  expectClosed(actor: string, move: string, reason?: string | RegExp): this {
    const option = this.option(actor, move);
    expect(option.open, `${move} should be closed`).toBe(false);
    if (reason !== undefined) expect(option.reason && explainClosed(this.timeline.scenario, option.reason)).toMatch(reason);
    return this;
  }

  expectNext(...actors: string[]): this {
    expect(this.timeline.nextActors(this.at)).toEqual(actors);
    return this;
  }

  expectDate(date: string): this {
    expect(this.timeline.node(this.at).date).toBe(date);
    return this;
  }

  expectOutcomes(...ids: string[]): this {
    expect(this.timeline.indicators(this.at).outcomes).toEqual(ids);
    return this;
  }

  expectRejected(actor: string, move: string, message: RegExp): this {
    expect(() => this.timeline.play(this.at, { actor, move })).toThrow(message);
    return this;
  }

  private option(actor: string, move: string) {
    const option = this.timeline.moves(this.at, actor).find((o) => o.move.id === move);
    if (!option) throw new Error(`${actor} has no move "${move}" in the list`);
    return option;
  }
}

export function sim(scenario: Scenario): Sim {
  const timeline = startTimeline(scenario);
  return new Sim(timeline, timeline.root);
}
