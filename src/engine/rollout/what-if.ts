/**
 * What-if scaling (see WhatIf): the factor each move's and each pass's propensity weight is
 * multiplied by, once checkWhatIf (spec.ts) has checked the names and bounds.
 */
import type { CompiledScenario } from '../compile.ts';
import { checkWhatIf } from './spec.ts';
import type { WhatIf } from './types.ts';

export interface WhatIfScales {
  /** By move index. */
  readonly moveScale: Float64Array;
  readonly passScale: number;
}

export function whatIfScales(compiled: CompiledScenario, whatIf: WhatIf): WhatIfScales {
  const { scenario } = compiled;
  checkWhatIf(whatIf, scenario);
  const moveScale = new Float64Array(scenario.moves.length).fill(1);
  for (const [actor, h] of Object.entries(whatIf.hawkishness ?? {})) {
    const a = compiled.actorIds.indexOf(actor);
    scenario.moves.forEach((_m, i) => {
      if (compiled.moveActor[i] === a) moveScale[i] = (moveScale[i] as number) * h ** (-(compiled.moveGoldstein[i] as number) / 10);
    });
  }
  for (const [move, f] of Object.entries(whatIf.moveFactors ?? {})) {
    const i = scenario.moves.findIndex((m) => m.id === move);
    moveScale[i] = (moveScale[i] as number) * f;
  }
  return { moveScale, passScale: whatIf.passFactor ?? 1 };
}
