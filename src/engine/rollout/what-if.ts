/**
 * What-if scaling (see WhatIf): the factor each move's and each pass's propensity weight is
 * multiplied by, checked against the bounds in spec.ts.
 */
import type { CompiledScenario } from '../compile.ts';
import { EngineError } from '../errors.ts';
import { MAX_FACTOR } from './spec.ts';
import type { WhatIf } from './types.ts';

export interface WhatIfScales {
  /** By move index. */
  readonly moveScale: Float64Array;
  readonly passScale: number;
}

export function whatIfScales(compiled: CompiledScenario, whatIf: WhatIf): WhatIfScales {
  const { scenario } = compiled;
  const moveScale = new Float64Array(scenario.moves.length).fill(1);
  for (const [actor, h] of Object.entries(whatIf.hawkishness ?? {})) {
    const a = compiled.actorIds.indexOf(actor);
    if (a < 0) throw new EngineError('unknown-actor', `What-if hawkishness names an unknown actor "${actor}" (actors: ${compiled.actorIds.join(', ')}).`);
    checkFactor(`hawkishness of ${actor}`, h, false);
    scenario.moves.forEach((_m, i) => {
      if (compiled.moveActor[i] === a) moveScale[i] = (moveScale[i] as number) * h ** (-(compiled.moveGoldstein[i] as number) / 10);
    });
  }
  for (const [move, f] of Object.entries(whatIf.moveFactors ?? {})) {
    const i = scenario.moves.findIndex((m) => m.id === move);
    if (i < 0) throw new EngineError('unknown-move', `What-if move factor names an unknown move "${move}".`);
    checkFactor(`factor of move ${move}`, f, true);
    moveScale[i] = (moveScale[i] as number) * f;
  }
  const passScale = whatIf.passFactor ?? 1;
  checkFactor('pass factor', passScale, true);
  return { moveScale, passScale };
}

function checkFactor(what: string, value: number, zeroAllowed: boolean): void {
  const ok = Number.isFinite(value) && value <= MAX_FACTOR && (zeroAllowed ? value >= 0 : value > 0);
  if (!ok) {
    throw new EngineError('malformed', `The what-if ${what} is ${value}; it must be a number ${zeroAllowed ? 'from 0' : 'above 0'} up to ${MAX_FACTOR}.`);
  }
}
