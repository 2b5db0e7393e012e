/**
 * The proof that the compiled form and the XState machine agree: a breadth-first walk over every
 * reachable state that, for every move (and every actor's pass), compares
 * - open/closed: the machine's enabled transitions for the event (what `snapshot.can` reads);
 * - the next state: the levels those transitions target, for every open move;
 * - the full `transition` (entry/exit, context): for every open move when `full`, else for one
 *   open move per state, rotating through them (XState's transition costs ~0.2–0.5 ms here, and
 *   March 2019 has 224k open (state, move) pairs; `WHN_FULL_AGREEMENT=1` runs them all).
 */
import { initialTransition, transition, type StateValue } from 'xstate';
import { buildMachine } from '../../../src/engine/build-machine.ts';
import { compileScenario } from '../../../src/engine/compile.ts';
import { PASS } from '../../../src/engine/types.ts';
import type { Scenario } from '../../../src/scenario/types.ts';

export interface Agreement {
  readonly states: number;
  readonly checks: number;
  /** How many full XState transitions were compared. */
  readonly transitions: number;
  /** The first disagreements found (empty when they agree). */
  readonly mismatches: readonly string[];
}

export function checkAgreement(scenario: Scenario, full = false): Agreement {
  const machine = buildMachine(scenario);
  const compiled = compileScenario(scenario);
  const mismatches: string[] = [];
  const report = (text: string) => mismatches.length < 10 && mismatches.push(text);
  const [start] = initialTransition(machine);
  if (JSON.stringify(compiled.unpack(compiled.initial)) !== JSON.stringify(start.value)) report(`initial state differs: ${JSON.stringify(start.value)}`);

  const context = { turn: 1, date: scenario.meta.span.from, lastActor: null };
  const seen = new Set([compiled.initial]);
  const queue = [compiled.initial];
  let checks = 0;
  let transitions = 0;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const value = compiled.unpack(state) as StateValue;
    const snapshot = machine.resolveState({ value, context });
    let openSeen = 0;
    scenario.moves.forEach((move, i) => {
      const event = { type: 'move', actor: move.actor, move: move.id } as const;
      const open = compiled.isOpen(state, i);
      checks++;
      const enabled = machine.getTransitionData(snapshot, event);
      if (enabled.length > 0 !== open) return report(`${move.id} at ${JSON.stringify(value)}: machine says ${!open ? 'open' : 'closed'}, compiled says ${open ? 'open' : 'closed'}`);
      if (!open) return;
      const packed = compiled.apply(state, i);
      const compiledNext = compiled.unpack(packed);
      const targeted = structuredClone(compiled.unpack(state)) as Record<string, Record<string, string>>;
      for (const t of enabled) for (const node of t.target ?? []) {
        const [actor = '', posture = '', level = ''] = node.path;
        (targeted[actor] as Record<string, string>)[posture] = level;
      }
      if (JSON.stringify(targeted) !== JSON.stringify(compiledNext)) report(`${move.id} at ${JSON.stringify(value)}: machine targets ${JSON.stringify(targeted)}, compiled → ${JSON.stringify(compiledNext)}`);
      if (full || openSeen++ === head % 8) {
        const [next] = transition(machine, snapshot, event);
        if (JSON.stringify(next.value) !== JSON.stringify(compiledNext)) report(`${move.id} at ${JSON.stringify(value)}: machine → ${JSON.stringify(next.value)}, compiled → ${JSON.stringify(compiledNext)}`);
        if (next.context.turn !== context.turn + 1) report(`${move.id} at ${JSON.stringify(value)}: the machine did not advance the turn`);
        transitions++;
      }
      if (!seen.has(packed)) {
        seen.add(packed);
        queue.push(packed);
      }
    });
    for (const actor of scenario.actors) {
      checks++;
      if (snapshot.can({ type: 'move', actor: actor.id, move: PASS }) !== compiled.canPass(state)) report(`pass of ${actor.id} at ${JSON.stringify(value)} differs`);
    }
  }
  return { states: queue.length, checks, transitions, mismatches };
}
