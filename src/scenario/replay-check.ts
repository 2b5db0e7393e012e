/**
 * Plays the replay track through the scenario's own rules, from the initial postures:
 * a step whose move is closed at that point is a problem, with the condition that fails.
 * Runs only on a scenario that passed the shape and cross-reference checks: conditions.ts
 * relies on every reference resolving, and the walk on every effect being correct.
 */
import { explainFailure, type PostureLevels } from './conditions.ts';
import { effectLevel } from './effects.ts';
import { applyDueLapses, lapsesAfterMove, type PendingLapse } from './lapse-rule.ts';
import type { ScenarioData } from './schema.ts';
import { localDate } from './time.ts';
import type { Scenario } from './types.ts';
import type { Locator, TreeProblem } from './yaml-tree.ts';

export function checkReplay(data: ScenarioData, locate: Locator): TreeProblem[] {
  if (data.replay.length === 0) return [];
  // Move ids are unique here: the walk runs only when the cross-reference checks passed.
  const moves = new Map(data.moves.map((move) => [move.id, move]));
  // conditions.ts reads only actors and postures; the hash is not known yet and not needed.
  const scenario = { ...data, hash: '' } as unknown as Scenario;
  const levels: Record<string, Record<string, string>> = {};
  for (const actor of data.actors) {
    levels[actor.id] = Object.fromEntries(actor.postures.map((p) => [p.id, p.initial]));
  }
  const problems: TreeProblem[] = [];
  let pending: PendingLapse[] = [];
  data.replay.forEach((step, i) => {
    const move = moves.get(step.move);
    if (!move) return;
    // Effects that have run their course (lapse-rule.ts) end before this step's move.
    const date = localDate(step.date);
    pending = applyDueLapses(levels, pending, date).pending;
    const before = structuredClone(levels);
    const why = move.requires ? explainFailure(scenario, move.requires, levels as PostureLevels) : null;
    if (why !== null) {
      const path = ['replay', i, 'move'];
      problems.push({
        ...locate.valueAt(path),
        path,
        message: `move '${move.id}' is closed at this point of the replay (${step.date}): it ${why}`,
        hint: 'reorder the steps, add the step that opens it, or loosen the move\'s requires',
      });
    }
    // History happened: apply the effects even when the rules say the move was closed.
    for (const effect of move.effects) {
      const [actor = '', posture = ''] = effect.posture.split('.');
      const own = levels[actor];
      const ladder = data.actors.find((a) => a.id === actor)?.postures.find((p) => p.id === posture)?.levels.map((l) => l.id) ?? [];
      const after = ladder[effectLevel(effect, ladder, ladder.indexOf(own?.[posture] ?? ''))];
      if (own && after !== undefined) own[posture] = after;
    }
    pending = lapsesAfterMove(move, date, before, levels, pending, step);
  });
  return problems;
}
