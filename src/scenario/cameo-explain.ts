/**
 * What each move's CAMEO code stands for: its description, its root, the Goldstein weight the
 * move carries and where that weight comes from (the table, or an override and its reason).
 * `whn validate --explain` prints it, so a plausible wrong code (0233 "Appeal for humanitarian
 * aid" for approving aid, instead of 0333) shows next to the move it was meant for.
 */
import { cameoEntry, type CameoEntry } from './cameo.ts';
import type { Scenario } from './types.ts';

export const QUAD_CLASS: Readonly<Record<CameoEntry['quadClass'], string>> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export interface MoveCode {
  readonly move: string;
  /** The acting actors' ids. */
  readonly actors: readonly string[];
  /** The code as written. */
  readonly code: string;
  /** The code's table entry; undefined when the code is not in the table. */
  readonly entry?: CameoEntry;
  /** The code's root (its first two digits) and what it stands for. */
  readonly root?: CameoEntry;
  /** The weight the move carries: the override's when there is one, else the table's. */
  readonly goldstein?: number;
  readonly override?: { readonly value: number; readonly reason: string };
}

export function explainMoveCodes(scenario: Scenario): MoveCode[] {
  return scenario.moves.map((move) => {
    const code = String(move.cameo);
    const entry = cameoEntry(code);
    const root = cameoEntry(code.slice(0, 2));
    const override = move.goldstein ? { value: move.goldstein.value, reason: move.goldstein.reason } : undefined;
    const goldstein = override?.value ?? entry?.goldstein;
    return {
      move: move.id,
      actors: [...move.actors],
      code,
      ...(entry ? { entry } : {}),
      ...(root ? { root } : {}),
      ...(goldstein !== undefined ? { goldstein } : {}),
      ...(override ? { override } : {}),
    };
  });
}

/** +3.4, −8.0, 0.0: signed, one decimal, with a true minus sign, as the docs write weights. */
export function goldsteinText(weight: number): string {
  const text = Math.abs(weight).toFixed(1);
  return weight > 0 ? `+${text}` : weight < 0 ? `−${text}` : text;
}
